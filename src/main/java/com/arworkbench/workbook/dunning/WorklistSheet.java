package com.arworkbench.workbook.dunning;

import com.arworkbench.dunning.DunningParameters;
import com.arworkbench.dunning.DunningReport;
import com.arworkbench.dunning.Notice;
import com.arworkbench.kpi.CurrencyKpis;
import com.arworkbench.kpi.CustomerForecast;
import com.arworkbench.kpi.CustomerKpis;
import com.arworkbench.kpi.KpiReport;
import com.arworkbench.model.ContactEntry;
import com.arworkbench.model.Customer;
import com.arworkbench.model.PreviousWorklist;
import com.arworkbench.model.CustomerProfile;
import com.arworkbench.model.WorklistSheets;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyleRole;
import com.arworkbench.workbook.StyledWorkbook;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Worklist: one row per notice in rank order, then a total row per currency. Status, Promise date,
 * Promise amount and Notes are the collectors' (a fresh worklist starts Open); the next run reads them back.
 */
final class WorklistSheet {

    static final String NAME = WorklistSheets.WORKLIST;

    private final StyledWorkbook book;
    private final WorklistColumns wl;
    private final SheetTable table;

    /** Declares the sheet: before the book streams; {@code forecastWeeks} > 0 adds the forecast's columns. */
    WorklistSheet(StyledWorkbook book, DunningParameters p, int forecastWeeks) {
        this.book = book;
        this.wl = new WorklistColumns(p, forecastWeeks);
        this.table = book.table(NAME, wl.schema.columns(), 4);
    }

    WorklistColumns columns() {
        return wl;
    }

