package com.arworkbench.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.arworkbench.support.Workbooks;
import com.arworkbench.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The workbooks the examples produce, cell for cell (value, formula, cached result), against committed
 * dumps in {@code src/test/resources/golden}: a refactoring of the writers (issue 12) must not change a
 * workbook. Generation time and version are masked. When a change to a workbook is intended, rerun with
 * {@code -Dgolden.update=true} and review the dump's diff like any other change.
 */
class ExampleWorkbooksUnchangedTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");

    @TempDir
    Path tmp;

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of("aging-netsuite", List.of("aging", "examples/netsuite-ar-aging-detail.csv", "--as-of", "2026-06-30")),
                Arguments.of("aging-sap", List.of("aging", "examples/sap-fbl5n-de.csv", "--as-of", "2026-05-31")),
                Arguments.of("aging-quickbooks-document-buckets", List.of("aging", "examples/quickbooks-online-ar-aging-detail.csv",
                        "--as-of", "2026-06-30", "--buckets", "30,60,90", "--basis", "document")),
                Arguments.of("aging-dynamics-two-currencies", List.of("aging", "examples/dynamics-bc-customer-ledger.csv",
                        "--as-of", "2026-04-30")),
                Arguments.of("kpi-netsuite", List.of("kpi", "examples/netsuite-ar-aging-detail.csv", "--history",
                        "examples/kpi/invoice-history.csv", "--write-offs", "examples/kpi/write-offs.csv", "--as-of", "2026-06-30")),
                Arguments.of("dunning-netsuite", List.of("dunning", "examples/netsuite-ar-aging-detail.csv", "--as-of", "2026-06-30",
                        "--customers", "examples/netsuite-customers.csv")),
                // The month after: last month's worklist (the 2026-05-31 run, with a collector's statuses, promises,
                // notes and a dispute typed in) carries over into Previous level, Last action and Excluded.
                Arguments.of("dunning-netsuite-previous", List.of("dunning", "examples/netsuite-ar-aging-detail.csv", "--as-of",
                        "2026-06-30", "--customers", "examples/netsuite-customers.csv", "--previous",
                        "src/test/resources/golden/dunning-previous-2026-05-31.xlsx")),
                Arguments.of("recon-netsuite", List.of("recon", "examples/recon/open-items-2026-06-30.csv", "--gl",
                        "examples/recon/netsuite-gl-detail.csv", "--register", "examples/recon/register-2026-06.csv", "--prior",
                        "examples/recon/open-items-2026-05-31.csv", "--as-of", "2026-06-30")),
                Arguments.of("recon-trial-balance", List.of("recon", "examples/recon/open-items-2026-06-30.csv", "--gl",
                        "examples/recon/trial-balance-2026-06.csv", "--as-of", "2026-06-30")),
                Arguments.of("recon-sap", List.of("recon", "examples/recon/sap-fbl5n-open-items.txt", "--gl",
                        "examples/recon/sap-fbl3n-gl-line-items.csv", "--as-of", "2026-06-30")),
                Arguments.of("cashapp-camt", List.of("cashapp", "examples/cashapp/open-items.csv", "--payments",
                        "examples/cashapp/payments.camt053.xml", "--customers", "examples/cashapp/customers.csv", "--as-of",
                        "2026-06-30")),
                Arguments.of("cashapp-bai2", List.of("cashapp", "examples/cashapp/open-items.csv", "--payments",
                        "examples/cashapp/payments.bai2.txt", "--remittances", "examples/cashapp/remittance-advice.csv",
                        "--customers", "examples/cashapp/customers.csv", "--as-of", "2026-06-30")),
                Arguments.of("pack-cashapp", List.of("pack", "examples/cashapp/open-items.csv", "examples/cashapp/payments.camt053.xml",
                        "examples/cashapp/customers.csv", "--as-of", "2026-06-30")),
                Arguments.of("pack", List.of("pack", "examples/netsuite-ar-aging-detail.csv", "examples/kpi/invoice-history.csv",
                        "examples/netsuite-customers.csv", "examples/netsuite-gl-detail-2026-06.csv", "--write-offs",
                        "examples/kpi/write-offs.csv", "--as-of", "2026-06-30")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theExampleWorkbookIsUnchanged(String name, List<String> command) throws Exception {
        Path out = tmp.resolve(name + ".xlsx");
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--out", out.toString()));
        CliRun.Result r = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        String dump = dump(out);
        Path golden = GOLDEN.resolve(name + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, dump, StandardCharsets.UTF_8);
        }
        // A missing dump is a failure, never a pass: the test must always have something to compare with.
        org.junit.jupiter.api.Assertions.assertTrue(Files.exists(golden), golden + " is missing; create it with "
                + "-Dgolden.update=true and review it before committing");
        String want = Files.readString(golden, StandardCharsets.UTF_8);
        if (!want.equals(dump)) {
            List<String> a = want.lines().toList();
            List<String> b = dump.lines().toList();
            int i = 0;
            while (i < Math.min(a.size(), b.size()) && a.get(i).equals(b.get(i))) {
                i++;
            }
            assertEquals(i < a.size() ? a.get(i) : "(end)", i < b.size() ? b.get(i) : "(end)",
                    name + ": the workbook changed at dump line " + (i + 1) + " (" + golden + "; rerun with -Dgolden.update=true "
                            + "if the change is intended)");
        }
    }

    /** Every non-empty cell as "Sheet!A1 type value [= formula]", sheet by sheet, row by row. */
    static String dump(Path xlsx) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (XSSFWorkbook wb = Workbooks.open(xlsx)) {
            for (Sheet sheet : wb) {
                sb.append("== ").append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell c : row) {
                        String v = value(c);
                        if (!v.isEmpty()) {
                            sb.append(new CellReference(c).formatAsString(false)).append('\t').append(v).append('\n');
                        }
                    }
                }
            }
        }
        return TIME.matcher(sb.toString()).replaceAll("<time>").replace(com.arworkbench.jobs.AppVersion.get(), "<version>");
    }

    private static String value(Cell c) {
        CellType t = c.getCellType();
        String formula = t == CellType.FORMULA ? " = " + c.getCellFormula() : "";
        CellType v = t == CellType.FORMULA ? c.getCachedFormulaResultType() : t;
        return switch (v) {
            case NUMERIC -> "n " + c.getNumericCellValue() + formula;
            case STRING -> c.getStringCellValue().isEmpty() && formula.isEmpty() ? "" : "s " + c.getStringCellValue() + formula;
            case BOOLEAN -> "b " + c.getBooleanCellValue() + formula;
            case ERROR -> "e " + c.getErrorCellValue() + formula;
            default -> formula.isEmpty() ? "" : "? " + formula;
        };
    }
}
