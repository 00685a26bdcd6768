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

    static final List<Column> DATA_COLUMNS = List.of(Column.text("Source"), Column.text("Entity"), Column.text("Account"),
            Column.text("Period"), Column.text("Customer"), Column.text("Document"), Column.text("Type"),
            Column.text("Currency"), Column.date("Date"), Column.amount("Amount"), Column.text("Match status"),
            Column.integer("Source row"));
    static final int D_SOURCE = 0;
    static final int D_ENTITY = 1;
    static final int D_CUSTOMER = 4;
    static final int D_CURRENCY = 7;
    static final int D_AMOUNT = 9;
    static final int D_STATUS = 10;

    private static final List<Column> SUMMARY_COLUMNS = List.of(Column.text("Entity"), Column.text("Currency"),
            Column.text("Line"), Column.amount("Amount"), Column.integer("Records"), Column.text("How it is computed"));
    private static final List<Column> ROLL_FORWARD_COLUMNS = List.of(Column.text("Entity"), Column.text("Currency"),
            Column.amount("Opening AR"), Column.amount("Invoices"), Column.amount("Receipts"), Column.amount("Credits"),
            Column.amount("Adjustments"), Column.amount("Write-offs"), Column.amount("Computed closing"),
            Column.amount("Subledger closing"), Column.amount("Difference"));
    private static final List<Column> UNAPPLIED_COLUMNS = List.of(Column.text("Customer ID"), Column.text("Customer name"),
            Column.text("Document"), Column.text("Type"), Column.date("Document date"), Column.date("Due date"),
            Column.integer("Age (days)"), Column.amount("Amount"), Column.text("Currency"), Column.text("Entity"),
            Column.integer("Source row"));
    private static final int U_AMOUNT = 7;
    private static final int U_CURRENCY = 8;

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
        this.summary = book.table(summaryName, SUMMARY_COLUMNS, 3);
        this.data = book.table(DATA, DATA_COLUMNS, 1);
        this.rollForward = report.rollForwards().isEmpty() ? null : book.table(ROLL_FORWARD, ROLL_FORWARD_COLUMNS, 2);
        this.unapplied = book.table(UNAPPLIED, UNAPPLIED_COLUMNS, 2);
        this.exceptions = exceptions;
        this.checks = ownsBook ? new ChecksSheet(book) : null;
        this.about = ownsBook ? new AboutSheet(book) : null;
        this.indented = wb.createCellStyle();
        indented.cloneStyleFrom(book.style(StyleRole.TEXT));
        indented.setAlignment(HorizontalAlignment.LEFT);
        indented.setIndention((short) (book.style(StyleRole.TEXT).getIndention() + 2));

        // The table and the pivot read the header cells, so they go into the template now.
        XSSFRow headerRow = dataSheet.getRow(header) != null ? dataSheet.getRow(header) : dataSheet.createRow(header);
        for (int i = 0; i < DATA_COLUMNS.size(); i++) {
            (headerRow.getCell(i) != null ? headerRow.getCell(i) : headerRow.createCell(i))
                    .setCellValue(DATA_COLUMNS.get(i).header());
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
        pivot.addReportFilter(D_STATUS);
        pivot.addRowLabel(D_CURRENCY);
        pivot.addRowLabel(D_ENTITY);
        pivot.addRowLabel(D_CUSTOMER);
        pivot.addColLabel(D_SOURCE);
        String format = book.style(StyleRole.AMOUNT).getDataFormatString();
        pivot.addColumnLabel(DataConsolidateFunction.SUM, D_AMOUNT, "Sum of Amount", format);
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
            data.row().text(0, r.source()).text(1, r.entity()).text(2, r.account()).text(3, r.period())
                    .text(4, r.customer()).text(5, r.document()).text(6, r.type()).text(7, r.currency()).date(8, r.date())
                    .amount(9, r.amount()).text(10, r.status().label()).number(11, r.sourceRow());
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
            String where = crit("Entity", k.entity()) + crit("Currency", k.currency());
            if (!first) {
                summary.row(); // a blank line between blocks
            }
            first = false;

            SheetTable.RowWriter w = line(k, SUBLEDGER_TOTAL);
            int sl = w.rowIndex();
            w.formula(3, round(sumifs(crit("Source", ReconRecord.SUBLEDGER) + where)), c.subledger().doubleValue());
            w.formula(4, countifs(crit("Source", ReconRecord.SUBLEDGER) + where), n.subledger);
            w.text(5, "Recon Data: Source = Subledger, this entity and currency");

            w = line(k, GL_BALANCE);
            int gl = w.rowIndex();
            String after = crit("Match status", MatchStatus.AFTER_CUT_OFF.label());
            w.formula(3, round(sumifs(crit("Source", ReconRecord.GL) + where) + "-"
                    + sumifs(crit("Source", ReconRecord.GL) + after + where)), c.gl().doubleValue());
            w.formula(4, countifs(crit("Source", ReconRecord.GL) + where) + "-"
                    + countifs(crit("Source", ReconRecord.GL) + after + where), n.glInBalance);
            w.text(5, "Recon Data: GL lines of this entity and currency, less those dated after the cut-off");

            w = line(k, DIFFERENCE);
            int diff = w.rowIndex();
            w.formula(3, round("D" + (gl + 1) + "-D" + (sl + 1)), c.difference().doubleValue());
            w.text(5, "GL balance − subledger total");
            total(w);

            int firstCategory = -1;
            int lastCategory = -1;
            for (MatchStatus s : MatchStatus.RECONCILING) {
                w = line(k, s.label());
                book.sheet(summaryName).getRow(w.rowIndex()).getCell(2).setCellStyle(indented); // the row is still in memory
                String status = crit("Match status", s.label());
                w.formula(3, round(sumifs(crit("Source", ReconRecord.GL) + status + where) + "-"
                        + sumifs(crit("Source", ReconRecord.SUBLEDGER) + status + where)),
                        c.explained().getOrDefault(s, BigDecimal.ZERO).doubleValue());
                w.formula(4, countifs(status + where), n.status(s));
                w.text(5, "GL − subledger amounts with Match status " + s.label());
                if (firstCategory < 0) {
                    firstCategory = w.rowIndex();
                }
                lastCategory = w.rowIndex();
            }

            w = line(k, EXPLAINED);
            int explained = w.rowIndex();
            w.formula(3, round("SUM(D" + (firstCategory + 1) + ":D" + (lastCategory + 1) + ")"),
                    c.explainedTotal().doubleValue());
            w.text(5, "Sum of the reconciling categories");

            w = line(k, UNEXPLAINED);
            int unexplained = w.rowIndex();
            w.formula(3, round("D" + (diff + 1) + "-D" + (explained + 1)), c.unexplained().doubleValue());
            w.text(5, "Difference − explained: what no document explains");
            total(w);
            flagNonZero(book.sheet(summaryName).getSheetConditionalFormatting(), unexplained, 3);

            w = line(k, UNAPPLIED_INFO);
            String payments = crit("Source", ReconRecord.SUBLEDGER) + crit("Type", DocumentType.PAYMENT.label()) + where;
            w.formula(3, round(sumifs(payments)), c.unapplied().doubleValue());
            w.formula(4, countifs(payments), n.payments);
            w.text(5, "Subledger items of type " + DocumentType.PAYMENT.label() + ", included in the subledger total");

            blocks.put(k, new Block(sl, gl, diff, firstCategory, lastCategory, explained, unexplained));
        }
        if (report.comparisons().isEmpty()) {
            summary.row().text(2, "No records in either ledger");
        }
        summary.finish();
        return blocks;
    }

    private SheetTable.RowWriter line(LedgerKey k, String label) {
        return summary.row().text(0, k.entity()).text(1, k.currency()).text(2, label);
    }

    private static void total(SheetTable.RowWriter w) {
        w.style(0, StyleRole.TOTAL_LABEL).style(1, StyleRole.TOTAL_LABEL).style(2, StyleRole.TOTAL_LABEL)
                .style(3, StyleRole.TOTAL_AMOUNT);
    }

    /** Rose fill when the cell is not zero to the cent. */
    private static void flagNonZero(SheetConditionalFormatting cf, int row, int col) {
        String ref = SheetRefs.col(col) + (row + 1);
        ConditionalFormattingRule rule = cf.createConditionalFormattingRule("ROUND(" + ref + ",2)<>0");
        rule.createPatternFormatting().setFillBackgroundColor(IndexedColors.ROSE.getIndex());
        rule.getPatternFormatting().setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(row, row, col, col)}, rule);
    }

    // ---------------------------------------------------------------- Roll-forward

    private void writeRollForward() {
        String register = crit("Source", ReconRecord.REGISTER);
        for (RollForward rf : report.rollForwards()) {
            LedgerKey k = rf.key();
            String where = crit("Entity", k.entity()) + crit("Currency", k.currency());
            SheetTable.RowWriter w = rollForward.row();
            int r = w.rowIndex() + 1;
            w.text(0, k.entity()).text(1, k.currency());
            w.formula(2, round(sumifs(crit("Source", ReconRecord.PRIOR) + where)), rf.opening().doubleValue());
            w.formula(3, round(sumifs(register + crit("Type", DocumentType.INVOICE.label()) + where) + "+"
                    + sumifs(register + crit("Type", DocumentType.DEBIT_MEMO.label()) + where) + "+"
                    + sumifs(register + crit("Type", DocumentType.FINANCE_CHARGE.label()) + where)),
                    rf.invoices().doubleValue());
            w.formula(4, round(sumifs(register + crit("Type", DocumentType.PAYMENT.label()) + where)),
                    rf.receipts().doubleValue());
            w.formula(5, round(sumifs(register + crit("Type", DocumentType.CREDIT_MEMO.label()) + where)),
                    rf.credits().doubleValue());
            w.formula(7, round(sumifs(register + crit("Type", DocumentType.WRITE_OFF.label()) + where)),
                    rf.writeOffs().doubleValue());
            // Adjustments are every other movement: the register's total less the typed columns.
            w.formula(6, round(sumifs(register + where) + "-D" + r + "-E" + r + "-F" + r + "-H" + r),
                    rf.adjustments().doubleValue());
            w.formula(8, round("SUM(C" + r + ":H" + r + ")"), rf.computedClosing().doubleValue());
            w.formula(9, round(sumifs(crit("Source", ReconRecord.SUBLEDGER) + where)), rf.subledgerClosing().doubleValue());
            w.formula(10, round("J" + r + "-I" + r), rf.difference().doubleValue());
            flagNonZero(book.sheet(ROLL_FORWARD).getSheetConditionalFormatting(), r - 1, 10);
        }
        // Below the table (outside its filter): the closing documents the roll-forward cannot trace.
        List<ReconRecord> behind = report.rollForwards().stream().flatMap(f -> f.itemsBehind().stream()).toList();
        rollForward.footerRow();
        rollForward.footerRow().text(0, behind.isEmpty()
                ? "Every closing subledger document is in the prior period or the register."
                : "Items behind a difference: closing subledger documents in neither the prior period nor the register")
                .style(0, StyleRole.TOTAL_LABEL);
        if (!behind.isEmpty()) {
            SheetTable.RowWriter h = rollForward.footerRow();
            String[] labels = {"Entity", "Currency", "Document", "Customer", "Document date", "Amount"};
            for (int i = 0; i < labels.length; i++) {
                h.text(i, labels[i]).style(i, StyleRole.HEADER);
            }
            for (ReconRecord rec : behind) {
                rollForward.footerRow().text(0, rec.entity()).text(1, rec.currency()).text(2, rec.document())
                        .text(3, rec.customer()).date(4, rec.date()).style(4, StyleRole.DATE).amount(5, rec.amount());
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
            unapplied.row().text(0, i.customer().id()).text(1, i.customer().name()).text(2, i.documentNumber())
                    .text(3, i.type().label()).date(4, i.documentDate()).date(5, i.dueDate())
                    .number(6, ChronoUnit.DAYS.between(from, asOf)).amount(7, i.openAmount()).text(8, i.currency())
                    .text(9, i.entity()).number(10, i.sourceRow());
            totals.merge(i.currency() == null ? "" : i.currency(), i.openAmount(), BigDecimal::add);
        }
        int last = unapplied.nextRowIndex() - 1;
        unapplied.footerRow();
        if (totals.isEmpty()) {
            unapplied.footerRow().text(0, "No unapplied cash or open credits at the as-of date");
        }
        String amounts = "$" + SheetRefs.col(U_AMOUNT) + "$" + (first + 1) + ":$" + SheetRefs.col(U_AMOUNT) + "$" + (last + 1);
        String currencies = "$" + SheetRefs.col(U_CURRENCY) + "$" + (first + 1) + ":$" + SheetRefs.col(U_CURRENCY) + "$"
                + (last + 1);
        totals.forEach((currency, sum) -> {
            SheetTable.RowWriter w = unapplied.footerRow();
            w.text(0, "Total" + (currency.isEmpty() ? "" : " " + currency)).style(0, StyleRole.TOTAL_LABEL);
            w.text(U_CURRENCY, currency).style(U_CURRENCY, StyleRole.TOTAL_LABEL);
            w.formula(U_AMOUNT, round(totals.size() == 1 ? "SUM(" + amounts + ")"
                    : "SUMIF(" + currencies + "," + SheetRefs.exactCriterion(currency) + "," + amounts + ")"), sum.doubleValue())
                    .style(U_AMOUNT, StyleRole.TOTAL_AMOUNT);
        });
        unapplied.finish();
    }

    // ---------------------------------------------------------------- Checks

    private List<Check> checks(Tally tally, Map<LedgerKey, Block> blocks, RowTieOut tieOut,
                               List<SheetTable.Part> exceptionParts) {
        List<Check> list = new ArrayList<>();
        String notAfter = "," + TABLE + "[Match status]," + SheetRefs.text("<>" + MatchStatus.AFTER_CUT_OFF.label());
        for (LedgerComparison c : report.comparisons()) {
            LedgerKey k = c.key();
            Block b = blocks.get(k);
            String label = k.label().isEmpty() ? "" : " (" + k.label() + ")";
            String where = crit("Entity", k.entity()) + crit("Currency", k.currency());
            // Another route than the Summary's: the GL lines not after the cut-off, in one SUMIFS.
            list.add(Check.of("Difference" + label + " = GL − subledger, recomputed from Recon Data",
                    round(sumifs(crit("Source", ReconRecord.GL) + notAfter + where) + "-"
                            + sumifs(crit("Source", ReconRecord.SUBLEDGER) + where)), c.difference(),
                    summaryCell(b.difference()), c.difference(),
                    "GL lines not dated after the cut-off − subledger items, straight from the table, vs. Summary"));
            list.add(Check.of("Explained + unexplained" + label + " = difference", summaryCell(b.difference()),
                    c.difference(), "SUM(" + summaryCell(b.firstCategory()) + ":$D$" + (b.lastCategory() + 1) + ")+"
                            + summaryCell(b.unexplained()), c.explainedTotal().add(c.unexplained()),
                    "The reconciling categories plus the unexplained remainder add up to the difference"));
            if (report.glHasDocuments()) {
                String matched = crit("Match status", MatchStatus.MATCHED.label()) + where;
                BigDecimal net = tally.counts(k).matchedNet;
                list.add(Check.of("Matched documents" + label + " net to zero", null, BigDecimal.ZERO,
                        round(sumifs(crit("Source", ReconRecord.GL) + matched) + "-"
                                + sumifs(crit("Source", ReconRecord.SUBLEDGER) + matched)), net,
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
            String inTable = sumifs(crit("Source", ReconRecord.SUBLEDGER) + (single ? "" : crit("Currency", currency)));
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
        StringBuilder rows = new StringBuilder(countifs(crit("Source", ReconRecord.SUBLEDGER)));
        for (SheetTable.Part p : exceptionParts) {
            rows.append("+COUNT(").append(SheetRefs.wholeColumn(p.sheetName(), 0)).append(")");
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
        return SheetRefs.absolute(summaryName, 3, row + 1);
    }

    // ---------------------------------------------------------------- formulas

    /** Sums of many amounts carry binary noise (a zero shows as a red -0.00): computed amounts are rounded to the cent. */
    private static String round(String formula) {
        return "ROUND(" + formula + ",2)";
    }

    private static String sumifs(String criteria) {
        return "SUMIFS(" + TABLE + "[Amount]" + criteria + ")";
    }

    private static String countifs(String criteria) {
        return "COUNTIFS(" + criteria.substring(1) + ")";
    }

    /** {@code ,ReconData[column],"value"}: an exact-match criterion (wildcards and operators in the value escaped). */
    static String crit(String column, String value) {
        return "," + TABLE + "[" + column + "]," + SheetRefs.exactCriterion(value);
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
