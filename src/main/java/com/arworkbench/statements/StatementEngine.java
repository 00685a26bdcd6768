package com.arworkbench.statements;

import com.arworkbench.aging.AgedItem;
import com.arworkbench.aging.AgingReport;
import com.arworkbench.aging.CustomerAging;
import com.arworkbench.dunning.CustomerDirectory;
import com.arworkbench.model.Customer;
import com.arworkbench.model.DocumentType;
import com.arworkbench.model.InvoiceRecord;
import com.arworkbench.model.OpenItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Customer statements from the open items (aged by the aging engine) and, optionally, the invoice history. Pure:
 * records in, a {@link StatementReport} out.
 *
 * <p>The open-item part lists every open item of a customer in a currency (items dated after the as-of date are
 * counted and left out, as the aging leaves them out); its balance is their sum. The activity part reads the
 * history: the opening balance is what was billed before {@code from} and not settled before it; the movements are
 * the invoices and credits dated in the period and the settlements (paid dates) in it; closing = opening +
 * movements. The history gives one paid date per document: what an unsettled document has been paid in part
 * (amount less open amount) is shown as an undated part payment in the period, the history's open amount being
 * taken as at the as-of date. An open item the history does not hold (by document number: an invoice register has
 * no unapplied payments) joins the opening balance or the period's movements by its date. The closing balance is compared with the open items' balance, not assumed equal.
 */
public final class StatementEngine {

    private final StatementParameters parameters;
    private CustomerDirectory directory;
    private final Map<String, Open> open = new LinkedHashMap<>();
    private final Map<String, History> history = new HashMap<>();
    private boolean hasHistory;
    private long itemsFuture;
    private long historyRecords;
    /** Items and history records kept in detail at most (the pack's bound on memory); past it, balances only. */
    private final long maxItems;
    private final long maxHistory;
    private long itemsKept;
    private boolean itemsDropped;
    private boolean historyDropped;

    private static final class Open {
        final Customer customer;
        final String currency;
        final List<AgedItem> items = new ArrayList<>();
        final BigDecimal[] buckets;
        BigDecimal balance = BigDecimal.ZERO;
        BigDecimal overdue = BigDecimal.ZERO;
        long count;

        Open(Customer customer, String currency, int bucketCount) {
            this.customer = customer;
            this.currency = currency;
            this.buckets = new BigDecimal[bucketCount];
            java.util.Arrays.fill(buckets, BigDecimal.ZERO);
        }

        void add(AgedItem a, int bucket) {
            BigDecimal amount = a.item().openAmount();
            balance = balance.add(amount);
            buckets[bucket] = buckets[bucket].add(amount);
            if (!a.bucket().isCurrent()) {
                overdue = overdue.add(amount);
            }
            count++;
        }
    }

    private static final class History {
        BigDecimal opening = BigDecimal.ZERO;
        final List<Movement> movements = new ArrayList<>();
        long records;
        boolean taken;
        final java.util.Set<String> documents = new java.util.HashSet<>();
    }

    public StatementEngine(StatementParameters parameters, CustomerDirectory directory) {
        this(parameters, directory, Long.MAX_VALUE, Long.MAX_VALUE);
    }

    /**
     * An engine that keeps at most {@code maxItems} open items and {@code maxHistory} history records in detail: past
     * either, every statement keeps its balance, overdue part and buckets but no items (no pages) and no activity, and
     * the report says so. The month-end pack uses it to stay within its memory on very large inputs.
     */
    public StatementEngine(StatementParameters parameters, CustomerDirectory directory, long maxItems, long maxHistory) {
        this.parameters = parameters;
        this.directory = directory == null ? CustomerDirectory.empty() : directory;
        this.maxItems = maxItems;
        this.maxHistory = maxHistory;
    }

    /** The customer master, when it is read after the engine was made (the pack reads the history first). */
    public void customers(CustomerDirectory customers) {
        this.directory = customers == null ? CustomerDirectory.empty() : customers;
    }

    /** An open item as the aging engine aged it (with the same as-of date and buckets). */
    public void accept(AgedItem aged) {
        if (aged.future()) {
            itemsFuture++;
            return;
        }
        if (itemsDropped) {
            return; // past the bound the balances come from the aging (see report(AgingReport))
        }
        if (++itemsKept > maxItems) {
            itemsDropped = true;
            open.clear();
            history.clear();
            return;
        }
        String key = aged.item().currency() + "\u0000" + aged.item().customer().key();
        Open o = open.computeIfAbsent(key, k -> new Open(aged.item().customer(), aged.item().currency(),
                parameters.buckets().size()));
        o.add(aged, parameters.buckets().buckets().indexOf(aged.bucket()));
        o.items.add(aged);
    }

    /** Says that there is a history, even one without a record of these customers. Call before the records. */
    public void withHistory() {
        hasHistory = true;
    }

