package com.arworkbench.ingest.table;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The layout of a typical ERP aging export, with the cell kinds that need care, written through the
 * format-neutral POI usermodel so the .xls and .xlsx reader tests read the same content.
 */
public final class AgingExportWorkbook {

    private AgingExportWorkbook() {
    }

    /** Fills {@code wb} with the aging export, evaluates its formulas and writes it to {@code file}. */
    public static Path write(Workbook wb, Path file) throws IOException {
        CellStyle date = formatted(wb, "m/d/yyyy");
        CellStyle dateTime = formatted(wb, "yyyy-mm-dd hh:mm");
        CellStyle money = formatted(wb, "#,##0.00");
        Sheet sheet = wb.createSheet("AR Aging");
        sheet.createRow(0).createCell(0).setCellValue("Acme Corp");
        sheet.createRow(1).createCell(0).setCellValue("A/R Aging Detail");
        sheet.createRow(2).createCell(0).setCellValue("As of Jul 25, 2026");
        Row header = sheet.createRow(4); // row 4 (1-based) left out, as exports do
        String[] titles = {"Customer", "Document No.", "Date", "Due Date", "Amount", "Open Balance"};
        for (int i = 0; i < titles.length; i++) {
            header.createCell(i).setCellValue(titles[i]);
        }

        Row r6 = sheet.createRow(5);
        r6.createCell(0).setCellValue("Café Lumière SARL");
        r6.createCell(1).setCellValue("000123");
        dated(r6, 2, LocalDate.of(2026, 7, 15), date);
        dated(r6, 3, LocalDate.of(2026, 8, 14), date);
        r6.createCell(4).setCellValue(1234.56);
        r6.getCell(4).setCellStyle(money);
        r6.createCell(5).setCellValue(1234.56);

        Row r7 = sheet.createRow(6);
        r7.createCell(0).setCellValue("Northwind Traders");
        r7.createCell(1).setCellValue("000124");
        dated(r7, 2, LocalDate.of(2026, 6, 30), date);
        r7.createCell(4).setCellValue(-50); // column D left out: a gap
        r7.createCell(5).setCellFormula("E7");

        Row r8 = sheet.createRow(7);
        RichTextString customer = wb.getCreationHelper().createRichTextString("Globex Corporation");
        Font bold = wb.createFont();
        bold.setBold(true);
        customer.applyFont(0, 6, bold); // rich text runs must come out as one plain string
        r8.createCell(0).setCellValue(customer);
        r8.createCell(1).setCellValue("000125");
        r8.createCell(2).setCellValue(LocalDateTime.of(2026, 7, 1, 13, 45));
        r8.getCell(2).setCellStyle(dateTime);
        r8.createCell(3).setCellValue(true);
        r8.createCell(4).setCellValue(0.1 + 0.2);
        r8.createCell(5).setCellValue(45123);

        sheet.createRow(8); // blank row

        Row total = sheet.createRow(9);
        total.createCell(0).setCellValue("TOTAL");
        total.createCell(3).setCellFormula("A10&\" (USD)\"");
        total.createCell(4).setCellFormula("SUM(E6:E7)");
        total.createCell(5).setCellErrorValue(FormulaError.NA.getCode());

        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        save(wb, file);
        return file;
    }

    static void dated(Row row, int column, LocalDate value, CellStyle style) {
        row.createCell(column).setCellValue(value);
        row.getCell(column).setCellStyle(style);
    }

    static CellStyle formatted(Workbook wb, String format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(format));
        return style;
    }

    /** Writes {@code wb} to {@code file} as it is. */
    static void save(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }
}
