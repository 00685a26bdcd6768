package com.arworkbench.workbook;

import static com.arworkbench.model.WorklistSheets.CURRENCY;
import static com.arworkbench.model.WorklistSheets.CUSTOMER_ID;
import static com.arworkbench.model.WorklistSheets.CUSTOMER_NAME;
import static com.arworkbench.model.WorklistSheets.DISPUTE;
import static com.arworkbench.model.WorklistSheets.DISPUTE_REASON;
import static com.arworkbench.model.WorklistSheets.DOCUMENT;
import static com.arworkbench.model.WorklistSheets.ITEM_NOTES;
import static com.arworkbench.model.WorklistSheets.LAST_ACTION;
import static com.arworkbench.model.WorklistSheets.LEVEL;
import static com.arworkbench.model.WorklistSheets.NOTES;
import static com.arworkbench.model.WorklistSheets.OPEN_BALANCE;
import static com.arworkbench.model.WorklistSheets.PROMISE_AMOUNT;
import static com.arworkbench.model.WorklistSheets.PROMISE_DATE;
import static com.arworkbench.model.WorklistSheets.STATUS;

import com.arworkbench.aging.AgingBucket;
import com.arworkbench.dunning.CurrencySummary;
import com.arworkbench.dunning.DunnedItem;
import com.arworkbench.dunning.DunningLevel;
import com.arworkbench.dunning.DunningParameters;
import com.arworkbench.dunning.DunningPolicy;
import com.arworkbench.dunning.DunningReport;
import com.arworkbench.dunning.ExcludedItem;
import com.arworkbench.dunning.Exclusion;
import com.arworkbench.dunning.Letter;
import com.arworkbench.dunning.Notice;
import com.arworkbench.model.CustomerProfile;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.PreviousWorklist;
import com.arworkbench.model.RejectedRow;
import com.arworkbench.model.WorklistSheets;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * Writes the dunning workbook from {@code dunning.xlsx}: Exceptions stream while the file is read;
 * Worklist, Items, Letters, Excluded, Top 10, Checks and About are written at the end from the
 * report. Worklist, Items and Excluded carry the collectors' editable columns with the headers of
 * {@link WorklistSheets}: the next run reads them back.
 */
public final class DunningWorkbookWriter implements AutoCloseable {

    public static final String TEMPLATE = "dunning.xlsx";
    public static final String WORKLIST = WorklistSheets.WORKLIST;
    public static final String ITEMS = WorklistSheets.ITEMS;
    public static final String LETTERS = "Letters";
    public static final String EXCLUDED = WorklistSheets.EXCLUDED;
    public static final String TOP_10 = "Top 10";
    static final String YES = "Yes";
    private static final String[] YES_NO = {"Yes", "No"};
    private static final int TOP = 10;
    private static final int LETTER_BODY_WIDTH = 80;

    /** Items: one row per dunned item. Columns declared once; writes and formulas use the handles. */
    private static final ColumnSchema ITEM_SCHEMA = new ColumnSchema();
    private static final ColumnSchema.Handle I_ID = ITEM_SCHEMA.text(CUSTOMER_ID);
    private static final ColumnSchema.Handle I_NAME = ITEM_SCHEMA.text(CUSTOMER_NAME);
    private static final ColumnSchema.Handle I_CURRENCY = ITEM_SCHEMA.text(CURRENCY);
    private static final ColumnSchema.Handle I_DOCUMENT = ITEM_SCHEMA.text(DOCUMENT);
    private static final ColumnSchema.Handle I_TYPE = ITEM_SCHEMA.text("Type");
    private static final ColumnSchema.Handle I_DOCUMENT_DATE = ITEM_SCHEMA.date("Document date");
    private static final ColumnSchema.Handle I_DUE_DATE = ITEM_SCHEMA.date("Due date");
    private static final ColumnSchema.Handle I_DAYS_PAST_DUE = ITEM_SCHEMA.integer("Days past due");
    private static final ColumnSchema.Handle I_ITEM_LEVEL = ITEM_SCHEMA.integer("Item level");
    private static final ColumnSchema.Handle I_NOTICE_LEVEL = ITEM_SCHEMA.integer("Notice level");
    private static final ColumnSchema.Handle I_AMOUNT = ITEM_SCHEMA.amount("Amount");
    private static final ColumnSchema.Handle I_INTEREST = ITEM_SCHEMA.amount("Interest");
    private static final ColumnSchema.Handle I_SOURCE = ITEM_SCHEMA.integer("Source row");
    private static final DisputeColumns I_DISPUTE = new DisputeColumns(ITEM_SCHEMA.text(DISPUTE),
            ITEM_SCHEMA.text(DISPUTE_REASON), ITEM_SCHEMA.text(ITEM_NOTES));

