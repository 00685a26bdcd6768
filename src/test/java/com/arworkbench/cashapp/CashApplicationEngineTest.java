package com.arworkbench.cashapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.model.Customer;
import com.arworkbench.model.DocumentType;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.Payment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each matching rule on the smallest set of items that shows it, and the invariants over all of them. */
class CashApplicationEngineTest {

    static final LocalDate D = LocalDate.of(2026, 6, 30);
    static final Customer ACME = new Customer("C1", "Acme Industrial Supply GmbH");
    static final Customer BETA = new Customer("C2", "Beta Foods Ltd");
    static final Customer BETAS = new Customer("C3", "Beta Foods Inc");

    static OpenItem inv(Customer c, String doc, String amount, int daysAgo) {
        return new OpenItem(1, c, doc, DocumentType.INVOICE, "Invoice", D.minusDays(daysAgo + 30), D.minusDays(daysAgo),
                false, new BigDecimal(amount), null, "EUR", "", "", null, null);
    }

    static Payment pay(String id, String amount, String payer, String account, String remittance) {
        return new Payment(id, 1, D, D, new BigDecimal(amount), "EUR", payer, account, remittance, List.of(), id, "DE00");
    }

    private static CashApplicationReport run(Map<String, Customer> accounts, List<OpenItem> items, Payment... payments) {
        CashApplicationEngine e = new CashApplicationEngine(Tolerances.standard(), accounts);
        items.forEach(e::openItem);
        for (Payment p : payments) {
            e.payment(p);
        }
        CashApplicationReport r = e.report();
        // Every payment is fully accounted for: applied cash + unapplied remainder = the payment.
        for (Payment p : r.payments()) {
            BigDecimal applied = r.applications().stream().filter(a -> a.payment() == p).map(Application::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal left = r.unapplied().stream().filter(u -> u.payment() == p).map(Unapplied::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, p.amount().compareTo(applied.add(left)), "payment " + p.id() + " accounted for");
        }
        return r;
    }

    /** One payment from Acme's own account (DE00ACME, in the master). */
    private static CashApplicationReport fromAcme(String amount, String reference, OpenItem... items) {
        return run(Map.of("DE00ACME", ACME), List.of(items), pay("P1", amount, "Acme", "DE00ACME", reference));
    }

    @Test
    void documentNumbersInTheReferenceWinAtHighConfidence() {
        OpenItem a = inv(ACME, "INV-2026-0412", "1000.00", 20);
        OpenItem b = inv(ACME, "0000900415", "845.00", 10);
        CashApplicationReport r = run(Map.of(), List.of(a, b),
                pay("P1", "1845.00", "someone else", "", "RG-Nr. INV-2026-0412 und 900415"));
        assertEquals(2, r.autoApplied().size());
        assertEquals(MatchRule.REFERENCE, r.applications().get(0).rule());
        assertEquals(0, r.applications().get(1).remainingOpen().signum());
    }

    @Test
    void anEarlyPaymentDiscountIsAppliedWithADeduction() {
        OpenItem a = inv(ACME, "INV-5001", "1000.00", 5);
        CashApplicationReport r = run(Map.of(), List.of(a), pay("P1", "980.00", "", "", "INV-5001 less 2% skonto"));
        assertEquals(Confidence.HIGH, r.applications().get(0).confidence());
        assertEquals(new BigDecimal("980.00"), r.applications().get(0).amount());
        Deduction d = r.deductions().get(0);
        assertEquals("DISCOUNT", d.reasonCode());
        assertEquals(new BigDecimal("20.00"), d.amount());
    }

    @Test
    void aPartialPaymentLeavesTheRestOpenAndASecondPaymentCanPayIt() {
        OpenItem a = inv(ACME, "INV-7001", "1000.00", 5);
        CashApplicationReport r = run(Map.of(), List.of(a), pay("P1", "600.00", "", "", "INV-7001 part 1"),
                pay("P2", "400.00", "", "", "INV-7001 rest"));
        assertEquals(Confidence.MEDIUM, r.applications().get(0).confidence(), "a partial payment is a suggestion");
        assertEquals(new BigDecimal("400.00"), r.applications().get(0).remainingOpen());
        assertEquals(Confidence.HIGH, r.applications().get(1).confidence(), "the second pays exactly what is left");
        assertEquals(0, r.applications().get(1).remainingOpen().signum());
    }

    @Test
    void nothingIsAppliedTwice() {
        OpenItem a = inv(ACME, "INV-8001", "500.00", 5);
        CashApplicationReport r = run(Map.of(), List.of(a), pay("P1", "500.00", "", "", "INV-8001"),
                pay("P2", "500.00", "", "", "INV-8001 (sent twice)"));
        assertEquals(1, r.applications().size());
        assertEquals("P2", r.unapplied().get(0).payment().id());
    }

    @Test
    void anOverpaymentAppliesTheDocumentsAndKeepsTheRest() {
        OpenItem a = inv(ACME, "INV-9001", "500.00", 5);
        CashApplicationReport r = run(Map.of(), List.of(a), pay("P1", "550.00", "", "", "INV-9001"));
        assertEquals(new BigDecimal("50.00"), r.unapplied().get(0).amount());
    }

    @Test
    void theCustomerByAccountThenOneItemWithExactlyTheAmount() {
        OpenItem a = inv(ACME, "X1", "300.00", 40);
        OpenItem b = inv(ACME, "X2", "712.40", 10);
        CashApplicationReport r = run(Map.of("DE89 3704 0044 0532 0130 00", ACME), List.of(a, b),
                pay("P1", "712.40", "", "DE89370400440532013000", "thank you"));
        assertEquals(b, r.autoApplied().get(0).item());
        assertEquals(MatchRule.EXACT_AMOUNT, r.applications().get(0).rule());
    }

    @Test
    void byNameOnlyAClearBestCountsAndANearTieMatchesNobody() {
        OpenItem a = inv(ACME, "X1", "300.00", 40);
        CashApplicationReport r = run(Map.of(), List.of(a), pay("P1", "300.00", "ACME INDUSTRIAL SUPPLY", "", ""));
        assertEquals(Confidence.MEDIUM, r.applications().get(0).confidence(), "a name is weaker than an account");

        OpenItem b1 = inv(BETA, "Y1", "99.00", 5);
        OpenItem b2 = inv(BETAS, "Y2", "99.00", 5);
        CashApplicationReport tie = run(Map.of(), List.of(b1, b2), pay("P2", "99.00", "Beta Foods", "", ""));
        assertTrue(tie.applications().isEmpty());
        assertTrue(tie.unapplied().get(0).reason().contains("near-tie"), tie.unapplied().get(0).reason());
        assertEquals(2, tie.unapplied().get(0).candidates().size(), "both shown to the person who decides");
    }

    @Test
    void aCombinationOfTheCustomersItems() {
        OpenItem a = inv(ACME, "X1", "120.00", 60);
        OpenItem b = inv(ACME, "X2", "75.50", 40);
        OpenItem c = inv(ACME, "X3", "300.00", 20);
        CashApplicationReport r = fromAcme("420.00", "", a, b, c);
        assertEquals(List.of(a, c), r.applications().stream().map(Application::item).toList());
        assertEquals(MatchRule.COMBINATION, r.applications().get(0).rule());
        assertEquals(Confidence.MEDIUM, r.applications().get(0).confidence(), "a combination is never auto-applied");
    }

    @Test
    void aShortPayWithinToleranceOnTheCustomersOnlyItem() {
        OpenItem a = inv(ACME, "X1", "2000.00", 60);
        CashApplicationReport r = fromAcme("1996.50", "bank fees", a);
        assertEquals(MatchRule.AMOUNT_WITH_DEDUCTION, r.applications().get(0).rule());
        assertEquals(new BigDecimal("3.50"), r.deductions().get(0).amount());
    }

    @Test
    void unidentifiedPaymentsStayUnappliedWithCandidates() {
        OpenItem a = inv(ACME, "X1", "250.00", 60);
        CashApplicationReport r = run(Map.of(), List.of(a), pay("P1", "250.00", "Unknown Payer", "", "no reference"));
        assertTrue(r.applications().isEmpty());
        assertEquals(List.of(a), r.unapplied().get(0).candidates());
    }

    @Test
    void aRemittanceAdviceIsAppliedAsThePayerWroteIt() {
        OpenItem a = inv(ACME, "INV-3001", "1000.00", 30);
        OpenItem b = inv(ACME, "INV-3002", "500.00", 20);
        CashApplicationEngine e = new CashApplicationEngine(Tolerances.standard(), Map.of());
        e.openItem(a);
        e.openItem(b);
        e.payment(pay("CHK-77", "1470.00", "", "", "check 77"));
        e.remittance(new com.arworkbench.model.RemittanceLine(2, "CHK-77", "INV-3001", new BigDecimal("1000.00"), BigDecimal.ZERO));
        e.remittance(new com.arworkbench.model.RemittanceLine(3, "CHK-77", "INV-3002", new BigDecimal("470.00"),
                new BigDecimal("30.00")));
        CashApplicationReport r = e.report();
        assertEquals(2, r.autoApplied().size(), "every line fits and they add up to the payment");
        assertEquals(MatchRule.REMITTANCE_ADVICE, r.applications().get(1).rule());
        assertEquals(new BigDecimal("470.00"), r.applications().get(1).amount());
        assertEquals("ADVICE", r.deductions().get(0).reasonCode());
        assertEquals(new BigDecimal("30.00"), r.deductions().get(0).amount());
    }

    @Test
    void anAdviceNamingAnUnknownInvoiceIsOnlyASuggestion() {
        OpenItem a = inv(ACME, "INV-4001", "300.00", 30);
        CashApplicationEngine e = new CashApplicationEngine(Tolerances.standard(), Map.of());
        e.openItem(a);
        e.payment(pay("P9", "500.00", "", "", ""));
        e.remittance(new com.arworkbench.model.RemittanceLine(2, "P9", "INV-4001", new BigDecimal("300.00"), BigDecimal.ZERO));
        e.remittance(new com.arworkbench.model.RemittanceLine(3, "P9", "INV-9999", new BigDecimal("200.00"), BigDecimal.ZERO));
        CashApplicationReport r = e.report();
        assertEquals(Confidence.MEDIUM, r.applications().get(0).confidence());
        assertTrue(r.unapplied().get(0).reason().contains("INV-9999"), r.unapplied().get(0).reason());
        assertEquals(new BigDecimal("200.00"), r.unapplied().get(0).amount());
    }

    // ---- issue 13: references read as people write them, weighed against the payer and the amount

    @Test
    void theDigitsOfTwoDocumentNumbersWithTheExactSumAreHigh() {
        for (String reference : List.of("Invoices 7002 and 7003", "Inv 7002/7003", "RE 7002, 7003", "INV7002-7003",
                "Rechnung 0007002 0007003")) {
            OpenItem a = inv(ACME, "INV-7002", "1200.00", 20);
            OpenItem b = inv(ACME, "INV-7003", "345.67", 10);
            CashApplicationReport r = run(Map.of(), List.of(a, b), pay("P1", "1545.67", "someone", "", reference));
            assertEquals(List.of(a, b), r.autoApplied().stream().map(Application::item).toList(), reference);
            assertTrue(r.applications().get(0).evidence().contains("amount: exact sum"), r.applications().get(0).evidence());
        }
    }

    @Test
    void aTransposedReferenceNamingAnotherCustomersInvoiceFindsThePayersOwnInvoice() {
        OpenItem own = inv(ACME, "INV-17045", "980.00", 20);
        OpenItem others = inv(BETA, "INV-17054", "1430.00", 20); // what the payer typed: 4 and 5 swapped
        CashApplicationReport r = fromAcme("980.00", "Inv 17054", own, others);
        assertEquals(1, r.applications().size());
        Application a = r.applications().get(0);
        assertEquals(own, a.item());
        assertEquals(Confidence.HIGH, a.confidence(), "payer, amount and all but two swapped digits agree");
        assertEquals(MatchRule.REFERENCE_NEAR_MISS, a.rule());
        assertTrue(a.evidence().contains("two adjacent digits swapped") && a.evidence().contains("payer account"),
                a.evidence());
    }

    @Test
    void aReferenceNamingAnotherCustomersInvoiceForAnotherAmountIsNeverHigh() {
        OpenItem own = inv(ACME, "X1", "980.00", 20);
        OpenItem others = inv(BETA, "INV-9100", "1430.00", 20);
        // The payer is known: its own item with the amount is only suggested, the reference speaks against it.
        CashApplicationReport known = fromAcme("980.00", "INV-9100", own, others);
        assertTrue(known.autoApplied().isEmpty(), known.applications().toString());
        assertEquals(own, known.applications().get(0).item());
        // The payer is unknown: the reference alone, with an amount that does not fit, is only a suggestion.
        CashApplicationReport unknown = run(Map.of(), List.of(own, others), pay("P2", "1500.00", "", "", "INV-9100"));
        assertTrue(unknown.autoApplied().isEmpty(), unknown.applications().toString());
        assertEquals(new BigDecimal("70.00"), unknown.unapplied().get(0).amount());
    }

    @Test
    void aPartialPaymentOfThePayersOwnNamedInvoiceIsHigh() {
        OpenItem a = inv(ACME, "INV-7001", "1000.00", 5);
        CashApplicationReport r = fromAcme("400.00", "INV-7001 1. Rate", a);
        assertEquals(Confidence.HIGH, r.applications().get(0).confidence(), "reference and payer agree");
        assertEquals(new BigDecimal("600.00"), r.applications().get(0).remainingOpen());
    }

    @Test
    void theLegalFormTheyWriteTellsSisterCompaniesApart() {
        Customer ltd = new Customer("C8", "Nova Maschinenbau Ltd");
        Customer kg = new Customer("C9", "Nova Maschinenbau GmbH & Co. KG");
        OpenItem a = inv(ltd, "INV-17045", "980.00", 20);
        OpenItem b = inv(kg, "INV-17046", "980.00", 20);
        CashApplicationReport r = run(Map.of(), List.of(a, b), pay("P1", "980.00", "NOVA MASCHINENBAU LTD", "", "Inv 17054"));
        assertEquals(a, r.applications().get(0).item());
        assertEquals(Confidence.HIGH, r.applications().get(0).confidence(), r.applications().get(0).evidence());
        CashApplicationReport tie = run(Map.of(), List.of(a, b), pay("P2", "980.00", "Nova Maschinenbau", "", ""));
        assertTrue(tie.applications().isEmpty(), "without a legal form the two tie");
    }
}
