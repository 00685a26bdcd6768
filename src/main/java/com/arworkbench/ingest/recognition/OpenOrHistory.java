package com.arworkbench.ingest.recognition;

import com.arworkbench.ingest.DocumentTypes;
import com.arworkbench.ingest.SettlementStatus;
import com.arworkbench.ingest.TotalRows;
import com.arworkbench.ingest.layout.ColumnMapping;
import com.arworkbench.ingest.layout.Field;
import com.arworkbench.ingest.layout.LayoutDetector;
import com.arworkbench.ingest.table.RawRow;
import com.arworkbench.ingest.values.AmountParser;
import com.arworkbench.ingest.values.NumberStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether a table that reads both as open items and as an invoice history is one or the
 * other. Both name customers, documents, dates and amounts; what tells them apart is whether the
 * file says when documents were paid (or that most are settled), or says what is still open and
 * how old it is. Each piece of evidence has a fixed weight; history must outweigh open items, so a
 * file with no evidence either way (customer, invoice, dates, amount) stays open items.
 */
final class OpenOrHistory {

    /** Aging columns: "Age", "Aging", "Overdue", "Days past due", SAP "Arrears after net due date". */
    private static final Pattern AGE_HEADER = Pattern.compile(
            "age|aging|ageing|age days|days|overdue|days overdue|days past due|past due|arrears after net due date|verzug|verzugstage");
    /** Bucket columns: "Current", "1 - 30", "0-30", "121-Above", "Over 90", "Period 1", "Older", "Future". */
    private static final Pattern BUCKET_HEADER = Pattern.compile(
            "current|future|older|\\d+ \\d+( days)?|\\d+ (and )?(above|over|plus)|over \\d+|(age )?≤ \\d+ d|period \\d|\\d+ days");
    private static final Pattern HISTORY_TITLE = Pattern.compile(
            "register|history|invoice list|transaction list|sales journal|cleared items|ausgeglichene posten|customer activity"
                    + "|closed (items|invoices)|paid invoices|write-?offs?|bad debts?|rechnungsausgangsbuch");
    private static final Pattern OPEN_TITLE = Pattern.compile(
            "aging|ageing|aged|open items|offene posten|open invoices|outstanding|open transactions|open at key date|open items at");
    /** Share of documents with nothing left open above which a list is a history: open-items exports list what is open. */
    private static final double SETTLED_SHARE = 0.25;

    private OpenOrHistory() {
    }

    record Verdict(FileRole role, String reasons) {
    }

    /**
     * @param history   the header as read by the history profiles
     * @param preamble  the rows above the header (report title, filters)
     * @param sample    data rows below the header, a bounded sample
     */
    static Verdict decide(LayoutDetector.HeaderMatch history, List<RawRow> preamble, List<RawRow> sample) {
        ColumnMapping m = history.mapping();
        List<String> forHistory = new ArrayList<>();
        List<String> forOpen = new ArrayList<>();
        int h = 0;
        int o = 0;

        long rows = 0;
        long paid = 0;
        long paidStatus = 0;
        long withOpen = 0;
        long zeroOpen = 0;
        long writeOffs = 0;
        for (RawRow r : sample) {
            if (r.isBlank() || TotalRows.label(r) != null) {
                continue;
            }
            rows++;
            if (m.has(Field.CLEARING_DATE) && hasDigit(r.cell(m.index(Field.CLEARING_DATE)))) {
                paid++;
            }
            if (m.has(Field.STATUS) && SettlementStatus.of(r.cell(m.index(Field.STATUS))) == SettlementStatus.PAID) {
                paidStatus++;
            }
            if (m.has(Field.OPEN_AMOUNT)) {
                var a = AmountParser.parse(r.cell(m.index(Field.OPEN_AMOUNT)), NumberStyle.POINT_DECIMAL)
                        .or(() -> AmountParser.parse(r.cell(m.index(Field.OPEN_AMOUNT)), NumberStyle.COMMA_DECIMAL));
                if (a.isPresent()) {
                    withOpen++;
                    if (a.get().value().signum() == 0) {
                        zeroOpen++;
                    }
                }
            }
            if (m.has(Field.DOCUMENT_TYPE) && DocumentTypes.map(r.cell(m.index(Field.DOCUMENT_TYPE)), history.profile())
                    == com.arworkbench.model.DocumentType.WRITE_OFF) {
                writeOffs++;
            }
        }

        String paidHeader = m.header(m.index(Field.CLEARING_DATE));
        if (paid > 0) {
            h += 3;
            forHistory.add("paid-date column '" + paidHeader + "' is filled on " + paid + " of " + rows + " rows");
        } else if (m.has(Field.CLEARING_DATE)) {
            forOpen.add("paid-date column '" + paidHeader + "' is empty on every row read");
        }
        if (paidStatus > 0) {
            h += 3;
            forHistory.add("status column '" + m.header(m.index(Field.STATUS)) + "' says paid/closed on " + paidStatus + " rows");
        }
        if (withOpen > 0 && zeroOpen > withOpen * SETTLED_SHARE) {
            h += 2;
            forHistory.add(zeroOpen + " of " + withOpen + " documents have nothing left open");
        }
        if (writeOffs > 0) {
            h += 2;
            forHistory.add(writeOffs + " write-off (bad debt) rows");
        }
        String title = title(preamble);
        var ht = HISTORY_TITLE.matcher(title);
        if (ht.find()) {
            h += 2;
            forHistory.add("the report title says '" + ht.group() + "'");
        }

        List<String> aging = new ArrayList<>();
        int buckets = 0;
        for (String header : m.headers()) {
            String f = Field.normalizeHeader(header);
            if (AGE_HEADER.matcher(f).matches()) {
                aging.add(header);
            } else if (BUCKET_HEADER.matcher(f).matches()) {
                aging.add(header);
                buckets++;
            }
        }
        if (aging.size() > buckets || buckets >= 2) {
            o += 3;
            forOpen.add("aging columns " + aging);
        }
        if (m.has(Field.OPEN_AMOUNT) && paid == 0 && paidStatus == 0) {
            o += 2;
            forOpen.add("open-balance column '" + m.header(m.index(Field.OPEN_AMOUNT)) + "' and no paid date");
        } else if (!m.has(Field.OPEN_AMOUNT)) {
            forHistory.add("amount column '" + m.header(m.index(Field.ORIGINAL_AMOUNT)) + "' with no open-balance column (not enough on its own)");
        }
        var ot = OPEN_TITLE.matcher(title);
        if (ot.find()) {
            o += 2;
            forOpen.add("the report title says '" + ot.group() + "'");
        }

        FileRole role = h > o ? FileRole.INVOICE_HISTORY : FileRole.OPEN_ITEMS;
        String reasons = "invoice history " + h + " (" + (forHistory.isEmpty() ? "no evidence" : String.join("; ", forHistory))
                + ") vs open items " + o + " (" + (forOpen.isEmpty() ? "no evidence" : String.join("; ", forOpen)) + ")"
                + (h == 0 && o == 0 ? ": nothing says when documents were paid, so each amount is read as open" : "");
        return new Verdict(role, reasons);
    }

    private static String title(List<RawRow> preamble) {
        StringBuilder sb = new StringBuilder();
        for (RawRow r : preamble) {
            for (String c : r.cells()) {
                if (c != null && !c.isBlank()) {
                    sb.append(c.strip()).append(' ');
                }
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
