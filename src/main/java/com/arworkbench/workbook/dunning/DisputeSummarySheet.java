package com.arworkbench.workbook.dunning;

import com.arworkbench.dunning.DisputeLogReport;
import com.arworkbench.model.DisputeCase;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetRefs;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyleRole;
import com.arworkbench.workbook.StyledWorkbook;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Dispute summary: the "pivot" of the dispute log, one flat table by reason code and by root cause, per currency
 * (amounts of two currencies are never added): open cases, amount in dispute, SLA breached, closed cases and average
 * business days to resolve, each a live COUNTIFS / SUMIFS / AVERAGEIFS over the two case tables. Below it, the
 * settings the business-day formulas of the case sheets use: as-of date, SLA business days and the holidays.
 */
final class DisputeSummarySheet {

    static final String NAME = com.arworkbench.model.DisputeSheets.SUMMARY;
    static final String BY_REASON = "Reason code";
    static final String BY_ROOT_CAUSE = "Root cause";
    /** The label of the rows of cases with nothing in the column. */
    static final String BLANK = "(blank)";

    private static final ColumnSchema SCHEMA = new ColumnSchema();
    static final ColumnSchema.Handle GROUP = SCHEMA.text("Group");
    static final ColumnSchema.Handle VALUE = SCHEMA.text("Reason code / root cause");
    static final ColumnSchema.Handle CURRENCY = SCHEMA.text("Currency");
    static final ColumnSchema.Handle OPEN = SCHEMA.integer("Open cases");
    static final ColumnSchema.Handle AMOUNT = SCHEMA.amount("Amount in dispute");
    static final ColumnSchema.Handle BREACHED = SCHEMA.integer("Open, SLA breached");
    static final ColumnSchema.Handle CLOSED = SCHEMA.integer("Closed cases");
    static final ColumnSchema.Handle AVG_DAYS = SCHEMA.amount("Avg business days to resolve");

    private final StyledWorkbook book;
    private final SheetTable table;

    /**
     * One line of the summary: a group, a value (null: blank cells), the currency its formulas select (null: the log
     * has one currency or none, and the formulas take every case) and the currency shown.
     */
    private record Line(String group, String value, String currency, String shown) {
    }

    DisputeSummarySheet(StyledWorkbook book) {
        this.book = book;
        this.table = book.table(NAME, SCHEMA.columns(), 2);
    }

    /**
     * Where the settings will stand, worked out before anything is written (the case sheets' formulas need them, and
     * the sheets stream in any order).
     */
    DisputeColumns.Refs refs(DisputeLogReport report) {
        int first = book.headerRowOf(NAME) + 1 + lines(report).size() + 2; // data rows, a blank row, "Settings"
        int asOf = first;
        int sla = first + 1;
        int holidays = first + 2;
        int n = report == null ? 0 : report.settings().holidays().size();
        String h = n == 0 ? null : SheetRefs.absolute(NAME, VALUE.index(), holidays + 1) + ":$" + VALUE.letter() + "$" + (holidays + n);
        return new DisputeColumns.Refs(SheetRefs.absolute(NAME, VALUE.index(), asOf + 1),
                SheetRefs.absolute(NAME, VALUE.index(), sla + 1), h);
    }

    private static List<Line> lines(DisputeLogReport report) {
        if (report == null) {
            return List.of();
        }
        List<DisputeCase> all = new ArrayList<>();
        report.active().forEach(r -> all.add(r.c()));
        report.closed().forEach(r -> all.add(r.c()));
        TreeSet<String> currencies = new TreeSet<>();
        all.forEach(c -> currencies.add(c.currency() == null ? "" : c.currency()));
        // One currency (or none): no split, so a blank currency never needs a "" criterion.
        List<String> currencyList = currencies.size() <= 1 ? java.util.Collections.singletonList(null) : List.copyOf(currencies);
        String single = currencies.size() == 1 ? currencies.first() : null;
        List<Line> lines = new ArrayList<>();
        for (String v : values(report.settings().reasonCodes(), all, DisputeCase::reasonCode)) {
            for (String c : currencyList) {
                lines.add(new Line(BY_REASON, v, c, c == null ? single : c));
            }
        }
        for (String v : values(List.of(), all, DisputeCase::rootCause)) {
            for (String c : currencyList) {
                lines.add(new Line(BY_ROOT_CAUSE, v, c, c == null ? single : c));
            }
        }
        return lines;
    }

    /** The listed values, then any other found on the cases (compared as COUNTIFS does: ignoring case), then blank. */
    private static List<String> values(List<String> listed, List<DisputeCase> cases, Function<DisputeCase, String> field) {
        Map<String, String> byLower = new LinkedHashMap<>();
        listed.forEach(v -> byLower.putIfAbsent(v.toLowerCase(Locale.ROOT), v));
        boolean blank = false;
        for (DisputeCase c : cases) {
            String v = field.apply(c);
            if (v == null) {
                blank = true;
            } else {
                byLower.putIfAbsent(v.toLowerCase(Locale.ROOT), v);
            }
        }
        List<String> out = new ArrayList<>(byLower.values());
        if (blank) {
            out.add(null);
        }
        return out;
    }

