package com.arworkbench.ingest;

import com.arworkbench.model.Customer;
import com.arworkbench.model.DocumentType;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.RejectedRow;
import com.arworkbench.model.RowDisposition;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Second pass: every row becomes an {@link OpenItem}, a rejected row with its reason, or a counted
 * structural row (preamble, header, blank, heading, subtotal, total). The export's grand total rows
 * become control totals.
 */
public final class RowInterpreter {

    private static final Pattern GRAND_TOTAL = TotalRows.GRAND_TOTAL;
    private static final Pattern SUBTOTAL = TotalRows.SUBTOTAL;

    private static final java.util.Set<String> CREDIT_INDICATORS = java.util.Set.of("H", "C", "CR", "CREDIT", "HABEN");
    /** Distinct values repeat (dates, types, customers): remember their meaning instead of parsing each row again. */
    private static final int MEMO_LIMIT = 50_000;

    private final Map<Field, Map<String, LocalDate>> dateMemo = new EnumMap<>(Field.class);
    private final Map<String, DocumentType> typeMemo = new java.util.HashMap<>();
    private String lastCustomerText;
    private Customer lastCustomer;
    private final List<String> headerRaw;
    private final Layout layout;
    private final ColumnMapping map;
    private final RowSink sink;
    private final Map<RowDisposition, Long> counts = new EnumMap<>(RowDisposition.class);
    private final Map<String, BigDecimal> controlTotals = new LinkedHashMap<>();
    private final Map<String, Long> controlTotalRows = new LinkedHashMap<>();
    /** Grand-total candidates wait: a data row after them shows they were subtotals after all. */
    private final List<PendingTotal> pendingTotals = new ArrayList<>();
    /** Rows to list that arrived while totals were pending, kept so the Exceptions sheet stays in source order. */
    private final Deque<RejectedRow> held = new ArrayDeque<>();
    private final List<String> headerFolded;
    private long rowsRead;
    private long items;
    private long signsNormalized;
    private long dueDateFallbacks;
    private String headingContext;

    private RowInterpreter(Layout layout, RowSink sink) {
        this.layout = layout;
        this.map = layout.mapping();
        this.sink = sink;
        this.headerFolded = map.headers().stream().map(Field::normalizeHeader).toList();
        this.headerRaw = map.headers();
    }

    public static IngestSummary run(TableReader reader, Layout layout, RowSink sink)
            throws IOException, UnreadableFileException {
        RowInterpreter interpreter = new RowInterpreter(layout, sink);
        reader.read(row -> {
            interpreter.accept(row);
            return true;
        });
        return interpreter.finish();
    }

    private void accept(RawRow row) {
        rowsRead++;
        if (row.isBlank()) {
            count(RowDisposition.BLANK);
            return;
        }
        if (row.rowNumber() < layout.headerRow()) {
            list(row, RowDisposition.PREAMBLE, "Above the header row");
            return;
        }
        if (row.rowNumber() == layout.headerRow()) {
            count(RowDisposition.HEADER);
            return;
        }
        if (isRepeatedHeader(row)) {
            list(row, RowDisposition.REPEATED_HEADER, "Repeated header row");
            return;
        }
        String totalLabel = totalLabel(row);
        if (totalLabel != null) {
            if (GRAND_TOTAL.matcher(totalLabel).matches()) {
                pendingTotals.add(new PendingTotal(row, totalLabel));
            } else {
                list(row, RowDisposition.SUBTOTAL, "Subtotal row '" + totalLabel + "' (not an item)");
            }
            return;
        }
        int filled = 0;
        String only = null;
        for (int i = 0; i < row.width(); i++) {
            if (!row.cell(i).isBlank()) {
                filled++;
                only = row.cell(i).strip();
            }
        }
        if (filled == 1 && row.cell(map.index(Field.OPEN_AMOUNT)).isBlank()) {
            headingContext = only;
            list(row, RowDisposition.GROUP_HEADING, map.hasCustomer() ? "Heading or note row (one cell, no amount)"
                    : "Customer heading: the items below belong to '" + only + "'");
            return;
        }
        dataRow(row);
    }