    /** One record of the invoice history. */
    public void history(InvoiceRecord r) {
        hasHistory = true;
        historyRecords++;
        if (historyDropped) {
            return;
        }
        if (historyRecords > maxHistory) {
            historyDropped = true;
            history.clear();
            return;
        }
        LocalDate from = parameters.from();
        LocalDate asOf = parameters.asOf();
        History h = history.computeIfAbsent(r.currency() + "\u0000" + r.customer().key(), k -> new History());
        h.records++;
        if (r.documentNumber() != null) {
            h.documents.add(r.documentNumber());
        }
        LocalDate date = r.documentDate();
        if (date == null || date.isAfter(asOf)) {
            return; // billed after the period: on no statement of this date
        }
        LocalDate paid = r.paidDate();
        if (date.isBefore(from)) {
            if (paid == null || !paid.isBefore(from)) {
                h.opening = h.opening.add(r.amount());
            }
        } else {
            h.movements.add(new Movement(date, r.amount().signum() < 0 ? Movement.Kind.CREDIT : Movement.Kind.INVOICE,
                    r.documentNumber(), r.amount(), r.sourceRow()));
        }
        if (paid == null && r.openAmount() != null && r.openAmount().compareTo(r.amount()) != 0) {
            // Partly paid: the history gives what is still open but not when the rest was paid; shown in the period.
            h.movements.add(new Movement(asOf, Movement.Kind.PART_PAYMENT, r.documentNumber(),
                    r.openAmount().subtract(r.amount()), r.sourceRow()));
        }
        if (paid != null && !paid.isBefore(from) && !paid.isAfter(asOf)) {
            h.movements.add(new Movement(paid, r.amount().signum() < 0 ? Movement.Kind.CREDIT_APPLIED : Movement.Kind.PAYMENT,
                    r.documentNumber(), r.amount().negate(), r.sourceRow()));
        }
    }

    /**
     * The report of a bounded engine: past its bound it kept no items, and each statement's balance, overdue part
     * and buckets are the aging's own figures for the customer and currency (the same items, aged the same way).
     */
    public StatementReport report(AgingReport aging) {
        if (!itemsDropped) {
            return report();
        }
        for (CustomerAging c : aging.customers()) {
            Open o = new Open(c.customer(), c.currency(), parameters.buckets().size());
            for (int b = 0; b < o.buckets.length; b++) {
                o.buckets[b] = c.bucket(b);
                if (!parameters.buckets().buckets().get(b).isCurrent()) {
                    o.overdue = o.overdue.add(c.bucket(b));
                }
            }
            o.balance = c.total();
            o.count = c.items();
            open.put(c.currency() + "\u0000" + c.customer().key(), o);
        }
        return report();
    }

    public StatementReport report() {
        List<Statement> statements = new ArrayList<>();
        Map<String, BigDecimal> balances = new TreeMap<>();
        long items = 0;
        boolean activity = hasHistory && !historyDropped && !itemsDropped;
        for (Open o : open.values()) {
            List<AgedItem> sorted = new ArrayList<>(o.items);
            sorted.sort(Comparator.comparing((AgedItem a) -> a.item().dueDate())
                    .thenComparing(a -> a.item().documentNumber() == null ? "" : a.item().documentNumber())
                    .thenComparingLong(a -> a.item().sourceRow()));
            items += o.count;
            balances.merge(o.currency, o.balance, BigDecimal::add);
            statements.add(new Statement(o.customer, o.currency, directory.find(o.customer), sorted, o.balance, o.overdue,
                    List.of(o.buckets), activity ? activity(o) : null));
        }
        statements.sort(Comparator.comparing(Statement::currency)
                .thenComparing(s -> s.customer().displayName().toLowerCase(Locale.ROOT))
                .thenComparing(s -> s.customer().key()));
        long other = history.values().stream().filter(h -> !h.taken).mapToLong(h -> h.records).sum();
        String omitted = null;
        if (itemsDropped) {
            omitted = "more than " + maxItems + " open items: balances only (no statement pages"
                    + (hasHistory ? ", no activity" : "") + ")";
        } else if (historyDropped) {
            omitted = "more than " + maxHistory + " history records: no activity";
        }
        return new StatementReport(parameters, statements, activity, items, itemsFuture, historyRecords, other, balances,
                omitted);
    }

    /** The customer's history by its key, else by its name when the history names customers without their id. */
    private Activity activity(Open o) {
        History h = history.get(o.currency + "\u0000" + o.customer.key());
        if (h == null && o.customer.name() != null) {
            h = history.get(o.currency + "\u0000" + new Customer(null, o.customer.name()).key());
        }
        if (h == null) {
            h = new History();
        }
        h.taken = true;
        List<Movement> movements = new ArrayList<>(h.movements);
        BigDecimal opening = h.opening;
        // Open items the history does not hold (unapplied payments, documents it left out) still move the balance.
        for (AgedItem a : o.items) {
            OpenItem i = a.item();
            if (i.documentNumber() != null && h.documents.contains(i.documentNumber())) {
                continue;
            }
            LocalDate date = i.documentDate() != null ? i.documentDate() : i.dueDate();
            if (date.isBefore(parameters.from())) {
                opening = opening.add(i.openAmount());
            } else {
                Movement.Kind kind = i.type() == DocumentType.PAYMENT ? Movement.Kind.OPEN_PAYMENT
                        : i.openAmount().signum() < 0 ? Movement.Kind.CREDIT : Movement.Kind.INVOICE;
                movements.add(new Movement(date, kind, i.documentNumber(), i.openAmount(), i.sourceRow()));
            }
        }
        movements.sort(Comparator.comparing(Movement::date).thenComparingLong(Movement::sourceRow)
                .thenComparing(Movement::kind));
        BigDecimal closing = opening;
        for (Movement m : movements) {
            closing = closing.add(m.amount());
        }
        return new Activity(parameters.from(), parameters.asOf(), opening, movements, closing);
    }
}