    /**
     * Writes the notices and the total rows; returns the 0-based total row per currency. {@code kpis}: the pack's KPI
     * report when the sheet has the forecast columns (its customers are matched on the export's customer and the
     * currency), else null.
     */
    Map<String, Integer> write(DunningReport report, KpiReport kpis) {
        if (wl.hasForecast() && kpis == null) {
            throw new IllegalStateException("the Worklist has forecast columns but no KPI report was given");
        }
        Map<String, CustomerForecast> forecasts = forecasts(kpis);
        Map<String, ContactEntry> lastContacts = MemoryChecks.latestByAccount(report.memory().contactLog());
        List<Notice> notices = report.notices();
        int firstRow = table.nextRowIndex();
        int lastRow = firstRow + notices.size() - 1;
        notices.forEach(n -> notice(n, forecasts, lastContacts, report.memory().promiseFlags()));
        Map<String, Integer> totalRowOf = new LinkedHashMap<>();
        Set<String> currencies = new LinkedHashSet<>();
        report.currencies().keySet().forEach(currencies::add);
        notices.forEach(n -> currencies.add(n.currency()));
        currencies.removeIf(c -> notices.stream().noneMatch(n -> n.currency().equals(c)));
        boolean single = currencies.size() <= 1;
        if (!notices.isEmpty()) {
            table.footerRow(); // the blank row between the notices and the totals
        }
        for (String c : currencies) {
            List<Notice> of = notices.stream().filter(n -> n.currency().equals(c)).toList();
            SheetTable.RowWriter w = table.footerRow();
            totalRowOf.put(c, w.rowIndex());
            w.text(wl.rank.index(), "Total" + (c.isEmpty() ? "" : " " + c)).text(wl.currency.index(), c);
            for (ColumnSchema.Handle h : List.of(wl.rank, wl.score, wl.id, wl.name, wl.currency, wl.level, wl.levelName,
                    wl.previousLevel, wl.oldestDue, wl.maxDaysPastDue)) {
                w.style(h.index(), StyleRole.TOTAL_LABEL);
            }
            for (Map.Entry<ColumnSchema.Handle, Function<Notice, BigDecimal>> e : wl.totalled().entrySet()) {
                ColumnSchema.Handle h = e.getKey();
                BigDecimal cached = of.stream().map(e.getValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
                w.formula(h.index(), footerSum(h, c, single, firstRow, lastRow), cached.doubleValue())
                        .style(h.index(), StyleRole.TOTAL_AMOUNT);
            }
            w.formula(wl.items.index(), footerSum(wl.items, c, single, firstRow, lastRow),
                    of.stream().mapToLong(n -> n.items().size()).sum()).style(wl.items.index(), StyleRole.TOTAL_LABEL);
        }
        table.finish();
        if (!notices.isEmpty()) {
            Sheet sheet = book.sheet(NAME);
            highlight(sheet, firstRow, lastRow);
            CollectorColumns.validatePromise(sheet, firstRow, lastRow, wl.status, wl.promiseDate, wl.promiseAmount);
        }
        return totalRowOf;
    }

    /** Each customer's forecast per export customer key and currency, as the KPI engine keeps them. */
    private Map<String, CustomerForecast> forecasts(KpiReport kpis) {
        Map<String, CustomerForecast> m = new HashMap<>();
        if (kpis != null && wl.hasForecast()) {
            for (CurrencyKpis c : kpis.currencies().values()) {
                for (CustomerKpis k : c.customers()) {
                    if (k.forecast() != null) {
                        m.put(forecastKey(k.customer(), k.currency()), k.forecast());
                    }
                }
            }
        }
        return m;
    }

    private static String forecastKey(Customer customer, String currency) {
        return customer.key() + "\u0000" + (currency == null ? "" : currency);
    }

    /**
     * The notice's customer as the forecast knows it: the export's (the KPI engine groups by it), which the worklist
     * may show with the master's ID instead.
     */
    private static Customer exportCustomer(Notice n) {
        return n.items().isEmpty() ? n.customer() : n.items().get(0).item().customer();
    }

    private void notice(Notice n, Map<String, CustomerForecast> forecasts, Map<String, ContactEntry> lastContacts,
                        Map<String, String> promiseFlags) {
        String account = PreviousWorklist.customerKey(n.customer(), n.currency());
        SheetTable.RowWriter w = table.row();
        int excel = w.rowIndex() + 1;
        CustomerProfile profile = n.profile();
        w.number(wl.rank.index(), n.rank()).number(wl.score.index(), n.score().longValue())
                .text(wl.id.index(), n.customer().id()).text(wl.name.index(), n.customer().displayName())
                .text(wl.currency.index(), n.currency()).number(wl.level.index(), n.level())
                .text(wl.levelName.index(), n.levelName());
        if (n.previous() != null) {
            w.number(wl.previousLevel.index(), n.previousLevel());
        }
        w.amount(wl.overdue.index(), n.overdue());
        for (int b = 0; b < wl.buckets.size(); b++) {
            w.amount(wl.buckets.get(b).index(), WorklistColumns.inBucket(n, b));
        }
        w.amount(wl.interest.index(), n.interest()).amount(wl.fee.index(), n.fee());
        w.formula(wl.amountDue.index(), wl.overdue.letter() + excel + "+" + wl.interest.letter() + excel + "+"
                + wl.fee.letter() + excel, n.amountDue().doubleValue());
        w.date(wl.oldestDue.index(), n.oldestDue()).number(wl.maxDaysPastDue.index(), n.maxDaysPastDue())
                .number(wl.items.index(), n.items().size()).amount(wl.openBalance.index(), n.openBalance());
        if (profile != null) {
            w.text(wl.contact.index(), profile.contactName()).text(wl.email.index(), profile.email())
                    .text(wl.phone.index(), profile.phone()).text(wl.collector.index(), profile.collector())
                    .amount(wl.creditLimit.index(), profile.creditLimit());
        }
        w.text(wl.language.index(), LettersSheet.language(n));
        w.text(wl.overLimit.index(), n.overCreditLimit() ? CollectorColumns.YES : null)
                .text(wl.broken.index(), n.brokenPromise() ? promiseFlags.getOrDefault(account, CollectorColumns.YES) : null);
        if (wl.hasForecast()) {
            CustomerForecast f = forecasts.get(forecastKey(exportCustomer(n), n.currency()));
            if (f != null) {
                // Nothing expected within the horizon: the date, amount and probability stay blank, never a guess.
                w.date(wl.nextPayment.index(), f.nextDate()).amount(wl.expectedAmount.index(), f.nextAmount())
                        .amount(wl.probability.index(), f.nextProbability())
                        .amount(wl.expectedInHorizon.index(), f.expectedInHorizon());
            }
        }
        w.text(wl.lastAction.index(), LastAction.of(n.previous(), n.previous() == null ? null : n.previous().lastNoticeDate(),
                lastContacts.get(account)));
        // The collectors' columns: a fresh worklist starts Open; date and amount cells are pre-formatted.
        w.text(wl.status.index(), WorklistSheets.STATUSES[0]).style(wl.promiseDate.index(), StyleRole.DATE)
                .style(wl.promiseAmount.index(), StyleRole.AMOUNT).style(wl.notes.index(), StyleRole.TEXT);
    }

    private String footerSum(ColumnSchema.Handle column, String currency, boolean single, int firstRow, int lastRow) {
        String range = column.letter() + "$" + (firstRow + 1) + ":" + column.letter() + "$" + (lastRow + 1);
        return single ? "SUM(" + range + ")"
                : "SUMIF($" + wl.currency.letter() + "$" + (firstRow + 1) + ":$" + wl.currency.letter() + "$" + (lastRow + 1)
                        + ",\"" + currency + "\"," + range + ")";
    }

    /** Escalated notices light orange on Level and Level name; a broken promise colours the whole row. */
    private void highlight(Sheet sheet, int firstRow, int lastRow) {
        int excel = firstRow + 1;
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule escalated = cf.createConditionalFormattingRule(
                "AND(ISNUMBER($" + wl.previousLevel.letter() + excel + "),$" + wl.level.letter() + excel + ">$"
                        + wl.previousLevel.letter() + excel + ")");
        escalated.createPatternFormatting().setFillBackgroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
        escalated.getPatternFormatting().setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        escalated.createFontFormatting().setFontStyle(false, true);
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(firstRow, lastRow, wl.level.index(),
                wl.levelName.index())}, escalated);
        ConditionalFormattingRule broken = cf.createConditionalFormattingRule("LEN($" + wl.broken.letter() + excel + ")>0");
        broken.createPatternFormatting().setFillBackgroundColor(IndexedColors.ROSE.getIndex());
        broken.getPatternFormatting().setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        broken.createFontFormatting().setFontColorIndex(IndexedColors.DARK_RED.getIndex());
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(firstRow, lastRow, wl.rank.index(),
                wl.notes.index())}, broken);
    }
}
