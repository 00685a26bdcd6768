package com.arworkbench.support;

import static com.arworkbench.support.Workbooks.column;
import static com.arworkbench.support.Workbooks.dataRows;
import static com.arworkbench.support.Workbooks.headerRow;
import static com.arworkbench.support.Workbooks.text;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A person's review of a cash application workbook, done with POI as Excel would: Decision and Reviewer note
 * typed on Review rows (found by payment id and invoice); and the sheets read back by their header text.
 */
public final class CashAppWorkbooks {

    private CashAppWorkbooks() {
    }

    /** A decision ("Accept", "Reject" or null for none) and a note (or null) on one Review row. */
    public record Review(String paymentId, String invoice, String decision, String note) {
    }

    /** Writes {@code reviewed}: {@code original} with the decisions typed in; fails when a row is not on Review. */
    public static Path review(Path original, Path reviewed, List<Review> decisions) throws IOException {
        try (XSSFWorkbook wb = Workbooks.open(original)) {
            Sheet s = wb.getSheet("Review");
            int h = headerRow(s, "Payment id");
            int inv = column(s, h, "Invoice");
            int dec = column(s, h, "Decision");
            int note = column(s, h, "Reviewer note");
            for (Review d : decisions) {
                Row row = dataRows(s, h).stream().filter(r -> d.paymentId().equals(text(r.getCell(0)))
                        && d.invoice().equals(text(r.getCell(inv)))).findFirst()
                        .orElseThrow(() -> new AssertionError("not on Review: " + d));
                if (d.decision() != null) {
                    row.createCell(dec).setCellValue(d.decision());
                }
                if (d.note() != null) {
                    row.createCell(note).setCellValue(d.note());
                }
            }
            try (OutputStream out = Files.newOutputStream(reviewed)) {
                wb.write(out);
            }
        }
        return reviewed;
    }

    /** A sheet's data rows as header → cell text maps (the sheets of payments start with "Payment id", ERP Import with "Line type"). */
    public static List<Map<String, String>> rows(XSSFWorkbook wb, String sheet) {
        return rows(wb, sheet, sheet.equals("ERP Import") ? "Line type" : "Payment id");
    }

    /** The same for a sheet whose first header is {@code firstHeader}. */
    public static List<Map<String, String>> rows(XSSFWorkbook wb, String sheet, String firstHeader) {
        Sheet s = wb.getSheet(sheet);
        int h = headerRow(s, firstHeader);
        List<String> headers = new ArrayList<>();
        s.getRow(h).forEach(c -> headers.add(text(c)));
        List<Map<String, String>> out = new ArrayList<>();
        for (Row r : dataRows(s, h)) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < headers.size(); i++) {
                m.put(headers.get(i), text(r.getCell(i)));
            }
            out.add(m);
        }
        return out;
    }

    /** Σ of a money column over the rows, to the cent. */
    public static BigDecimal sum(List<Map<String, String>> rows, String column) {
        return rows.stream().map(r -> r.get(column)).filter(t -> t != null && !t.isEmpty()).map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** The master check on Checks. */
    public static String masterCheck(XSSFWorkbook wb) {
        Row r = Workbooks.rowWithText(wb.getSheet("About"), 0, "Master check");
        return text(r.getCell(1));
    }

}