    private void dataRow(RawRow row) {
        demotePendingTotals();
        String amountText = row.cell(map.index(Field.OPEN_AMOUNT));
        Optional<AmountParser.Amount> amount = AmountParser.parse(amountText, layout.numberStyle());
        String currency = currency(row, amount.orElse(null));
        if (amount.isEmpty()) {
            reject(row, RowDisposition.REJECTED, amountText.isBlank() ? "Open amount is empty"
                    : "Open amount '" + amountText + "' is not a number in " + layout.numberStyle().label() + " style",
                    null, currency);
            return;
        }
        BigDecimal value = amount.get().value();
        Customer customer = customer(row);
        String typeText = map.has(Field.DOCUMENT_TYPE) ? row.cell(map.index(Field.DOCUMENT_TYPE)).strip() : "";
        DocumentType type = typeMemo.size() < MEMO_LIMIT
                ? typeMemo.computeIfAbsent(typeText, t -> DocumentTypes.map(t, layout.profile()))
                : DocumentTypes.map(typeText, layout.profile());
        boolean creditIndicator = map.has(Field.DEBIT_CREDIT)
                && CREDIT_INDICATORS.contains(row.cell(map.index(Field.DEBIT_CREDIT)).strip().toUpperCase(Locale.ROOT));
        if (value.signum() > 0 && (type.reducesBalance() || creditIndicator)) {
            value = value.negate();
            signsNormalized++;
        }
        if (value.signum() == 0) {
            reject(row, RowDisposition.NOT_OPEN, "Open amount is zero: nothing left to age", value, currency);
            return;
        }
        if (map.has(Field.CLEARING_DATE)) {
            String cleared = row.cell(map.index(Field.CLEARING_DATE)).strip();
            if (!cleared.isEmpty()) {
                reject(row, RowDisposition.NOT_OPEN, "Cleared/settled on " + cleared + ": not an open item", value, currency);
                return;
            }
        }
        DateResult documentDate = date(row, Field.DOCUMENT_DATE);
        if (documentDate.text != null && documentDate.date == null) {
            reject(row, RowDisposition.REJECTED, dateProblem(Field.DOCUMENT_DATE, documentDate.text), value, currency);
            return;
        }
        if (documentDate.date == null) {
            DateResult posting = date(row, Field.POSTING_DATE);
            if (posting.text != null && posting.date == null) {
                reject(row, RowDisposition.REJECTED, dateProblem(Field.POSTING_DATE, posting.text), value, currency);
                return;
            }
            documentDate = posting;
        }
        DateResult due = date(row, Field.DUE_DATE);
        if (due.text != null && due.date == null) {
            reject(row, RowDisposition.REJECTED, dateProblem(Field.DUE_DATE, due.text), value, currency);
            return;
        }
        LocalDate dueDate = due.date;
        boolean fallback = false;
        if (dueDate == null) {
            if (documentDate.date == null) {
                reject(row, RowDisposition.REJECTED, "No due date and no document date: cannot be aged", value, currency);
                return;
            }
            dueDate = documentDate.date;
            fallback = true;
        }
        if (customer == null) {
            reject(row, RowDisposition.REJECTED, "No customer: the customer column is empty", value, currency);
            return;
        }
        if (fallback) {
            dueDateFallbacks++;
        }
        BigDecimal original = null;
        if (map.has(Field.ORIGINAL_AMOUNT)) {
            original = AmountParser.parse(row.cell(map.index(Field.ORIGINAL_AMOUNT)), layout.numberStyle())
                    .map(AmountParser.Amount::value).orElse(null);
        }
        items++;
        sink.item(new OpenItem(row.rowNumber(), customer, text(row, Field.DOCUMENT_NUMBER), type, typeText,
                documentDate.date, dueDate, fallback, value, original, currency, text(row, Field.ENTITY),
                text(row, Field.REFERENCE), FlagText.meaning(text(row, Field.DISPUTE)),
                FlagText.meaning(text(row, Field.DUNNING_BLOCK))));
    }

    private Customer customer(RawRow row) {
        String id = text(row, Field.CUSTOMER_ID);
        String name = text(row, Field.CUSTOMER_NAME);
        if (!id.isEmpty() || !name.isEmpty()) {
            return new Customer(id, name);
        }
        String combined = text(row, Field.CUSTOMER);
        if (!combined.isEmpty()) {
            if (!combined.equals(lastCustomerText)) {
                lastCustomerText = combined;
                lastCustomer = CustomerText.parse(combined);
            }
            return lastCustomer;
        }
        if (!map.hasCustomer() && headingContext != null) {
            return CustomerText.parse(headingContext);
        }
        return null;
    }

    private String currency(RawRow row, AmountParser.Amount amount) {
        String c = text(row, Field.CURRENCY).toUpperCase(Locale.ROOT);
        if (!c.isEmpty()) {
            return c;
        }
        return amount != null && amount.currency() != null ? amount.currency() : "";
    }

    private DateResult date(RawRow row, Field field) {
        if (!map.has(field)) {
            return new DateResult(null, null);
        }
        String t = row.cell(map.index(field)).strip();
        if (t.isEmpty()) {
            return new DateResult(null, null);
        }
        Map<String, LocalDate> memo = dateMemo.computeIfAbsent(field, f -> new java.util.HashMap<>());
        LocalDate d = memo.get(t);
        if (d == null && !memo.containsKey(t)) {
            d = DateParser.parse(t, layout.dateOrder(field)).orElse(null);
            if (memo.size() >= MEMO_LIMIT) {
                memo.clear();
            }
            memo.put(t, d);
        }
        return new DateResult(t, d);
    }

    private String dateProblem(Field field, String text) {
        return field.label() + " '" + text + "' is not a valid date (column read as "
                + layout.dateOrder(field).label() + ")";
    }

