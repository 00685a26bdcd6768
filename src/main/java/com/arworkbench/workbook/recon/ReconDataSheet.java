package com.arworkbench.workbook.recon;

import com.arworkbench.recon.ReconRecord;
import com.arworkbench.recon.ReconReport;
import com.arworkbench.workbook.Column;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyledWorkbook;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * Recon Data: one row per record of every source, under the Excel table (ListObject) {@value #TABLE}
 * that every figure of the section sums. Matching needs both ledgers, so the report is complete before
 * anything is written: the table is created on the template, sized to the records, before streaming
 * starts, and the records then stream below the template's header row.
 */
final class ReconDataSheet {

    static final String NAME = "Recon Data";
    /** Formulas refer to its columns as {@code ReconData[Amount]}. */
    static final String TABLE = "ReconData";
    static final String TABLE_STYLE = "TableStyleMedium2";

    /** Formulas name these columns by their headers ({@code ReconData[Amount]}). */
    static final ColumnSchema COLUMNS = new ColumnSchema();
    static final ColumnSchema.Handle SOURCE = COLUMNS.text("Source");
    static final ColumnSchema.Handle ENTITY = COLUMNS.text("Entity");
    static final ColumnSchema.Handle ACCOUNT = COLUMNS.text("Account");
    static final ColumnSchema.Handle PERIOD = COLUMNS.text("Period");
    static final ColumnSchema.Handle CUSTOMER = COLUMNS.text("Customer");
    static final ColumnSchema.Handle DOCUMENT = COLUMNS.text("Document");
    static final ColumnSchema.Handle TYPE = COLUMNS.text("Type");
    static final ColumnSchema.Handle CURRENCY = COLUMNS.text("Currency");
    static final ColumnSchema.Handle DATE = COLUMNS.date("Date");
    static final ColumnSchema.Handle AMOUNT = COLUMNS.amount("Amount");
    static final ColumnSchema.Handle STATUS = COLUMNS.text("Match status");
    static final ColumnSchema.Handle SOURCE_ROW = COLUMNS.integer("Source row");

    private final StyledWorkbook book;
    private final SheetTable table;
    private final XSSFSheet templateSheet;
    private final int headerRow;
    /** The table's cells: the header and one row per record (at least one, empty, for an empty reconciliation). */
    private final AreaReference area;

    /** Declares the sheet and creates the Excel table on the template; before the book streams. */
    ReconDataSheet(StyledWorkbook book, int records) {
        this.book = book;
        this.templateSheet = book.template().workbook().getSheet(NAME);
        if (templateSheet == null) {
            throw new IllegalStateException("the template has no sheet '" + NAME + "'");
        }
        this.headerRow = book.template().headerRow(templateSheet);
        if ((long) headerRow + records > SheetTable.EXCEL_MAX_ROW_INDEX) {
            throw new IllegalArgumentException(records + " records do not fit on one sheet with an Excel table (at most "
                    + (SheetTable.EXCEL_MAX_ROW_INDEX - headerRow) + "): reconcile fewer entities or periods at a time");
        }
        // Declared before the header cells replace the template's {{columns}} marker, which the table looks for.
        this.table = book.table(NAME, COLUMNS.columns(), 1);
        // The table and the pivot read the header cells, so they go into the template now.
        XSSFRow row = templateSheet.getRow(headerRow) != null ? templateSheet.getRow(headerRow) : templateSheet.createRow(headerRow);
        List<Column> columns = COLUMNS.columns();
        for (int i = 0; i < columns.size(); i++) {
            (row.getCell(i) != null ? row.getCell(i) : row.createCell(i)).setCellValue(columns.get(i).header());
        }
        // An Excel table needs at least one data row: an empty reconciliation gets one empty row.
        this.area = new AreaReference(new CellReference(headerRow, 0),
                new CellReference(headerRow + Math.max(records, 1), COLUMNS.size() - 1), SpreadsheetVersion.EXCEL2007);
        createTable();
    }

    XSSFSheet templateSheet() {
        return templateSheet;
    }

    int headerRow() {
        return headerRow;
    }

    AreaReference area() {
        return area;
    }

    private void createTable() {
        XSSFTable t = templateSheet.createTable(area);
        t.setName(TABLE);
        t.setDisplayName(TABLE);
        t.updateHeaders(); // column names = the header cells, exactly (Excel repairs a file where they differ)
        CTTable ct = t.getCTTable();
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

    /** Streams the records; returns their counts and sums, the cached values of the section's formulas. */
    ReconTally write(ReconReport report) {
        ReconTally tally = new ReconTally();
        for (ReconRecord r : report.records()) {
            table.row().text(SOURCE.index(), r.source()).text(ENTITY.index(), r.entity())
                    .text(ACCOUNT.index(), r.account()).text(PERIOD.index(), r.period())
                    .text(CUSTOMER.index(), r.customer()).text(DOCUMENT.index(), r.document())
                    .text(TYPE.index(), r.type()).text(CURRENCY.index(), r.currency()).date(DATE.index(), r.date())
                    .amount(AMOUNT.index(), r.amount()).text(STATUS.index(), r.status().label())
                    .number(SOURCE_ROW.index(), r.sourceRow());
            tally.add(r);
        }
        table.finish();
        dropSheetAutoFilter();
        return tally;
    }

    /** The table carries its own filter; a sheet filter over the same cells is an error to Excel. */
    private void dropSheetAutoFilter() {
        XSSFWorkbook wb = book.template().workbook();
        if (templateSheet.getCTWorksheet().isSetAutoFilter()) {
            templateSheet.getCTWorksheet().unsetAutoFilter();
        }
        int index = wb.getSheetIndex(templateSheet);
        for (XSSFName n : new ArrayList<>(wb.getNames(XSSFName.BUILTIN_FILTER_DB))) {
            if (n.getSheetIndex() == index) {
                wb.removeName(n);
            }
        }
    }
}
