package com.arworkbench.ingest;

import com.arworkbench.ingest.layout.ColumnMapping;
import com.arworkbench.ingest.layout.Field;
import com.arworkbench.ingest.layout.Layout;
import com.arworkbench.ingest.table.RawRow;
import com.arworkbench.ingest.values.CustomerText;
import com.arworkbench.ingest.values.DateParser;
import com.arworkbench.model.Customer;
import com.arworkbench.model.DocumentType;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the canonical fields of a document row by the layout: customer, dates, document type and
 * whether the export marks the row as a credit. One instance per read, because it remembers what
 * repeated values (dates, types, customers) mean instead of parsing them on every row.
 */
final class RowFields {

    private static final Set<String> CREDIT_INDICATORS = Set.of("H", "C", "CR", "CREDIT", "HABEN");
    /** Bounds the memories: a file with millions of distinct values must not grow them without end. */
    private static final int MEMO_LIMIT = 50_000;

    private final Layout layout;
    private final ColumnMapping map;
    private final Map<Field, Map<String, LocalDate>> dateMemo = new EnumMap<>(Field.class);
    private final Map<String, DocumentType> typeMemo = new HashMap<>();
    private final Map<String, SettlementStatus> statusMemo = new HashMap<>();
    /** The customers met so far, by their ID and name cells: the readers hand one instance per customer. */
    private final Map<String, Customer> customers = new HashMap<>();
    /** The same, by the text of a combined "Name (ID)" cell, looked up without building a key per row. */
    private final Map<String, Customer> customersByText = new HashMap<>();
    /** The last customer of each ID cell, with the name cell it came with: most rows repeat both. */
    private final Map<String, NamedCustomer> customerOfId = new HashMap<>();

    private record NamedCustomer(String nameText, Customer customer) {
    }
    private String lastCustomerText;
    private Customer lastCustomer;

    RowFields(Layout layout) {
        this.layout = layout;
        this.map = layout.mapping();
    }

    /** A date cell: {@code text} null when the column is missing or empty; {@code date} null when the text is no date. */
    record DateCell(String text, LocalDate date) {
        boolean invalid() {
            return text != null && date == null;
        }
    }

    String text(RawRow row, Field field) {
        if (!map.has(field)) {
            return "";
        }
        String t = row.cell(map.index(field)).strip();
        return field == Field.CUSTOMER_ID || field == Field.DOCUMENT_NUMBER || field == Field.CUSTOMER ? identifier(t) : t;
    }

    /**
     * An identifier as the ERP wrote it: a float-typed export (pandas, some BI tools) writes 1930571521 as
     * {@code 1930571521.0}; the ".0" is not part of the ID.
     */
    static String identifier(String t) {
        int n = t.length();
        if (n > 2 && t.charAt(n - 2) == '.' && t.charAt(n - 1) == '0') {
            for (int i = 0; i < n - 2; i++) {
                if (!Character.isDigit(t.charAt(i))) {
                    return t;
                }
            }
            return t.substring(0, n - 2);
        }
        return t;
    }

    /** The customer from its id/name columns, a combined "Name (ID)" column, or the heading above the rows. */
    Customer customer(RawRow row, String headingContext) {
        String id = text(row, Field.CUSTOMER_ID);
        String name = text(row, Field.CUSTOMER_NAME);
        if (!id.isEmpty() || !name.isEmpty()) {
            NamedCustomer last = customerOfId.get(id);
            if (last != null && last.nameText().equals(name)) {
                return last.customer();
            }
            if (customers.size() >= MEMO_LIMIT) {
                return new Customer(id, name);
            }
            Customer c = customers.computeIfAbsent(id + "\u0000" + name, k -> new Customer(id, name));
            customerOfId.put(id, new NamedCustomer(name, c));
            return c;
        }
        String combined = text(row, Field.CUSTOMER);
        if (!combined.isEmpty()) {
            if (!combined.equals(lastCustomerText)) {
                lastCustomerText = combined;
                // One parse (two regexes) per customer, not per row; the same instance keeps its key.
                lastCustomer = customersByText.size() < MEMO_LIMIT
                        ? customersByText.computeIfAbsent(combined, CustomerText::parse)
                        : CustomerText.parse(combined);
            }
            return lastCustomer;
        }
        if (!map.hasCustomer() && headingContext != null) {
            return CustomerText.parse(headingContext);
        }
        return null;
    }

    DocumentType type(String typeText) {
        return typeMemo.size() < MEMO_LIMIT
                ? typeMemo.computeIfAbsent(typeText, t -> DocumentTypes.map(t, layout.profile()))
                : DocumentTypes.map(typeText, layout.profile());
    }

    /** What the row's status column says about payment: a handful of texts over millions of rows, each read once. */
    SettlementStatus status(RawRow row) {
        String statusText = text(row, Field.STATUS);
        return statusMemo.size() < MEMO_LIMIT
                ? statusMemo.computeIfAbsent(statusText, SettlementStatus::of)
                : SettlementStatus.of(statusText);
    }

    /** The export's debit/credit indicator says credit (SAP "H", "C", "CR"). */
    boolean creditIndicated(RawRow row) {
        return map.has(Field.DEBIT_CREDIT) && CREDIT_INDICATORS.contains(text(row, Field.DEBIT_CREDIT).toUpperCase(Locale.ROOT));
    }

    DateCell date(RawRow row, Field field) {
        String t = text(row, field);
        if (t.isEmpty()) {
            return new DateCell(null, null);
        }
        Map<String, LocalDate> memo = dateMemo.computeIfAbsent(field, f -> new HashMap<>());
        LocalDate d = memo.get(t);
        if (d == null && !memo.containsKey(t)) {
            d = DateParser.parse(t, layout.dateOrder(field)).orElse(null);
            if (memo.size() >= MEMO_LIMIT) {
                memo.clear();
            }
            memo.put(t, d);
        }
        return new DateCell(t, d);
    }

    String dateProblem(Field field, String text) {
        return field.label() + " '" + text + "' is not a valid date (column read as "
                + layout.dateOrder(field).label() + ")";
    }
}