    /** Excluded: overdue items not dunned, with the customer's promise and notes carried from last time. */
    private static final ColumnSchema EXCLUDED_SCHEMA = new ColumnSchema();
    private static final ColumnSchema.Handle X_ID = EXCLUDED_SCHEMA.text(CUSTOMER_ID);
    private static final ColumnSchema.Handle X_NAME = EXCLUDED_SCHEMA.text(CUSTOMER_NAME);
    private static final ColumnSchema.Handle X_CURRENCY = EXCLUDED_SCHEMA.text(CURRENCY);
    private static final ColumnSchema.Handle X_DOCUMENT = EXCLUDED_SCHEMA.text(DOCUMENT);
    private static final ColumnSchema.Handle X_DUE_DATE = EXCLUDED_SCHEMA.date("Due date");
    private static final ColumnSchema.Handle X_DAYS_PAST_DUE = EXCLUDED_SCHEMA.integer("Days past due");
    private static final ColumnSchema.Handle X_AMOUNT = EXCLUDED_SCHEMA.amount("Amount");
    private static final ColumnSchema.Handle X_RULE = EXCLUDED_SCHEMA.text("Rule");
    private static final ColumnSchema.Handle X_REASON = EXCLUDED_SCHEMA.text("Reason");
    private static final ColumnSchema.Handle X_SOURCE = EXCLUDED_SCHEMA.integer("Source row");
    private static final ColumnSchema.Handle X_STATUS = EXCLUDED_SCHEMA.text(STATUS);
    private static final ColumnSchema.Handle X_PROMISE_DATE = EXCLUDED_SCHEMA.date(PROMISE_DATE);
    private static final ColumnSchema.Handle X_PROMISE_AMOUNT = EXCLUDED_SCHEMA.amount(PROMISE_AMOUNT);
    private static final ColumnSchema.Handle X_NOTES = EXCLUDED_SCHEMA.text(NOTES);
    private static final ColumnSchema.Handle X_OPEN_BALANCE = EXCLUDED_SCHEMA.amount(OPEN_BALANCE);
    private static final ColumnSchema.Handle X_LAST_NOTICE_LEVEL = EXCLUDED_SCHEMA.integer(WorklistSheets.LAST_NOTICE_LEVEL);
    private static final ColumnSchema.Handle X_LAST_NOTICE_DATE = EXCLUDED_SCHEMA.date(WorklistSheets.LAST_NOTICE_DATE);
    private static final DisputeColumns X_DISPUTE = new DisputeColumns(EXCLUDED_SCHEMA.text(DISPUTE),
            EXCLUDED_SCHEMA.text(DISPUTE_REASON), EXCLUDED_SCHEMA.text(ITEM_NOTES));

    /** Letters: one row per notice. */
    private static final ColumnSchema LETTER_SCHEMA = new ColumnSchema();
    private static final ColumnSchema.Handle L_RANK = LETTER_SCHEMA.integer("Rank");
    private static final ColumnSchema.Handle L_ID = LETTER_SCHEMA.text(CUSTOMER_ID);
    private static final ColumnSchema.Handle L_NAME = LETTER_SCHEMA.text(CUSTOMER_NAME);
    private static final ColumnSchema.Handle L_LANGUAGE = LETTER_SCHEMA.text("Language");
    private static final ColumnSchema.Handle L_TO = LETTER_SCHEMA.text("To");
    private static final ColumnSchema.Handle L_CC = LETTER_SCHEMA.text("Cc");
    private static final ColumnSchema.Handle L_SUBJECT = LETTER_SCHEMA.text("Subject");
    private static final ColumnSchema.Handle L_BODY = LETTER_SCHEMA.text("Body");
    private static final ColumnSchema.Handle L_LEVEL = LETTER_SCHEMA.integer(LEVEL);
    private static final ColumnSchema.Handle L_AMOUNT_DUE = LETTER_SCHEMA.amount("Amount due");
    private static final ColumnSchema.Handle L_CURRENCY = LETTER_SCHEMA.text(CURRENCY);

    /** Top 10: the most overdue customers, dunned or not. */
    private static final ColumnSchema TOP_SCHEMA = new ColumnSchema();
    private static final ColumnSchema.Handle T_RANK = TOP_SCHEMA.integer("Rank");
    private static final ColumnSchema.Handle T_ID = TOP_SCHEMA.text(CUSTOMER_ID);
    private static final ColumnSchema.Handle T_NAME = TOP_SCHEMA.text(CUSTOMER_NAME);
    private static final ColumnSchema.Handle T_CURRENCY = TOP_SCHEMA.text(CURRENCY);
    private static final ColumnSchema.Handle T_OVERDUE = TOP_SCHEMA.amount("Overdue");
    private static final ColumnSchema.Handle T_DUNNED = TOP_SCHEMA.amount("of which dunned");
    private static final ColumnSchema.Handle T_EXCLUDED = TOP_SCHEMA.amount("of which excluded");
    private static final ColumnSchema.Handle T_WHAT = TOP_SCHEMA.text("Level / rule");

    /** Dispute, Dispute reason and Item notes: the collectors' per-item columns on Items and Excluded. */
    private record DisputeColumns(ColumnSchema.Handle dispute, ColumnSchema.Handle reason, ColumnSchema.Handle notes) {
    }

    /**
     * The Worklist's columns, declared once from the parameters: fixed ones first, then one per overdue
     * bucket, then the rest. The writer, its validations, conditional formats and formulas use the handles.
     */
    private static final class WorklistColumns {
        final ColumnSchema schema = new ColumnSchema();
        final ColumnSchema.Handle rank = schema.integer("Rank");
        final ColumnSchema.Handle score = schema.integer("Score");
        final ColumnSchema.Handle id = schema.text(CUSTOMER_ID);
        final ColumnSchema.Handle name = schema.text(CUSTOMER_NAME);
        final ColumnSchema.Handle currency = schema.text(CURRENCY);
        final ColumnSchema.Handle level = schema.integer(LEVEL);
        final ColumnSchema.Handle levelName = schema.text("Level name");
        final ColumnSchema.Handle previousLevel = schema.integer("Previous level");
        final ColumnSchema.Handle overdue = schema.amount("Overdue");
        /** One per overdue bucket, in the parameters' order (Current is left out: nothing overdue is current). */
        final List<ColumnSchema.Handle> buckets;
        final ColumnSchema.Handle interest;
        final ColumnSchema.Handle fee;
        final ColumnSchema.Handle amountDue;
        final ColumnSchema.Handle oldestDue;
        final ColumnSchema.Handle maxDaysPastDue;
        final ColumnSchema.Handle items;
        final ColumnSchema.Handle openBalance;
        final ColumnSchema.Handle contact;
        final ColumnSchema.Handle email;
        final ColumnSchema.Handle phone;
        final ColumnSchema.Handle language;
        final ColumnSchema.Handle collector;
        final ColumnSchema.Handle creditLimit;
        final ColumnSchema.Handle overLimit;
        final ColumnSchema.Handle broken;
        final ColumnSchema.Handle lastAction;
        final ColumnSchema.Handle status;
        final ColumnSchema.Handle promiseDate;
        final ColumnSchema.Handle promiseAmount;
        final ColumnSchema.Handle notes;

