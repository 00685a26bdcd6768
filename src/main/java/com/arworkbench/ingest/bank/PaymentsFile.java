package com.arworkbench.ingest.bank;

import com.arworkbench.ingest.SourceFile;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.ingest.table.FormatSniffer;
import com.arworkbench.ingest.table.TableReaders;
import com.arworkbench.model.Payment;
import com.arworkbench.model.RejectedRow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Incoming payments from any of the formats banks deliver, recognised by content: BAI2 (records
 * starting "01,"), SWIFT MT940 (":20:" and statement fields), ISO 20022 camt.053/camt.054 XML, or a bank
 * statement / lockbox table (CSV, XLSX, …), a PayPal activity export among them (gross, fee and net columns).
 *
 * @param format      a line for the About sheet, e.g. "BAI2 (3 accounts)"
 * @param controlNotes problems the file's own control totals reveal (BAI2 trailers, MT940 balances); empty if none
 */
public record PaymentsFile(SourceFile source, String format, List<Payment> payments, List<RejectedRow> notUsed,
                           List<String> controlNotes) {

    /** A bank file recognised by its first bytes rather than as a table. */
    public enum BankFormat {
        BAI2("BAI2 cash management file"),
        MT940("SWIFT MT940 customer statement"),
        CAMT05X("ISO 20022 camt.05x XML statement");

        private final String label;

        BankFormat(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** BAI2 (starts with an "01," record), MT940 or camt.05x XML, else null: then the file may be a bank statement table. */
    public static BankFormat bankFormat(Path path) throws IOException {
        String trimmed = head(path).stripLeading();
        if (trimmed.startsWith("01,")) {
            return BankFormat.BAI2;
        }
        if (Mt940File.looksLikeMt940(trimmed)) {
            return BankFormat.MT940;
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        return lower.startsWith("<") && lower.contains("camt.05") ? BankFormat.CAMT05X : null;
    }

    public static PaymentsFile read(Path path, String displayName) throws IOException, UnreadableFileException {
        BankFormat format = bankFormat(path);
        if (format == BankFormat.BAI2) {
            Bai2File bai2 = Bai2File.read(path, displayName);
            return new PaymentsFile(SourceFile.of(path, displayName), "BAI2 cash management file", bai2.payments(),
                    bai2.notUsed(), bai2.controlProblems());
        }
        if (format == BankFormat.MT940) {
            Mt940File mt = Mt940File.read(path, displayName);
            return new PaymentsFile(mt.source(), "SWIFT MT940 statement (" + mt.statements() + " statement(s), " + mt.lines()
                    + " lines)", mt.payments(), mt.notUsed(), mt.controlProblems());
        }
        if (format == BankFormat.CAMT05X) {
            Camt053File camt = Camt053File.read(path, displayName);
            return new PaymentsFile(camt.source(), camt.describe(), camt.payments(), camt.notUsed(), List.of());
        }
        if (PayPalFile.header(TableReaders.open(path, FormatSniffer.sniff(path))).isPresent()) {
            PayPalFile paypal = PayPalFile.read(path, displayName);
            List<String> fees = new ArrayList<>();
            paypal.feesByCurrency().forEach((ccy, fee) -> fees.add(ccy + " " + fee.toPlainString()));
            return new PaymentsFile(paypal.source(), paypal.description() + "; payments are gross, PayPal fees "
                    + (fees.isEmpty() ? "none" : String.join(", ", fees)) + " stated on them", paypal.payments(),
                    paypal.notUsed(), paypal.controlProblems());
        }
        BankCsvFile table = BankCsvFile.read(path, displayName);
        return new PaymentsFile(table.source(), table.sniff().description() + "; profile " + table.layout().profileLabel(),
                table.payments(), table.notUsed(), table.controlProblems());
    }

    /** The first 4 KB as text (a BOM or binary bytes only matter to the readers that follow). */
    private static String head(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1).replace("\uFEFF", "").replace("ï»¿", "");
        }
    }
}
