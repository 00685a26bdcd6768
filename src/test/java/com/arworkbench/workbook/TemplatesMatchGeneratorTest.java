package com.arworkbench.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed templates (workbook-templates/*.xlsx, which the jar ships) are what {@link TemplateGenerator} makes
 * ({@code ar-workbench templates --out DIR}): same sheets, cells, formulas, styles, widths and names. Compared cell by
 * cell, not byte by byte (the zip entries carry timestamps). After changing the generator, regenerate them with
 * {@code java -jar target/ar-workbench.jar templates --out workbook-templates}.
 */
class TemplatesMatchGeneratorTest {

    private static final Path COMMITTED = Path.of("workbook-templates");

    @TempDir
    Path tmp;

    @Test
    void committedTemplatesMatchTheGenerator() throws IOException {
        TemplateGenerator.writeAll(tmp);
        List<String> generated = xlsxNames(tmp);
        assertEquals(generated, xlsxNames(COMMITTED), "the same template files");
        for (String name : generated) {
            assertEquals(describe(tmp.resolve(name)), describe(COMMITTED.resolve(name)),
                    name + " differs from what TemplateGenerator makes: regenerate it with "
                            + "java -jar target/ar-workbench.jar templates --out workbook-templates");
        }
    }

    private static List<String> xlsxNames(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xlsx")).sorted().toList();
        }
    }

    /** Everything a template carries, one line per fact, so that a difference shows as a readable diff. */
    static List<String> describe(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            for (Name n : wb.getAllNames()) {
                lines.add("name " + n.getNameName() + " sheet " + n.getSheetIndex() + " = " + n.getRefersToFormula());
            }
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet sheet = wb.getSheetAt(i);
                String sn = "sheet " + i + " '" + sheet.getSheetName() + "'";
                lines.add(sn + " visibility " + wb.getSheetVisibility(i) + " gridlines " + sheet.isDisplayGridlines()
                        + " default width " + sheet.getDefaultColumnWidth() + " default height " + sheet.getDefaultRowHeight()
                        + " pane " + sheet.getPaneInformation() + " tab " + color(sheet.getTabColor())
                        + " landscape " + sheet.getPrintSetup().getLandscape() + " fit " + sheet.getFitToPage());
                for (int m = 0; m < sheet.getNumMergedRegions(); m++) {
                    CellRangeAddress r = sheet.getMergedRegion(m);
                    lines.add(sn + " merged " + r.formatAsString());
                }
                lines.add(sn + " conditional formats " + sheet.getSheetConditionalFormatting().getNumConditionalFormattings()
                        + ", validations " + sheet.getDataValidations().size());
                int lastColumn = 0;
                for (Row row : sheet) {
                    lastColumn = Math.max(lastColumn, row.getLastCellNum());
                    lines.add(sn + " row " + row.getRowNum() + " height " + row.getHeight() + " style "
                            + (row.getRowStyle() == null ? "-" : style((XSSFCellStyle) row.getRowStyle(), wb)));
                    for (Cell cell : row) {
                        lines.add(sn + " " + cell.getAddress() + " " + value(cell) + " | "
                                + style((XSSFCellStyle) cell.getCellStyle(), wb));
                    }
                }
                for (int c = 0; c < Math.max(lastColumn, 30); c++) {
                    lines.add(sn + " column " + c + " width " + sheet.getColumnWidth(c) + " hidden "
                            + sheet.isColumnHidden(c));
                }
            }
        }
        return lines;
    }

    private static String value(Cell cell) {
        CellType type = cell.getCellType();
        return switch (type) {
            case FORMULA -> "=" + cell.getCellFormula();
            case NUMERIC -> "number " + cell.getNumericCellValue();
            case STRING -> "text '" + cell.getStringCellValue() + "'";
            case BOOLEAN -> "boolean " + cell.getBooleanCellValue();
            default -> type.toString();
        };
    }

    private static String style(XSSFCellStyle s, XSSFWorkbook wb) {
        XSSFFont f = s.getFont();
        return "format '" + s.getDataFormatString() + "' font " + f.getFontName() + " " + f.getFontHeightInPoints()
                + (f.getBold() ? " bold" : "") + (f.getItalic() ? " italic" : "") + " " + color(f.getXSSFColor())
                + " fill " + s.getFillPattern() + " " + color(s.getFillForegroundColorColor())
                + " borders " + s.getBorderTop() + "/" + s.getBorderRight() + "/" + s.getBorderBottom() + "/" + s.getBorderLeft()
                + " align " + s.getAlignment() + "/" + s.getVerticalAlignment() + " wrap " + s.getWrapText()
                + " indent " + s.getIndention() + " locked " + s.getLocked();
    }

    private static String color(XSSFColor c) {
        if (c == null) {
            return "-";
        }
        return c.isIndexed() ? "indexed " + c.getIndexed() : c.getARGBHex() == null ? "theme " + c.getTheme() : c.getARGBHex();
    }
}
