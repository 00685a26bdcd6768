package com.arworkbench.workbook.statements;

import com.arworkbench.aging.AgedItem;
import com.arworkbench.aging.AgingBucket;
import com.arworkbench.model.CustomerProfile;
import com.arworkbench.model.OpenItem;
import com.arworkbench.statements.Activity;
import com.arworkbench.statements.Movement;
import com.arworkbench.statements.Statement;
import com.arworkbench.statements.StatementReport;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetRefs;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyleRole;
import com.arworkbench.workbook.StyledWorkbook;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Statements: each customer's statement in each currency as one print-ready page range (a row break after it): a
 * heading row with the customer and contact, every open item aged, the balance due, its overdue part and the
 * balance per bucket (live formulas over the statement's own rows), and with a history the opening balance, the
 * period's movements and the closing balance. The letterhead rows above the header repeat on every printed page.
 */
final class StatementsSheet {

    static final String NAME = "Statements";

    private static final ColumnSchema SCHEMA = new ColumnSchema();
    static final ColumnSchema.Handle NUMBER = SCHEMA.integer("No.");
    static final ColumnSchema.Handle LINE = SCHEMA.text("Line");
    static final ColumnSchema.Handle CUSTOMER_ID = SCHEMA.text("Customer ID");
    static final ColumnSchema.Handle CUSTOMER = SCHEMA.text("Customer");
    static final ColumnSchema.Handle CURRENCY = SCHEMA.text("Currency");
    static final ColumnSchema.Handle DOCUMENT = SCHEMA.text("Document");
    static final ColumnSchema.Handle TYPE = SCHEMA.text("Type");
    static final ColumnSchema.Handle DOCUMENT_DATE = SCHEMA.date("Document date");
    static final ColumnSchema.Handle DUE_DATE = SCHEMA.date("Due date");
    static final ColumnSchema.Handle DAYS_PAST_DUE = SCHEMA.integer("Days past due");
    static final ColumnSchema.Handle BUCKET = SCHEMA.text("Bucket");
    static final ColumnSchema.Handle AMOUNT = SCHEMA.amount("Amount");
    /** The open-items export's row of an open item (only open items carry one: the row accounting counts them). */
    static final ColumnSchema.Handle SOURCE_ROW = SCHEMA.integer("Source row");

    /** Where one statement went; rows are 0-based; {@code closingRow} is -1 without an activity part. */
    record Placement(int number, Statement statement, String sheetName, int firstRow, int lastRow, int balanceRow,
                     int overdueRow, int closingRow) {

        String range() {
            return SheetRefs.quote(sheetName) + "!A" + (firstRow + 1) + ":" + SOURCE_ROW.letter() + (lastRow + 1);
        }
    }

    private final StyledWorkbook book;
    private final SheetTable table;
    private long unbroken;
    private List<SheetTable.Part> parts = List.of();
    /**
     * Excel keeps at most 1,026 manual page breaks a sheet; statements past that on a sheet print on from the one
     * before (their PDFs are still one per customer). POI's setRowBreak is quadratic in the breaks already set, so
     * they are collected and written once at the end.
     */
    static final int MAX_BREAKS = 1026;
    private final java.util.Map<String, List<Integer>> breaks = new java.util.LinkedHashMap<>();
    private int part = 1;
    private int previousRow = -1;

    StatementsSheet(StyledWorkbook book) {
        this.book = book;
        this.table = book.table(NAME, SCHEMA.columns(), 0);
    }

    /**
     * Writes the first {@code limit} statements (all of them for the statements job; the pack may limit) and
     * returns where each went.
     */
    List<Placement> write(StatementReport report, int limit) {
        List<AgingBucket> buckets = report.parameters().buckets().buckets();
        List<Placement> placements = new ArrayList<>();
        int number = 0;
        for (Statement s : report.statements()) {
            number++;
            if (number > limit) {
                break;
            }
            placements.add(statement(number, s, buckets));
        }
        parts = table.finish();
        breaks.forEach(this::writeBreaks);
        for (SheetTable.Part p : parts) {
            Sheet sheet = book.sheet(p.sheetName());
            // The letterhead and the header repeat on every page; landscape, one page wide: the twelve columns fitted
            // to a portrait page printed at about half size.
            sheet.setRepeatingRows(new CellRangeAddress(0, p.headerRow(), -1, -1));
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, SOURCE_ROW.index() - 1, 0,
                    Math.max(p.lastRow(), p.headerRow()));
        }
        return placements;
    }

    /** Statements written without a page break after them (past Excel's limit on a sheet). */
    long unbroken() {
        return unbroken;
    }

    /** All of a sheet's row breaks in one go, on the XSSF sheet under the stream. */
    private void writeBreaks(String sheetName, List<Integer> rows) {
        org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet ws = book.templateSheet(sheetName).getCTWorksheet();
        org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPageBreak pb = ws.isSetRowBreaks() ? ws.getRowBreaks()
                : ws.addNewRowBreaks();
        for (int row : rows) {
            org.openxmlformats.schemas.spreadsheetml.x2006.main.CTBreak b = pb.addNewBrk();
            b.setId(row + 1); // the break goes below the row: ids are 1-based row numbers, as POI writes them
            b.setMax(org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getLastColumnIndex());
            b.setMan(true);
        }
        pb.setCount(rows.size());
        pb.setManualBreakCount(rows.size());
    }

    /** The sheet's parts, once written. */
    List<SheetTable.Part> parts() {
        return parts;
    }

    private Placement statement(int number, Statement s, List<AgingBucket> buckets) {
        SheetTable.RowWriter head = row(number, s, StatementLines.HEADING);
        int first = head.rowIndex();
        String sheetName = currentSheet();
        CustomerProfile p = s.profile();
        if (p != null) {
            head.text(DOCUMENT.index(), p.contactName() == null ? null : "Attn. " + p.contactName());
            head.text(TYPE.index(), p.email());
        }
        head.style(LINE.index(), StyleRole.KEY).style(CUSTOMER.index(), StyleRole.KEY);
        int firstItem = -1;
        int lastItem = -1;
        for (AgedItem a : s.items()) {
            OpenItem i = a.item();
            SheetTable.RowWriter w = row(number, s, StatementLines.OPEN_ITEM)
                    .text(DOCUMENT.index(), i.documentNumber()).text(TYPE.index(), i.type().label())
                    .date(DOCUMENT_DATE.index(), i.documentDate()).date(DUE_DATE.index(), i.dueDate())
                    .number(DAYS_PAST_DUE.index(), a.daysPastDue()).text(BUCKET.index(), a.bucket().label())
                    .amount(AMOUNT.index(), i.openAmount()).number(SOURCE_ROW.index(), i.sourceRow());
            firstItem = firstItem < 0 ? w.rowIndex() : firstItem;
            lastItem = w.rowIndex();
        }
        boolean oneSheet = sameSheet(first);
        String amounts = range(AMOUNT, firstItem, lastItem);
        String bucketCells = range(BUCKET, firstItem, lastItem);
        SheetTable.RowWriter balance = total(number, s, StatementLines.BALANCE, oneSheet ? "SUM(" + amounts + ")" : null,
                s.balance());
        String current = buckets.stream().filter(AgingBucket::isCurrent).map(AgingBucket::label).findFirst().orElse("");
        SheetTable.RowWriter overdue = total(number, s, StatementLines.OVERDUE, oneSheet ? "SUM(" + amounts + ")-SUMIFS("
                + amounts + "," + bucketCells + "," + SheetRefs.exactCriterion(current) + ")" : null, s.overdue());
        for (int b = 0; b < buckets.size(); b++) {
            if (s.buckets().get(b).signum() == 0) {
                continue; // only the buckets the customer has amounts in
            }
            String label = buckets.get(b).label();
            amount(row(number, s, StatementLines.AGED).text(BUCKET.index(), label), oneSheet ? "SUMIFS(" + amounts + ","
                    + bucketCells + "," + SheetRefs.exactCriterion(label) + ")" : null, s.buckets().get(b));
        }
        int closingRow = -1;
        int last;
        if (s.activity() != null) {
            Activity a = s.activity();
            SheetTable.RowWriter opening = row(number, s, StatementLines.OPENING).date(DOCUMENT_DATE.index(), a.from())
                    .amount(AMOUNT.index(), a.opening());
            opening.style(LINE.index(), StyleRole.TOTAL_LABEL).style(AMOUNT.index(), StyleRole.TOTAL_AMOUNT);
            int firstMove = opening.rowIndex() + 1;
            int lastMove = opening.rowIndex();
            for (Movement m : a.movements()) {
                lastMove = row(number, s, StatementLines.ACTIVITY).text(DOCUMENT.index(), m.documentNumber())
                        .text(TYPE.index(), m.kind().label()).date(DOCUMENT_DATE.index(), m.date())
                        .amount(AMOUNT.index(), m.amount()).rowIndex();
            }
            boolean fits = sameSheet(first);
            String closingFormula = AMOUNT.letter() + (opening.rowIndex() + 1)
                    + (lastMove >= firstMove ? "+SUM(" + range(AMOUNT, firstMove, lastMove) + ")" : "");
            SheetTable.RowWriter closing = total(number, s, StatementLines.CLOSING, fits ? closingFormula : null, a.closing());
            closing.date(DOCUMENT_DATE.index(), a.to());
            closingRow = closing.rowIndex();
            last = total(number, s, StatementLines.DIFFERENCE, fits ? AMOUNT.letter() + (closingRow + 1) + "-"
                    + AMOUNT.letter() + (balance.rowIndex() + 1) : null, s.activityDifference()).rowIndex();
        } else {
            last = previousRow;
        }
        List<Integer> onSheet = breaks.computeIfAbsent(currentSheet(), k -> new ArrayList<>());
        boolean broken = onSheet.size() < MAX_BREAKS;
        if (broken) {
            onSheet.add(last);
        } else {
            unbroken++;
        }
        return new Placement(number, s, sheetName, first, last, balance.rowIndex(), overdue.rowIndex(), closingRow);
    }

    private SheetTable.RowWriter row(int number, Statement s, String line) {
        SheetTable.RowWriter w = table.row();
        if (w.rowIndex() < previousRow) {
            part++; // the table went on to a continuation sheet
        }
        previousRow = w.rowIndex();
        w.number(NUMBER.index(), number).text(LINE.index(), line).text(CURRENCY.index(), s.currency());
        if (line.equals(StatementLines.HEADING)) {
            // The customer is named once, on the statement's heading row: No. ties the statement's rows together.
            w.text(CUSTOMER_ID.index(), s.customer().id()).text(CUSTOMER.index(), s.customer().displayName());
        }
        return w;
    }

    private SheetTable.RowWriter total(int number, Statement s, String line, String formula, BigDecimal value) {
        SheetTable.RowWriter w = row(number, s, line);
        w.style(LINE.index(), StyleRole.TOTAL_LABEL);
        amount(w, formula, value);
        w.style(AMOUNT.index(), StyleRole.TOTAL_AMOUNT);
        return w;
    }

    /** A live formula with its cached value, or the value alone where a formula cannot point at the rows. */
    private static void amount(SheetTable.RowWriter w, String formula, BigDecimal value) {
        if (formula == null) {
            w.amount(AMOUNT.index(), value);
        } else {
            w.formula(AMOUNT.index(), formula, value.doubleValue());
        }
    }

    private String currentSheet() {
        return part == 1 ? NAME : NAME + " (" + part + ")";
    }

    /** The statement began on the sheet it ends on: its formulas may point at its own rows. */
    private boolean sameSheet(int firstRow) {
        return previousRow >= firstRow;
    }

    private static String range(ColumnSchema.Handle col, int first, int last) {
        return "$" + col.letter() + "$" + (first + 1) + ":$" + col.letter() + "$" + (last + 1);
    }

    /** SUMIFS over every statement line of a kind in a currency (null: every currency), over every part. */
    static String sumLines(List<String> sheetNames, String line, String currency) {
        StringBuilder sb = new StringBuilder();
        for (String n : sheetNames) {
            sb.append(sb.length() == 0 ? "" : "+").append("SUMIFS(").append(SheetRefs.wholeColumn(n, AMOUNT.index()))
                    .append(",").append(SheetRefs.wholeColumn(n, LINE.index())).append(",").append(SheetRefs.text(line));
            if (currency != null) {
                sb.append(",").append(SheetRefs.wholeColumn(n, CURRENCY.index())).append(",")
                        .append(SheetRefs.exactCriterion(currency));
            }
            sb.append(")");
        }
        return sb.toString();
    }
}
