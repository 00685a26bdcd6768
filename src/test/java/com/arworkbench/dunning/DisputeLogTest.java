package com.arworkbench.dunning;

import static com.arworkbench.dunning.DunningEngineTest.item;
import static com.arworkbench.dunning.DunningEngineTest.disputed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.aging.BucketScheme;
import com.arworkbench.model.Customer;
import com.arworkbench.model.DisputeCase;
import com.arworkbench.model.DisputeSheets;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.PreviousDisputes;
import com.arworkbench.model.PreviousWorklist;
import com.arworkbench.model.TypedDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The dispute log's rules on small hand-made logs, as of Tuesday 30 June 2026 (1 June 2026 is a Monday). Business
 * days and SLA due dates are counted by hand in the comments.
 */
class DisputeLogTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final Customer ACME = new Customer("C1", "Acme GmbH");
    private static final Customer BETA = new Customer("C2", "Beta Ltd");

    /** The engine and the log as the dunning job runs them. */
    private record Run(DunningReport dunning, DisputeLogReport log) {
    }

    private static Run run(PreviousDisputes previous, PreviousWorklist worklist, OpenItem... items) {
        DisputeLog log = new DisputeLog(AS_OF, DisputeSettings.defaults(), previous);
        DunningEngine engine = new DunningEngine(new DunningParameters(AS_OF, DunningEngineTest.policy(3, "0", 14),
                BucketScheme.standard()), CustomerDirectory.empty(), log.forDunning(worklist));
        for (OpenItem i : items) {
            log.accept(i, worklist.items().get(PreviousWorklist.itemKey(i.customer(), i.documentNumber())));
            engine.accept(i);
        }
        DunningReport report = engine.report();
        DisputeLogReport r = log.report(report);
        return new Run(log.annotate(report, r), r);
    }

    private static DisputeCase kase(String id, Customer c, String doc, String firstSeen, String opened, String status,
                                    String resolved, String outcome, String closedOn) {
        return new DisputeCase(id, c, "EUR", doc, null, new BigDecimal("1.00"), new BigDecimal("1.00"),
                DisputeSheets.SOURCE_EXPORT, null, LocalDate.parse(firstSeen),
                opened == null ? TypedDate.BLANK : TypedDate.of(LocalDate.parse(opened)), "Ann", null, null, status, null,
                TypedDate.BLANK, resolved == null ? TypedDate.BLANK : TypedDate.of(LocalDate.parse(resolved)), outcome,
                "typed note", closedOn == null ? null : LocalDate.parse(closedOn), closedOn == null ? null : "Collector");
    }

    private static DisputeLogReport.Row row(List<DisputeLogReport.Row> rows, String id) {
        return rows.stream().filter(r -> r.c().caseId().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    private static ExcludedItem excluded(DunningReport r, String doc) {
        return r.excluded().stream().filter(x -> x.item().documentNumber().equals(doc)).findFirst()
                .orElseThrow(() -> new AssertionError(doc + " not excluded"));
    }

    private static boolean dunned(DunningReport r, String doc) {
        return r.notices().stream().flatMap(n -> n.items().stream()).anyMatch(d -> d.item().documentNumber().equals(doc));
    }

    @Test
    void anItemDisputedInTheExportOrOnTheWorklistOpensACase() {
        PreviousWorklist worklist = new PreviousWorklist("w.xlsx", LocalDate.of(2026, 6, 15), Map.of(),
                Map.of(PreviousWorklist.itemKey(ACME, "INV-2"), new PreviousWorklist.ItemState("yes", "short delivery", null)));
        Run r = run(PreviousDisputes.none(), worklist,
                disputed(item(ACME, "INV-1", "300.00", LocalDate.of(2026, 5, 1), "EUR"), "Pricing"),
                item(ACME, "INV-2", "200.00", LocalDate.of(2026, 6, 20), "EUR"),
                item(BETA, "INV-3", "100.00", LocalDate.of(2026, 6, 1), "EUR"));
        assertEquals(2, r.log().active().size());
        DisputeLogReport.Row one = row(r.log().active(), "D-0001");
        assertEquals("INV-1", one.c().document());
        assertEquals(DisputeSheets.SOURCE_EXPORT, one.c().source());
        assertEquals("Pricing", one.c().reasonCode(), "the export's text names a reason code");
        assertEquals(new BigDecimal("300.00"), one.c().amountOpened());
        assertEquals(AS_OF, one.c().opened().date());
        DisputeLogReport.Row two = row(r.log().active(), "D-0002");
        assertEquals(DisputeSheets.SOURCE_WORKLIST, two.c().source());
        assertEquals("short delivery", two.c().flaggedAs());
        assertNull(two.c().reasonCode(), "free text is not a reason code");
        // Opened today: 0 business days; SLA due Wed 1 (1), Thu 2, Fri 3, Mon 6, Tue 7, Wed 8, Thu 9 July (7).
        assertEquals(0L, one.businessDays());
        assertEquals(LocalDate.of(2026, 7, 9), one.slaDue());
        assertFalse(one.breached());
        assertTrue(one.heldBack() && two.heldBack(), "both overdue and held back");
        assertEquals(List.of(0, 2, 0, 0), List.of(r.log().carried(), r.log().opened(), r.log().reopened(), r.log().closedThisRun()));
        assertEquals("Disputed: Pricing — only this item is held back", excluded(r.dunning(), "INV-1").reason(),
                "an open case keeps the engine's reason");
        assertTrue(dunned(r.dunning(), "INV-3"));
    }

    @Test
    void carriedCasesAreKeptClosedByTheCollectorOrTheRunAndReopened() {
        PreviousDisputes previous = new PreviousDisputes(List.of(
                kase("D-0001", ACME, "INV-1", "2026-06-19", "2026-06-19", "Waiting on customer", null, null, null),
                kase("D-0004", ACME, "INV-2", "2026-06-15", null, "Resolved", "2026-06-26", "Valid - customer to pay", null),
                kase("D-0002", BETA, "INV-9", "2026-06-29", null, "Open", null, null, null)),
                List.of(kase("D-0003", BETA, "INV-3", "2026-06-01", null, "Resolved", "2026-06-10", "Credit note issued",
                                "2026-06-15"),
                        kase("D-0005", ACME, "INV-5", "2026-05-04", null, "In progress", "2026-05-20", "Rebilled", "2026-05-25")));
        // Last run's worklist still says INV-2 is disputed: its case's outcome says the customer pays.
        PreviousWorklist worklist = new PreviousWorklist("w.xlsx", LocalDate.of(2026, 6, 15), Map.of(),
                Map.of(PreviousWorklist.itemKey(ACME, "INV-2"), new PreviousWorklist.ItemState("yes", null, "call Tom")));
        Run r = run(previous, worklist,
                disputed(item(ACME, "INV-1", "300.00", LocalDate.of(2026, 5, 1), "EUR"), "yes"),
                item(ACME, "INV-2", "200.00", LocalDate.of(2026, 5, 20), "EUR"),
                item(BETA, "INV-3", "150.00", LocalDate.of(2026, 5, 10), "EUR"),
                item(ACME, "INV-5", "80.00", LocalDate.of(2026, 6, 1), "EUR"),
                disputed(item(BETA, "INV-6", "500.00", LocalDate.of(2026, 5, 1), "EUR"), "Damaged goods"));
        DisputeLogReport log = r.log();
        assertEquals(List.of("D-0001", "D-0005", "D-0006"), log.active().stream().map(x -> x.c().caseId()).toList());
        assertEquals(List.of("D-0002", "D-0003", "D-0004"), log.closed().stream().map(x -> x.c().caseId()).toList());
        // 3 carried + 1 opened + 1 reopened − 2 closed = 3 open.
        assertEquals(List.of(3, 1, 1, 2), List.of(log.carried(), log.opened(), log.reopened(), log.closedThisRun()));

        // D-0001 opened Fri 19 Jun: Mon 22 .. Fri 26 (5), Mon 29 (6), Tue 30 (7) → 7 days, due today, not in breach.
        DisputeLogReport.Row one = row(log.active(), "D-0001");
        assertEquals(7L, one.businessDays());
        assertEquals(AS_OF, one.slaDue());
        assertFalse(one.breached());
        assertEquals("Ann", one.c().owner());
        assertEquals("typed note", one.c().notes());
        assertEquals(new BigDecimal("300.00"), one.c().amount(), "the amount now");

        // D-0004 closed by the collector: from Mon 15 Jun to Fri 26 Jun: 16..19 (4), 22..26 (5) = 9 > 7, due Wed 24 Jun.
        DisputeLogReport.Row four = row(log.closed(), "D-0004");
        assertEquals(9L, four.businessDays());
        assertEquals(LocalDate.of(2026, 6, 24), four.slaDue());
        assertTrue(four.breached());
        assertEquals(AS_OF, four.c().closedOn());
        assertEquals(DisputeLog.CLOSED_BY_COLLECTOR, four.c().closedBy());
        assertTrue(dunned(r.dunning(), "INV-2"), "customer to pay: dunned again although the worklist still flagged it");

        // D-0002's document left the export: closed by the run, never dropped; Mon 29 → Tue 30 Jun = 1 day.
        DisputeLogReport.Row two = row(log.closed(), "D-0002");
        assertEquals(DisputeSheets.RESOLVED, two.c().status());
        assertEquals(DisputeLog.LEFT_THE_EXPORT, two.c().outcome());
        assertEquals(AS_OF, two.c().resolved().date());
        assertEquals(1L, two.businessDays());
        assertFalse(two.inExport());

        // D-0003 (credit note issued) still rules INV-3: held back until the ERP clears it.
        DisputeLogReport.Row three = row(log.closed(), "D-0003");
        assertTrue(three.heldBack());
        assertTrue(excluded(r.dunning(), "INV-3").reason().contains("case D-0003 resolved on 2026-06-10 (Credit note issued)"),
                excluded(r.dunning(), "INV-3").reason());
        // Mon 1 Jun → Wed 10 Jun: 2..5 (4), 8..10 (3) = 7, not in breach.
        assertEquals(7L, three.businessDays());
        assertFalse(three.breached());

        // D-0005 reopened: open again, held back, its typed resolved date and outcome kept as typed.
        DisputeLogReport.Row five = row(log.active(), "D-0005");
        assertTrue(five.heldBack());
        assertEquals("Rebilled", five.c().outcome());
        assertNull(five.c().closedOn());

        DisputeLogReport.Row six = row(log.active(), "D-0006");
        assertEquals("Damaged goods", six.c().reasonCode());
        // Every disputed item held back has its case: INV-1, INV-3, INV-5, INV-6.
        long disputedExcluded = r.dunning().excluded().stream().filter(x -> x.rule() == Exclusion.DISPUTED).count();
        assertEquals(4, disputedExcluded);
        assertEquals(4, log.active().stream().filter(DisputeLogReport.Row::heldBack).count()
                + log.closed().stream().filter(DisputeLogReport.Row::heldBack).count());
    }

    @Test
    void resolvedForPaymentButStillFlaggedInTheExportIsHeldBackAndSaysSo() {
        PreviousDisputes previous = new PreviousDisputes(List.of(
                kase("D-0001", ACME, "INV-1", "2026-06-01", null, "Resolved", "2026-06-29", "Withdrawn", null)), List.of());
        Run r = run(previous, PreviousWorklist.none(),
                disputed(item(ACME, "INV-1", "300.00", LocalDate.of(2026, 5, 1), "EUR"), "yes"));
        assertEquals(0, r.log().opened(), "no second case for the same dispute");
        assertTrue(r.log().active().isEmpty());
        DisputeLogReport.Row one = row(r.log().closed(), "D-0001");
        assertTrue(one.heldBack());
        String reason = excluded(r.dunning(), "INV-1").reason();
        assertTrue(reason.contains("case D-0001 was resolved on 2026-06-29 (Withdrawn) but the export still flags"), reason);
    }

    @Test
    void aDocumentOnTwoExportLinesIsOneCaseHoldingBackBoth() {
        Run r = run(PreviousDisputes.none(), PreviousWorklist.none(),
                disputed(item(ACME, "INV-7", "120.00", LocalDate.of(2026, 5, 1), "EUR"), "Quantity / short shipment"),
                disputed(item(ACME, "INV-7", "80.50", LocalDate.of(2026, 6, 1), "EUR"), "Quantity / short shipment"));
        assertEquals(1, r.log().active().size());
        DisputeLogReport.Row one = row(r.log().active(), "D-0001");
        assertEquals(new BigDecimal("200.50"), one.c().amount(), "120.00 + 80.50");
        assertEquals(2, one.heldBackItems());
        assertEquals("Quantity / short shipment", one.c().reasonCode());
        assertEquals(LocalDate.of(2026, 5, 1), one.c().dueDate(), "the first line's due date");
    }

    @Test
    void aTypedOpenedDateThatIsNotADateIsKeptAndTheFirstSeenDateCounts() {
        DisputeCase c = kase("D-0001", ACME, "INV-1", "2026-06-22", null, "Open", null, null, null);
        c = new DisputeCase(c.caseId(), c.customer(), c.currency(), c.document(), c.dueDate(), c.amount(), c.amountOpened(),
                c.source(), c.flaggedAs(), c.firstSeen(), new TypedDate(null, "last week"), c.owner(), c.reasonCode(),
                c.rootCause(), c.status(), c.nextAction(), c.nextActionDate(), c.resolved(), c.outcome(), c.notes(),
                c.closedOn(), c.closedBy());
        Run r = run(new PreviousDisputes(List.of(c), List.of()), PreviousWorklist.none(),
                item(ACME, "INV-1", "300.00", LocalDate.of(2026, 6, 1), "EUR"));
        DisputeLogReport.Row one = row(r.log().active(), "D-0001");
        assertEquals("last week", one.c().opened().text());
        // From Mon 22 Jun: 23..26 (4), 29, 30 = 6.
        assertEquals(6L, one.businessDays());
        assertTrue(one.heldBack(), "an open case holds its item back even without a flag");
    }
}
