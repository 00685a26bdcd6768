package com.arworkbench.ingest;

import static com.arworkbench.model.CashAppSheets.*;

import com.arworkbench.cashapp.PreviousCashApplication;
import com.arworkbench.cashapp.PreviousCashApplication.Decision;
import com.arworkbench.cashapp.PreviousCashApplication.Row;
import com.arworkbench.cashapp.PreviousCashApplication.Sheet;
import com.arworkbench.ingest.table.FormatSniffer;
import com.arworkbench.ingest.table.RawRow;
import com.arworkbench.ingest.table.SniffResult;
import com.arworkbench.ingest.table.SourceFormat;
import com.arworkbench.ingest.table.XlsxTableReader;
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
        SniffResult sniff = FormatSniffer.sniff(path);
        if (sniff.format() != SourceFormat.XLSX) {
            throw new UnreadableFileException("The previous cash application must be the .xlsx workbook the cashapp command "
                    + "produced (found: " + sniff.description() + ").");
        }
        Map<String, String> codes = new HashMap<>();
        sheet(path, DEDUCTIONS, false, (h, row) -> {
            String code = cell(h, row, REASON_CODE);
            if (!code.isEmpty()) {
                codes.putIfAbsent(rowKey(cell(h, row, PAYMENT_ID), cell(h, row, CURRENCY), cell(h, row, INVOICE)), code);
            }
        });
        List<Row> rows = new ArrayList<>();
        sheet(path, APPLIED, true, (h, row) -> rows.add(application(Sheet.APPLIED, h, row, codes)));
        sheet(path, REVIEW, true, (h, row) -> rows.add(application(Sheet.REVIEW, h, row, codes)));
        sheet(path, UNAPPLIED, true, (h, row) -> rows.add(new Row(Sheet.UNAPPLIED, cell(h, row, PAYMENT_ID),
                cell(h, row, CURRENCY), "", null, null, zero(amount(cell(h, row, UNAPPLIED_AMOUNT))), null, null, null, null, null,
                null, cell(h, row, REASON), Decision.NONE, blankToNull(cell(h, row, NOTE)),
                cell(h, row, ON_ACCOUNT).toLowerCase(Locale.ROOT).startsWith("yes"))));
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

    private static void sheet(Path path, String sheet, boolean required, java.util.function.BiConsumer<Map<String, Integer>, RawRow> use)
            throws IOException, UnreadableFileException {
        Map<String, Integer> header = new HashMap<>();
        try {
            new XlsxTableReader(path, sheet).read(row -> {
                if (header.isEmpty()) {
                    // The title rows come first; the header is the row that names the payment id.
                    for (int i = 0; i < row.width(); i++) {
                        header.putIfAbsent(row.cell(i).strip(), i);
                    }
                    if (!header.containsKey(PAYMENT_ID) || !header.containsKey(CURRENCY)) {
                        header.clear();
                    }
                    return true;
                }
                if (!cell(header, row, PAYMENT_ID).isEmpty()) {
                    use.accept(header, row);
                }
                return true;
            });
        } catch (UnreadableFileException e) {
            if (required) {
                throw new UnreadableFileException("The previous cash application must be a workbook made by the cashapp "
                        + "command: " + e.getMessage());
            }
            return;
        }
        if (required && header.isEmpty()) {
            throw new UnreadableFileException("The previous cash application's '" + sheet + "' sheet has no header row with '"
                    + PAYMENT_ID + "' and '" + CURRENCY + "'.");
        }
    }

    private static String rowKey(String id, String currency, String invoice) {
        return id + "|" + currency + "|" + invoice;
    }

    private static String cell(Map<String, Integer> h, RawRow row, String header) {
        Integer i = h.get(header);
        return i == null ? "" : row.cell(i).strip();
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
