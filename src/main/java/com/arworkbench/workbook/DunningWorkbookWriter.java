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
import static com.arworkbench.workbook.SheetRefs.col;

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

    private static final List<Column> ITEM_COLUMNS = List.of(Column.text(CUSTOMER_ID), Column.text(CUSTOMER_NAME),
            Column.text(CURRENCY), Column.text(DOCUMENT), Column.text("Type"), Column.date("Document date"),
            Column.date("Due date"), Column.integer("Days past due"), Column.integer("Item level"),
            Column.integer("Notice level"), Column.amount("Amount"), Column.amount("Interest"),
            Column.integer("Source row"), Column.text(DISPUTE), Column.text(DISPUTE_REASON), Column.text(ITEM_NOTES));
    private static final int I_CURRENCY = 2;
    private static final int I_AMOUNT = 10;
    private static final int I_INTEREST = 11;
    private static final int I_SOURCE = 12;
    private static final int I_DISPUTE = 13;

    private static final List<Column> EXCLUDED_COLUMNS = List.of(Column.text(CUSTOMER_ID), Column.text(CUSTOMER_NAME),
            Column.text(CURRENCY), Column.text(DOCUMENT), Column.date("Due date"), Column.integer("Days past due"),
            Column.amount("Amount"), Column.text("Rule"), Column.text("Reason"), Column.integer("Source row"),
            Column.text(STATUS), Column.date(PROMISE_DATE), Column.amount(PROMISE_AMOUNT), Column.text(NOTES),
            Column.amount(OPEN_BALANCE), Column.integer(WorklistSheets.LAST_NOTICE_LEVEL),
            Column.date(WorklistSheets.LAST_NOTICE_DATE), Column.text(DISPUTE), Column.text(DISPUTE_REASON),
            Column.text(ITEM_NOTES));
    private static final int X_CURRENCY = 2;
    private static final int X_AMOUNT = 6;
    private static final int X_SOURCE = 9;
    private static final int X_STATUS = 10;
    private static final int X_PROMISE_DATE = 11;
    private static final int X_PROMISE_AMOUNT = 12;
    private static final int X_LAST_NOTICE = 15;
    private static final int X_DISPUTE = 17;

    private static final List<Column> LETTER_COLUMNS = List.of(Column.integer("Rank"), Column.text(CUSTOMER_ID),
            Column.text(CUSTOMER_NAME), Column.text("Language"), Column.text("To"), Column.text("Cc"),
            Column.text("Subject"), Column.text("Body"), Column.integer(LEVEL), Column.amount("Amount due"),
            Column.text(CURRENCY));
    private static final int L_BODY = 7;

    private static final List<Column> TOP_COLUMNS = List.of(Column.integer("Rank"), Column.text(CUSTOMER_ID),
            Column.text(CUSTOMER_NAME), Column.text(CURRENCY), Column.amount("Overdue"), Column.amount("of which dunned"),
            Column.amount("of which excluded"), Column.text("Level / rule"));

    // Worklist columns: fixed ones first, then one per overdue bucket, then the rest (indexes set in the constructor).
    private static final int W_RANK = 0;
    private static final int W_SCORE = 1;
    private static final int W_ID = 2;
    private static final int W_NAME = 3;
    private static final int W_CURRENCY = 4;
    private static final int W_LEVEL = 5;
    private static final int W_LEVEL_NAME = 6;
    private static final int W_PREVIOUS = 7;
    private static final int W_OVERDUE = 8;
    private static final int W_FIRST_BUCKET = 9;
    private final int buckets;
    private final int wInterest;
    private final int wFee;
    private final int wAmountDue;
    private final int wOldest;
    private final int wMaxDays;
    private final int wItems;
    private final int wOpenBalance;
    private final int wContact;
    private final int wOverLimit;
    private final int wBroken;
    private final int wLastAction;
    private final int wStatus;
    private final int wPromiseDate;
    private final int wPromiseAmount;
    private final int wNotes;

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
        this.buckets = p.buckets().size() - 1; // without Current: nothing overdue is current
        this.wInterest = W_FIRST_BUCKET + buckets;
        this.wFee = wInterest + 1;
        this.wAmountDue = wFee + 1;
        this.wOldest = wAmountDue + 1;
        this.wMaxDays = wOldest + 1;
        this.wItems = wMaxDays + 1;
        this.wOpenBalance = wItems + 1;
        this.wContact = wOpenBalance + 1;
        this.wOverLimit = wContact + 6; // contact, e-mail, phone, language, collector, credit limit
        this.wBroken = wOverLimit + 1;
        this.wLastAction = wBroken + 1;
        this.wStatus = wLastAction + 1;
        this.wPromiseDate = wStatus + 1;
        this.wPromiseAmount = wPromiseDate + 1;
        this.wNotes = wPromiseAmount + 1;
        this.book = book;
        this.worklist = book.table(WORKLIST, worklistColumns(p), 4);
        this.items = book.table(ITEMS, ITEM_COLUMNS, 2);
        this.letters = book.table(LETTERS, LETTER_COLUMNS, 3);
        this.excluded = book.table(EXCLUDED, EXCLUDED_COLUMNS, 2);
        this.top = book.table(TOP_10, TOP_COLUMNS, 3);
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

    private List<Column> worklistColumns(DunningParameters p) {
        List<Column> c = new ArrayList<>(List.of(Column.integer("Rank"), Column.integer("Score"), Column.text(CUSTOMER_ID),
                Column.text(CUSTOMER_NAME), Column.text(CURRENCY), Column.integer(LEVEL), Column.text("Level name"),
                Column.integer("Previous level"), Column.amount("Overdue")));
        for (AgingBucket b : p.buckets().buckets()) {
            if (!b.isCurrent()) {
                c.add(Column.amount(b.label()));
            }
        }
        c.addAll(List.of(Column.amount("Interest"), Column.amount("Fee"), Column.amount("Amount due"),
                Column.date("Oldest due date"), Column.integer("Max days past due"), Column.integer("Items"),
                Column.amount(OPEN_BALANCE), Column.text("Contact"), Column.text("E-mail"), Column.text("Phone"),
                Column.text("Language"), Column.text("Collector"), Column.amount("Credit limit"),
                Column.text("Over credit limit"), Column.text("Broken promise"), Column.text(LAST_ACTION),
                Column.text(STATUS), Column.date(PROMISE_DATE), Column.amount(PROMISE_AMOUNT), Column.text(NOTES)));
        return c;
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
            w.number(W_RANK, n.rank()).number(W_SCORE, n.score().longValue()).text(W_ID, n.customer().id())
                    .text(W_NAME, n.customer().displayName()).text(W_CURRENCY, n.currency()).number(W_LEVEL, n.level())
                    .text(W_LEVEL_NAME, n.levelName());
            if (n.previous() != null) {
                w.number(W_PREVIOUS, n.previousLevel());
            }
            w.amount(W_OVERDUE, n.overdue());
            for (int b = 0; b < buckets; b++) {
                w.amount(W_FIRST_BUCKET + b, b < n.overdueByBucket().size() ? n.overdueByBucket().get(b) : BigDecimal.ZERO);
            }
            w.amount(wInterest, n.interest()).amount(wFee, n.fee());
            w.formula(wAmountDue, col(W_OVERDUE) + excel + "+" + col(wInterest) + excel + "+" + col(wFee) + excel,
                    n.amountDue().doubleValue());
            w.date(wOldest, n.oldestDue()).number(wMaxDays, n.maxDaysPastDue()).number(wItems, n.items().size())
                    .amount(wOpenBalance, n.openBalance());
            if (profile != null) {
                w.text(wContact, profile.contactName()).text(wContact + 1, profile.email()).text(wContact + 2, profile.phone())
                        .text(wContact + 4, profile.collector()).amount(wContact + 5, profile.creditLimit());
            }
            w.text(wContact + 3, language(n));
            w.text(wOverLimit, n.overCreditLimit() ? YES : null).text(wBroken, n.brokenPromise() ? YES : null);
            w.text(wLastAction, lastAction(n.previous(), n.previous() == null ? null : n.previous().lastNoticeDate()));
            // The collectors' columns: a fresh worklist starts Open; date and amount cells are pre-formatted.
            w.text(wStatus, WorklistSheets.STATUSES[0]).style(wPromiseDate, StyleRole.DATE)
                    .style(wPromiseAmount, StyleRole.AMOUNT).style(wNotes, StyleRole.TEXT);
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
            w.text(W_RANK, "Total" + (c.isEmpty() ? "" : " " + c)).style(W_RANK, StyleRole.TOTAL_LABEL);
            for (int i = 1; i < W_CURRENCY; i++) {
                w.style(i, StyleRole.TOTAL_LABEL);
            }
            w.text(W_CURRENCY, c).style(W_CURRENCY, StyleRole.TOTAL_LABEL);
            for (int i = W_LEVEL; i < W_OVERDUE; i++) {
                w.style(i, StyleRole.TOTAL_LABEL);
            }
            for (int k = W_OVERDUE; k <= wAmountDue; k++) {
                final int b = k - W_FIRST_BUCKET;
                final int colIndex = k;
                BigDecimal cached = of.stream().map(n -> colIndex == W_OVERDUE ? n.overdue()
                        : colIndex == wInterest ? n.interest() : colIndex == wFee ? n.fee()
                        : colIndex == wAmountDue ? n.amountDue()
                        : b < n.overdueByBucket().size() ? n.overdueByBucket().get(b) : BigDecimal.ZERO)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                w.formula(k, footerSum(k, c, single, firstRow, lastRow), cached.doubleValue()).style(k, StyleRole.TOTAL_AMOUNT);
            }
            for (int i = wOldest; i < wItems; i++) {
                w.style(i, StyleRole.TOTAL_LABEL);
            }
            w.formula(wItems, footerSum(wItems, c, single, firstRow, lastRow),
                    of.stream().mapToLong(n -> n.items().size()).sum()).style(wItems, StyleRole.TOTAL_LABEL);
        }
        worklist.finish();
        if (!notices.isEmpty()) {
            Sheet sheet = book.sheet(WORKLIST);
            highlightWorklist(sheet, firstRow, lastRow);
            listValidation(sheet, firstRow, lastRow, wStatus, WorklistSheets.STATUSES);
            dateValidation(sheet, firstRow, lastRow, wPromiseDate);
            amountValidation(sheet, firstRow, lastRow, wPromiseAmount);
        }
        return totalRowOf;
    }

    private String footerSum(int column, String currency, boolean single, int firstRow, int lastRow) {
        String range = col(column) + "$" + (firstRow + 1) + ":" + col(column) + "$" + (lastRow + 1);
        return single ? "SUM(" + range + ")"
                : "SUMIF($" + col(W_CURRENCY) + "$" + (firstRow + 1) + ":$" + col(W_CURRENCY) + "$" + (lastRow + 1)
                        + ",\"" + currency + "\"," + range + ")";
    }

    /** Escalated notices light orange on Level and Level name; a broken promise colours the whole row. */
    private void highlightWorklist(Sheet sheet, int firstRow, int lastRow) {
        int excel = firstRow + 1;
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule escalated = cf.createConditionalFormattingRule(
                "AND(ISNUMBER($" + col(W_PREVIOUS) + excel + "),$" + col(W_LEVEL) + excel + ">$" + col(W_PREVIOUS) + excel + ")");
        escalated.createPatternFormatting().setFillBackgroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
        escalated.getPatternFormatting().setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        escalated.createFontFormatting().setFontStyle(false, true);
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(firstRow, lastRow, W_LEVEL, W_LEVEL_NAME)},
                escalated);
        ConditionalFormattingRule broken = cf.createConditionalFormattingRule("$" + col(wBroken) + excel + "=\"" + YES + "\"");
        broken.createPatternFormatting().setFillBackgroundColor(IndexedColors.ROSE.getIndex());
        broken.getPatternFormatting().setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        broken.createFontFormatting().setFontColorIndex(IndexedColors.DARK_RED.getIndex());
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(firstRow, lastRow, 0, wNotes)}, broken);
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
                w.text(0, i.customer().id()).text(1, i.customer().displayName()).text(I_CURRENCY, i.currency())
                        .text(3, i.documentNumber()).text(4, i.type().label()).date(5, i.documentDate()).date(6, i.dueDate())
                        .number(7, d.daysPastDue()).number(8, d.itemLevel()).number(9, n.level())
                        .amount(I_AMOUNT, i.openAmount()).amount(I_INTEREST, d.interest()).number(I_SOURCE, i.sourceRow());
                disputeColumns(w, I_DISPUTE, i.dispute(), d.carried());
            }
        }
        List<SheetTable.Part> parts = items.finish();
        for (SheetTable.Part p : parts) {
            if (p.lastRow() > p.headerRow()) {
                listValidation(book.sheet(p.sheetName()), p.firstDataRow(), p.lastRow(), I_DISPUTE, YES_NO);
            }
        }
        return parts;
    }

    /** Dispute (Yes or blank), Dispute reason and Item notes from the export's flag and what collectors noted last time. */
    private static void disputeColumns(SheetTable.RowWriter w, int first, String exportDispute,
                                       PreviousWorklist.ItemState carried) {
        String dispute = exportDispute != null ? exportDispute : carried == null ? null : carried.dispute();
        String reason = carried != null && !blank(carried.disputeReason()) ? carried.disputeReason()
                : dispute != null && !"yes".equalsIgnoreCase(dispute) ? dispute : null;
        w.text(first, dispute == null ? null : YES).text(first + 1, reason)
                .text(first + 2, carried == null ? null : carried.notes());
    }

    // ---------------------------------------------------------------- Letters

    private void writeLetters(DunningReport report) {
        Sheet sheet = book.sheet(LETTERS);
        for (Notice n : report.notices()) {
            Letter l = n.letter();
            SheetTable.RowWriter w = letters.row();
            w.number(0, n.rank()).text(1, n.customer().id()).text(2, n.customer().displayName()).text(3, language(n));
            if (l != null) {
                w.text(4, l.to()).text(5, l.cc()).text(6, l.subject()).text(L_BODY, l.body());
            }
            w.number(8, n.level()).amount(9, n.amountDue()).text(10, n.currency());
            Row row = sheet.getRow(w.rowIndex());
            for (Cell c : row) {
                c.setCellStyle(c.getColumnIndex() == L_BODY ? wrapTop : topAligned(c.getCellStyle()));
            }
            row.setHeightInPoints(Math.min(409, 15 * Math.max(1, lines(l == null ? "" : l.body()))));
        }
        letters.finish();
        sheet.setColumnWidth(L_BODY, (LETTER_BODY_WIDTH + 2) * 256);
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
            w.text(0, i.customer().id()).text(1, i.customer().displayName()).text(X_CURRENCY, i.currency())
                    .text(3, i.documentNumber()).date(4, i.dueDate()).number(5, x.daysPastDue()).amount(X_AMOUNT, i.openAmount())
                    .text(7, x.rule().label()).text(8, x.reason()).number(X_SOURCE, i.sourceRow());
            PreviousWorklist.CustomerState s = x.customerState();
            // The customer's promise and notes from last time, so they survive while the customer waits.
            w.style(X_PROMISE_DATE, StyleRole.DATE).style(X_PROMISE_AMOUNT, StyleRole.AMOUNT).style(X_PROMISE_AMOUNT + 2,
                    StyleRole.AMOUNT);
            if (s != null) {
                w.text(X_STATUS, s.status()).date(X_PROMISE_DATE, s.promiseDate()).amount(X_PROMISE_AMOUNT, s.promiseAmount())
                        .text(X_PROMISE_AMOUNT + 1, s.notes()).amount(X_PROMISE_AMOUNT + 2, s.openBalance());
                if (s.level() > 0) {
                    w.number(X_LAST_NOTICE, s.level()).date(X_LAST_NOTICE + 1, s.lastNoticeDate());
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
                listValidation(sheet, p.firstDataRow(), p.lastRow(), X_DISPUTE, YES_NO);
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
            w.number(0, ++rank).text(1, d.id).text(2, d.name).text(3, d.currency)
                    .formula(4, "F" + excel + "+G" + excel, d.overdue().doubleValue()).amount(5, d.dunned).amount(6, d.excluded);
            String what;
            if (d.notice != null) {
                what = "Level " + d.notice.level() + " · " + d.notice.levelName()
                        + (d.rules.isEmpty() ? "" : " (excluded: " + String.join(", ", d.rules) + ")");
            } else {
                what = String.join(", ", d.rules);
            }
            w.text(7, what);
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
            list.add(Check.of("Worklist Overdue total" + label + " = Items", worklistCell(W_OVERDUE, excel), overdue,
                    itemsAmount, itemAmounts, "The Overdue total row on Worklist vs. the sum of Amount on Items"));
            list.add(Check.of("Worklist buckets" + label + " add up to Overdue",
                    "SUM(" + worklistCell(W_FIRST_BUCKET, excel) + ":$" + col(wInterest - 1) + "$" + excel + ")",
                    overdue, worklistCell(W_OVERDUE, excel), overdue, "The bucket totals vs. the Overdue total on Worklist"));
            list.add(Check.of("Worklist Interest total" + label + " = Items", worklistCell(wInterest, excel), interest,
                    sum(itemParts, I_CURRENCY, I_INTEREST, criterion), itemInterest,
                    "The Interest total row on Worklist vs. the sum of Interest on Items (each item's interest is rounded to the cent)"));
            list.add(Check.of("Worklist Fee total" + label + " = fees charged", null, cs.fees(), worklistCell(wFee, excel), fees,
                    "Fees the engine charged vs. the Fee total row on Worklist"));
            list.add(Check.of("Worklist Amount due" + label + " = Overdue + Interest + Fee",
                    worklistCell(W_OVERDUE, excel) + "+" + worklistCell(wInterest, excel) + "+" + worklistCell(wFee, excel),
                    overdue.add(interest).add(fees), worklistCell(wAmountDue, excel), due,
                    "The Amount due total vs. its parts"));
        }
        BigDecimal notices = BigDecimal.valueOf(report.notices().size());
        list.add(Check.count("Worklist rows = notices", null, notices, "COUNT(" + SheetRefs.wholeColumn(WORKLIST, 0) + ")", notices,
                "Notices the engine made vs. rows with a Rank on Worklist"));
        list.add(Check.count("Letters = notices", null, notices, "COUNT(" + SheetRefs.wholeColumn(LETTERS, 0) + ")", notices,
                "One letter per notice"));
        long itemsDunned = report.itemsDunned();
        long itemsExcluded = report.excluded().size();
        // Rows of other inputs (the customer master; in a pack, any section's files) are on Exceptions too, but
        // under a text reference that COUNT skips: they are not rows of the export and must not be counted.
        long exceptionRows = exceptions.exportRows();
        String rows = count(itemParts, I_SOURCE) + "+" + count(excludedParts, X_SOURCE) + "+" + report.itemsNotOverdue()
                + "+" + count(exceptionParts, 0) + "+" + tieOut.blankRows() + "+" + tieOut.headerRows();
        list.add(Check.count("Every row read is accounted for", null, BigDecimal.valueOf(tieOut.rowsRead()), rows,
                BigDecimal.valueOf(itemsDunned + itemsExcluded + report.itemsNotOverdue() + exceptionRows
                        + tieOut.blankRows() + tieOut.headerRows()),
                "Rows read = rows on Items + Excluded + " + report.itemsNotOverdue() + " open items not overdue (not listed) + "
                        + "rows on Exceptions + " + tieOut.blankRows() + " blank + " + tieOut.headerRows() + " header"));
        return list;
    }

    private static String worklistCell(int column, int excelRow) {
        return SheetRefs.absolute(WORKLIST, column, excelRow);
    }

    private static String sum(List<SheetTable.Part> parts, int currencyCol, int amountCol, String currency) {
        StringBuilder sb = new StringBuilder();
        for (SheetTable.Part p : parts) {
            String amount = SheetRefs.wholeColumn(p.sheetName(), amountCol);
            sb.append(sb.length() == 0 ? "" : "+");
            if (currency == null) {
                sb.append("SUM(").append(amount).append(")");
            } else {
                sb.append("SUMIF(").append(SheetRefs.wholeColumn(p.sheetName(), currencyCol))
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

    private static void listValidation(Sheet sheet, int firstRow, int lastRow, int column, String[] values) {
        DataValidationHelper h = sheet.getDataValidationHelper();
        DataValidationConstraint c = h.createExplicitListConstraint(values);
        DataValidation v = h.createValidation(c, new CellRangeAddressList(firstRow, lastRow, column, column));
        v.setShowErrorBox(true);
        v.createErrorBox("Choose from the list", "One of: " + String.join(", ", values));
        v.setEmptyCellAllowed(true);
        sheet.addValidationData(v);
    }

    private static void dateValidation(Sheet sheet, int firstRow, int lastRow, int column) {
        DataValidationHelper h = sheet.getDataValidationHelper();
        DataValidationConstraint c = h.createDateConstraint(OperatorType.BETWEEN, "DATE(2000,1,1)", "DATE(2099,12,31)", null);
        DataValidation v = h.createValidation(c, new CellRangeAddressList(firstRow, lastRow, column, column));
        v.setShowErrorBox(true);
        v.createErrorBox("A date, please", "Enter the date the customer promised to pay, e.g. 2026-07-15");
        v.setEmptyCellAllowed(true);
        sheet.addValidationData(v);
    }

    private static void amountValidation(Sheet sheet, int firstRow, int lastRow, int column) {
        DataValidationHelper h = sheet.getDataValidationHelper();
        DataValidationConstraint c = h.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
        DataValidation v = h.createValidation(c, new CellRangeAddressList(firstRow, lastRow, column, column));
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
