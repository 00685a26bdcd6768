package com.arworkbench.support;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook as text, for the golden comparisons ({@code src/test/resources/golden}): every non-empty cell with its
 * value, formula and cached result; generation time and version masked.
 */
public final class GoldenDump {

    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");

    private GoldenDump() {
    }

    /** Fails at the first line where {@code dump} differs from the committed one, naming both. */
    public static void assertSame(Path golden, String dump, String what) throws java.io.IOException {
        String want = java.nio.file.Files.readString(golden, java.nio.charset.StandardCharsets.UTF_8);
        if (want.equals(dump)) {
            return;
        }
        java.util.List<String> a = want.lines().toList();
        java.util.List<String> b = dump.lines().toList();
        int i = 0;
        while (i < Math.min(a.size(), b.size()) && a.get(i).equals(b.get(i))) {
            i++;
        }
        org.junit.jupiter.api.Assertions.assertEquals(i < a.size() ? a.get(i) : "(end)", i < b.size() ? b.get(i) : "(end)",
                what + ": the workbook differs at dump line " + (i + 1) + " of " + golden);
    }

    /** Every non-empty cell as "Sheet!A1 type value [= formula]", sheet by sheet, row by row. */
    public static String of(Path xlsx) throws Exception {
        return of(xlsx, com.arworkbench.jobs.AppVersion.get());
    }

    /** The same for a workbook made by a build whose version is {@code version} (the jar's, run as a process). */
    public static String of(Path xlsx, String version) throws Exception {
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
        return TIME.matcher(sb.toString()).replaceAll("<time>").replace(version, "<version>");
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