        WorklistColumns(DunningParameters p) {
            List<ColumnSchema.Handle> b = new ArrayList<>();
            for (AgingBucket bucket : p.buckets().buckets()) {
                if (!bucket.isCurrent()) {
                    b.add(schema.amount(bucket.label()));
                }
            }
            this.buckets = List.copyOf(b);
            this.interest = schema.amount("Interest");
            this.fee = schema.amount("Fee");
            this.amountDue = schema.amount("Amount due");
            this.oldestDue = schema.date("Oldest due date");
            this.maxDaysPastDue = schema.integer("Max days past due");
            this.items = schema.integer("Items");
            this.openBalance = schema.amount(OPEN_BALANCE);
            this.contact = schema.text("Contact");
            this.email = schema.text("E-mail");
            this.phone = schema.text("Phone");
            this.language = schema.text("Language");
            this.collector = schema.text("Collector");
            this.creditLimit = schema.amount("Credit limit");
            this.overLimit = schema.text("Over credit limit");
            this.broken = schema.text("Broken promise");
            this.lastAction = schema.text(LAST_ACTION);
            this.status = schema.text(STATUS);
            this.promiseDate = schema.date(PROMISE_DATE);
            this.promiseAmount = schema.amount(PROMISE_AMOUNT);
            this.notes = schema.text(NOTES);
        }

        /** The amount columns the per-currency total rows sum, each with the notice's value it sums. */
        Map<ColumnSchema.Handle, Function<Notice, BigDecimal>> totalled() {
            Map<ColumnSchema.Handle, Function<Notice, BigDecimal>> m = new LinkedHashMap<>();
            m.put(overdue, Notice::overdue);
            for (int i = 0; i < buckets.size(); i++) {
                final int b = i;
                m.put(buckets.get(i), n -> b < n.overdueByBucket().size() ? n.overdueByBucket().get(b) : BigDecimal.ZERO);
            }
            m.put(interest, Notice::interest);
            m.put(fee, Notice::fee);
            m.put(amountDue, Notice::amountDue);
            return m;
        }
    }

    private final WorklistColumns wl;

    private final StyledWorkbook book;
    private final DunningParameters parameters;
    private final SheetTable worklist;
    private final SheetTable items;
    private final SheetTable letters;
    private final SheetTable excluded;
    private final SheetTable top;
    private final ExceptionsSheet exceptions;
    /** Checks and About belong to the workbook when it is the dunning workbook; null when dunning is a section of a pack. */
    private final ChecksSheet checks;
    private final AboutSheet about;
    private final CellStyle wrapTop;
    private final Map<Short, CellStyle> topAligned = new HashMap<>();
    private PreviousWorklist previous = PreviousWorklist.none();

    public DunningWorkbookWriter(WorkbookTemplate template, DunningParameters p, List<String> sourceHeaders) {
        this(filled(template, p), p, sourceHeaders);
    }

    private DunningWorkbookWriter(StyledWorkbook book, DunningParameters p, List<String> sourceHeaders) {
        this(book, new ExceptionsSheet(book, sourceHeaders), p, true);
        book.startStreaming();
    }

    /**
     * Dunning as a section of a larger workbook (the month-end pack): the book, its Exceptions sheet,
     * Checks and About are the caller's, and so are the template's placeholders (see
     * {@link #placeholders}). The sheets keep their names. Declare before the book streams.
     */
    public DunningWorkbookWriter(StyledWorkbook book, ExceptionsSheet exceptions, DunningParameters p) {
        this(book, exceptions, p, false);
    }

    private DunningWorkbookWriter(StyledWorkbook book, ExceptionsSheet exceptions, DunningParameters p, boolean ownsBook) {
        this.parameters = p;
        this.wl = new WorklistColumns(p);
        this.book = book;
        this.worklist = book.table(WORKLIST, wl.schema.columns(), 4);
        this.items = book.table(ITEMS, ITEM_SCHEMA.columns(), 2);
        this.letters = book.table(LETTERS, LETTER_SCHEMA.columns(), 3);
        this.excluded = book.table(EXCLUDED, EXCLUDED_SCHEMA.columns(), 2);
        this.top = book.table(TOP_10, TOP_SCHEMA.columns(), 3);
        this.exceptions = exceptions;
        this.checks = ownsBook ? new ChecksSheet(book) : null;
        this.about = ownsBook ? new AboutSheet(book) : null;
        this.wrapTop = book.template().workbook().createCellStyle();
        wrapTop.cloneStyleFrom(book.style(StyleRole.TEXT));
        wrapTop.setVerticalAlignment(VerticalAlignment.TOP);
        wrapTop.setWrapText(true);
    }

    /**
     * The template placeholders the dunning sheets carry and the writer knows ({@code asOf},
     * {@code policy}); the job fills the rest (sourceFile, profile, version, generatedAt). A pack
     * fills them together with the other sections' own.
     */
    public static Map<String, String> placeholders(DunningParameters p) {
        return Map.of("asOf", p.asOf().toString(), "policy", p.policy().name());
    }

    private static StyledWorkbook filled(WorkbookTemplate template, DunningParameters p) {
        template.fill(placeholders(p));
        return new StyledWorkbook(template);
    }

    /**
     * The worklist this run carried over (optional): its as-of date dates the Last action column
     * ("Level 2 on 2026-05-31") and its name goes on About.
     */
    public void previousWorklist(PreviousWorklist previous) {
        this.previous = previous == null ? PreviousWorklist.none() : previous;
    }

    /** A source row the ingest could not use: listed on Exceptions while the file is read. */
    public void notUsed(RejectedRow row) {
        exceptions.add(row);
    }

    /** A row of another input (the customer master) that could not be used: listed, but not counted as an export row. */
    public void notUsedFromOtherFile(RejectedRow row, String fileName) {
        exceptions.addFromOtherFile(row, fileName);
    }

