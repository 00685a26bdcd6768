package com.arworkbench.workbook;

import com.arworkbench.model.DocumentType;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.RejectedRow;
import com.arworkbench.recon.LedgerComparison;
import com.arworkbench.recon.LedgerKey;
import com.arworkbench.recon.MatchStatus;
import com.arworkbench.recon.ReconRecord;
import com.arworkbench.recon.ReconReport;
import com.arworkbench.recon.RollForward;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataConsolidateFunction;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFPivotTable;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPivotTableDefinition;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * Writes the reconciliation workbook from {@code reconciliation.xlsx}. The report is complete before
 * anything is written (matching needs both ledgers), so the size of the flat table is known up front:
 * the Excel table (ListObject) {@value #TABLE} over Recon Data and the pivot table on Pivot are
 * created on the XSSF template, sized to the records, before streaming starts; the records then
 * stream below the template's header row.
 *
 * <p>Every figure on Summary and Roll-forward is a live SUMIFS / COUNTIFS over the table's columns
 * (structured references, so they follow the table if it is filtered, sorted or extended) with the
 * engine's value cached; the Checks sheet recomputes the difference by another route and ties the
 * rows read to the rows listed.
 */
public final class ReconWorkbookWriter implements AutoCloseable {

    public static final String TEMPLATE = "reconciliation.xlsx";
    public static final String SUMMARY = "Summary";
    public static final String PIVOT = "Pivot";
    public static final String DATA = "Recon Data";
    public static final String ROLL_FORWARD = "Roll-forward";
    public static final String UNAPPLIED = "Unapplied Cash";
    /** The Excel table over Recon Data; formulas refer to its columns as {@code ReconData[Amount]}. */
    public static final String TABLE = "ReconData";
    public static final String PIVOT_NAME = "ReconPivot";
    static final String TABLE_STYLE = "TableStyleMedium2";

    /** Recon Data, the Excel table: formulas name its columns by their headers ({@code ReconData[Amount]}). */
    static final ColumnSchema DATA_COLUMNS = new ColumnSchema();
    static final ColumnSchema.Handle D_SOURCE = DATA_COLUMNS.text("Source");
    static final ColumnSchema.Handle D_ENTITY = DATA_COLUMNS.text("Entity");
    static final ColumnSchema.Handle D_ACCOUNT = DATA_COLUMNS.text("Account");
    static final ColumnSchema.Handle D_PERIOD = DATA_COLUMNS.text("Period");
    static final ColumnSchema.Handle D_CUSTOMER = DATA_COLUMNS.text("Customer");
    static final ColumnSchema.Handle D_DOCUMENT = DATA_COLUMNS.text("Document");
    static final ColumnSchema.Handle D_TYPE = DATA_COLUMNS.text("Type");
    static final ColumnSchema.Handle D_CURRENCY = DATA_COLUMNS.text("Currency");
    static final ColumnSchema.Handle D_DATE = DATA_COLUMNS.date("Date");
    static final ColumnSchema.Handle D_AMOUNT = DATA_COLUMNS.amount("Amount");
    static final ColumnSchema.Handle D_STATUS = DATA_COLUMNS.text("Match status");
    static final ColumnSchema.Handle D_SOURCE_ROW = DATA_COLUMNS.integer("Source row");

    private static final ColumnSchema SUMMARY_COLUMNS = new ColumnSchema();
    private static final ColumnSchema.Handle S_ENTITY = SUMMARY_COLUMNS.text("Entity");
    private static final ColumnSchema.Handle S_CURRENCY = SUMMARY_COLUMNS.text("Currency");
    private static final ColumnSchema.Handle S_LINE = SUMMARY_COLUMNS.text("Line");
    private static final ColumnSchema.Handle S_AMOUNT = SUMMARY_COLUMNS.amount("Amount");
    private static final ColumnSchema.Handle S_RECORDS = SUMMARY_COLUMNS.integer("Records");
    private static final ColumnSchema.Handle S_HOW = SUMMARY_COLUMNS.text("How it is computed");

    private static final ColumnSchema ROLL_FORWARD_COLUMNS = new ColumnSchema();
    private static final ColumnSchema.Handle RF_ENTITY = ROLL_FORWARD_COLUMNS.text("Entity");
    private static final ColumnSchema.Handle RF_CURRENCY = ROLL_FORWARD_COLUMNS.text("Currency");
    private static final ColumnSchema.Handle RF_OPENING = ROLL_FORWARD_COLUMNS.amount("Opening AR");
    private static final ColumnSchema.Handle RF_INVOICES = ROLL_FORWARD_COLUMNS.amount("Invoices");
    private static final ColumnSchema.Handle RF_RECEIPTS = ROLL_FORWARD_COLUMNS.amount("Receipts");
    private static final ColumnSchema.Handle RF_CREDITS = ROLL_FORWARD_COLUMNS.amount("Credits");
    private static final ColumnSchema.Handle RF_ADJUSTMENTS = ROLL_FORWARD_COLUMNS.amount("Adjustments");
    private static final ColumnSchema.Handle RF_WRITE_OFFS = ROLL_FORWARD_COLUMNS.amount("Write-offs");
    private static final ColumnSchema.Handle RF_COMPUTED = ROLL_FORWARD_COLUMNS.amount("Computed closing");
    private static final ColumnSchema.Handle RF_SUBLEDGER = ROLL_FORWARD_COLUMNS.amount("Subledger closing");
    private static final ColumnSchema.Handle RF_DIFFERENCE = ROLL_FORWARD_COLUMNS.amount("Difference");

    /** The list below the roll-forward table: closing documents it cannot trace. */
    private static final ColumnSchema BEHIND_COLUMNS = new ColumnSchema();
    private static final ColumnSchema.Handle B_ENTITY = BEHIND_COLUMNS.text("Entity");
    private static final ColumnSchema.Handle B_CURRENCY = BEHIND_COLUMNS.text("Currency");
    private static final ColumnSchema.Handle B_DOCUMENT = BEHIND_COLUMNS.text("Document");
    private static final ColumnSchema.Handle B_CUSTOMER = BEHIND_COLUMNS.text("Customer");
    private static final ColumnSchema.Handle B_DATE = BEHIND_COLUMNS.date("Document date");
    private static final ColumnSchema.Handle B_AMOUNT = BEHIND_COLUMNS.amount("Amount");

    private static final ColumnSchema UNAPPLIED_COLUMNS = new ColumnSchema();
    private static final ColumnSchema.Handle U_CUSTOMER_ID = UNAPPLIED_COLUMNS.text("Customer ID");
    private static final ColumnSchema.Handle U_CUSTOMER_NAME = UNAPPLIED_COLUMNS.text("Customer name");
    private static final ColumnSchema.Handle U_DOCUMENT = UNAPPLIED_COLUMNS.text("Document");
    private static final ColumnSchema.Handle U_TYPE = UNAPPLIED_COLUMNS.text("Type");
    private static final ColumnSchema.Handle U_DOCUMENT_DATE = UNAPPLIED_COLUMNS.date("Document date");
    private static final ColumnSchema.Handle U_DUE_DATE = UNAPPLIED_COLUMNS.date("Due date");
    private static final ColumnSchema.Handle U_AGE = UNAPPLIED_COLUMNS.integer("Age (days)");
    private static final ColumnSchema.Handle U_AMOUNT = UNAPPLIED_COLUMNS.amount("Amount");
    private static final ColumnSchema.Handle U_CURRENCY = UNAPPLIED_COLUMNS.text("Currency");
    private static final ColumnSchema.Handle U_ENTITY = UNAPPLIED_COLUMNS.text("Entity");
    private static final ColumnSchema.Handle U_SOURCE_ROW = UNAPPLIED_COLUMNS.integer("Source row");

    private static final String SUBLEDGER_TOTAL = "Subledger total (open items)";
    private static final String GL_BALANCE = "GL balance at the cut-off";
    private static final String DIFFERENCE = "Difference (GL − subledger)";
    private static final String EXPLAINED = "Explained by the categories above";
    private static final String UNEXPLAINED = "Unexplained remainder";
    private static final String UNAPPLIED_INFO = "Unapplied cash in the subledger (info)";

    private final ReconReport report;
    private final String summaryName;
    /** The text style, indented further: the reconciling categories under the difference. */
    private final CellStyle indented;
    private final StyledWorkbook book;
    private final SheetTable summary;
    private final SheetTable data;
    private final SheetTable rollForward;
    private final SheetTable unapplied;
    private final ExceptionsSheet exceptions;
    /** Checks and About belong to the workbook when it is the reconciliation workbook; null in a pack. */
    private final ChecksSheet checks;
    private final AboutSheet about;
    private final Map<String, Long> otherRowsNotUsed = new TreeMap<>();
    /** What {@link #writeSheets} wrote to Recon Data; About counts from it. */
    private Tally tally;

    public ReconWorkbookWriter(WorkbookTemplate template, ReconReport report, List<String> subledgerHeaders) {
        this(filled(template, report), report, subledgerHeaders);
    }

    private ReconWorkbookWriter(StyledWorkbook book, ReconReport report, List<String> subledgerHeaders) {
        this(book, new ExceptionsSheet(book, subledgerHeaders), report, SUMMARY, true);
        book.startStreaming();
    }

    /**
     * The reconciliation as a section of a larger workbook (the month-end pack): the book, its
     * Exceptions sheet, Checks and About are the caller's, and so are the template's placeholders
     * (see {@link #placeholders}); Summary is the sheet {@code summaryName}. The Excel table and the
     * pivot go onto the caller's template now: declare before the book streams.
     */
    public ReconWorkbookWriter(StyledWorkbook book, ExceptionsSheet exceptions, ReconReport report, String summaryName) {
        this(book, exceptions, report, summaryName, false);
    }

    private ReconWorkbookWriter(StyledWorkbook book, ExceptionsSheet exceptions, ReconReport report, String summaryName,
                                boolean ownsBook) {
        this.report = report;
        this.summaryName = summaryName;
        this.book = book;
        WorkbookTemplate template = book.template();
        XSSFWorkbook wb = template.workbook();
        XSSFSheet dataSheet = requireSheet(wb, DATA);
        int header = template.headerRow(dataSheet);
        int records = report.records().size();
        if ((long) header + records > SheetTable.EXCEL_MAX_ROW_INDEX) {
            throw new IllegalArgumentException(records + " records do not fit on one sheet with an Excel table (at most "
                    + (SheetTable.EXCEL_MAX_ROW_INDEX - header) + "): reconcile fewer entities or periods at a time");
        }
        // Declared first: a table remembers where the template's {{columns}} marker is.
        this.summary = book.table(summaryName, SUMMARY_COLUMNS.columns(), 3);
        this.data = book.table(DATA, DATA_COLUMNS.columns(), 1);
        this.rollForward = report.rollForwards().isEmpty() ? null : book.table(ROLL_FORWARD, ROLL_FORWARD_COLUMNS.columns(), 2);
        this.unapplied = book.table(UNAPPLIED, UNAPPLIED_COLUMNS.columns(), 2);
        this.exceptions = exceptions;
        this.checks = ownsBook ? new ChecksSheet(book) : null;
        this.about = ownsBook ? new AboutSheet(book) : null;
        this.indented = wb.createCellStyle();
        indented.cloneStyleFrom(book.style(StyleRole.TEXT));
        indented.setAlignment(HorizontalAlignment.LEFT);
        indented.setIndention((short) (book.style(StyleRole.TEXT).getIndention() + 2));

        // The table and the pivot read the header cells, so they go into the template now.
        XSSFRow headerRow = dataSheet.getRow(header) != null ? dataSheet.getRow(header) : dataSheet.createRow(header);
        List<Column> dataColumns = DATA_COLUMNS.columns();
        for (int i = 0; i < dataColumns.size(); i++) {
            (headerRow.getCell(i) != null ? headerRow.getCell(i) : headerRow.createCell(i))
                    .setCellValue(dataColumns.get(i).header());
        }
        // An Excel table needs at least one data row: an empty reconciliation gets one empty row.
        AreaReference area = new AreaReference(new CellReference(header, 0),
                new CellReference(header + Math.max(records, 1), DATA_COLUMNS.size() - 1), SpreadsheetVersion.EXCEL2007);
        createTable(dataSheet, area);
        createPivot(template, dataSheet, header, area);
        if (rollForward == null) {
            XSSFSheet rf = wb.getSheet(ROLL_FORWARD);
            if (rf != null) {
                Cell marker = markerCell(rf);
                if (marker != null) {
                    marker.setCellValue("No roll-forward: it needs the period's register (invoices, receipts, credits, "
                            + "adjustments, write-offs) and the prior period's closing open items.");
                    marker.setCellStyle(book.style(StyleRole.KEY));
                }
                SheetTable.setUpPrinting(rf);
            }
        }
    }

    /**
     * The template placeholders the writer knows ({@code asOf}, {@code glKind}); the job fills the
     * rest. A pack fills them together with the other sections' own.
     */
    public static Map<String, String> placeholders(ReconReport report) {
        return Map.of("asOf", report.parameters().asOf().toString(),
                "glKind", report.glHasDocuments() ? "detail lines, matched by document"
                        : "trial balance (no documents: items cannot be matched one by one)");
    }

    private static StyledWorkbook filled(WorkbookTemplate template, ReconReport report) {
        template.fill(placeholders(report));
        return new StyledWorkbook(template);
    }

    private static XSSFSheet requireSheet(XSSFWorkbook wb, String name) {
        XSSFSheet s = wb.getSheet(name);
        if (s == null) {
            throw new IllegalStateException("the template has no sheet '" + name + "'");
        }
        return s;
    }

    private static void createTable(XSSFSheet sheet, AreaReference area) {
        XSSFTable table = sheet.createTable(area);
        table.setName(TABLE);
        table.setDisplayName(TABLE);
        table.updateHeaders(); // column names = the header cells, exactly (Excel repairs a file where they differ)
        CTTable ct = table.getCTTable();
        if (!ct.isSetAutoFilter()) {
            ct.addNewAutoFilter();
        }
        ct.getAutoFilter().setRef(area.formatAsString());
        CTTableStyleInfo style = ct.isSetTableStyleInfo() ? ct.getTableStyleInfo() : ct.addNewTableStyleInfo();
        style.setName(TABLE_STYLE);
        style.setShowRowStripes(true);
        style.setShowColumnStripes(false);
        style.setShowFirstColumn(false);
        style.setShowLastColumn(false);
    }

    /**
     * A pivot over the table's area: rows Currency › Entity › Customer (amounts of different
     * currencies are never added), columns Source, values Sum of Amount, filter Match status. Its cache
     * is empty and refreshes on load. POI's addRowLabel / addColLabel / addReportFilter write one item
     * per source row into each such field (measured: 95 MB of pivot XML for these five fields over a
     * million rows, built as XmlBeans objects in memory); the fields are therefore laid out over the
     * header row alone, one default item each (what POI writes for an empty source, and all a
     * refresh-on-load cache needs), and the source reference is widened to the full table afterwards.
     */
    private void createPivot(WorkbookTemplate template, XSSFSheet dataSheet, int header, AreaReference area) {
        XSSFSheet sheet = template.workbook().getSheet(PIVOT);
        if (sheet == null) {
            return; // a restyled template may drop the pivot sheet
        }
        int at = template.headerRow(sheet);
        Cell marker = markerCell(sheet);
        if (marker != null) {
            Row row = marker.getRow();
            row.removeCell(marker);
            if (row.getPhysicalNumberOfCells() == 0) {
                sheet.removeRow(row);
            }
        }
        AreaReference headerOnly = new AreaReference(new CellReference(header, 0),
                new CellReference(header, DATA_COLUMNS.size() - 1), SpreadsheetVersion.EXCEL2007);
        XSSFPivotTable pivot = sheet.createPivotTable(headerOnly, new CellReference(Math.max(at, 3), 0), dataSheet);
        pivot.addReportFilter(D_STATUS.index());
        pivot.addRowLabel(D_CURRENCY.index());
        pivot.addRowLabel(D_ENTITY.index());
        pivot.addRowLabel(D_CUSTOMER.index());
        pivot.addColLabel(D_SOURCE.index());
        String format = book.style(StyleRole.AMOUNT).getDataFormatString();
        pivot.addColumnLabel(DataConsolidateFunction.SUM, D_AMOUNT.index(), "Sum of " + D_AMOUNT.header(), format);
        pivot.getPivotCacheDefinition().getCTPivotCacheDefinition().getCacheSource().getWorksheetSource()
                .setRef(area.formatAsString());
        CTPivotTableDefinition def = pivot.getCTPivotTableDefinition();
        def.setName(PIVOT_NAME);
        // A total across sources (subledger + GL + register …) means nothing; one across currencies neither.
        def.setRowGrandTotals(false);
        def.setColGrandTotals(report.comparisons().stream().map(c -> c.key().currency()).distinct().count() <= 1);
        SheetTable.setUpPrinting(sheet);
        // Excel fits the columns when it refreshes; LibreOffice keeps these.
        int[] widths = {12, 12, 32, 16, 16, 16, 16};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    private static Cell markerCell(XSSFSheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING
                        && WorkbookTemplate.COLUMNS_MARKER.equals(cell.getStringCellValue().strip())) {
                    return cell;
                }
            }
        }
        return null;
    }

    /** A row of the subledger export that is not a record. */
    public void notUsed(RejectedRow row) {
        exceptions.add(row);
    }

    /** A row of the GL, the register or the prior period that is not a record: referenced as "file row n". */
    public void notUsedFromOtherFile(RejectedRow row, String fileName) {
        exceptions.addFromOtherFile(row, fileName);
        otherRowsNotUsed.merge(fileName, 1L, Long::sum);
    }

    /** Writes every sheet and the file; returns the master check text. */
    public String finish(RowTieOut subledgerTieOut, long glRowsRead, List<Map.Entry<String, Object>> provenance,
                         OutputStream out) throws IOException {
        List<SheetTable.Part> exceptionParts = exceptions.finish();
        String master = checks.write(writeSheets(subledgerTieOut, exceptionParts));
        List<Map.Entry<String, Object>> entries = new ArrayList<>(provenance);
        entries.add(Map.entry("As of", report.parameters().asOf()));
        entries.add(Map.entry("GL", report.glHasDocuments() ? "Detail lines: documents matched by reference"
                : "Trial balance: no documents, items not matched one by one"));
        entries.add(Map.entry("Subledger rows read", subledgerTieOut.rowsRead()));
        entries.add(Map.entry("Subledger records on Recon Data", tally.count(ReconRecord.SUBLEDGER)));
        entries.add(Map.entry("GL rows read", glRowsRead));
        entries.add(Map.entry("GL records on Recon Data", tally.count(ReconRecord.GL)));
        if (tally.count(ReconRecord.REGISTER) + tally.count(ReconRecord.PRIOR) > 0) {
            entries.add(Map.entry("Register records on Recon Data", tally.count(ReconRecord.REGISTER)));
            entries.add(Map.entry("Prior-period records on Recon Data", tally.count(ReconRecord.PRIOR)));
        }
        otherRowsNotUsed.forEach((file, n) -> entries.add(Map.entry("Rows of " + file + " on Exceptions", n)));
        entries.add(Map.entry("Note on the GL rows", "Not every GL row is a record: only the AR control accounts are "
                + "compared, so the Checks sheet ties the subledger's rows only."));
        entries.add(Map.entry("Pivot", "Refreshes from the Recon Data table when the file is opened"));
        entries.add(Map.entry("Master check", master));
        about.write(entries);
        book.write(out);
        return master;
    }

    /**
     * Writes Summary, Recon Data, Roll-forward and Unapplied Cash; returns the reconciliation checks.
     * {@code exceptionParts} are the finished Exceptions sheet, whose numbered rows count as rows of
     * the subledger export (rows of other inputs, listed by any section, are text and not counted).
     */
    public List<Check> writeSheets(RowTieOut subledgerTieOut, List<SheetTable.Part> exceptionParts) {
        tally = writeData();
        Map<LedgerKey, Block> blocks = writeSummary(tally);
        if (rollForward != null) {
            writeRollForward();
        }
        writeUnapplied();
        return checks(tally, blocks, subledgerTieOut, exceptionParts);
    }

    // ---------------------------------------------------------------- Recon Data

    private Tally writeData() {
        Tally tally = new Tally();
        for (ReconRecord r : report.records()) {
            data.row().text(D_SOURCE.index(), r.source()).text(D_ENTITY.index(), r.entity())
                    .text(D_ACCOUNT.index(), r.account()).text(D_PERIOD.index(), r.period())
                    .text(D_CUSTOMER.index(), r.customer()).text(D_DOCUMENT.index(), r.document())
                    .text(D_TYPE.index(), r.type()).text(D_CURRENCY.index(), r.currency()).date(D_DATE.index(), r.date())
                    .amount(D_AMOUNT.index(), r.amount()).text(D_STATUS.index(), r.status().label())
                    .number(D_SOURCE_ROW.index(), r.sourceRow());
            tally.add(r);
        }
        data.finish();
        dropSheetAutoFilter();
        return tally;
    }

    /** The table carries its own filter; a sheet filter over the same cells is an error to Excel. */
    private void dropSheetAutoFilter() {
        XSSFWorkbook wb = book.template().workbook();
        XSSFSheet sheet = wb.getSheet(DATA);
        if (sheet.getCTWorksheet().isSetAutoFilter()) {
            sheet.getCTWorksheet().unsetAutoFilter();
        }
        int index = wb.getSheetIndex(sheet);
        for (XSSFName n : new ArrayList<>(wb.getNames(XSSFName.BUILTIN_FILTER_DB))) {
            if (n.getSheetIndex() == index) {
                wb.removeName(n);
            }
        }
    }

    // ---------------------------------------------------------------- Summary

    /** Rows (0-based) of one entity/currency block on Summary. */
    private record Block(int subledger, int gl, int difference, int firstCategory, int lastCategory, int explained,
                         int unexplained) {
    }

    private Map<LedgerKey, Block> writeSummary(Tally tally) {
        Map<LedgerKey, Block> blocks = new LinkedHashMap<>();
        boolean first = true;
        for (LedgerComparison c : report.comparisons()) {
            LedgerKey k = c.key();
            Counts n = tally.counts(k);
            String where = crit(D_ENTITY, k.entity()) + crit(D_CURRENCY, k.currency());
            if (!first) {
                summary.row(); // a blank line between blocks
            }
            first = false;

            SheetTable.RowWriter w = line(k, SUBLEDGER_TOTAL);
            int sl = w.rowIndex();
            w.formula(S_AMOUNT.index(), round(sumifs(crit(D_SOURCE, ReconRecord.SUBLEDGER) + where)), c.subledger().doubleValue());
            w.formula(S_RECORDS.index(), countifs(crit(D_SOURCE, ReconRecord.SUBLEDGER) + where), n.subledger);
            w.text(S_HOW.index(), "Recon Data: Source = Subledger, this entity and currency");

            w = line(k, GL_BALANCE);
            int gl = w.rowIndex();
            String after = crit(D_STATUS, MatchStatus.AFTER_CUT_OFF.label());
            w.formula(S_AMOUNT.index(), round(sumifs(crit(D_SOURCE, ReconRecord.GL) + where) + "-"
                    + sumifs(crit(D_SOURCE, ReconRecord.GL) + after + where)), c.gl().doubleValue());
            w.formula(S_RECORDS.index(), countifs(crit(D_SOURCE, ReconRecord.GL) + where) + "-"
                    + countifs(crit(D_SOURCE, ReconRecord.GL) + after + where), n.glInBalance);
            w.text(S_HOW.index(), "Recon Data: GL lines of this entity and currency, less those dated after the cut-off");

            w = line(k, DIFFERENCE);
            int diff = w.rowIndex();
            w.formula(S_AMOUNT.index(), round(S_AMOUNT.letter() + (gl + 1) + "-" + S_AMOUNT.letter() + (sl + 1)), c.difference().doubleValue());
            w.text(S_HOW.index(), "GL balance − subledger total");
            total(w);

            int firstCategory = -1;
            int lastCategory = -1;
            for (MatchStatus s : MatchStatus.RECONCILING) {
                w = line(k, s.label());
                book.sheet(summaryName).getRow(w.rowIndex()).getCell(S_LINE.index()).setCellStyle(indented); // the row is still in memory
                String status = crit(D_STATUS, s.label());
                w.formula(S_AMOUNT.index(), round(sumifs(crit(D_SOURCE, ReconRecord.GL) + status + where) + "-"
                        + sumifs(crit(D_SOURCE, ReconRecord.SUBLEDGER) + status + where)),
                        c.explained().getOrDefault(s, BigDecimal.ZERO).doubleValue());
                w.formula(S_RECORDS.index(), countifs(status + where), n.status(s));
                w.text(S_HOW.index(), "GL − subledger amounts with Match status " + s.label());
                if (firstCategory < 0) {
                    firstCategory = w.rowIndex();
                }
                lastCategory = w.rowIndex();
            }

            w = line(k, EXPLAINED);
            int explained = w.rowIndex();
            w.formula(S_AMOUNT.index(), round("SUM(" + S_AMOUNT.letter() + (firstCategory + 1) + ":" + S_AMOUNT.letter() + (lastCategory + 1) + ")"),
                    c.explainedTotal().doubleValue());
            w.text(S_HOW.index(), "Sum of the reconciling categories");

            w = line(k, UNEXPLAINED);
            int unexplained = w.rowIndex();
            w.formula(S_AMOUNT.index(), round(S_AMOUNT.letter() + (diff + 1) + "-" + S_AMOUNT.letter() + (explained + 1)), c.unexplained().doubleValue());
            w.text(S_HOW.index(), "Difference − explained: what no document explains");
            total(w);
            flagNonZero(book.sheet(summaryName).getSheetConditionalFormatting(), unexplained, S_AMOUNT);

            w = line(k, UNAPPLIED_INFO);
            String payments = crit(D_SOURCE, ReconRecord.SUBLEDGER) + crit(D_TYPE, DocumentType.PAYMENT.label()) + where;
            w.formula(S_AMOUNT.index(), round(sumifs(payments)), c.unapplied().doubleValue());
            w.formula(S_RECORDS.index(), countifs(payments), n.payments);
            w.text(S_HOW.index(), "Subledger items of type " + DocumentType.PAYMENT.label() + ", included in the subledger total");

            blocks.put(k, new Block(sl, gl, diff, firstCategory, lastCategory, explained, unexplained));
        }
        if (report.comparisons().isEmpty()) {
            summary.row().text(S_LINE.index(), "No records in either ledger");
        }
        summary.finish();
        return blocks;
    }

    private SheetTable.RowWriter line(LedgerKey k, String label) {
        return summary.row().text(S_ENTITY.index(), k.entity()).text(S_CURRENCY.index(), k.currency()).text(S_LINE.index(), label);
    }

    private static void total(SheetTable.RowWriter w) {
        w.style(S_ENTITY.index(), StyleRole.TOTAL_LABEL).style(S_CURRENCY.index(), StyleRole.TOTAL_LABEL)
                .style(S_LINE.index(), StyleRole.TOTAL_LABEL).style(S_AMOUNT.index(), StyleRole.TOTAL_AMOUNT);
    }

    /** Rose fill when the cell is not zero to the cent. */
    private static void flagNonZero(SheetConditionalFormatting cf, int row, ColumnSchema.Handle column) {
        int col = column.index();
        String ref = column.letter() + (row + 1);
        ConditionalFormattingRule rule = cf.createConditionalFormattingRule("ROUND(" + ref + ",2)<>0");
        rule.createPatternFormatting().setFillBackgroundColor(IndexedColors.ROSE.getIndex());
        rule.getPatternFormatting().setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(row, row, col, col)}, rule);
    }

    // ---------------------------------------------------------------- Roll-forward

    private void writeRollForward() {
        String register = crit(D_SOURCE, ReconRecord.REGISTER);
        for (RollForward rf : report.rollForwards()) {
            LedgerKey k = rf.key();
            String where = crit(D_ENTITY, k.entity()) + crit(D_CURRENCY, k.currency());
            SheetTable.RowWriter w = rollForward.row();
            int r = w.rowIndex() + 1;
            w.text(RF_ENTITY.index(), k.entity()).text(RF_CURRENCY.index(), k.currency());
            w.formula(RF_OPENING.index(), round(sumifs(crit(D_SOURCE, ReconRecord.PRIOR) + where)), rf.opening().doubleValue());
            w.formula(RF_INVOICES.index(), round(sumifs(register + crit(D_TYPE, DocumentType.INVOICE.label()) + where) + "+"
                    + sumifs(register + crit(D_TYPE, DocumentType.DEBIT_MEMO.label()) + where) + "+"
                    + sumifs(register + crit(D_TYPE, DocumentType.FINANCE_CHARGE.label()) + where)),
                    rf.invoices().doubleValue());
            w.formula(RF_RECEIPTS.index(), round(sumifs(register + crit(D_TYPE, DocumentType.PAYMENT.label()) + where)),
                    rf.receipts().doubleValue());
            w.formula(RF_CREDITS.index(), round(sumifs(register + crit(D_TYPE, DocumentType.CREDIT_MEMO.label()) + where)),
                    rf.credits().doubleValue());
            w.formula(RF_WRITE_OFFS.index(), round(sumifs(register + crit(D_TYPE, DocumentType.WRITE_OFF.label()) + where)),
                    rf.writeOffs().doubleValue());
            // Adjustments are every other movement: the register's total less the typed columns.
            w.formula(RF_ADJUSTMENTS.index(), round(sumifs(register + where) + "-" + RF_INVOICES.letter() + r
                    + "-" + RF_RECEIPTS.letter() + r + "-" + RF_CREDITS.letter() + r + "-" + RF_WRITE_OFFS.letter() + r),
                    rf.adjustments().doubleValue());
            w.formula(RF_COMPUTED.index(), round("SUM(" + RF_OPENING.letter() + r + ":" + RF_WRITE_OFFS.letter() + r + ")"),
                    rf.computedClosing().doubleValue());
            w.formula(RF_SUBLEDGER.index(), round(sumifs(crit(D_SOURCE, ReconRecord.SUBLEDGER) + where)),
                    rf.subledgerClosing().doubleValue());
            w.formula(RF_DIFFERENCE.index(), round(RF_SUBLEDGER.letter() + r + "-" + RF_COMPUTED.letter() + r),
                    rf.difference().doubleValue());
            flagNonZero(book.sheet(ROLL_FORWARD).getSheetConditionalFormatting(), r - 1, RF_DIFFERENCE);
        }
        // Below the table (outside its filter): the closing documents the roll-forward cannot trace.
        List<ReconRecord> behind = report.rollForwards().stream().flatMap(f -> f.itemsBehind().stream()).toList();
        rollForward.footerRow();
        rollForward.footerRow().text(RF_ENTITY.index(), behind.isEmpty()
                ? "Every closing subledger document is in the prior period or the register."
                : "Items behind a difference: closing subledger documents in neither the prior period nor the register")
                .style(RF_ENTITY.index(), StyleRole.TOTAL_LABEL);
        if (!behind.isEmpty()) {
            SheetTable.RowWriter h = rollForward.footerRow();
            List<Column> labels = BEHIND_COLUMNS.columns();
            for (int i = 0; i < labels.size(); i++) {
                h.text(i, labels.get(i).header()).style(i, StyleRole.HEADER);
            }
            for (ReconRecord rec : behind) {
                rollForward.footerRow().text(B_ENTITY.index(), rec.entity()).text(B_CURRENCY.index(), rec.currency())
                        .text(B_DOCUMENT.index(), rec.document()).text(B_CUSTOMER.index(), rec.customer())
                        .date(B_DATE.index(), rec.date()).style(B_DATE.index(), StyleRole.DATE)
                        .amount(B_AMOUNT.index(), rec.amount());
            }
        }
        rollForward.finish();
    }

    // ---------------------------------------------------------------- Unapplied Cash

    private void writeUnapplied() {
        LocalDate asOf = report.parameters().asOf();
        int first = unapplied.nextRowIndex();
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (OpenItem i : report.unappliedAndCredits()) {
            LocalDate from = i.documentDate() != null ? i.documentDate() : i.dueDate();
            unapplied.row().text(U_CUSTOMER_ID.index(), i.customer().id()).text(U_CUSTOMER_NAME.index(), i.customer().name())
                    .text(U_DOCUMENT.index(), i.documentNumber()).text(U_TYPE.index(), i.type().label())
                    .date(U_DOCUMENT_DATE.index(), i.documentDate()).date(U_DUE_DATE.index(), i.dueDate())
                    .number(U_AGE.index(), ChronoUnit.DAYS.between(from, asOf)).amount(U_AMOUNT.index(), i.openAmount())
                    .text(U_CURRENCY.index(), i.currency()).text(U_ENTITY.index(), i.entity())
                    .number(U_SOURCE_ROW.index(), i.sourceRow());
            totals.merge(i.currency() == null ? "" : i.currency(), i.openAmount(), BigDecimal::add);
        }
        int last = unapplied.nextRowIndex() - 1;
        unapplied.footerRow();
        if (totals.isEmpty()) {
            unapplied.footerRow().text(U_CUSTOMER_ID.index(), "No unapplied cash or open credits at the as-of date"); // first column
        }
        String amounts = "$" + U_AMOUNT.letter() + "$" + (first + 1) + ":$" + U_AMOUNT.letter() + "$" + (last + 1);
        String currencies = "$" + U_CURRENCY.letter() + "$" + (first + 1) + ":$" + U_CURRENCY.letter() + "$" + (last + 1);
        totals.forEach((currency, sum) -> {
            SheetTable.RowWriter w = unapplied.footerRow();
            // The label in the first column.
            w.text(U_CUSTOMER_ID.index(), "Total" + (currency.isEmpty() ? "" : " " + currency))
                    .style(U_CUSTOMER_ID.index(), StyleRole.TOTAL_LABEL);
            w.text(U_CURRENCY.index(), currency).style(U_CURRENCY.index(), StyleRole.TOTAL_LABEL);
            w.formula(U_AMOUNT.index(), round(totals.size() == 1 ? "SUM(" + amounts + ")"
                    : "SUMIF(" + currencies + "," + SheetRefs.exactCriterion(currency) + "," + amounts + ")"), sum.doubleValue())
                    .style(U_AMOUNT.index(), StyleRole.TOTAL_AMOUNT);
        });
        unapplied.finish();
    }

    // ---------------------------------------------------------------- Checks

    private List<Check> checks(Tally tally, Map<LedgerKey, Block> blocks, RowTieOut tieOut,
                               List<SheetTable.Part> exceptionParts) {
        List<Check> list = new ArrayList<>();
        String notAfter = "," + TABLE + "[" + D_STATUS.header() + "]," + SheetRefs.text("<>" + MatchStatus.AFTER_CUT_OFF.label());
        for (LedgerComparison c : report.comparisons()) {
            LedgerKey k = c.key();
            Block b = blocks.get(k);
            String label = k.label().isEmpty() ? "" : " (" + k.label() + ")";
            String where = crit(D_ENTITY, k.entity()) + crit(D_CURRENCY, k.currency());
            // Another route than the Summary's: the GL lines not after the cut-off, in one SUMIFS.
            list.add(Check.of("Difference" + label + " = GL − subledger, recomputed from Recon Data",
                    round(sumifs(crit(D_SOURCE, ReconRecord.GL) + notAfter + where) + "-"
                            + sumifs(crit(D_SOURCE, ReconRecord.SUBLEDGER) + where)), c.difference(),
                    summaryCell(b.difference()), c.difference(),
                    "GL lines not dated after the cut-off − subledger items, straight from the table, vs. Summary"));
            list.add(Check.of("Explained + unexplained" + label + " = difference", summaryCell(b.difference()),
                    c.difference(), "SUM(" + summaryCell(b.firstCategory()) + ":$" + S_AMOUNT.letter() + "$" + (b.lastCategory() + 1) + ")+"
                            + summaryCell(b.unexplained()), c.explainedTotal().add(c.unexplained()),
                    "The reconciling categories plus the unexplained remainder add up to the difference"));
            if (report.glHasDocuments()) {
                String matched = crit(D_STATUS, MatchStatus.MATCHED.label()) + where;
                BigDecimal net = tally.counts(k).matchedNet;
                list.add(Check.of("Matched documents" + label + " net to zero", null, BigDecimal.ZERO,
                        round(sumifs(crit(D_SOURCE, ReconRecord.GL) + matched) + "-"
                                + sumifs(crit(D_SOURCE, ReconRecord.SUBLEDGER) + matched)), net,
                        "GL − subledger amounts of the records marked Matched"));
            }
        }
        Map<String, BigDecimal> subledgerByCurrency = new TreeMap<>();
        for (LedgerComparison c : report.comparisons()) {
            subledgerByCurrency.merge(c.key().currency(), c.subledger(), BigDecimal::add);
        }
        boolean single = subledgerByCurrency.size() <= 1;
        for (Map.Entry<String, BigDecimal> e : subledgerByCurrency.entrySet()) {
            String currency = e.getKey();
            String label = currency.isEmpty() ? "" : " (" + currency + ")";
            String inTable = sumifs(crit(D_SOURCE, ReconRecord.SUBLEDGER) + (single ? "" : crit(D_CURRENCY, currency)));
            BigDecimal items = tally.subledgerAmount(single ? null : currency);
            list.add(Check.of("Subledger items on Recon Data" + label + " = subledger total read", null, e.getValue(),
                    inTable, items, "The engine's subledger total vs. the Subledger rows of the table"));
            BigDecimal control = controlTotal(tieOut, currency, single);
            if (control != null) {
                BigDecimal unused = single ? exceptions.unusedAmountAll() : exceptions.unusedAmount(currency);
                list.add(Check.of("Export's own total" + label + " = subledger items + rejected rows", null, control,
                        inTable + "+" + ExceptionsSheet.unusedAmountFormula(single ? null : currency), items.add(unused),
                        "The grand total row of the subledger export vs. its items and the amounts on its rejected rows"));
            } else {
                list.add(Check.notApplicable("Export's own total" + label,
                        "The subledger export has no grand total row" + (currency.isEmpty() ? "" : " for " + currency)
                                + " to compare with"));
            }
        }
        StringBuilder rows = new StringBuilder(countifs(crit(D_SOURCE, ReconRecord.SUBLEDGER)));
        for (SheetTable.Part p : exceptionParts) {
            rows.append("+COUNT(").append(SheetRefs.wholeColumn(p.sheetName(), ExceptionsSheet.SOURCE_ROW.index())).append(")");
        }
        rows.append("+").append(tieOut.blankRows()).append("+").append(tieOut.headerRows());
        // exportRows() is what COUNT finds: the numbered rows, whichever section of a pack listed them.
        long listed = tally.count(ReconRecord.SUBLEDGER) + exceptions.exportRows();
        list.add(Check.count("Every subledger row read is accounted for", null, BigDecimal.valueOf(tieOut.rowsRead()),
                rows.toString(), BigDecimal.valueOf(listed + tieOut.blankRows() + tieOut.headerRows()),
                "Rows read = Subledger records on Recon Data + numbered rows on Exceptions + " + tieOut.blankRows()
                        + " blank + " + tieOut.headerRows() + " header (rows of other files are referenced as text)"));
        return list;
    }

    private static BigDecimal controlTotal(RowTieOut tieOut, String currency, boolean single) {
        if (tieOut.controlTotals().containsKey(currency)) {
            return tieOut.controlTotals().get(currency);
        }
        if (single && tieOut.controlTotals().size() == 1) {
            return tieOut.controlTotals().values().iterator().next();
        }
        return null;
    }

    private String summaryCell(int row) {
        return SheetRefs.absolute(summaryName, S_AMOUNT.index(), row + 1);
    }

    // ---------------------------------------------------------------- formulas

    /** Sums of many amounts carry binary noise (a zero shows as a red -0.00): computed amounts are rounded to the cent. */
    private static String round(String formula) {
        return "ROUND(" + formula + ",2)";
    }

    private static String sumifs(String criteria) {
        return "SUMIFS(" + TABLE + "[" + D_AMOUNT.header() + "]" + criteria + ")";
    }

    private static String countifs(String criteria) {
        return "COUNTIFS(" + criteria.substring(1) + ")";
    }

    /** {@code ,ReconData[column],"value"}: an exact-match criterion (wildcards and operators in the value escaped). */
    static String crit(ColumnSchema.Handle column, String value) {
        return "," + TABLE + "[" + column.header() + "]," + SheetRefs.exactCriterion(value);
    }

    @Override
    public void close() throws IOException {
        if (checks != null) { // a pack's section: the pack owns the book
            book.close();
        }
    }

    // ---------------------------------------------------------------- cached values

    /** Counts and sums of the records, for the cached values of the COUNTIFS / SUMIFS. */
    private static final class Tally {
        private final Map<String, Long> bySource = new HashMap<>();
        private final Map<LedgerKey, Counts> byKey = new HashMap<>();
        private final Map<String, BigDecimal> subledgerByCurrency = new TreeMap<>();

        void add(ReconRecord r) {
            bySource.merge(r.source(), 1L, Long::sum);
            Counts c = byKey.computeIfAbsent(new LedgerKey(r.entity(), r.currency()), x -> new Counts());
            boolean sl = ReconRecord.SUBLEDGER.equals(r.source());
            boolean gl = ReconRecord.GL.equals(r.source());
            if (sl) {
                c.subledger++;
                subledgerByCurrency.merge(r.currency(), r.amount(), BigDecimal::add);
                if (DocumentType.PAYMENT.label().equals(r.type())) {
                    c.payments++;
                }
            }
            if (gl && r.status() != MatchStatus.AFTER_CUT_OFF) {
                c.glInBalance++;
            }
            c.byStatus.merge(r.status(), 1L, Long::sum);
            if (r.status() == MatchStatus.MATCHED && (sl || gl)) {
                c.matchedNet = sl ? c.matchedNet.subtract(r.amount()) : c.matchedNet.add(r.amount());
            }
        }

        long count(String source) {
            return bySource.getOrDefault(source, 0L);
        }

        Counts counts(LedgerKey k) {
            return byKey.getOrDefault(k, new Counts());
        }

        BigDecimal subledgerAmount(String currency) {
            return currency == null ? subledgerByCurrency.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    : subledgerByCurrency.getOrDefault(currency, BigDecimal.ZERO);
        }
    }

    private static final class Counts {
        long subledger;
        long glInBalance;
        long payments;
        BigDecimal matchedNet = BigDecimal.ZERO;
        final Map<MatchStatus, Long> byStatus = new EnumMap<>(MatchStatus.class);

        long status(MatchStatus s) {
            return byStatus.getOrDefault(s, 0L);
        }
    }
}
