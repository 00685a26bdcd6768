package com.arworkbench.workbook.kpi;

import com.arworkbench.kpi.CurrencyKpis;
import com.arworkbench.kpi.CustomerForecast;
import com.arworkbench.kpi.CustomerKpis;
import com.arworkbench.kpi.KpiReport;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyledWorkbook;

/** Customer KPIs: each customer's payment habits, open AR and what the forecast expects from it, by currency. */
public final class CustomerKpisSheet {

    public static final String NAME = "Customer KPIs";

    private static final ColumnSchema CUSTOMERS = new ColumnSchema();
    private static final ColumnSchema.Handle CURRENCY = CUSTOMERS.text("Currency");
    private static final ColumnSchema.Handle CUSTOMER_ID = CUSTOMERS.text("Customer ID");
    private static final ColumnSchema.Handle CUSTOMER_NAME = CUSTOMERS.text("Customer name");
    private static final ColumnSchema.Handle PAID_WINDOW = CUSTOMERS.integer("Paid invoices (window)");
    private static final ColumnSchema.Handle AMOUNT_WINDOW = CUSTOMERS.amount("Amount paid (window)");
    private static final ColumnSchema.Handle DAYS_TO_PAY = CUSTOMERS.amount("Average days to pay");
    private static final ColumnSchema.Handle DAYS_LATE = CUSTOMERS.amount("Average days late");
    private static final ColumnSchema.Handle PAID_ALL = CUSTOMERS.integer("Paid invoices (all)");
    private static final ColumnSchema.Handle MEDIAN_LATE = CUSTOMERS.amount("Median days late");
    private static final ColumnSchema.Handle RECENT_LATE = CUSTOMERS.amount("Days late, last 3 months");
    private static final ColumnSchema.Handle EARLIER_LATE = CUSTOMERS.amount("Days late, 9 months before");
    private static final ColumnSchema.Handle TREND = CUSTOMERS.amount("Trend (days)");
    private static final ColumnSchema.Handle OPEN = CUSTOMERS.amount("Open AR");
    private static final ColumnSchema.Handle CURRENT = CUSTOMERS.amount("Current AR");
    private static final ColumnSchema.Handle OVER90 = CUSTOMERS.amount("AR over 90 days");
    private static final ColumnSchema.Handle OPEN_ITEMS = CUSTOMERS.integer("Open items");
    private static final ColumnSchema.Handle EXPECTED = CUSTOMERS.amount("Expected in the forecast weeks");
    private static final ColumnSchema.Handle LATER = CUSTOMERS.amount("Expected later");
    private static final ColumnSchema.Handle NEXT_DATE = CUSTOMERS.date("Next expected payment");
    private static final ColumnSchema.Handle NEXT_AMOUNT = CUSTOMERS.amount("Next payment amount");
    private static final ColumnSchema.Handle NEXT_PROBABILITY = CUSTOMERS.percent("Probability by that week");
    private static final ColumnSchema.Handle BASIS = CUSTOMERS.text("Forecast basis");

    private final SheetTable table;

    CustomerKpisSheet(StyledWorkbook book) {
        this.table = book.table(NAME, CUSTOMERS.columns(), 3);
    }

    void write(KpiReport report) {
        for (CurrencyKpis c : report.currencies().values()) {
            for (CustomerKpis k : c.customers()) {
                row(k);
            }
        }
        table.finish();
    }

    private void row(CustomerKpis k) {
        SheetTable.RowWriter w = table.row();
        w.text(CURRENCY.index(), k.currency()).text(CUSTOMER_ID.index(), k.customer().id())
                .text(CUSTOMER_NAME.index(), k.customer().name()).number(PAID_WINDOW.index(), k.paidInWindow())
                .amount(AMOUNT_WINDOW.index(), k.paidAmountInWindow()).amount(DAYS_TO_PAY.index(), k.averageDaysToPay())
                .amount(DAYS_LATE.index(), k.averageDaysLate()).number(PAID_ALL.index(), k.paidInvoices())
                .amount(MEDIAN_LATE.index(), k.medianDaysLate()).amount(RECENT_LATE.index(), k.recentDaysLate())
                .amount(EARLIER_LATE.index(), k.earlierDaysLate()).amount(TREND.index(), k.trendDaysLate())
                .amount(OPEN.index(), k.openAr()).amount(CURRENT.index(), k.currentAr())
                .amount(OVER90.index(), k.over90Ar()).number(OPEN_ITEMS.index(), k.openItems());
        CustomerForecast f = k.forecast();
        if (f != null) {
            w.amount(EXPECTED.index(), f.expectedInHorizon()).amount(LATER.index(), f.later())
                    .date(NEXT_DATE.index(), f.nextDate()).amount(NEXT_AMOUNT.index(), f.nextAmount())
                    .amount(NEXT_PROBABILITY.index(), f.nextProbability()).text(BASIS.index(), f.basis());
        }
    }
}
