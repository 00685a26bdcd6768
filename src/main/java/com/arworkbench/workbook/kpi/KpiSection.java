package com.arworkbench.workbook.kpi;

import com.arworkbench.kpi.KpiReport;
import com.arworkbench.workbook.Check;
import com.arworkbench.workbook.SectionEnd;
import com.arworkbench.workbook.StyledWorkbook;
import com.arworkbench.workbook.WorkbookSection;
import com.arworkbench.workbook.aging.AgingSection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The KPI sheets of the pack: KPIs by month, payment habits by customer, the 13-week forecast and
 * its back-test. Rows are grouped by currency; the first currency (the largest AR) comes first, so
 * the Dashboard and its charts can point at its rows ({@link #placement()}).
 */
public final class KpiSection implements WorkbookSection {

    /** The section's sheets, in the pack's order: a pack without an invoice history drops them. */
    public static final List<String> SHEETS = List.of(KpisByMonthSheet.NAME, CustomerKpisSheet.NAME, ForecastSheet.NAME,
            BackTestSheet.NAME);

    private final KpisByMonthSheet months;
    private final CustomerKpisSheet customers;
    private final ForecastSheet forecast;
    private final BackTestSheet backTest;
    private KpiPlacement placement;

    /** Declare before the book streams. The forecast ties to the open items of {@code aging}. */
    public KpiSection(StyledWorkbook book, AgingSection aging) {
        this.months = new KpisByMonthSheet(book, aging);
        this.customers = new CustomerKpisSheet(book);
        this.forecast = new ForecastSheet(book, aging);
        this.backTest = new BackTestSheet(book);
    }

    /** The placeholders of the KPI sheets' titles. */
    public static Map<String, String> placeholders() {
        return Map.of("months", "12",
                "forecastMethod", "each item spread over the weeks by its customer's days late, given it is still "
                        + "unpaid, or the baseline that back-tested better (Method row below)",
                "backTestMethod", "Rolling: from each month end with 13 weeks of payments after it, forecast from "
                        + "what was known then, against what was actually paid");
    }

    @Override
    public String name() {
        return "KPIs";
    }

    @Override
    public List<Check> write(SectionEnd end) {
        KpiReport report = end.result(KpiReport.class);
        Map<String, String> cells = new LinkedHashMap<>();
        String first = report.currencies().isEmpty() ? "" : report.currencies().keySet().iterator().next();
        List<Check> checks = new ArrayList<>();
        RowSpan monthRows = months.write(report, first, cells, checks);
        customers.write(report);
        RowSpan weekRows = forecast.write(report, first, cells, checks);
        backTest.write(report, first, cells, checks);
        placement = new KpiPlacement(first, monthRows.first(), monthRows.last(), weekRows.first(), weekRows.last(), cells);
        return checks;
    }

    /** Where the first currency's figures are; known once the section is written. */
    public KpiPlacement placement() {
        if (placement == null) {
            throw new IllegalStateException("the KPI sheets are not written yet");
        }
        return placement;
    }
}
