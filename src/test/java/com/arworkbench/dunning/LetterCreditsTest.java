package com.arworkbench.dunning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.aging.BucketScheme;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.model.Customer;
import com.arworkbench.model.DocumentType;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.PreviousWorklist;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Letters show the whole account: the overdue items, the open credits and unapplied payments, and the net amount
 * due; a customer with hundreds of items still gets a letter that fits in one Excel cell and ends with its closing.
 * Expected figures are worked out by hand in the comments.
 */
class LetterCreditsTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
    static final Customer ACME = new Customer("C1", "Acme GmbH");
    static final String CLOSING = "Kind regards,\nAccounts Receivable";

    static DunningPolicy policy(boolean creditsReduceDemand) {
        Map<String, LetterText> en = Map.of("en", new LetterText("{{levelName}}: {{amountDue}} {{currency}}",
                "Dear {{contact}},\n\n{{items}}\n\nOverdue {{total}}, less credits {{creditsDeducted}}, fee {{fee}}: "
                        + "please pay {{amountDue}} {{currency}}.\n\n" + CLOSING));
        return new DunningPolicy("test", 3, List.of(new DunningLevel(1, "Reminder", 1, en),
                new DunningLevel(2, "Second notice", 30, en)), Map.of("*", new BigDecimal("25.00")),
                Map.of("EUR", new BigDecimal("5.00")), 2, BigDecimal.ZERO, 365, 1, 14, "en", creditsReduceDemand);
    }

    static OpenItem item(String doc, DocumentType type, String amount, LocalDate due) {
        return new OpenItem(1, ACME, doc, type, type.label(), due.minusDays(30), due, false, new BigDecimal(amount), null,
                "EUR", "", "", null, null);
    }

    static Notice notice(DunningPolicy policy, List<OpenItem> items) {
        DunningEngine e = new DunningEngine(new DunningParameters(AS_OF, policy, BucketScheme.standard()),
                CustomerDirectory.empty(), PreviousWorklist.none());
        items.forEach(e::accept);
        DunningReport r = e.report();
        assertEquals(1, r.notices().size(), "one notice for Acme");
        return r.notices().get(0);
    }

    /** 1,000.00 and 500.00 overdue; a credit memo due in the future and an unapplied payment: 300.00 + 200.00. */
    static List<OpenItem> account() {
        return List.of(item("INV-1", DocumentType.INVOICE, "1000.00", AS_OF.minusDays(40)),
                item("INV-2", DocumentType.INVOICE, "500.00", AS_OF.minusDays(10)),
                item("INV-3", DocumentType.INVOICE, "800.00", AS_OF.plusDays(20)), // not due: neither listed nor demanded
                item("CM-7", DocumentType.CREDIT_MEMO, "-300.00", AS_OF.plusDays(15)),
                item("PMT-9", DocumentType.PAYMENT, "-200.00", AS_OF.minusDays(5)));
    }

    @Test
    void creditsAreListedAndDeductedFromTheDemand() {
        Notice n = notice(policy(true), account());
        // Overdue 1,000.00 + 500.00 = 1,500.00; credits 300.00 + 200.00 = 500.00; level 1, so no fee: 1,000.00 due.
        assertEquals(new BigDecimal("1500.00"), n.overdue());
        assertEquals(new BigDecimal("-500.00"), n.openCredits());
        assertEquals(new BigDecimal("500.00"), n.creditsDeducted());
        assertEquals(new BigDecimal("1000.00"), n.netAmountDue());
        assertEquals(new BigDecimal("1500.00"), n.amountDue(), "the Worklist's Amount due stays before credits");
        String body = n.letter().body();
        assertTrue(body.contains("- INV-1, 19 Feb 2026: 1,000.00 EUR (40)\n- INV-2, 21 Mar 2026: 500.00 EUR (10)"), body);
        assertFalse(body.contains("INV-3"), body);
        assertTrue(body.contains("Open credits and unapplied payments on your account:\n"
                + "- CM-7, 15 Apr 2026: -300.00 EUR (credit memo)\n"
                + "- PMT-9, 26 Mar 2026: -200.00 EUR (unapplied payment)\n"
                + "Overdue 1,500.00 less credits of 500.00: 1,000.00 EUR."), body);
        assertTrue(body.contains("Overdue 1,500.00, less credits 500.00, fee 0.00: please pay 1,000.00 EUR."), body);
        assertEquals("Reminder: 1,000.00 EUR", n.letter().subject());
        assertTrue(body.endsWith(CLOSING), body);
    }

    @Test
    void withThePolicyOffTheDemandIsTheGrossOverdueAndCreditsAreStillListed() {
        Notice n = notice(policy(false), account());
        assertEquals(BigDecimal.ZERO, n.creditsDeducted());
        assertEquals(new BigDecimal("1500.00"), n.netAmountDue());
        String body = n.letter().body();
        assertTrue(body.contains("- CM-7, 15 Apr 2026: -300.00 EUR (credit memo)"), body);
        assertTrue(body.contains("- PMT-9, 26 Mar 2026: -200.00 EUR (unapplied payment)"), body);
        assertTrue(body.contains("These credits of 500.00 EUR are not deducted from the amount due"), body);
        assertTrue(body.contains("please pay 1,500.00 EUR."), body);
        assertEquals("Reminder: 1,500.00 EUR", n.letter().subject());
    }

    @Test
    void aFeeIsAddedAfterTheCredits() {
        // INV-1 is 40 days past due: level 2 would need a previous level 1, so a fresh customer gets level 1;
        // give the engine a policy whose first level already charges the fee.
        DunningPolicy feeFromOne = new DunningPolicy("fee", 3, policy(true).levels(), Map.of("*", new BigDecimal("25.00")),
                Map.of("EUR", new BigDecimal("5.00")), 1, BigDecimal.ZERO, 365, 1, 14, "en", true);
        Notice n = notice(feeFromOne, account());
        // 1,500.00 − 500.00 + 5.00 fee = 1,005.00
        assertEquals(new BigDecimal("1005.00"), n.netAmountDue());
        assertTrue(n.letter().body().contains("please pay 1,005.00 EUR."), n.letter().body());
    }

    @Test
    void creditsExceedingTheOverdueAreSaidInWordsNotDemandedAsANegativeAmount() {
        // The engine holds such a customer back (Exclusion.CREDITS_COVER); the letter must still read right if one
        // is written, e.g. from a custom pipeline: 100.00 overdue against 150.00 of credits.
        OpenItem inv = item("INV-1", DocumentType.INVOICE, "100.00", AS_OF.minusDays(10));
        OpenItem cm = item("CM-1", DocumentType.CREDIT_MEMO, "-150.00", AS_OF.minusDays(2));
        DunningPolicy p = policy(true);
        Notice n = new Notice(1, BigDecimal.ONE, ACME, "EUR", null, 1, "Reminder", 0, false, false, false,
                new BigDecimal("100.00"), List.of(), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("-50.00"),
                inv.dueDate(), 10, List.of(new DunnedItem(inv, 10, 1, BigDecimal.ZERO, null)), List.of(cm),
                new BigDecimal("100.00"), null, null);
        Letter l = Letters.compose(n, p, AS_OF);
        assertEquals(new BigDecimal("0.00"), n.netAmountDue());
        assertTrue(l.body().contains("Your credits of 150.00 exceed the overdue 100.00 EUR: no payment of these items is "
                + "requested, and 50.00 EUR remains to your credit."), l.body());
        assertFalse(l.body().contains("-50.00"), l.body());
        assertTrue(l.body().contains("please pay 0.00 EUR."), l.body());
    }

    @Test
    void aCustomerWithHundredsOfItemsGetsTheLargestListedAndTheRestSummedUp() {
        List<OpenItem> items = new ArrayList<>();
        // 400 invoices of 10.00, 20.00, … 4,000.00 with long references (about 110 characters a line: 44,000 listed
        // in full, more than an Excel cell holds) and 300 unapplied payments of 1.00.
        for (int i = 1; i <= 400; i++) {
            items.add(item(String.format("INV-%04d/SHIPMENT-CONFIRMATION-AND-PROOF-OF-DELIVERY-REFERENCE-PO-%06d", i, i),
                    DocumentType.INVOICE, (i * 10) + ".00", AS_OF.minusDays(10)));
        }
        for (int i = 1; i <= 300; i++) {
            items.add(item("PMT-" + i, DocumentType.PAYMENT, "-1.00", AS_OF.minusDays(1)));
        }
        Notice n = notice(policy(true), items);
        // Overdue 10 × (1 + … + 400) = 10 × 80,200 = 802,000.00; credits 300.00; net 801,700.00.
        assertEquals(new BigDecimal("802000.00"), n.overdue());
        assertEquals(new BigDecimal("300.00"), n.creditsDeducted());
        assertEquals(new BigDecimal("801700.00"), n.netAmountDue());
        String body = n.letter().body();
        assertTrue(body.length() < 32_767, "the body fits in one Excel cell: " + body.length());
        assertTrue(body.endsWith(CLOSING), body.substring(Math.max(0, body.length() - 200)));
        // The 25 largest are 3,760.00 … 4,000.00 (10 × (376 + … + 400) = 97,000.00); the other 375 total 705,000.00.
        assertTrue(body.contains("- INV-0400/"), "the largest is listed");
        assertTrue(body.contains("- INV-0376/"), "the 25th largest is listed");
        assertFalse(body.contains("INV-0375/"), "the 26th largest is not");
        assertTrue(body.contains("…and 375 more items totalling 705,000.00 EUR; see the enclosed statement."), body);
        // 25 credits listed, 275 more totalling −275.00.
        assertTrue(body.contains("…and 275 more credits totalling -275.00 EUR; see the enclosed statement."), body);
        assertTrue(body.contains("Overdue 802,000.00 less credits of 300.00: 801,700.00 EUR."), body);
        assertTrue(body.contains("please pay 801,700.00 EUR."), body);
        assertEquals(25, body.lines().filter(l -> l.startsWith("- INV-")).count());
    }

    @Test
    void aFewItemsAreListedInFullInTheirOrder() {
        List<OpenItem> items = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            items.add(item("INV-" + i, DocumentType.INVOICE, "100.00", AS_OF.minusDays(10)));
        }
        String body = notice(policy(true), items).letter().body();
        assertFalse(body.contains("more items"), body);
        assertEquals(25, body.lines().filter(l -> l.startsWith("- INV-")).count());
        assertTrue(body.contains("- INV-1, 21 Mar 2026: 100.00 EUR (10)\n- INV-2,"), body);
    }

    @Test
    void aGermanLetterSaysItInGermanWithGermanNumbers() {
        Map<String, LetterText> de = Map.of("de", new LetterText("Erinnerung: {{amountDue}} {{currency}}",
                "{{items}}\n\nBitte zahlen Sie {{amountDue}} {{currency}}."));
        DunningPolicy p = new DunningPolicy("de", 3, List.of(new DunningLevel(1, "Erinnerung", 1, de)),
                Map.of("*", new BigDecimal("25.00")), Map.of(), 2, BigDecimal.ZERO, 365, 1, 14, "de", true);
        String body = notice(p, account()).letter().body();
        assertTrue(body.contains("Offene Gutschriften und nicht zugeordnete Zahlungen auf Ihrem Konto:\n"
                + "- CM-7, 15.04.2026: -300,00 EUR (Gutschrift)\n- PMT-9, 26.03.2026: -200,00 EUR (nicht zugeordnete Zahlung)\n"
                + "Überfällig 1.500,00 abzüglich Gutschriften von 500,00: 1.000,00 EUR."), body);
        assertTrue(body.endsWith("Bitte zahlen Sie 1.000,00 EUR."), body);
    }

    @Test
    void thePolicyFileReadsTheSettingAndDefaultsToYes() throws Exception {
        String base = "{\"levels\": [{\"level\": 1, \"name\": \"R\", \"minDaysPastDue\": 1, "
                + "\"letters\": {\"en\": {\"subject\": \"s\", \"body\": \"b\"}}}]%s}";
        assertTrue(PolicyFile.parse(String.format(base, "").getBytes(StandardCharsets.UTF_8), "p.json").creditsReduceDemand());
        assertFalse(PolicyFile.parse(String.format(base, ", \"creditsReduceDemand\": false")
                .getBytes(StandardCharsets.UTF_8), "p.json").creditsReduceDemand());
        assertTrue(PolicyFile.parse(String.format(base, ", \"creditsReduceDemand\": true")
                .getBytes(StandardCharsets.UTF_8), "p.json").creditsReduceDemand());
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> PolicyFile.parse(
                String.format(base, ", \"creditsReduceDemand\": \"no\"").getBytes(StandardCharsets.UTF_8), "p.json"));
        assertTrue(e.getMessage().contains("creditsReduceDemand"), e.getMessage());
        assertTrue(PolicyFile.load(null, null).creditsReduceDemand(), "the shipped policy deducts credits");
    }
}
