package com.arworkbench.aging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.model.Customer;
import com.arworkbench.model.DocumentType;
import com.arworkbench.model.OpenItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgingEngineTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private static OpenItem item(String customer, String currency, String amount, LocalDate doc, LocalDate due) {
        return new OpenItem(1, new Customer(null, customer), "D1", DocumentType.INVOICE, "", doc, due, false,
                new BigDecimal(amount), null, currency, "", "", null, null);
    }

    @Test
    void defaultBucketsAreInclusiveAndCoverEveryAge() {
        BucketScheme s = BucketScheme.standard();
        assertEquals(List.of("Current", "1-30", "31-60", "61-90", "91-120", "Over 120"),
                s.buckets().stream().map(AgingBucket::label).toList());
        long[] ages = {-400, -1, 0, 1, 30, 31, 60, 61, 90, 91, 120, 121, 100_000};
        int[] expected = {0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5};
        for (int i = 0; i < ages.length; i++) {
            assertEquals(expected[i], s.indexOf(ages[i]), "age " + ages[i]);
            assertTrue(s.buckets().get(expected[i]).contains(ages[i]));
        }
    }

    @Test
    void anyAscendingEdgesWorkAndBadOnesAreRefused() {
        assertEquals(List.of("Current", "1-15", "16-45", "Over 45"),
                BucketScheme.parse("15, 45").buckets().stream().map(AgingBucket::label).toList());
        assertThrows(IllegalArgumentException.class, () -> BucketScheme.parse("60,30"));
        assertThrows(IllegalArgumentException.class, () -> BucketScheme.parse("0,30"));
        assertThrows(IllegalArgumentException.class, () -> BucketScheme.parse("30,thirty"));
    }

    @Test
    void creditsNetWithinTheCustomerAndCurrenciesNeverMix() {
        AgingEngine e = new AgingEngine(new AgingParameters(AS_OF, AgingBasis.DUE, BucketScheme.standard()));
        e.age(item("Acme", "EUR", "1000.00", AS_OF.minusDays(60), AS_OF.minusDays(30)));   // 30 days: 1-30
        e.age(item("Acme", "EUR", "-250.00", AS_OF.minusDays(95), AS_OF.minusDays(95)));   // credit ages by its own date
        e.age(item("Acme", "USD", "500.00", AS_OF.minusDays(10), AS_OF.plusDays(20)));     // not yet due: Current
        e.age(item("acme ", "EUR", "0.01", AS_OF, AS_OF));                                 // same customer by name
        AgingReport r = e.report();
        CustomerAging eur = r.customers().stream().filter(c -> c.currency().equals("EUR")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("750.01"), eur.total());
        assertEquals(new BigDecimal("1000.00"), eur.bucket(1));
        assertEquals(new BigDecimal("-250.00"), eur.bucket(4));
        assertEquals(new BigDecimal("0.01"), eur.bucket(0));
        assertEquals(new BigDecimal("-250.00"), eur.credits());
        assertEquals(new BigDecimal("500.00"), r.currencies().get("USD").bucket(0));
        assertEquals(2, r.customers().size(), "one row per customer and currency");
    }

    @Test
    void futureDatedItemsAreCountedApartAndDocumentBasisUsesTheDocumentDate() {
        AgingEngine e = new AgingEngine(new AgingParameters(AS_OF, AgingBasis.DOCUMENT, BucketScheme.standard()));
        AgedItem future = e.age(item("A", "", "10.00", AS_OF.plusDays(1), AS_OF.plusDays(31)));
        AgedItem old = e.age(item("A", "", "20.00", AS_OF.minusDays(45), AS_OF.minusDays(15)));
        assertTrue(future.future());
        assertEquals(45, old.daysPastDue());
        assertEquals("31-60", old.bucket().label());
        assertEquals(new BigDecimal("10.00"), e.report().currencies().get("").future());
        assertEquals(new BigDecimal("20.00"), e.report().currencies().get("").total());
    }
}
