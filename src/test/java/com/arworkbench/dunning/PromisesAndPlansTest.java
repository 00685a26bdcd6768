package com.arworkbench.dunning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.model.ContactEntry;
import com.arworkbench.model.PlanInstalment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Promises and payment plans judged against an account, with the figures worked out by hand. */
class PromisesAndPlansTest {

    private static final LocalDate MAY_31 = LocalDate.of(2026, 5, 31);
    private static final LocalDate JUNE_30 = LocalDate.of(2026, 6, 30);

    /** Balance 7,000 now, of which 2,500 invoiced after 31 May. */
    private static final AccountNow NOW = new AccountNow(new BigDecimal("7000.00"),
            Map.of(MAY_31, new BigDecimal("2500.00"), JUNE_30, BigDecimal.ZERO));

    private static ContactEntry promise(String amount, LocalDate by, BigDecimal then, LocalDate on) {
        return new ContactEntry(LocalDate.of(2026, 6, 3), "C1", "Alpha", "EUR", "Ann", "Phone", "will pay", by,
                amount == null ? null : new BigDecimal(amount), then, on, null, null, null, ContactEntry.FROM_COLLECTOR);
    }

    @Test
    void aPromiseIsKeptPartlyKeptOrBrokenByWhatWasPaidSinceItsBalance() {
        // 10,000 on 31 May − 7,000 now + 2,500 new = 5,500 paid
        BigDecimal then = new BigDecimal("10000.00");
        ContactEntry kept = PromiseJudge.judge(promise("5500.00", LocalDate.of(2026, 6, 15), then, MAY_31), NOW, JUNE_30, null, null);
        assertEquals("Kept", kept.outcome());
        assertEquals(new BigDecimal("5500.00"), kept.paid());
        assertEquals(JUNE_30, kept.judgedOn());
        assertEquals("Partly kept", PromiseJudge.judge(promise("5500.01", LocalDate.of(2026, 6, 15), then, MAY_31), NOW,
                JUNE_30, null, null).outcome());
        // 7,000 then: 7,000 − 7,000 + 2,500 = 2,500 "paid"? No: the new invoices were dated after 31 May, so
        // a balance of 4,500 then leaves 4,500 − 7,000 + 2,500 = 0 paid.
        assertEquals("Broken", PromiseJudge.judge(promise("100.00", LocalDate.of(2026, 6, 15), new BigDecimal("4500.00"),
                MAY_31), NOW, JUNE_30, null, null).outcome());
    }

    @Test
    void aPromiseDueOnOrAfterTheAsOfDateWaitsAndKeepsTheBalanceItIsMeasuredFrom() {
        ContactEntry p = PromiseJudge.judge(promise("100.00", JUNE_30, null, null), NOW, JUNE_30,
                new BigDecimal("9000.00"), MAY_31);
        assertEquals("Pending", p.outcome());
        assertEquals(new BigDecimal("9000.00"), p.balanceThen(), "the previous worklist's balance");
        assertEquals(MAY_31, p.balanceOn());
        assertNull(p.judgedOn());
        ContactEntry fresh = PromiseJudge.judge(promise("100.00", JUNE_30.plusDays(5), null, null), NOW, JUNE_30, null, null);
        assertEquals(new BigDecimal("7000.00"), fresh.balanceThen(), "no earlier balance: measured from today's");
        assertEquals(JUNE_30, fresh.balanceOn());
    }

    @Test
    void aJudgedPromiseIsNeverJudgedAgainAndOneWithoutABalanceSaysSo() {
        ContactEntry judged = promise("1.00", MAY_31, new BigDecimal("10.00"), MAY_31).judged(new BigDecimal("10.00"),
                MAY_31, "Broken", BigDecimal.ZERO, MAY_31);
        assertTrue(judged == PromiseJudge.judge(judged, NOW, JUNE_30, null, null));
        assertEquals("Not judged", PromiseJudge.judge(promise("1.00", LocalDate.of(2026, 6, 1), null, null), NOW, JUNE_30,
                null, null).outcome());
    }

    @Test
    void aPromiseWithoutAnAmountMustClearTheBalanceItWasMadeAgainst() {
        // 8,000 then on 31 May: paid 8,000 − 7,000 + 2,500 = 3,500 < 8,000
        assertEquals("Partly kept", PromiseJudge.judge(promise(null, LocalDate.of(2026, 6, 15), new BigDecimal("8000.00"),
                MAY_31), NOW, JUNE_30, null, null).outcome());
        assertEquals("Kept", PromiseJudge.judge(promise(null, LocalDate.of(2026, 6, 15), new BigDecimal("8000.00"), MAY_31),
                AccountNow.NONE, JUNE_30, null, null).outcome(), "gone from the export: paid in full");
    }

    private static PlanInstalment instalment(int n, LocalDate due, String amount, String lastStatus) {
        return new PlanInstalment("C1", "Alpha", "EUR", MAY_31, new BigDecimal("10000.00"), MAY_31, n, due,
                new BigDecimal(amount), null, "Payment plans", lastStatus);
    }

    @Test
    void paymentsPayTheInstalmentsInDueDateOrderAndAMissedOneBreaksThePlan() {
        // 5,500 paid (see above) against 3 × 3,000 due 10 June, 24 June (+3 grace = 27 June), 8 July
        List<PlanInstalment> plan = List.of(instalment(1, LocalDate.of(2026, 6, 10), "3000.00", null),
                instalment(2, LocalDate.of(2026, 6, 24), "3000.00", "Upcoming"),
                instalment(3, LocalDate.of(2026, 7, 8), "3000.00", null));
        PlanStatus s = PlanTracker.track(plan, NOW, JUNE_30, 3, null, null);
        assertEquals(new BigDecimal("5500.00"), s.paid());
        assertEquals(List.of("Paid", "Partly paid, missed", "Upcoming"), s.instalments().stream().map(PlanStatus.Instalment::status).toList());
        assertEquals(new BigDecimal("2500.00"), s.instalments().get(1).covered());
        assertEquals(new BigDecimal("6000.00"), s.instalments().get(1).dueToDate());
        assertTrue(s.instalments().get(1).newlyMissed());
        assertEquals(PlanStatus.State.MISSED, s.state());
        // within the grace days the second instalment is only due, and the plan on track
        PlanStatus early = PlanTracker.track(plan, NOW, LocalDate.of(2026, 6, 27), 3, null, null);
        assertEquals("Due", early.instalments().get(1).status());
        assertEquals(PlanStatus.State.ON_TRACK, early.state());
        assertFalse(early.instalments().get(1).newlyMissed());
        PlanStatus done = PlanTracker.track(plan, AccountNow.NONE, JUNE_30, 3, null, null);
        assertEquals(PlanStatus.State.COMPLETED, done.state(), "10,000 paid covers all 9,000");
    }

    @Test
    void aCustomerNobodyKnowsIsNeitherJudgedNorTracked() {
        assertEquals("Not judged", PromiseJudge.judge(promise("100.00", LocalDate.of(2026, 6, 15), new BigDecimal("500.00"),
                MAY_31), AccountNow.UNKNOWN, JUNE_30, null, null).outcome());
        PlanStatus s = PlanTracker.track(List.of(instalment(1, LocalDate.of(2026, 6, 10), "3000.00", null)),
                AccountNow.UNKNOWN, JUNE_30, 3, null, null);
        assertEquals(PlanStatus.State.NOT_TRACKED, s.state());
        assertEquals("Not tracked", s.instalments().get(0).status());
        assertFalse(s.instalments().get(0).newlyMissed());
    }
}
