package com.arworkbench.recon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.model.Customer;
import com.arworkbench.model.DocumentType;
import com.arworkbench.model.GlLine;
import com.arworkbench.model.OpenItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconEngineTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    static final Customer ACME = new Customer("C1", "Acme");

    static OpenItem sl(String doc, DocumentType type, String amount, LocalDate date, String entity, String currency) {
        return new OpenItem(1, ACME, doc, type, type.label(), date, date.plusDays(30), false, new BigDecimal(amount), null,
                currency, entity, "", null, null);
    }

    static GlLine gl(String doc, String amount, LocalDate date, String description, String entity, String currency) {
        return new GlLine(1, "1200", "Accounts Receivable", entity, currency, "", date, doc, description, "",
                new BigDecimal(amount));
    }

    private static LedgerComparison only(ReconReport r) {
        assertEquals(1, r.comparisons().size());
        return r.comparisons().get(0);
    }

    @Test
    void ledgersThatAgreeMatchDocumentByDocument() {
        ReconEngine e = new ReconEngine(new ReconParameters(AS_OF), true);
        e.subledger(sl("INV-0001", DocumentType.INVOICE, "100.00", AS_OF.minusDays(5), "", ""));
        e.subledger(sl("INV-0002", DocumentType.INVOICE, "250.50", AS_OF.minusDays(9), "", ""));
        e.gl(gl("INV0001", "100.00", AS_OF.minusDays(5), "Invoice", "1000", "EUR"));   // punctuation differs
        e.gl(gl("000INV-0002", "250.50", AS_OF.minusDays(9), "Invoice", "1000", "EUR")); // leading zeros differ
        ReconReport r = e.report();
        LedgerComparison c = only(r);
        assertEquals(new LedgerKey("1000", "EUR"), c.key(), "the blank subledger takes the GL's only entity and currency");
        assertEquals(0, c.difference().signum());
        assertEquals(0, c.toInvestigate().signum());
        assertEquals(ReconReport.RECONCILED, r.status());
        assertTrue(r.overlapWarning().isEmpty());
        assertEquals(4, r.records().stream().filter(x -> x.status() == MatchStatus.MATCHED).count());
    }

    @Test
    void aKnownSetOfDifferencesIsExplainedToTheCent() {
        ReconEngine e = new ReconEngine(new ReconParameters(AS_OF), true);
        e.subledger(sl("INV-1", DocumentType.INVOICE, "1000.00", AS_OF.minusDays(20), "1000", "EUR"));  // matched
        e.gl(gl("INV-1", "1000.00", AS_OF.minusDays(20), "Invoice", "1000", "EUR"));
        e.subledger(sl("INV-2", DocumentType.INVOICE, "400.00", AS_OF.minusDays(2), "1000", "EUR"));    // unposted invoice
        e.subledger(sl("PAY-7", DocumentType.PAYMENT, "-300.00", AS_OF.minusDays(1), "1000", "EUR"));   // unapplied receipt
        e.subledger(sl("INV-3", DocumentType.INVOICE, "75.00", AS_OF, "1000", "EUR"));                   // posted 1 Jul
        e.gl(gl("INV-3", "75.00", AS_OF.plusDays(1), "Invoice", "1000", "EUR"));
        e.subledger(sl("INV-4", DocumentType.INVOICE, "500.00", AS_OF.minusDays(40), "1000", "EUR"));   // FX difference
        e.gl(gl("INV-4", "500.00", AS_OF.minusDays(40), "Invoice", "1000", "EUR"));
        e.gl(gl("INV-4", "12.34", AS_OF, "FX revaluation", "1000", "EUR"));
        e.gl(gl("JE-9", "50.00", AS_OF.minusDays(3), "Manual journal", "1000", "EUR"));                // in GL only
        LedgerComparison c = only(e.report());
        assertEquals(new BigDecimal("1675.00"), c.subledger());
        assertEquals(new BigDecimal("1562.34"), c.gl(), "the line dated after the cut-off is not in the balance");
        assertEquals(new BigDecimal("-112.66"), c.difference());
        assertEquals(new BigDecimal("-400.00"), c.category(MatchStatus.SUBLEDGER_ONLY));
        assertEquals(new BigDecimal("300.00"), c.category(MatchStatus.UNAPPLIED_CASH));
        assertEquals(new BigDecimal("-75.00"), c.category(MatchStatus.TIMING));
        assertEquals(new BigDecimal("12.34"), c.category(MatchStatus.FX));
        assertEquals(new BigDecimal("50.00"), c.category(MatchStatus.GL_ONLY));
        // identified: timing −75.00 + FX 12.34; to investigate: −400.00 + 300.00 + 50.00 (worked by hand)
        assertEquals(new BigDecimal("-62.66"), c.identified());
        assertEquals(new BigDecimal("-50.00"), c.toInvestigate());
        assertEquals(c.difference(), c.identified().add(c.toInvestigate()));
        assertEquals(new BigDecimal("-300.00"), c.unapplied());
        assertFalse(c.reconciled(new BigDecimal("50.00")), "the net is within 50.00 but the unposted invoice's 400.00 is not");
        assertTrue(c.reconciled(new BigDecimal("400.00")));
    }

    @Test
    void evidenceMakesAnItemIdentifiedAndItsAbsenceLeavesItToInvestigate() {
        ReconEngine e = new ReconEngine(new ReconParameters(AS_OF, new BigDecimal("1.00")), true);
        e.subledger(sl("INV-1", DocumentType.INVOICE, "1000.00", AS_OF.minusDays(20), "1000", "EUR"));
        e.gl(gl("INV-1", "1000.00", AS_OF.minusDays(20), "Invoice", "1000", "EUR"));
        e.subledger(sl("INV-2", DocumentType.INVOICE, "640.00", AS_OF.minusDays(1), "1000", "EUR"));   // in the register
        e.register(sl("INV-2", DocumentType.INVOICE, "640.00", AS_OF.minusDays(1), "1000", "EUR"));
        e.gl(gl("", "-125.00", AS_OF, "Manual adjustment: reclass of customer deposit per CFO memo", "1000", "EUR"));
        e.gl(gl("JE-7", "80.00", AS_OF, "Adjustment", "1000", "EUR"));                                  // says no reason
        e.gl(gl("JE-8", "0.50", AS_OF, "Rounding", "1000", "EUR"));                                     // immaterial
        LedgerComparison c = only(e.report());
        assertEquals(new BigDecimal("-640.00"), c.category(MatchStatus.IN_TRANSIT));
        assertEquals(new BigDecimal("-125.00"), c.category(MatchStatus.MANUAL_ADJUSTMENT));
        assertEquals(new BigDecimal("80.50"), c.category(MatchStatus.GL_ONLY));
        assertEquals(new BigDecimal("-765.00"), c.identified());
        assertFalse(c.reconciled(new BigDecimal("1.00")));
        assertTrue(c.reconciled(new BigDecimal("80.50")));
    }

    @Test
    void aGlOfAnotherCompanyIsAllToInvestigateAndSaysSo() {
        ReconEngine e = new ReconEngine(new ReconParameters(AS_OF), true);
        for (int i = 1; i <= 20; i++) {
            e.subledger(sl("INV-" + i, DocumentType.INVOICE, "100.00", AS_OF.minusDays(i), "", "EUR"));
            e.gl(gl("XY-" + i, "100.00", AS_OF.minusDays(i), "Invoice", "", "EUR"));
        }
        ReconReport r = e.report();
        LedgerComparison c = only(r);
        assertEquals(0, c.difference().signum(), "the totals agree by accident");
        assertEquals(new BigDecimal("2000.00"), c.category(MatchStatus.GL_ONLY));
        assertEquals(new BigDecimal("-2000.00"), c.category(MatchStatus.SUBLEDGER_ONLY));
        assertFalse(r.reconciled(), "offsetting unmatched documents are not a reconciliation");
        assertEquals("TO INVESTIGATE: EUR 0.00", r.status());
        assertEquals(new DocumentOverlap(0, 20, 20), r.overlap());
        assertTrue(r.overlapWarning().orElseThrow().contains("share almost no documents (0 of 20 subledger and 20 GL"));
    }

    @Test
    void entitiesAndCurrenciesAreNeverMixed() {
        ReconEngine e = new ReconEngine(new ReconParameters(AS_OF), true);
        e.subledger(sl("A", DocumentType.INVOICE, "100.00", AS_OF, "1000", "EUR"));
        e.subledger(sl("B", DocumentType.INVOICE, "100.00", AS_OF, "2000", "USD"));
        e.gl(gl("A", "100.00", AS_OF, "", "1000", "EUR"));
        e.gl(gl("B", "90.00", AS_OF, "", "2000", "USD"));
        ReconReport r = e.report();
        assertEquals(List.of(new LedgerKey("1000", "EUR"), new LedgerKey("2000", "USD")),
                r.comparisons().stream().map(LedgerComparison::key).toList());
        assertEquals(0, r.comparisons().get(0).difference().signum());
        assertEquals(new BigDecimal("-10.00"), r.comparisons().get(1).category(MatchStatus.AMOUNT_DIFFERS));
    }

    @Test
    void aTrialBalanceLeavesTheDifferenceUnexplainedButTiming() {
        ReconEngine e = new ReconEngine(new ReconParameters(AS_OF), false);
        e.subledger(sl("A", DocumentType.INVOICE, "1000.00", AS_OF.minusDays(10), "", "EUR"));
        e.subledger(sl("B", DocumentType.INVOICE, "200.00", AS_OF.plusDays(1), "", "EUR"));
        e.gl(new GlLine(3, "1200", "Accounts Receivable", "", "EUR", "", null, "", "", "", new BigDecimal("990.00")));
        ReconReport r = e.report();
        LedgerComparison c = only(r);
        assertFalse(r.glHasDocuments());
        assertEquals(new BigDecimal("-210.00"), c.difference());
        assertEquals(new BigDecimal("-200.00"), c.category(MatchStatus.TIMING));
        assertEquals(new BigDecimal("-10.00"), c.toInvestigate());
        assertEquals("TO INVESTIGATE: EUR -10.00", r.status());
    }

    @Test
    void theRollForwardTiesOpeningMovementsAndClosing() {
        ReconEngine e = new ReconEngine(new ReconParameters(AS_OF), true);
        e.prior(sl("OLD-1", DocumentType.INVOICE, "500.00", AS_OF.minusDays(45), "", "EUR"));
        e.register(sl("INV-1", DocumentType.INVOICE, "800.00", AS_OF.minusDays(10), "", "EUR"));
        e.register(sl("PAY-1", DocumentType.PAYMENT, "-450.00", AS_OF.minusDays(5), "", "EUR"));
        e.register(sl("CM-1", DocumentType.CREDIT_MEMO, "-50.00", AS_OF.minusDays(4), "", "EUR"));
        e.register(sl("WO-1", DocumentType.WRITE_OFF, "-20.00", AS_OF.minusDays(3), "", "EUR"));
        e.subledger(sl("INV-1", DocumentType.INVOICE, "780.00", AS_OF.minusDays(10), "", "EUR"));
        e.gl(gl("INV-1", "780.00", AS_OF.minusDays(10), "", "", "EUR"));
        RollForward f = e.report().rollForwards().get(0);
        assertEquals(new BigDecimal("780.00"), f.computedClosing(), "500 + 800 − 450 − 50 − 20");
        assertEquals(0, f.difference().signum());
    }

    @Test
    void aRollForwardDifferenceListsTheItemsBehindIt() {
        ReconEngine e = new ReconEngine(new ReconParameters(AS_OF), true);
        e.prior(sl("OLD-1", DocumentType.INVOICE, "500.00", AS_OF.minusDays(45), "", "EUR"));
        e.register(sl("INV-1", DocumentType.INVOICE, "800.00", AS_OF.minusDays(10), "", "EUR"));
        e.subledger(sl("OLD-1", DocumentType.INVOICE, "500.00", AS_OF.minusDays(45), "", "EUR"));
        e.subledger(sl("INV-1", DocumentType.INVOICE, "800.00", AS_OF.minusDays(10), "", "EUR"));
        e.subledger(sl("INV-9", DocumentType.INVOICE, "60.00", AS_OF.minusDays(2), "", "EUR")); // missing from the register
        RollForward f = e.report().rollForwards().get(0);
        assertEquals(new BigDecimal("60.00"), f.difference());
        assertEquals(List.of("INV-9"), f.itemsBehind().stream().map(ReconRecord::document).toList());
    }
}
