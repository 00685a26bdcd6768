package com.arworkbench.jobs;

import com.arworkbench.aging.AgingReport;
import com.arworkbench.aging.CustomerAging;
import com.arworkbench.confirmations.Balance;
import com.arworkbench.confirmations.ConfirmationEngine;
import com.arworkbench.confirmations.ConfirmationParameters;
import com.arworkbench.confirmations.ConfirmationReport;
import com.arworkbench.model.InvoiceRecord;
import com.arworkbench.workbook.confirmations.ConfirmationsSection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the confirmations job and the month-end pack share around the {@link ConfirmationEngine}: the receipts after
 * the as-of date, taken from the invoice history as it streams, and the selection from the aging's balances.
 */
final class BalanceConfirmations {

    private BalanceConfirmations() {
    }

    /**
     * The receipts after the as-of date: per customer and currency ({@link ConfirmationsSection#key}), the amounts of
     * the documents dated on or before the as-of date (so part of its balance) whose paid date falls after it. Fed
     * one invoice record at a time by whoever reads the history.
     */
    static final class Receipts implements Consumer<InvoiceRecord> {

        private final LocalDate asOf;
        private final Map<String, BigDecimal> byBalance = new HashMap<>();

        Receipts(LocalDate asOf) {
            this.asOf = asOf;
        }

        @Override
        public void accept(InvoiceRecord r) {
            if (r.paidDate() != null && r.paidDate().isAfter(asOf) && r.documentDate() != null
                    && !r.documentDate().isAfter(asOf)) {
                byBalance.merge(ConfirmationsSection.key(r.currency(), r.customer()), r.amount(), BigDecimal::add);
            }
        }

        /** The receipts so far, by balance; the live map (the section is made before the history is read). */
        Map<String, BigDecimal> byBalance() {
            return byBalance;
        }
    }

    /** The key items and the monetary-unit sample of the aging's balances: one per customer and currency. */
    static ConfirmationReport select(AgingReport aging, ConfirmationParameters p) {
        List<Balance> balances = new ArrayList<>();
        for (CustomerAging c : aging.customers()) {
            balances.add(new Balance(c.customer(), c.currency(), c.total()));
        }
        return ConfirmationEngine.select(balances, p);
    }
}