    void write(DisputeLogReport report, SheetTable.Part active, SheetTable.Part closed) {
        DisputeColumns.Refs refs = refs(report);
        for (Line l : lines(report)) {
            ColumnSchema.Handle by = BY_REASON.equals(l.group()) ? DisputeColumns.REASON_CODE : DisputeColumns.ROOT_CAUSE;
            Function<DisputeCase, String> field = BY_REASON.equals(l.group()) ? DisputeCase::reasonCode : DisputeCase::rootCause;
            String a = criteria(active, by, l);
            String c = criteria(closed, by, l);
            List<DisputeLogReport.Row> openRows = report.active().stream().filter(r -> matches(r.c(), field, l)).toList();
            List<DisputeLogReport.Row> closedRows = report.closed().stream().filter(r -> matches(r.c(), field, l)).toList();
            BigDecimal amount = openRows.stream().map(r -> r.c().amount()).filter(java.util.Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            List<Long> days = closedRows.stream().map(DisputeLogReport.Row::businessDays).filter(java.util.Objects::nonNull).toList();
            SheetTable.RowWriter w = table.row();
            w.text(GROUP.index(), l.group()).text(VALUE.index(), l.value() == null ? BLANK : l.value())
                    .text(CURRENCY.index(), l.shown())
                    .formula(OPEN.index(), count(active, by, l, ""), openRows.size())
                    .formula(AMOUNT.index(), "SUMIFS(" + range(active, DisputeColumns.AMOUNT) + "," + a + ")", amount.doubleValue())
                    .formula(BREACHED.index(), count(active, by, l, "," + range(active, DisputeColumns.BREACHED) + ",\"Yes\""),
                            openRows.stream().filter(DisputeLogReport.Row::breached).count())
                    .formula(CLOSED.index(), count(closed, by, l, ""), closedRows.size());
            String avg = "IFERROR(AVERAGEIFS(" + range(closed, DisputeColumns.BUSINESS_DAYS) + "," + c + "),\"\")";
            if (days.isEmpty()) {
                w.formula(AVG_DAYS.index(), avg, "");
            } else {
                w.formula(AVG_DAYS.index(), avg, BigDecimal.valueOf(days.stream().mapToLong(Long::longValue).sum())
                        .divide(BigDecimal.valueOf(days.size()), 10, RoundingMode.HALF_UP).doubleValue());
            }
        }
        table.footerRow();
        table.footerRow().text(GROUP.index(), "Settings the business-day formulas use");
        LocalDate asOf = report == null ? null : report.asOf();
        SheetTable.RowWriter as = table.footerRow().text(GROUP.index(), "As-of date");
        if (asOf != null) {
            as.date(VALUE.index(), asOf).style(VALUE.index(), StyleRole.DATE);
        }
        SheetTable.RowWriter sla = table.footerRow().text(GROUP.index(), "SLA business days");
        if (report != null) {
            sla.number(VALUE.index(), report.settings().slaBusinessDays()).style(VALUE.index(), StyleRole.INTEGER);
            List<LocalDate> holidays = report.settings().sortedHolidays();
            if (holidays.isEmpty()) {
                table.footerRow().text(GROUP.index(), "Holidays").text(VALUE.index(), "none (weekends only)");
            }
            for (int i = 0; i < holidays.size(); i++) {
                table.footerRow().text(GROUP.index(), i == 0 ? "Holidays" : null).date(VALUE.index(), holidays.get(i))
                        .style(VALUE.index(), StyleRole.DATE);
            }
        }
        table.finish();
        if (report != null && !refs.asOf().equals(SheetRefs.absolute(NAME, VALUE.index(), as.rowIndex() + 1))) {
            throw new IllegalStateException("the dispute settings moved: " + refs + " vs row " + as.rowIndex());
        }
    }

    private static boolean matches(DisputeCase c, Function<DisputeCase, String> field, Line l) {
        String v = field.apply(c);
        boolean value = l.value() == null ? v == null : v != null && v.equalsIgnoreCase(l.value());
        return value && (l.currency() == null || l.currency().equalsIgnoreCase(c.currency() == null ? "" : c.currency()));
    }

    /** The criteria pairs of a line: the value ("" for blank cells), and the currency when the summary splits by it. */
    private static String criteria(SheetTable.Part p, ColumnSchema.Handle by, Line l) {
        return range(p, by) + "," + (l.value() == null ? "\"\"" : SheetRefs.exactCriterion(l.value())) + currency(p, l);
    }

    private static String currency(SheetTable.Part p, Line l) {
        return l.currency() == null ? "" : "," + range(p, DisputeColumns.CURRENCY) + ","
                + (l.currency().isEmpty() ? "\"\"" : SheetRefs.exactCriterion(l.currency()));
    }

    /**
     * COUNTIFS of a line ({@code extra}: more criteria pairs, each starting with a comma). Blank cells are counted as
     * all cases of the currency less those with a value ("<>"): LibreOffice's COUNTIFS does not match empty cells with "".
     */
    private static String count(SheetTable.Part p, ColumnSchema.Handle by, Line l, String extra) {
        if (l.value() != null) {
            return "COUNTIFS(" + criteria(p, by, l) + extra + ")";
        }
        String rest = currency(p, l) + extra;
        // The range starts at the header row, which is never blank: ROWS(range) − non-blank = blank data cells.
        return (rest.isEmpty() ? "ROWS(" + range(p, by) + ")" : "COUNTIFS(" + rest.substring(1) + ")")
                + "-COUNTIFS(" + range(p, by) + ",\"<>\"" + rest + ")";
    }

    private static String range(SheetTable.Part p, ColumnSchema.Handle column) {
        return DisputeColumns.range(p.sheetName(), column, p.headerRow(), p.lastRow());
    }
}
