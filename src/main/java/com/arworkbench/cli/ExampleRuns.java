package com.arworkbench.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * The bundled examples run through every job: what the golden workbook test compares cell for cell and what
 * {@code warm-up} runs to train the start-up cache ({@code bin/ar-workbench}). One list, so the training covers
 * what the tests prove.
 */
public final class ExampleRuns {

    /** One command line without {@code --out}; file arguments already resolved against the examples folder. */
    public record Run(String name, List<String> args) {
    }

    private ExampleRuns() {
    }

    /** Every run, its files under {@code examples} (the repository's {@code examples} folder). */
    public static List<Run> all(Path examples) {
        ExampleFiles f = new ExampleFiles(examples);
        return List.of(
                new Run("aging-netsuite", List.of("aging", f.of("netsuite-ar-aging-detail.csv"), "--as-of", "2026-06-30")),
                new Run("aging-sap", List.of("aging", f.of("sap-fbl5n-de.csv"), "--as-of", "2026-05-31")),
                new Run("aging-quickbooks-document-buckets", List.of("aging", f.of("quickbooks-online-ar-aging-detail.csv"),
                        "--as-of", "2026-06-30", "--buckets", "30,60,90", "--basis", "document")),
                new Run("aging-dynamics-two-currencies", List.of("aging", f.of("dynamics-bc-customer-ledger.csv"),
                        "--as-of", "2026-04-30")),
                new Run("kpi-netsuite", List.of("kpi", f.of("netsuite-ar-aging-detail.csv"), "--history",
                        f.of("kpi/invoice-history.csv"), "--write-offs", f.of("kpi/write-offs.csv"), "--as-of", "2026-06-30")),
                new Run("dunning-netsuite", List.of("dunning", f.of("netsuite-ar-aging-detail.csv"), "--as-of", "2026-06-30",
                        "--customers", f.of("netsuite-customers.csv"))),
                new Run("recon-netsuite", List.of("recon", f.of("recon/open-items-2026-06-30.csv"), "--gl",
                        f.of("recon/netsuite-gl-detail.csv"), "--register", f.of("recon/register-2026-06.csv"), "--prior",
                        f.of("recon/open-items-2026-05-31.csv"), "--as-of", "2026-06-30")),
                new Run("recon-trial-balance", List.of("recon", f.of("recon/open-items-2026-06-30.csv"), "--gl",
                        f.of("recon/trial-balance-2026-06.csv"), "--as-of", "2026-06-30")),
                new Run("recon-sap", List.of("recon", f.of("recon/sap-fbl5n-open-items.txt"), "--gl",
                        f.of("recon/sap-fbl3n-gl-line-items.csv"), "--as-of", "2026-06-30")),
                new Run("cashapp-camt", List.of("cashapp", f.of("cashapp/open-items.csv"), "--payments",
                        f.of("cashapp/payments.camt053.xml"), "--customers", f.of("cashapp/customers.csv"), "--as-of",
                        "2026-06-30")),
                new Run("cashapp-bai2", List.of("cashapp", f.of("cashapp/open-items.csv"), "--payments",
                        f.of("cashapp/payments.bai2.txt"), "--remittances", f.of("cashapp/remittance-advice.csv"),
                        "--customers", f.of("cashapp/customers.csv"), "--as-of", "2026-06-30")),
                new Run("pack-cashapp", List.of("pack", f.of("cashapp/open-items.csv"), f.of("cashapp/payments.camt053.xml"),
                        f.of("cashapp/customers.csv"), "--as-of", "2026-06-30")),
                new Run("pack", List.of("pack", f.of("netsuite-ar-aging-detail.csv"), f.of("kpi/invoice-history.csv"),
                        f.of("netsuite-customers.csv"), f.of("netsuite-gl-detail-2026-06.csv"), "--write-offs",
                        f.of("kpi/write-offs.csv"), "--as-of", "2026-06-30")));
    }

    /** Resolves example file names. */
    private record ExampleFiles(Path examples) {
        String of(String name) {
            return examples.resolve(name).toString();
        }
    }
}