    /** Writes the remaining sheets and the file; returns the master check text. */
    public String finish(DunningReport report, RowTieOut tieOut, List<Map.Entry<String, Object>> provenance,
                         OutputStream out) throws IOException {
        List<SheetTable.Part> exceptionParts = exceptions.finish();
        String master = checks.write(writeSheets(report, tieOut, exceptionParts));
        about.write(aboutEntries(report, provenance, master));
        book.write(out);
        return master;
    }

    /**
     * Writes Worklist, Items, Letters, Excluded and Top 10; returns the dunning checks.
     * {@code exceptionParts} are the finished Exceptions sheet, whose numbered rows count as rows of
     * the export (rows of other inputs, listed by any section, are text and not counted).
     */
    public List<Check> writeSheets(DunningReport report, RowTieOut tieOut, List<SheetTable.Part> exceptionParts) {
        Map<String, Integer> totalRows = writeWorklist(report);
        List<SheetTable.Part> itemParts = writeItems(report);
        writeLetters(report);
        List<SheetTable.Part> excludedParts = writeExcluded(report);
        writeTop10(report);
        return checks(report, tieOut, totalRows, itemParts, excludedParts, exceptionParts);
    }

    // ---------------------------------------------------------------- Worklist

    /** One row per notice in rank order, then a total row per currency. Returns the 0-based total row per currency. */
    private Map<String, Integer> writeWorklist(DunningReport report) {
        List<Notice> notices = report.notices();
        int firstRow = worklist.nextRowIndex();
        int lastRow = firstRow + notices.size() - 1;
        for (Notice n : notices) {
            SheetTable.RowWriter w = worklist.row();
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
                w.amount(wl.buckets.get(b).index(),
                        b < n.overdueByBucket().size() ? n.overdueByBucket().get(b) : BigDecimal.ZERO);
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
            w.text(wl.language.index(), language(n));
            w.text(wl.overLimit.index(), n.overCreditLimit() ? YES : null).text(wl.broken.index(), n.brokenPromise() ? YES : null);
            w.text(wl.lastAction.index(), lastAction(n.previous(), n.previous() == null ? null : n.previous().lastNoticeDate()));
            // The collectors' columns: a fresh worklist starts Open; date and amount cells are pre-formatted.
            w.text(wl.status.index(), WorklistSheets.STATUSES[0]).style(wl.promiseDate.index(), StyleRole.DATE)
                    .style(wl.promiseAmount.index(), StyleRole.AMOUNT).style(wl.notes.index(), StyleRole.TEXT);
        }
        Map<String, Integer> totalRowOf = new LinkedHashMap<>();
        Set<String> currencies = new LinkedHashSet<>();
        report.currencies().keySet().forEach(currencies::add);
        notices.forEach(n -> currencies.add(n.currency()));
        currencies.removeIf(c -> notices.stream().noneMatch(n -> n.currency().equals(c)));
        boolean single = currencies.size() <= 1;
        if (!notices.isEmpty()) {
            worklist.footerRow(); // the blank row between the notices and the totals
        }
        for (String c : currencies) {
            List<Notice> of = notices.stream().filter(n -> n.currency().equals(c)).toList();
            SheetTable.RowWriter w = worklist.footerRow();
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
        worklist.finish();
        if (!notices.isEmpty()) {
            Sheet sheet = book.sheet(WORKLIST);
            highlightWorklist(sheet, firstRow, lastRow);
            listValidation(sheet, firstRow, lastRow, wl.status, WorklistSheets.STATUSES);
            dateValidation(sheet, firstRow, lastRow, wl.promiseDate);
            amountValidation(sheet, firstRow, lastRow, wl.promiseAmount);
        }
        return totalRowOf;
    }

    private String footerSum(ColumnSchema.Handle column, String currency, boolean single, int firstRow, int lastRow) {
        String range = column.letter() + "$" + (firstRow + 1) + ":" + column.letter() + "$" + (lastRow + 1);
        return single ? "SUM(" + range + ")"
                : "SUMIF($" + wl.currency.letter() + "$" + (firstRow + 1) + ":$" + wl.currency.letter() + "$" + (lastRow + 1)
                        + ",\"" + currency + "\"," + range + ")";
    }

    /** Escalated notices light orange on Level and Level name; a broken promise colours the whole row. */
    private void highlightWorklist(Sheet sheet, int firstRow, int lastRow) {
        int excel = firstRow + 1;
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule escalated = cf.createConditionalFormattingRule(
                "AND(ISNUMBER($" + wl.previousLevel.letter() + excel + "),$" + wl.level.letter() + excel + ">$"
                        + wl.previousLevel.letter() + excel + ")");
        escalated.createPatternFormatting().setFillBackgroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
        escalated.getPatternFormatting().setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        escalated.createFontFormatting().setFontStyle(false, true);
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(firstRow, lastRow, wl.level.index(), wl.levelName.index())},
                escalated);
        ConditionalFormattingRule broken = cf.createConditionalFormattingRule("$" + wl.broken.letter() + excel + "=\"" + YES + "\"");
        broken.createPatternFormatting().setFillBackgroundColor(IndexedColors.ROSE.getIndex());
        broken.getPatternFormatting().setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        broken.createFontFormatting().setFontColorIndex(IndexedColors.DARK_RED.getIndex());
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(firstRow, lastRow, wl.rank.index(), wl.notes.index())}, broken);
    }

    private static String language(Notice n) {
        if (n.letter() != null && n.letter().language() != null) {
            return n.letter().language();
        }
        return n.profile() == null ? null : n.profile().language();
    }

    /** "Level 2 on 2026-05-31 · Promised · promised 500.00 by 2026-06-15 · notes"; blank without a previous row. */
    static String lastAction(PreviousWorklist.CustomerState s, LocalDate previousAsOf) {
        if (s == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (s.level() > 0) {
            parts.add("Level " + s.level() + (previousAsOf == null ? "" : " on " + previousAsOf));
        }
        if (!blank(s.status())) {
            parts.add(s.status().strip());
        }
        if (s.promiseDate() != null) {
            parts.add("promised " + (s.promiseAmount() == null ? "" : money(s.promiseAmount()) + " ") + "by " + s.promiseDate());
        }
        if (!blank(s.notes())) {
            parts.add(s.notes().strip());
        }
        if (parts.isEmpty()) {
            return blank(s.lastAction()) ? null : s.lastAction().strip();
        }
        return String.join(" · ", parts);
    }

    // ---------------------------------------------------------------- Items

    private List<SheetTable.Part> writeItems(DunningReport report) {
        for (Notice n : report.notices()) {
            List<DunnedItem> sorted = new ArrayList<>(n.items());
            sorted.sort(Comparator.comparing((DunnedItem d) -> d.item().dueDate())
                    .thenComparingLong(d -> d.item().sourceRow()));
            for (DunnedItem d : sorted) {
                OpenItem i = d.item();
                SheetTable.RowWriter w = items.row();
                w.text(I_ID.index(), i.customer().id()).text(I_NAME.index(), i.customer().displayName())
                        .text(I_CURRENCY.index(), i.currency()).text(I_DOCUMENT.index(), i.documentNumber())
                        .text(I_TYPE.index(), i.type().label()).date(I_DOCUMENT_DATE.index(), i.documentDate())
                        .date(I_DUE_DATE.index(), i.dueDate()).number(I_DAYS_PAST_DUE.index(), d.daysPastDue())
                        .number(I_ITEM_LEVEL.index(), d.itemLevel()).number(I_NOTICE_LEVEL.index(), n.level())
                        .amount(I_AMOUNT.index(), i.openAmount()).amount(I_INTEREST.index(), d.interest())
                        .number(I_SOURCE.index(), i.sourceRow());
                disputeColumns(w, I_DISPUTE, i.dispute(), d.carried());
            }
        }
        List<SheetTable.Part> parts = items.finish();
        for (SheetTable.Part p : parts) {
            if (p.lastRow() > p.headerRow()) {
                listValidation(book.sheet(p.sheetName()), p.firstDataRow(), p.lastRow(), I_DISPUTE.dispute(), YES_NO);
            }
        }
        return parts;
    }

    /** Dispute (Yes or blank), Dispute reason and Item notes from the export's flag and what collectors noted last time. */
    private static void disputeColumns(SheetTable.RowWriter w, DisputeColumns columns, String exportDispute,
                                       PreviousWorklist.ItemState carried) {
        String dispute = exportDispute != null ? exportDispute : carried == null ? null : carried.dispute();
        String reason = carried != null && !blank(carried.disputeReason()) ? carried.disputeReason()
                : dispute != null && !"yes".equalsIgnoreCase(dispute) ? dispute : null;
        w.text(columns.dispute().index(), dispute == null ? null : YES).text(columns.reason().index(), reason)
                .text(columns.notes().index(), carried == null ? null : carried.notes());
    }

    // ---------------------------------------------------------------- Letters

    private void writeLetters(DunningReport report) {
        Sheet sheet = book.sheet(LETTERS);
        for (Notice n : report.notices()) {
            Letter l = n.letter();
            SheetTable.RowWriter w = letters.row();
            w.number(L_RANK.index(), n.rank()).text(L_ID.index(), n.customer().id())
                    .text(L_NAME.index(), n.customer().displayName()).text(L_LANGUAGE.index(), language(n));
            if (l != null) {
                w.text(L_TO.index(), l.to()).text(L_CC.index(), l.cc()).text(L_SUBJECT.index(), l.subject())
                        .text(L_BODY.index(), l.body());
            }
            w.number(L_LEVEL.index(), n.level()).amount(L_AMOUNT_DUE.index(), n.amountDue()).text(L_CURRENCY.index(), n.currency());
            Row row = sheet.getRow(w.rowIndex());
            for (Cell c : row) {
                c.setCellStyle(c.getColumnIndex() == L_BODY.index() ? wrapTop : topAligned(c.getCellStyle()));
            }
            row.setHeightInPoints(Math.min(409, 15 * Math.max(1, lines(l == null ? "" : l.body()))));
        }
        letters.finish();
        sheet.setColumnWidth(L_BODY.index(), (LETTER_BODY_WIDTH + 2) * 256);
    }

    /** Lines the body takes when wrapped at the column's width. */
    private static int lines(String body) {
        int n = 0;
        for (String line : body.split("\n", -1)) {
            n += Math.max(1, (line.length() + LETTER_BODY_WIDTH - 1) / LETTER_BODY_WIDTH);
        }
        return n;
    }

    private CellStyle topAligned(CellStyle base) {
        return topAligned.computeIfAbsent(base.getIndex(), k -> {
            CellStyle s = book.template().workbook().createCellStyle();
            s.cloneStyleFrom(base);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        });
    }

    // ---------------------------------------------------------------- Excluded

    private List<SheetTable.Part> writeExcluded(DunningReport report) {
        for (ExcludedItem x : report.excluded()) {
            OpenItem i = x.item();
            SheetTable.RowWriter w = excluded.row();
            w.text(X_ID.index(), i.customer().id()).text(X_NAME.index(), i.customer().displayName())
                    .text(X_CURRENCY.index(), i.currency()).text(X_DOCUMENT.index(), i.documentNumber())
                    .date(X_DUE_DATE.index(), i.dueDate()).number(X_DAYS_PAST_DUE.index(), x.daysPastDue())
                    .amount(X_AMOUNT.index(), i.openAmount()).text(X_RULE.index(), x.rule().label())
                    .text(X_REASON.index(), x.reason()).number(X_SOURCE.index(), i.sourceRow());
            PreviousWorklist.CustomerState s = x.customerState();
            // The customer's promise and notes from last time, so they survive while the customer waits.
            w.style(X_PROMISE_DATE.index(), StyleRole.DATE).style(X_PROMISE_AMOUNT.index(), StyleRole.AMOUNT)
                    .style(X_OPEN_BALANCE.index(), StyleRole.AMOUNT);
            if (s != null) {
                w.text(X_STATUS.index(), s.status()).date(X_PROMISE_DATE.index(), s.promiseDate())
                        .amount(X_PROMISE_AMOUNT.index(), s.promiseAmount()).text(X_NOTES.index(), s.notes())
                        .amount(X_OPEN_BALANCE.index(), s.openBalance());
                if (s.level() > 0) {
                    w.number(X_LAST_NOTICE_LEVEL.index(), s.level()).date(X_LAST_NOTICE_DATE.index(), s.lastNoticeDate());
                }
            }
            disputeColumns(w, X_DISPUTE, i.dispute(), x.carried());
        }
        List<SheetTable.Part> parts = excluded.finish();
        for (SheetTable.Part p : parts) {
            if (p.lastRow() > p.headerRow()) {
                Sheet sheet = book.sheet(p.sheetName());
                listValidation(sheet, p.firstDataRow(), p.lastRow(), X_STATUS, WorklistSheets.STATUSES);
                dateValidation(sheet, p.firstDataRow(), p.lastRow(), X_PROMISE_DATE);
                amountValidation(sheet, p.firstDataRow(), p.lastRow(), X_PROMISE_AMOUNT);
                listValidation(sheet, p.firstDataRow(), p.lastRow(), X_DISPUTE.dispute(), YES_NO);
            }
        }
        return parts;
    }

    // ---------------------------------------------------------------- Top 10

    /** A customer in a currency with everything overdue, dunned or not. */
    private static final class Delinquent {
        final String id;
        final String name;
        final String currency;
        BigDecimal dunned = BigDecimal.ZERO;
        BigDecimal excluded = BigDecimal.ZERO;
        Notice notice;
        final Set<String> rules = new LinkedHashSet<>();

        Delinquent(String id, String name, String currency) {
            this.id = id;
            this.name = name;
            this.currency = currency;
        }

        BigDecimal overdue() {
            return dunned.add(excluded);
        }
    }

    private void writeTop10(DunningReport report) {
        Map<String, Delinquent> all = new LinkedHashMap<>();
        for (Notice n : report.notices()) {
            Delinquent d = all.computeIfAbsent(n.customer().key() + "\u0000" + n.currency(),
                    k -> new Delinquent(n.customer().id(), n.customer().displayName(), n.currency()));
            d.dunned = d.dunned.add(n.overdue());
            d.notice = n;
        }
        for (ExcludedItem x : report.excluded()) {
            OpenItem i = x.item();
            Delinquent d = all.computeIfAbsent(i.customer().key() + "\u0000" + i.currency(),
                    k -> new Delinquent(i.customer().id(), i.customer().displayName(), i.currency()));
            d.excluded = d.excluded.add(i.openAmount());
            d.rules.add(x.rule().label());
        }
        List<Delinquent> ranked = all.values().stream().filter(d -> d.overdue().signum() > 0)
                .sorted(Comparator.comparing(Delinquent::overdue).reversed().thenComparing(d -> d.name))
                .limit(TOP).toList();
        int rank = 0;
        for (Delinquent d : ranked) {
            SheetTable.RowWriter w = top.row();
            int excel = w.rowIndex() + 1;
            w.number(T_RANK.index(), ++rank).text(T_ID.index(), d.id).text(T_NAME.index(), d.name)
                    .text(T_CURRENCY.index(), d.currency)
                    .formula(T_OVERDUE.index(), T_DUNNED.letter() + excel + "+" + T_EXCLUDED.letter() + excel,
                            d.overdue().doubleValue())
                    .amount(T_DUNNED.index(), d.dunned).amount(T_EXCLUDED.index(), d.excluded);
            String what;
            if (d.notice != null) {
                what = "Level " + d.notice.level() + " · " + d.notice.levelName()
                        + (d.rules.isEmpty() ? "" : " (excluded: " + String.join(", ", d.rules) + ")");
            } else {
                what = String.join(", ", d.rules);
            }
            w.text(T_WHAT.index(), what);
        }
        top.finish();
    }

    // ---------------------------------------------------------------- Checks

    private List<Check> checks(DunningReport report, RowTieOut tieOut, Map<String, Integer> totalRows,
                               List<SheetTable.Part> itemParts, List<SheetTable.Part> excludedParts,
                               List<SheetTable.Part> exceptionParts) {
        List<Check> list = new ArrayList<>();
        boolean single = report.currencies().size() <= 1;
        for (CurrencySummary cs : report.currencies().values()) {
            String c = cs.currency();
            String label = c.isEmpty() ? "" : " (" + c + ")";
            String criterion = single ? null : c;
            List<Notice> of = report.notices().stream().filter(n -> n.currency().equals(c)).toList();
            BigDecimal itemAmounts = of.stream().flatMap(n -> n.items().stream()).map(d -> d.item().openAmount())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal itemInterest = of.stream().flatMap(n -> n.items().stream()).map(DunnedItem::interest)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal excludedAmounts = report.excluded().stream().filter(x -> x.item().currency().equals(c))
                    .map(x -> x.item().openAmount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            String itemsAmount = sum(itemParts, I_CURRENCY, I_AMOUNT, criterion);
            list.add(Check.of("Overdue" + label + " = Items + Excluded", null, cs.overdue(),
                    itemsAmount + "+" + sum(excludedParts, X_CURRENCY, X_AMOUNT, criterion), itemAmounts.add(excludedAmounts),
                    "Everything overdue (from the engine) vs. Amount on Items plus Amount on Excluded: no overdue item is lost"));
            Integer totalRow = totalRows.get(c);
            if (totalRow == null) {
                continue;
            }
            int excel = totalRow + 1;
            BigDecimal overdue = of.stream().map(Notice::overdue).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal interest = of.stream().map(Notice::interest).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal fees = of.stream().map(Notice::fee).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal due = of.stream().map(Notice::amountDue).reduce(BigDecimal.ZERO, BigDecimal::add);
            list.add(Check.of("Worklist Overdue total" + label + " = Items", worklistCell(wl.overdue, excel), overdue,
                    itemsAmount, itemAmounts, "The Overdue total row on Worklist vs. the sum of Amount on Items"));
            list.add(Check.of("Worklist buckets" + label + " add up to Overdue",
                    "SUM(" + worklistCell(wl.buckets.get(0), excel) + ":$" + wl.buckets.get(wl.buckets.size() - 1).letter() + "$"
                            + excel + ")",
                    overdue, worklistCell(wl.overdue, excel), overdue, "The bucket totals vs. the Overdue total on Worklist"));
            list.add(Check.of("Worklist Interest total" + label + " = Items", worklistCell(wl.interest, excel), interest,
                    sum(itemParts, I_CURRENCY, I_INTEREST, criterion), itemInterest,
                    "The Interest total row on Worklist vs. the sum of Interest on Items (each item's interest is rounded to the cent)"));
            list.add(Check.of("Worklist Fee total" + label + " = fees charged", null, cs.fees(), worklistCell(wl.fee, excel), fees,
                    "Fees the engine charged vs. the Fee total row on Worklist"));
            list.add(Check.of("Worklist Amount due" + label + " = Overdue + Interest + Fee",
                    worklistCell(wl.overdue, excel) + "+" + worklistCell(wl.interest, excel) + "+" + worklistCell(wl.fee, excel),
                    overdue.add(interest).add(fees), worklistCell(wl.amountDue, excel), due,
                    "The Amount due total vs. its parts"));
        }
        BigDecimal notices = BigDecimal.valueOf(report.notices().size());
        list.add(Check.count("Worklist rows = notices", null, notices, "COUNT(" + SheetRefs.wholeColumn(WORKLIST, wl.rank.index()) + ")", notices,
                "Notices the engine made vs. rows with a Rank on Worklist"));
        list.add(Check.count("Letters = notices", null, notices, "COUNT(" + SheetRefs.wholeColumn(LETTERS, L_RANK.index()) + ")", notices,
                "One letter per notice"));
        long itemsDunned = report.itemsDunned();
        long itemsExcluded = report.excluded().size();
        // Rows of other inputs (the customer master; in a pack, any section's files) are on Exceptions too, but
        // under a text reference that COUNT skips: they are not rows of the export and must not be counted.
        long exceptionRows = exceptions.exportRows();
        String rows = count(itemParts, I_SOURCE.index()) + "+" + count(excludedParts, X_SOURCE.index()) + "+" + report.itemsNotOverdue()
                + "+" + count(exceptionParts, 0 /* Exceptions' source row: that sheet is ExceptionsSheet's */) + "+" + tieOut.blankRows() + "+" + tieOut.headerRows();
        list.add(Check.count("Every row read is accounted for", null, BigDecimal.valueOf(tieOut.rowsRead()), rows,
                BigDecimal.valueOf(itemsDunned + itemsExcluded + report.itemsNotOverdue() + exceptionRows
                        + tieOut.blankRows() + tieOut.headerRows()),
                "Rows read = rows on Items + Excluded + " + report.itemsNotOverdue() + " open items not overdue (not listed) + "
                        + "rows on Exceptions + " + tieOut.blankRows() + " blank + " + tieOut.headerRows() + " header"));
        return list;
    }

    private static String worklistCell(ColumnSchema.Handle column, int excelRow) {
        return SheetRefs.absolute(WORKLIST, column.index(), excelRow);
    }

    private static String sum(List<SheetTable.Part> parts, ColumnSchema.Handle currencyCol, ColumnSchema.Handle amountCol,
                              String currency) {
        StringBuilder sb = new StringBuilder();
        for (SheetTable.Part p : parts) {
            String amount = SheetRefs.wholeColumn(p.sheetName(), amountCol.index());
            sb.append(sb.length() == 0 ? "" : "+");
            if (currency == null) {
                sb.append("SUM(").append(amount).append(")");
            } else {
                sb.append("SUMIF(").append(SheetRefs.wholeColumn(p.sheetName(), currencyCol.index()))
                        .append(",\"").append(currency).append("\",").append(amount).append(")");
            }
        }
        return sb.toString();
    }

    private static String count(List<SheetTable.Part> parts, int column) {
        StringBuilder sb = new StringBuilder();
        for (SheetTable.Part p : parts) {
            sb.append(sb.length() == 0 ? "" : "+").append("COUNT(").append(SheetRefs.wholeColumn(p.sheetName(), column))
                    .append(")");
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- About

    private List<Map.Entry<String, Object>> aboutEntries(DunningReport report, List<Map.Entry<String, Object>> provenance,
                                                         String master) {
        List<Map.Entry<String, Object>> entries = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (Map.Entry<String, Object> e : provenance) {
            keys.add(e.getKey());
        }
        if (!keys.contains(WorklistSheets.ABOUT_AS_OF)) {
            entries.add(Map.entry(WorklistSheets.ABOUT_AS_OF, parameters.asOf()));
        }
        for (Map.Entry<String, Object> e : provenance) {
            if (WorklistSheets.ABOUT_AS_OF.equals(e.getKey()) && e.getValue() instanceof String s) {
                // The next run reads this line back as a date: store a real one.
                entries.add(Map.entry(e.getKey(), dateOr(s)));
            } else {
                entries.add(Map.entry(e.getKey(), e.getValue() == null ? "" : e.getValue()));
            }
        }
        DunningPolicy policy = parameters.policy();
        List<Map.Entry<String, Object>> derived = new ArrayList<>();
        derived.add(Map.entry("Dunning policy", policy.name()));
        derived.add(Map.entry("Grace days", (long) policy.graceDays()));
        derived.add(Map.entry("Levels", levels(policy)));
        derived.add(Map.entry("Minimum overdue per customer", perCurrency(policy.minimumOverdue(), "")));
        derived.add(Map.entry("Fee per notice", policy.feePerNotice().isEmpty() ? "none"
                : perCurrency(policy.feePerNotice(), "") + " · from level " + policy.feeFromLevel()));
        derived.add(Map.entry("Interest", policy.annualInterestPercent().signum() == 0 ? "none"
                : policy.annualInterestPercent().stripTrailingZeros().toPlainString() + " % a year, per day past due on a "
                        + policy.interestDayBasis() + "-day basis, rounded to the cent per item"));
        derived.add(Map.entry("Max level step per notice", (long) policy.maxLevelStep()));
        derived.add(Map.entry("Minimum days between notices", (long) policy.minDaysBetweenNotices()));
        derived.add(Map.entry("Default letter language", policy.defaultLanguage()));
        derived.add(Map.entry("Overdue buckets", String.join(", ", parameters.buckets().buckets().stream()
                .filter(b -> !b.isCurrent()).map(AgingBucket::label).toList())));
        derived.add(Map.entry("Risk score", "Σ amount × min(days past due, 365) / 30 over the dunned items; × 1.5 after a "
                + "broken promise; × 1.25 over the credit limit"));
        if (previous.sourceName() != null) {
            derived.add(Map.entry("Previous worklist", previous.sourceName()
                    + (previous.asOf() == null ? "" : " (as of " + previous.asOf() + ")")));
        }
        derived.add(Map.entry("Notices (Worklist)", (long) report.notices().size()));
        derived.add(Map.entry("Items dunned (Items)", report.itemsDunned()));
        derived.add(Map.entry("Overdue items not dunned (Excluded)", (long) report.excluded().size()));
        derived.add(Map.entry("Open items not overdue (not listed)", report.itemsNotOverdue()));
        for (Exclusion rule : Exclusion.values()) {
            long n = report.excluded().stream().filter(x -> x.rule() == rule).count();
            if (n > 0) {
                derived.add(Map.entry("Excluded: " + rule.label(), n));
            }
        }
        if (report.customersMatchedInMaster() + report.customersNotInMaster() > 0) {
            derived.add(Map.entry("Customers found in the master", report.customersMatchedInMaster()));
            derived.add(Map.entry("Customers not in the master", report.customersNotInMaster()));
        }
        for (Map.Entry<String, Object> e : derived) {
            if (!keys.contains(e.getKey())) {
                entries.add(e);
            }
        }
        entries.add(Map.entry("Master check", master));
        return entries;
    }

    private static Object dateOr(String s) {
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return s;
        }
    }

    /** "1 Reminder ≥1 day; 2 Second notice ≥30 days; 3 Final ≥60 days". */
    static String levels(DunningPolicy policy) {
        List<String> parts = new ArrayList<>();
        for (DunningLevel l : policy.levels()) {
            parts.add(l.level() + " " + l.name() + " ≥" + l.minDaysPastDue() + (l.minDaysPastDue() == 1 ? " day" : " days"));
        }
        return String.join("; ", parts);
    }

    /** "EUR 25.00 · USD 25.00 · any other currency 25.00". */
    private static String perCurrency(Map<String, BigDecimal> map, String empty) {
        if (map.isEmpty()) {
            return empty;
        }
        List<String> parts = new ArrayList<>();
        map.entrySet().stream().filter(e -> !"*".equals(e.getKey())).sorted(Map.Entry.comparingByKey())
                .forEach(e -> parts.add(e.getKey() + " " + money(e.getValue())));
        if (map.containsKey("*")) {
            parts.add((parts.isEmpty() ? "any currency " : "any other currency ") + money(map.get("*")));
        }
        return String.join(" · ", parts);
    }

    // ---------------------------------------------------------------- helpers

    private static void listValidation(Sheet sheet, int firstRow, int lastRow, ColumnSchema.Handle column, String[] values) {
        DataValidationHelper h = sheet.getDataValidationHelper();
        DataValidationConstraint c = h.createExplicitListConstraint(values);
        DataValidation v = h.createValidation(c, new CellRangeAddressList(firstRow, lastRow, column.index(), column.index()));
        v.setShowErrorBox(true);
        v.createErrorBox("Choose from the list", "One of: " + String.join(", ", values));
        v.setEmptyCellAllowed(true);
        sheet.addValidationData(v);
    }

    private static void dateValidation(Sheet sheet, int firstRow, int lastRow, ColumnSchema.Handle column) {
        DataValidationHelper h = sheet.getDataValidationHelper();
        DataValidationConstraint c = h.createDateConstraint(OperatorType.BETWEEN, "DATE(2000,1,1)", "DATE(2099,12,31)", null);
        DataValidation v = h.createValidation(c, new CellRangeAddressList(firstRow, lastRow, column.index(), column.index()));
        v.setShowErrorBox(true);
        v.createErrorBox("A date, please", "Enter the date the customer promised to pay, e.g. 2026-07-15");
        v.setEmptyCellAllowed(true);
        sheet.addValidationData(v);
    }

    private static void amountValidation(Sheet sheet, int firstRow, int lastRow, ColumnSchema.Handle column) {
        DataValidationHelper h = sheet.getDataValidationHelper();
        DataValidationConstraint c = h.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
        DataValidation v = h.createValidation(c, new CellRangeAddressList(firstRow, lastRow, column.index(), column.index()));
        v.setShowErrorBox(true);
        v.createErrorBox("An amount, please", "Enter the amount promised as a number, e.g. 1250.00");
        v.setEmptyCellAllowed(true);
        sheet.addValidationData(v);
    }

    private static String money(BigDecimal v) {
        return String.format(java.util.Locale.ROOT, "%,.2f", v);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public void close() throws IOException {
        if (checks != null) { // a pack's section: the pack owns the book
            book.close();
        }
    }
}
