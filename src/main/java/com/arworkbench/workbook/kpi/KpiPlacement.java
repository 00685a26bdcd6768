package com.arworkbench.workbook.kpi;

import com.arworkbench.workbook.Charts;
import com.arworkbench.workbook.ColumnSchema;
import java.util.Map;

/**
 * Where the first currency's rows landed on the KPI sheets (0-based rows), for the Dashboard and its
 * charts; {@code cells} are its headline cells by name ("DSO", "Forecast 13 weeks", "Back-test error").
 */
public record KpiPlacement(String currency, int firstMonthRow, int lastMonthRow, int firstWeekRow, int lastWeekRow,
                           Map<String, String> cells) {

    /** A column of the first currency's months on KPIs, as a chart's data reference. */
    public String months(ColumnSchema.Handle column) {
        return Charts.columnRef(KpisByMonthSheet.NAME, column.index(), firstMonthRow, lastMonthRow);
    }

    /** A column of the first currency's forecast weeks on Forecast, as a chart's data reference. */
    public String weeks(ColumnSchema.Handle column) {
        return Charts.columnRef(ForecastSheet.NAME, column.index(), firstWeekRow, lastWeekRow);
    }
}
