package com.arworkbench.workbook.dunning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.aging.BucketScheme;
import com.arworkbench.dunning.CollectionsMemory;
import com.arworkbench.dunning.CustomerExposure;
import com.arworkbench.dunning.DunningParameters;
import com.arworkbench.dunning.DunningReport;
import com.arworkbench.model.Customer;
import com.arworkbench.workbook.Check;
import com.arworkbench.workbook.SheetTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Credit review's check fails on meaning: a customer missing from the review, or currencies mixed up. */
class CreditReviewSheetTest {

    private static final Customer A = new Customer("A", "Alpha");
    private static final Customer B = new Customer("B", "Beta");

    private static CustomerExposure exposure(Customer c, String currency, String amount) {
        return new CustomerExposure(c, c, currency, null, new BigDecimal(amount), new BigDecimal(amount), BigDecimal.ZERO);
    }

    private static DunningReport report(List<CustomerExposure> exposures) {
        return new DunningReport(new DunningParameters(LocalDate.of(2026, 6, 30), DunningSectionTest.policy(),
                BucketScheme.standard()), List.of(), List.of(), Map.of(), 0, 0, 0, CollectionsMemory.empty(), exposures,
                Map.of("EUR", new BigDecimal("300.00"), "USD", new BigDecimal("50.00")));
    }

    @Test
    void theExposureCheckTiesPerCurrencyAndFailsWhenACustomerIsMissing() {
        List<SheetTable.Part> parts = List.of(new SheetTable.Part(CreditReviewSheet.NAME, 3, 6));
        List<Check> ok = CreditReviewSheet.checks(report(List.of(exposure(A, "EUR", "100.00"), exposure(B, "EUR", "200.00"),
                exposure(A, "USD", "50.00"))), parts);
        assertEquals(List.of("Credit review exposure (EUR) = open items", "Credit review exposure (USD) = open items"),
                ok.stream().map(Check::name).toList());
        assertTrue(ok.stream().allMatch(Check::passes));
        assertEquals("SUMIF('Credit review'!$C:$C,\"EUR\",'Credit review'!$E:$E)", ok.get(0).actualFormula());

        List<Check> missing = CreditReviewSheet.checks(report(List.of(exposure(A, "EUR", "100.00"),
                exposure(A, "USD", "50.00"))), parts);
        assertFalse(missing.get(0).passes(), "Beta's 200.00 EUR is not on the review");
        assertTrue(missing.get(1).passes());

        List<Check> mixed = CreditReviewSheet.checks(report(List.of(exposure(A, "EUR", "100.00"), exposure(B, "USD", "200.00"),
                exposure(A, "USD", "50.00"))), parts);
        assertFalse(mixed.get(0).passes(), "an amount under the wrong currency fails both");
        assertFalse(mixed.get(1).passes());
    }
}
