package com.arworkbench.recon;

import static com.arworkbench.recon.ReconEngineTest.AS_OF;
import static com.arworkbench.recon.ReconEngineTest.gl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The GL detail rolled forward by the engine; every figure added by hand (as of 2026-06-30, period from 2026-06-01). */
class GlRollForwardTest {

    private static void assertAmount(String expected, BigDecimal actual, String what) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), what + ": expected " + expected + ", was " + actual);
    }

    @Test
    void openingLinesAndEarlierPostingsOpenThePeriodsDebitsAndCreditsMoveItAndLaterLinesAreOut() {
        ReconEngine e = new ReconEngine(new ReconParameters(AS_OF), true);
        e.gl(gl("", "1000.00", null, "Opening balance", "1000", "EUR"));              // opening, undated
        e.gl(gl("INV-1", "400.00", LocalDate.of(2026, 5, 31), "Invoice", "1000", "EUR")); // before the period: opening
        e.gl(gl("INV-2", "250.00", LocalDate.of(2026, 6, 1), "Invoice", "1000", "EUR"));  // first day: a debit
        e.gl(gl("PMT-1", "-300.00", AS_OF, "Receipt", "1000", "EUR"));                  // cut-off day: a credit
        e.gl(gl("CM-1", "-50.00", LocalDate.of(2026, 6, 15), "Credit memo", "1000", "EUR"));
        e.gl(gl("INV-3", "999.00", AS_OF.plusDays(1), "Invoice", "1000", "EUR"));        // after the cut-off: in neither
        e.gl(gl("INV-9", "70.00", LocalDate.of(2026, 6, 3), "Invoice", "2000", "USD"));  // its own entity and currency
        List<GlRollForward> rfs = e.report().glRollForwards();
        assertEquals(2, rfs.size());
        GlRollForward eur = rfs.get(0);
        assertEquals(new LedgerKey("1000", "EUR"), eur.key());
        assertEquals(LocalDate.of(2026, 6, 1), eur.periodStart());
        assertAmount("1400.00", eur.opening(), "1,000 opening line + 400 of May");
        assertAmount("250.00", eur.debits(), "INV-2");
        assertAmount("-350.00", eur.credits(), "PMT-1 + CM-1");
        assertAmount("1300.00", eur.closing(), "every line to the cut-off: 1,000 + 400 + 250 − 300 − 50");
        assertAmount("0", eur.difference(), "closes");
        assertAmount("70.00", rfs.get(1).debits(), "USD");
    }

    @Test
    void anUndatedPostingIsInTheBalanceButInNoMovementSoItDoesNotClose() {
        ReconEngine e = new ReconEngine(new ReconParameters(AS_OF), true);
        e.gl(gl("INV-1", "400.00", LocalDate.of(2026, 6, 2), "Invoice", "", "USD"));
        e.gl(gl("INV-2", "25.00", null, "Invoice", "", "USD"));
        GlRollForward rf = e.report().glRollForwards().get(0);
        assertEquals(1, rf.undated());
        assertAmount("425.00", rf.closing(), "both lines");
        assertAmount("25.00", rf.difference(), "the undated line");
    }

    @Test
    void theOpeningLineIsTypedOnReconDataAndATrialBalanceHasNoGlRollForward() {
        ReconEngine detail = new ReconEngine(new ReconParameters(AS_OF), true);
        detail.gl(gl("", "10.00", null, "Saldovortrag", "", "EUR"));
        ReconReport r = detail.report();
        assertEquals("GL opening balance", r.records().get(0).type());
        ReconEngine tb = new ReconEngine(new ReconParameters(AS_OF), false);
        tb.gl(gl("", "10.00", null, "", "", "EUR"));
        assertTrue(tb.report().glRollForwards().isEmpty());
    }
}
