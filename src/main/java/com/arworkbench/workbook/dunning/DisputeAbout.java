package com.arworkbench.workbook.dunning;

import com.arworkbench.dunning.DisputeLogReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The dispute log's lines on About: its settings and how the cases moved this run. */
final class DisputeAbout {

    private DisputeAbout() {
    }

    static List<Map.Entry<String, Object>> entries(DisputeLogReport log) {
        List<LocalDate> holidays = log.settings().sortedHolidays();
        long breached = log.active().stream().filter(DisputeLogReport.Row::breached).count();
        return List.of(
                Map.entry("Dispute SLA (business days)", (long) log.settings().slaBusinessDays()),
                Map.entry("Dispute holidays", holidays.isEmpty() ? "none (weekends only)"
                        : holidays.stream().map(LocalDate::toString).collect(Collectors.joining(", "))),
                Map.entry("Dispute cases", log.active().size() + " open (" + log.carried() + " carried + " + log.opened()
                        + " opened + " + log.reopened() + " reopened − " + log.closedThisRun() + " closed this run), "
                        + log.closed().size() + " closed in all"),
                Map.entry("Open dispute cases past their SLA", breached));
    }
}
