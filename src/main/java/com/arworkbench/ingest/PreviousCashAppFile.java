package com.arworkbench.ingest;

import static com.arworkbench.ingest.WrittenWorkbook.cell;
import static com.arworkbench.model.CashAppSheets.*;

import com.arworkbench.cashapp.PreviousCashApplication;
import com.arworkbench.cashapp.PreviousCashApplication.Decision;
import com.arworkbench.cashapp.PreviousCashApplication.Row;
import com.arworkbench.cashapp.PreviousCashApplication.Sheet;
import com.arworkbench.ingest.table.RawRow;
import com.arworkbench.ingest.values.AmountParser;
import com.arworkbench.ingest.values.NumberStyle;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a cash application workbook this tool wrote, as a reviewer left it: Applied, Review (with the Decision
 * and the Reviewer note) and Unapplied, and the reason codes on Deductions. Columns are found by their header
 * text, so a reviewer may add, hide or reorder columns; rows a reviewer added without a payment id are ignored.
 */
public final class PreviousCashAppFile {

    private PreviousCashAppFile() {
    }

    public static PreviousCashApplication read(Path path, String displayName) throws IOException, UnreadableFileException {
        WrittenWorkbook book = WrittenWorkbook.open(path, "previous cash application", "cashapp");
        List<String> key = List.of(PAYMENT_ID, CURRENCY);
        Map<String, String> codes = new HashMap<>();
        book.sheet(DEDUCTIONS, false, key, (h, row) -> {
            String code = cell(h, row, REASON_CODE);
            if (!code.isEmpty()) {
                codes.putIfAbsent(rowKey(cell(h, row, PAYMENT_ID), cell(h, row, CURRENCY), cell(h, row, INVOICE)), code);
            }
        });
        // Rows a reviewer added without a payment id are not the tool's rows: ignored.
        List<Row> rows = new ArrayList<>();
        book.sheet(APPLIED, true, key, (h, row) -> {
            if (!cell(h, row, PAYMENT_ID).isEmpty()) {
                rows.add(application(Sheet.APPLIED, h, row, codes));
            }
        });
        book.sheet(REVIEW, true, key, (h, row) -> {
            if (!cell(h, row, PAYMENT_ID).isEmpty()) {
                rows.add(application(Sheet.REVIEW, h, row, codes));
            }
        });
        book.sheet(UNAPPLIED, true, key, (h, row) -> {
            if (!cell(h, row, PAYMENT_ID).isEmpty()) {
                rows.add(new Row(Sheet.UNAPPLIED, cell(h, row, PAYMENT_ID), cell(h, row, CURRENCY), "", null, null,
                        zero(amount(cell(h, row, UNAPPLIED_AMOUNT))), null, null, null, null, null, null,
                        cell(h, row, REASON), Decision.NONE, blankToNull(cell(h, row, NOTE)),
                        cell(h, row, ON_ACCOUNT).toLowerCase(Locale.ROOT).startsWith("yes")));
            }
        });
        return new PreviousCashApplication(displayName, List.copyOf(rows));
    }

    private static Row application(Sheet sheet, Map<String, Integer> h, RawRow row, Map<String, String> codes) {
        String id = cell(h, row, PAYMENT_ID);
        String currency = cell(h, row, CURRENCY);
        String invoice = cell(h, row, INVOICE);
        BigDecimal deduction = amount(cell(h, row, DEDUCTION));
        return new Row(sheet, id, currency, invoice, blankToNull(cell(h, row, CUSTOMER_ID)),
                blankToNull(cell(h, row, CUSTOMER_NAME)), zero(amount(cell(h, row, APPLIED_AMOUNT))), deduction,
                deduction == null ? null : codes.get(rowKey(id, currency, invoice)), amount(cell(h, row, REMAINING_OPEN)),
                cell(h, row, RULE), cell(h, row, CONFIDENCE), cell(h, row, EVIDENCE), null,
                sheet == Sheet.REVIEW ? decision(cell(h, row, DECISION)) : Decision.NONE, blankToNull(cell(h, row, NOTE)),
                false);
    }

    /** "Accept" or "Reject" from the drop-down; typed text is read by its first letters, anything else is no decision. */
    static Decision decision(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("accept")) {
            return Decision.ACCEPT;
        }
        return t.startsWith("reject") ? Decision.REJECT : Decision.NONE;
    }

    private static String rowKey(String id, String currency, String invoice) {
        return id + "|" + currency + "|" + invoice;
    }

    private static BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // Cells come back as Excel stores them (binary doubles): cents are what the workbook held.
        return AmountParser.parse(text, NumberStyle.POINT_DECIMAL).map(AmountParser.Amount::value)
                .map(v -> v.scale() > 2 ? v.setScale(2, java.math.RoundingMode.HALF_UP) : v).orElse(null);
    }

    private static BigDecimal zero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
