package com.arworkbench.cashapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.cashapp.PreviousCashApplication.Decision;
import com.arworkbench.cashapp.PreviousCashApplication.Row;
import com.arworkbench.cashapp.PreviousCashApplication.Sheet;
import com.arworkbench.model.Customer;
import com.arworkbench.model.DocumentType;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.Payment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The round-trip step on hand-made cases: what a previous workbook applied is never applied a second time. */
class ReviewDecisionsTest {

    private static final LocalDate D = LocalDate.of(2026, 6, 10);
    private static final Customer ACME = new Customer("C1", "Acme");

    private static OpenItem invoice(String no, String amount) {
        return new OpenItem(1, ACME, no, DocumentType.INVOICE, "Invoice", D.minusDays(40), D.minusDays(10), false,
                new BigDecimal(amount), new BigDecimal(amount), "EUR", null, null, null, null);
    }

    private static Payment payment(String id, String amount, String reference) {
        return new Payment(id, 1, D, D, new BigDecimal(amount), "EUR", "ACME", null, reference, List.of(), id, "DE00BANK");
    }

    private static Row applied(String id, String invoice, String amount, String remaining) {
        return new Row(Sheet.APPLIED, id, "EUR", invoice, "C1", "Acme", new BigDecimal(amount), null, null,
                new BigDecimal(remaining), "Document number in the payment reference", "High", "", null, Decision.NONE, null,
                false);
    }

    private static ReviewDecisions.Result run(List<OpenItem> items, List<Payment> payments, List<Row> previous) {
        ReviewDecisions step = new ReviewDecisions(new PreviousCashApplication("prev.xlsx", previous), Map.of(),
                new CashApplicationEngine(Tolerances.standard(), Map.of()));
        items.forEach(step::openItem);
        payments.forEach(step::payment);
        return step.run();
    }

    /** P2 names INV-1 too; P1 paid it in the previous workbook, whether or not the ERP has posted that yet. */
    @Test
    void aPaymentAppliedBeforeIsRecognisedAndItsInvoiceIsNotPaidAgain() {
        List<Payment> payments = List.of(payment("P1", "1000.00", "INV-0001"), payment("P2", "1000.00", "INV-0001"));
        List<Row> previous = List.of(applied("P1", "INV-0001", "1000", "0"));
        for (List<OpenItem> export : List.of(List.of(invoice("INV-0001", "1000.00")), List.<OpenItem>of())) {
            ReviewDecisions.Result r = run(export, payments, previous);
            List<Application> apps = r.report().applications();
            assertEquals(1, apps.size(), apps.toString());
            assertEquals("P1", apps.get(0).payment().id());
            assertTrue(r.trail().previousRun.contains(apps.get(0)));
            assertEquals(1, r.report().unapplied().size());
            assertEquals("P2", r.report().unapplied().get(0).payment().id());
            assertEquals(new BigDecimal("1000.00"), r.report().unapplied().get(0).amount());
            assertEquals(1, r.trail().paymentsRecognised);
        }
    }

    /** Half posted: the export shows 600 of 1,000 open after P1's 400; the reservation must not take the 400 twice. */
    @Test
    void aPostedPartialApplicationIsNotReservedTwice() {
        List<Payment> payments = List.of(payment("P1", "400.00", "INV-0001"), payment("P2", "600.00", "INV-0001"));
        List<Row> previous = List.of(applied("P1", "INV-0001", "400", "600"));
        for (String open : List.of("600.00", "1000.00")) { // posted, and not yet posted
            ReviewDecisions.Result r = run(List.of(invoice("INV-0001", open)), payments, previous);
            Application p2 = r.report().applications().stream().filter(a -> a.payment().id().equals("P2")).findFirst()
                    .orElseThrow(() -> new AssertionError("P2 should pay the 600.00 left, export " + open));
            assertEquals(new BigDecimal("600.00"), p2.amount());
            assertEquals(Confidence.HIGH, p2.confidence());
            assertTrue(r.report().unapplied().isEmpty(), r.report().unapplied().toString());
        }
    }

    /** A payment whose amount changed since is not the same payment: it is matched afresh and About says why. */
    @Test
    void anotherAmountUnderTheSameIdIsMatchedAfresh() {
        ReviewDecisions.Result r = run(List.of(invoice("INV-0001", "1000.00")), List.of(payment("P1", "1000.00", "INV-0001")),
                List.of(applied("P1", "INV-0001", "900", "100")));
        assertEquals(0, r.trail().paymentsRecognised);
        assertEquals(1, r.trail().matchedAfresh.size());
        assertEquals(MatchRule.REFERENCE, r.report().applications().get(0).rule());
    }

    /** Accepted, but the ERP closed the invoice meanwhile: nothing applied, and the reason says so. */
    @Test
    void anAcceptedRowWhoseInvoiceIsClosedGoesToUnapplied() {
        Row accepted = new Row(Sheet.REVIEW, "P1", "EUR", "INV-0009", "C1", "Acme", new BigDecimal("250.00"), null, null,
                BigDecimal.ZERO, "Customer identified; one open item with exactly the amount", "Medium", "", null,
                Decision.ACCEPT, "ok", false);
        ReviewDecisions.Result r = run(List.of(invoice("INV-0001", "1000.00")), List.of(payment("P1", "250.00", "")),
                List.of(accepted));
        assertTrue(r.report().applications().isEmpty());
        Unapplied u = r.report().unapplied().get(0);
        assertTrue(u.reason().contains("no longer open"), u.reason());
        assertEquals("ok", r.trail().note(u));
    }
}
