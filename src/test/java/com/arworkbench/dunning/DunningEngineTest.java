package com.arworkbench.dunning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.aging.BucketScheme;
import com.arworkbench.model.Customer;
import com.arworkbench.model.CustomerProfile;
import com.arworkbench.model.DocumentType;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.PreviousWorklist;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each rule of the dunning policy on the smallest set of items that shows it. */
class DunningEngineTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
    static final Customer ACME = new Customer("C1", "Acme GmbH");
    static final Customer BETA = new Customer("C2", "Beta Ltd");

    static DunningPolicy policy(int graceDays, String interestPercent, int minDaysBetweenNotices) {
        Map<String, LetterText> en = Map.of("en", new LetterText("{{levelName}}: {{total}} {{currency}}",
                "Dear {{contact}},\n{{items}}\nTotal {{total}}, fee {{fee}}, due {{amountDue}} {{currency}}."),
                "de", new LetterText("Mahnung {{level}}: {{total}} {{currency}}", "Hallo {{contact}}, {{items}}"));
        return new DunningPolicy("test", graceDays, List.of(
                new DunningLevel(1, "Reminder", 1, en), new DunningLevel(2, "Second notice", 30, en),
                new DunningLevel(3, "Final notice", 60, en)),
                Map.of("EUR", new BigDecimal("50.00"), "*", new BigDecimal("25.00")),
                Map.of("EUR", new BigDecimal("5.00")), 2, new BigDecimal(interestPercent), 365, 1, minDaysBetweenNotices, "en");
    }

    static OpenItem item(Customer c, String doc, String amount, LocalDate due, String currency) {
        return new OpenItem(1, c, doc, DocumentType.INVOICE, "Invoice", due.minusDays(30), due, false, new BigDecimal(amount),
                null, currency, "", "", null, null);
    }

    static OpenItem disputed(OpenItem i, String reason) {
        return new OpenItem(i.sourceRow(), i.customer(), i.documentNumber(), i.type(), i.typeText(), i.documentDate(),
                i.dueDate(), false, i.openAmount(), null, i.currency(), "", "", reason, null);
    }

    private static DunningReport run(DunningPolicy policy, CustomerDirectory master, PreviousWorklist previous,
                                     OpenItem... items) {
        DunningEngine e = new DunningEngine(new DunningParameters(AS_OF, policy, BucketScheme.standard()), master, previous);
        for (OpenItem i : items) {
            e.accept(i);
        }
        return e.report();
    }

    private static DunningReport run(OpenItem... items) {
        return run(policy(3, "0", 14), CustomerDirectory.empty(), PreviousWorklist.none(), items);
    }

    @Test
    void graceDaysAtTheBoundary() {
        // Due 12 Mar with 3 grace days: not overdue on 15 Mar (3 days), overdue on 16 Mar (4 days) as of 31 Mar.
        DunningReport r = run(item(ACME, "A", "100.00", AS_OF.minusDays(3), "EUR"),
                item(ACME, "B", "100.00", AS_OF.minusDays(4), "EUR"));
        assertEquals(1, r.itemsNotOverdue());
        assertEquals(1, r.notices().size());
        assertEquals(List.of("B"), r.notices().get(0).items().stream().map(d -> d.item().documentNumber()).toList());
        // B alone is below the EUR minimum of 50? No: 100 >= 50, so it is dunned at level 1.
        assertEquals(1, r.notices().get(0).level());
    }

    @Test
    void aDisputeExcludesOnlyItsItem() {
        DunningReport r = run(disputed(item(ACME, "A", "300.00", AS_OF.minusDays(40), "EUR"), "wrong quantity"),
                item(ACME, "B", "200.00", AS_OF.minusDays(10), "EUR"));
        assertEquals(1, r.notices().size());
        assertEquals(new BigDecimal("200.00"), r.notices().get(0).overdue());
        assertEquals(1, r.notices().get(0).level(), "the disputed 40-day item does not lift the level");
        ExcludedItem x = r.excluded().get(0);
        assertEquals("A", x.item().documentNumber());
        assertEquals(Exclusion.DISPUTED, x.rule());
        assertTrue(x.reason().contains("wrong quantity"), x.reason());
    }

    @Test
    void minimumAmountPerCurrency() {
        DunningReport r = run(item(ACME, "A", "40.00", AS_OF.minusDays(10), "EUR"),   // EUR minimum 50: excluded
                item(BETA, "B", "40.00", AS_OF.minusDays(10), "USD"));                 // '*' minimum 25: dunned
        assertEquals(List.of("USD"), r.notices().stream().map(Notice::currency).toList());
        assertEquals(Exclusion.BELOW_MINIMUM, r.excluded().get(0).rule());
        assertTrue(r.excluded().get(0).reason().contains("50.00"), r.excluded().get(0).reason());
    }

    @Test
    void creditsThatCoverTheOverdueAmountMeanNoNotice() {
        OpenItem credit = new OpenItem(3, ACME, "CM1", DocumentType.CREDIT_MEMO, "Credit Memo", AS_OF, AS_OF, false,
                new BigDecimal("-500.00"), null, "EUR", "", "", null, null);
        DunningReport r = run(item(ACME, "A", "400.00", AS_OF.minusDays(45), "EUR"), credit);
        assertTrue(r.notices().isEmpty());
        assertEquals(Exclusion.CREDITS_COVER, r.excluded().get(0).rule());
    }

    @Test
    void levelIsTheHighestReachedButCappedOneAboveThePreviousWorklist() {
        OpenItem old = item(ACME, "A", "1000.00", AS_OF.minusDays(75), "EUR"); // reaches level 3
        assertEquals(1, run(old).notices().get(0).level(), "no previous worklist: start at level 1");
        PreviousWorklist prev = previous(LocalDate.of(2026, 3, 1),
                new PreviousWorklist.CustomerState(1, "Contacted", null, null, null, new BigDecimal("1000.00"), null, null));
        Notice n = run(policy(3, "0", 14), CustomerDirectory.empty(), prev, old).notices().get(0);
        assertEquals(2, n.level(), "one step above the previous level 1");
        assertTrue(n.escalated());
        assertEquals(new BigDecimal("5.00"), n.fee(), "the fee applies from level 2");
    }

    @Test
    void aPromiseNotYetDueHoldsTheCustomerBack() {
        PreviousWorklist prev = previous(LocalDate.of(2026, 3, 1), new PreviousWorklist.CustomerState(1, "Promised",
                AS_OF.plusDays(5), new BigDecimal("300.00"), "will pay Friday", new BigDecimal("1000.00"), null, null));
        DunningReport r = run(policy(3, "0", 14), CustomerDirectory.empty(), prev,
                item(ACME, "A", "1000.00", AS_OF.minusDays(40), "EUR"));
        assertTrue(r.notices().isEmpty());
        assertEquals(Exclusion.PROMISE_PENDING, r.excluded().get(0).rule());
    }

    @Test
    void aBrokenPromiseIsDunnedAndRanksHigher() {
        // Promised 300 by 20 Mar; the balance is still 1000 on 31 Mar: broken.
        PreviousWorklist prev = previous(LocalDate.of(2026, 3, 1), new PreviousWorklist.CustomerState(1, "Promised",
                LocalDate.of(2026, 3, 20), new BigDecimal("300.00"), null, new BigDecimal("1000.00"), null, null));
        DunningReport r = run(policy(3, "0", 14), CustomerDirectory.empty(), prev,
                item(ACME, "A", "1000.00", AS_OF.minusDays(40), "EUR"),
                item(BETA, "B", "1000.00", AS_OF.minusDays(40), "EUR"));
        assertEquals(2, r.notices().size());
        Notice first = r.notices().get(0);
        assertEquals(ACME, first.customer(), "the same amount and age, but a broken promise ranks first");
        assertTrue(first.brokenPromise());
        // 1,000.00 × 40 days / 30 = 1,333.33; × 1.5 for the broken promise = 2,000 (scores are whole numbers).
        assertEquals(new BigDecimal("2000"), first.score());
        assertEquals(new BigDecimal("1333"), r.notices().get(1).score());
    }

    @Test
    void aKeptPromiseIsNotBroken() {
        // Promised 300 by 20 Mar; the balance dropped from 1300 to 1000: kept. The rest is dunned normally.
        PreviousWorklist prev = previous(LocalDate.of(2026, 3, 1), new PreviousWorklist.CustomerState(1, "Promised",
                LocalDate.of(2026, 3, 20), new BigDecimal("300.00"), null, new BigDecimal("1300.00"), null, null));
        Notice n = run(policy(3, "0", 14), CustomerDirectory.empty(), prev,
                item(ACME, "A", "1000.00", AS_OF.minusDays(40), "EUR")).notices().get(0);
        assertFalse(n.brokenPromise());
    }

    @Test
    void aCustomerNoticedRecentlyWaitsForTheInterval() {
        PreviousWorklist prev = previous(AS_OF.minusDays(7),
                new PreviousWorklist.CustomerState(1, "Contacted", null, null, null, new BigDecimal("500.00"), null, null));
        DunningReport r = run(policy(3, "0", 14), CustomerDirectory.empty(), prev,
                item(ACME, "A", "500.00", AS_OF.minusDays(40), "EUR"));
        assertTrue(r.notices().isEmpty());
        assertEquals(Exclusion.RECENTLY_NOTICED, r.excluded().get(0).rule());
    }

    @Test
    void masterJoinsByIdThenByNameAndABlockExcludes() {
        CustomerProfile byId = new CustomerProfile(2, new Customer("C1", "ACME (old name)"), "Anna Berg", "ap@acme.example",
                null, null, "de", null, new BigDecimal("100.00"), "Kim", null, null);
        CustomerProfile blocked = new CustomerProfile(3, new Customer(null, "beta ltd"), null, null, null, null, null, null,
                null, null, "legal case", null);
        DunningReport r = run(policy(3, "0", 14), new CustomerDirectory(List.of(byId, blocked)), PreviousWorklist.none(),
                item(ACME, "A", "500.00", AS_OF.minusDays(10), "EUR"), item(BETA, "B", "500.00", AS_OF.minusDays(10), "EUR"));
        Notice n = r.notices().get(0);
        assertEquals("Anna Berg", n.profile().contactName());
        assertEquals("ap@acme.example", n.letter().to());
        assertEquals("de", n.letter().language());
        assertTrue(n.letter().subject().startsWith("Mahnung 1"), n.letter().subject());
        assertTrue(n.overCreditLimit(), "500 open against a limit of 100");
        assertEquals(Exclusion.CUSTOMER_BLOCKED, r.excluded().get(0).rule(), "found by name, case-insensitively");
        assertTrue(r.excluded().get(0).reason().contains("legal case"));
    }

    @Test
    void interestPerItemAndAFeeOncePerNotice() {
        // 1,000.00 at 8 % for 45 days = 9.86; 500.00 for 35 days = 3.84. Level 2 (≥ 30 days): fee 5.00 EUR.
        PreviousWorklist prev = previous(LocalDate.of(2026, 3, 1),
                new PreviousWorklist.CustomerState(1, "Contacted", null, null, null, new BigDecimal("1500.00"), null, null));
        Notice n = run(policy(3, "8", 14), CustomerDirectory.empty(), prev,
                item(ACME, "A", "1000.00", AS_OF.minusDays(45), "EUR"),
                item(ACME, "B", "500.00", AS_OF.minusDays(35), "EUR")).notices().get(0);
        assertEquals(List.of(new BigDecimal("9.86"), new BigDecimal("3.84")), n.items().stream().map(DunnedItem::interest).toList());
        assertEquals(new BigDecimal("13.70"), n.interest());
        assertEquals(new BigDecimal("5.00"), n.fee());
        assertEquals(new BigDecimal("1518.70"), n.amountDue());
        assertFalse(n.letter().body().contains("{{"), n.letter().body());
        assertTrue(n.letter().body().contains("1,518.70 EUR"), n.letter().body());
    }

    @Test
    void notesAndDisputesCarryForwardWhenInvoiceNumbersReappear() {
        PreviousWorklist prev = new PreviousWorklist("last.xlsx", LocalDate.of(2026, 2, 1), Map.of(),
                Map.of(PreviousWorklist.itemKey(ACME, "A"), new PreviousWorklist.ItemState(null, null, "called AP, resend copy"),
                        PreviousWorklist.itemKey(ACME, "B"), new PreviousWorklist.ItemState("yes", "price", null)));
        DunningReport r = run(policy(3, "0", 14), CustomerDirectory.empty(), prev,
                item(ACME, "A", "500.00", AS_OF.minusDays(20), "EUR"), item(ACME, "B", "700.00", AS_OF.minusDays(20), "EUR"));
        assertEquals("called AP, resend copy", r.notices().get(0).items().get(0).carried().notes());
        assertEquals(Exclusion.DISPUTED, r.excluded().get(0).rule(), "a dispute flagged on the last worklist holds");
        assertTrue(r.excluded().get(0).reason().contains("price"));
        assertNull(r.notices().get(0).previous());
    }

    @Test
    void everyOverdueItemIsDunnedOrExcludedAndTotalsTie() {
        DunningReport r = run(item(ACME, "A", "300.00", AS_OF.minusDays(40), "EUR"),
                disputed(item(ACME, "B", "200.00", AS_OF.minusDays(10), "EUR"), "yes"),
                item(BETA, "C", "10.00", AS_OF.minusDays(10), "EUR"),
                item(BETA, "D", "90.00", AS_OF.plusDays(10), "EUR"));
        CurrencySummary eur = r.currencies().get("EUR");
        assertEquals(new BigDecimal("510.00"), eur.overdue());
        assertEquals(eur.overdue(), eur.dunned().add(eur.excluded()));
        assertEquals(2, eur.itemsExcluded());
        assertEquals(1, r.itemsNotOverdue());
    }

    /** A previous worklist on which ACME got its notice on {@code asOf}. */
    private static PreviousWorklist previous(LocalDate asOf, PreviousWorklist.CustomerState acme) {
        PreviousWorklist.CustomerState noticed = new PreviousWorklist.CustomerState(acme.level(), acme.status(),
                acme.promiseDate(), acme.promiseAmount(), acme.notes(), acme.openBalance(), acme.lastAction(), asOf);
        return new PreviousWorklist("last.xlsx", asOf, Map.of(PreviousWorklist.customerKey(ACME, "EUR"), noticed), Map.of());
    }
}