    private String text(RawRow row, Field field) {
        return map.has(field) ? row.cell(map.index(field)).strip() : "";
    }

    /** The label of a total row, or null. A row with a document number or a real date is never a total. */
    private String totalLabel(RawRow row) {
        if (!text(row, Field.DOCUMENT_NUMBER).isEmpty()) {
            return null;
        }
        for (Field f : new Field[] {Field.DUE_DATE, Field.DOCUMENT_DATE}) {
            String t = text(row, f);
            if (!t.isEmpty() && DateParser.parse(t, layout.dateOrder(f)).isPresent()) {
                return null;
            }
        }
        for (int i = 0; i < row.width(); i++) {
            if (i == map.index(Field.OPEN_AMOUNT) || i == map.index(Field.ORIGINAL_AMOUNT)) {
                continue;
            }
            String c = row.cell(i).strip();
            if (c.isEmpty()) {
                continue;
            }
            if (GRAND_TOTAL.matcher(c).matches() || SUBTOTAL.matcher(c).matches()) {
                return c;
            }
        }
        return null;
    }

    private boolean isRepeatedHeader(RawRow row) {
        int same = 0;
        int headerCells = 0;
        for (int i = 0; i < headerFolded.size(); i++) {
            if (headerFolded.get(i).isEmpty()) {
                continue;
            }
            headerCells++;
            // Repeated headers are copies of the header: compare the text before paying for folding.
            String cell = row.cell(i).strip();
            if (cell.equalsIgnoreCase(headerRaw.get(i)) || (cell.length() == headerRaw.get(i).length()
                    && Field.normalizeHeader(cell).equals(headerFolded.get(i)))) {
                same++;
            }
        }
        return same >= 2 && same * 2 >= headerCells;
    }

    private void demotePendingTotals() {
        for (PendingTotal t : pendingTotals) {
            emit(rejected(t.row, RowDisposition.SUBTOTAL, "Subtotal row '" + t.label + "' (more items follow it)", null, ""));
        }
        pendingTotals.clear();
        while (!held.isEmpty()) {
            emit(held.poll());
        }
    }

    private IngestSummary finish() {
        // The last bare total per currency is the export's grand total; earlier ones were subtotals.
        Map<String, PendingTotal> lastPerCurrency = new LinkedHashMap<>();
        Map<PendingTotal, BigDecimal> amounts = new LinkedHashMap<>();
        for (PendingTotal t : pendingTotals) {
            Optional<AmountParser.Amount> a = AmountParser.parse(t.row.cell(map.index(Field.OPEN_AMOUNT)), layout.numberStyle());
            if (a.isPresent()) {
                amounts.put(t, a.get().value());
                lastPerCurrency.put(currency(t.row, a.get()), t);
            }
        }
        List<RejectedRow> tail = new ArrayList<>();
        for (PendingTotal t : pendingTotals) {
            String currency = null;
            for (Map.Entry<String, PendingTotal> e : lastPerCurrency.entrySet()) {
                if (e.getValue() == t) {
                    currency = e.getKey();
                }
            }
            if (currency != null) {
                controlTotals.put(currency, amounts.get(t));
                controlTotalRows.put(currency, t.row.rowNumber());
                tail.add(rejected(t.row, RowDisposition.TOTAL, "Export's grand total" + (currency.isEmpty() ? "" : " (" + currency + ")")
                        + ": used as the control total", amounts.get(t), currency));
            } else {
                tail.add(rejected(t.row, RowDisposition.SUBTOTAL, "Total row '" + t.label + "' (not the last total)", null, ""));
            }
        }
        pendingTotals.clear();
        List<RejectedRow> ordered = new ArrayList<>(held);
        held.clear();
        ordered.addAll(tail);
        ordered.sort((a, b) -> Long.compare(a.sourceRow(), b.sourceRow()));
        ordered.forEach(this::emit);
        return new IngestSummary(rowsRead, items, Map.copyOf(counts), Map.copyOf(controlTotals),
                Map.copyOf(controlTotalRows), signsNormalized, dueDateFallbacks);
    }

    private void reject(RawRow row, RowDisposition d, String reason, BigDecimal amount, String currency) {
        emit(rejected(row, d, reason, amount, currency));
    }

    private void list(RawRow row, RowDisposition d, String reason) {
        RejectedRow r = rejected(row, d, reason, null, "");
        if (pendingTotals.isEmpty()) {
            emit(r);
        } else {
            held.add(r);
        }
    }

    private RejectedRow rejected(RawRow row, RowDisposition d, String reason, BigDecimal amount, String currency) {
        return new RejectedRow(row.rowNumber(), d, reason, row.values(), amount, currency);
    }

    private void emit(RejectedRow r) {
        count(r.disposition());
        sink.notUsed(r);
    }

    private void count(RowDisposition d) {
        counts.merge(d, 1L, Long::sum);
    }

    private record DateResult(String text, LocalDate date) {
    }

    private record PendingTotal(RawRow row, String label) {
    }
}
