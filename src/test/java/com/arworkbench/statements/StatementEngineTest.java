package com.arworkbench.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.arworkbench.aging.AgingBasis;
import com.arworkbench.aging.AgingEngine;
import com.arworkbench.aging.AgingParameters;
import com.arworkbench.aging.BucketScheme;
import com.arworkbench.dunning.CustomerDirectory;
import com.arworkbench.model.Customer;
import com.arworkbench.model.DocumentType;
import com.arworkbench.model.InvoiceRecord;
import com.arworkbench.model.OpenItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The statement engine on a handful of items whose figures are worked out by hand in the comments: balances,
 * overdue parts and buckets per customer and currency, and the activity's opening and closing balances.
 */
class StatementEngineTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final LocalDate FROM = LocalDate.of(2026, 6, 1);
    private static final Customer ACME = new Customer("C1", "Acme");
    private static final Customer BETA = new Customer("C2", "Beta");

    private long row;

    private OpenItem item(Customer c, String doc, DocumentType type, String date, String due, String ccy, String amount) {
        return new OpenItem(++row, c, doc, type, type.label(), LocalDate.parse(date), LocalDate.parse(due), false,
                new BigDecimal(amount), new BigDecimal(amount), ccy, null, null, null, null);
    }

    private InvoiceRecord record(Customer c, String doc, String date, String amount, String open, String ccy, String paid) {
        return new InvoiceRecord(++row, c, doc, new BigDecimal(amount).signum() < 0 ? DocumentType.CREDIT_MEMO
                : DocumentType.INVOICE, LocalDate.parse(date), LocalDate.parse(date).plusDays(30), new BigDecimal(amount),
                open == null ? null : new BigDecimal(open), ccy, paid == null ? null : LocalDate.parse(paid));
    }

    private StatementReport run(List<OpenItem> items, List<InvoiceRecord> history) {
        StatementParameters p = new StatementParameters(AS_OF, FROM, BucketScheme.standard());
        AgingEngine aging = new AgingEngine(new AgingParameters(AS_OF, AgingBasis.DUE, p.buckets()));
        StatementEngine engine = new StatementEngine(p, CustomerDirectory.empty());
        if (history != null) {
            engine.withHistory();
            history.forEach(engine::history);
        }
        items.forEach(i -> engine.accept(aging.age(i)));
        return engine.report();
    }

    private static void money(String expected, BigDecimal actual, String what) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), what + ": expected " + expected + ", was " + actual);
    }

    @Test
    void openItemStatementsAgeEachItemAndNeverAddTwoCurrencies() {
        StatementReport r = run(List.of(
                // 30 June less due 10 May = 51 days: 31-60
                item(ACME, "I1", DocumentType.INVOICE, "2026-04-10", "2026-05-10", "EUR", "1000.00"),
                // due 15 July: not yet due, Current
                item(ACME, "I2", DocumentType.INVOICE, "2026-06-15", "2026-07-15", "EUR", "500.00"),
                // a credit ages by its own date: 10 days, 1-30
                item(ACME, "C1", DocumentType.CREDIT_MEMO, "2026-06-20", "2026-06-20", "EUR", "-200.00"),
                // the same customer in USD: a statement of its own
                item(ACME, "I3", DocumentType.INVOICE, "2026-03-01", "2026-03-31", "USD", "70.00"),
                // dated after the as-of date: counted, on no statement
                item(BETA, "I4", DocumentType.INVOICE, "2026-07-02", "2026-08-01", "EUR", "999.00"),
                // 91 days: 91-120
                item(BETA, "I5", DocumentType.INVOICE, "2026-03-01", "2026-03-31", "EUR", "40.00")), null);
        assertEquals(3, r.statements().size(), "Acme EUR, Beta EUR, Acme USD");
        Statement acmeEur = r.statements().get(0);
        assertEquals("C1", acmeEur.customer().id());
        assertEquals("EUR", acmeEur.currency());
        money("1300.00", acmeEur.balance(), "1000 + 500 - 200");
        money("800.00", acmeEur.overdue(), "1000 (31-60) - 200 (1-30)");
        // Current, 1-30, 31-60, 61-90, 91-120, Over 120
        money("500.00", acmeEur.buckets().get(0), "Current");
        money("-200.00", acmeEur.buckets().get(1), "1-30");
        money("1000.00", acmeEur.buckets().get(2), "31-60");
        assertEquals(List.of("I1", "C1", "I2"), acmeEur.items().stream().map(a -> a.item().documentNumber()).toList(),
                "by due date");
        assertNull(acmeEur.activity(), "no history, no activity");
        Statement betaEur = r.statements().get(1);
        money("40.00", betaEur.balance(), "the future-dated 999 is left out");
        money("40.00", betaEur.buckets().get(4), "91-120");
        Statement acmeUsd = r.statements().get(2);
        assertEquals("USD", acmeUsd.currency());
        money("70.00", acmeUsd.balance(), "USD alone");
        money("1340.00", r.balances().get("EUR"), "1300 + 40");
        money("70.00", r.balances().get("USD"), "USD");
        assertEquals(5, r.itemsOnStatements());
        assertEquals(1, r.itemsFuture());
    }

    @Test
    void theActivityRunsFromTheOpeningBalanceThroughTheMovementsToTheClosingBalance() {
        List<InvoiceRecord> history = List.of(
                // paid 20 May, before the period: in neither the opening balance nor the period
                record(ACME, "H0", "2026-02-01", "400.00", "0.00", "EUR", "2026-05-20"),
                // open on 1 June, paid 5 June: opening +700, payment -700
                record(ACME, "H1", "2026-03-01", "700.00", "0.00", "EUR", "2026-06-05"),
                // still open: opening +1000
                record(ACME, "I1", "2026-04-10", "1000.00", "1000.00", "EUR", null),
                // billed in the period: +500
                record(ACME, "I2", "2026-06-15", "500.00", "500.00", "EUR", null),
                // a credit in the period: -200
                record(ACME, "C1", "2026-06-20", "-200.00", "-200.00", "EUR", null),
                // billed 2 June and paid in part: +300, part payment -100
                record(ACME, "I6", "2026-06-02", "300.00", "200.00", "EUR", null),
                // billed after the as-of date: nowhere
                record(ACME, "I9", "2026-07-01", "55.00", "55.00", "EUR", null),
                // a customer with no open item
                record(BETA, "B1", "2026-01-10", "100.00", "0.00", "EUR", "2026-02-01"));
        StatementReport r = run(List.of(
                item(ACME, "I1", DocumentType.INVOICE, "2026-04-10", "2026-05-10", "EUR", "1000.00"),
                item(ACME, "I2", DocumentType.INVOICE, "2026-06-15", "2026-07-15", "EUR", "500.00"),
                item(ACME, "C1", DocumentType.CREDIT_MEMO, "2026-06-20", "2026-06-20", "EUR", "-200.00"),
                item(ACME, "I6", DocumentType.INVOICE, "2026-06-02", "2026-07-02", "EUR", "200.00"),
                // unapplied cash the invoice register does not hold: a payment of the period
                item(ACME, "P1", DocumentType.PAYMENT, "2026-06-25", "2026-06-25", "EUR", "-150.00")), history);
        assertEquals(1, r.statements().size());
        Statement s = r.statements().get(0);
        money("1350.00", s.balance(), "1000 + 500 - 200 + 200 - 150");
        Activity a = s.activity();
        assertEquals(FROM, a.from());
        assertEquals(AS_OF, a.to());
        money("1700.00", a.opening(), "700 + 1000");
        money("800.00", a.total(Movement.Kind.INVOICE), "500 + 300");
        money("-200.00", a.total(Movement.Kind.CREDIT), "C1");
        money("-700.00", a.total(Movement.Kind.PAYMENT), "H1 settled");
        money("-100.00", a.total(Movement.Kind.PART_PAYMENT), "300 less 200 open");
        money("-150.00", a.total(Movement.Kind.OPEN_PAYMENT), "P1");
        money("1350.00", a.closing(), "1700 + 800 - 200 - 700 - 100 - 150");
        money("0.00", s.activityDifference(), "closing = the open items' balance");
        assertEquals(8, r.historyRecords());
        assertEquals(1, r.historyOtherCustomers(), "Beta's record has no statement");
    }

    @Test
    void aClosingBalanceThatDoesNotTieToTheOpenItemsIsShownNotHidden() {
        StatementReport r = run(List.of(item(ACME, "I1", DocumentType.INVOICE, "2026-04-10", "2026-05-10", "EUR", "1000.00")),
                List.of(record(ACME, "I1", "2026-04-10", "1200.00", null, "EUR", null)));
        money("200.00", r.statements().get(0).activityDifference(), "the history says 1200, the open items 1000");
    }

    /** Past its bound an engine keeps no items; the balances are the aging's, per customer and currency. */
    @Test
    void aBoundedEngineGivesTheAgingsBalancesWithoutItems() {
        StatementParameters p = new StatementParameters(AS_OF, FROM, BucketScheme.standard());
        AgingEngine aging = new AgingEngine(new AgingParameters(AS_OF, AgingBasis.DUE, p.buckets()));
        StatementEngine engine = new StatementEngine(p, CustomerDirectory.empty(), 2, 10);
        List.of(item(ACME, "I1", DocumentType.INVOICE, "2026-04-10", "2026-05-10", "EUR", "1000.00"),
                item(ACME, "C1", DocumentType.CREDIT_MEMO, "2026-06-20", "2026-06-20", "EUR", "-200.00"),
                item(BETA, "I5", DocumentType.INVOICE, "2026-06-01", "2026-07-01", "EUR", "40.00"))
                .forEach(i -> engine.accept(aging.age(i)));
        StatementReport r = engine.report(aging.report());
        assertEquals(2, r.statements().size());
        Statement acme = r.statements().get(0);
        assertEquals(List.of(), acme.items(), "no items past the bound");
        money("800.00", acme.balance(), "1000 - 200");
        money("800.00", acme.overdue(), "1000 (51 days) - 200 (10 days)");
        money("40.00", r.statements().get(1).balance(), "Beta, current");
        money("0.00", r.statements().get(1).overdue(), "not yet due");
        assertEquals(3, r.itemsOnStatements());
        assertEquals(true, r.pagesOmitted());
        assertEquals(true, r.omitted().startsWith("more than 2 open items"), r.omitted());
    }

    @Test
    void thePeriodMayNotStartAfterTheAsOfDate() {
        assertThrows(IllegalArgumentException.class,
                () -> new StatementParameters(AS_OF, AS_OF.plusDays(1), BucketScheme.standard()));
        assertEquals(FROM, new StatementParameters(AS_OF, null, BucketScheme.standard()).from(), "default: the month's first");
    }
}
