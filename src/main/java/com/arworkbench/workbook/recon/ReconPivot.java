package com.arworkbench.workbook.recon;

import static com.arworkbench.workbook.recon.ReconDataSheet.AMOUNT;
import static com.arworkbench.workbook.recon.ReconDataSheet.COLUMNS;
import static com.arworkbench.workbook.recon.ReconDataSheet.CURRENCY;
import static com.arworkbench.workbook.recon.ReconDataSheet.CUSTOMER;
import static com.arworkbench.workbook.recon.ReconDataSheet.ENTITY;
import static com.arworkbench.workbook.recon.ReconDataSheet.SOURCE;
import static com.arworkbench.workbook.recon.ReconDataSheet.STATUS;

import com.arworkbench.recon.ReconReport;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyleRole;
import com.arworkbench.workbook.StyledWorkbook;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataConsolidateFunction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFPivotTable;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPivotTableDefinition;

/**
 * Pivot: a pivot table over the Recon Data table, rows Currency › Entity › Customer (amounts of
 * different currencies are never added), columns Source, values Sum of Amount, filter Match status.
 * Its cache is empty and refreshes on load, so it is made on the template and nothing streams to it.
 */
final class ReconPivot {

    static final String NAME = "Pivot";
    static final String PIVOT_NAME = "ReconPivot";
    /** Excel fits the columns when it refreshes; LibreOffice keeps these. */
    private static final int[] WIDTHS = {12, 12, 32, 16, 16, 16, 16};

    private ReconPivot() {
    }

    /**
     * Puts the pivot where the template's {@code {{columns}}} marker is. POI's addRowLabel / addColLabel /
     * addReportFilter write one item per source row into each such field (measured: 95 MB of pivot XML
     * for these five fields over a million rows, built as XmlBeans objects in memory); the fields are
     * therefore laid out over the header row alone, one default item each (what POI writes for an empty
     * source, and all a refresh-on-load cache needs), and the source reference is widened to the full
     * table afterwards.
     */
    static void create(StyledWorkbook book, ReconDataSheet data, ReconReport report) {
        XSSFSheet sheet = book.template().workbook().getSheet(NAME);
        if (sheet == null) {
            return; // a restyled template may drop the pivot sheet
        }
        int at = book.template().headerRow(sheet);
        Cell marker = ColumnsMarker.find(sheet);
        if (marker != null) {
            Row row = marker.getRow();
            row.removeCell(marker);
            if (row.getPhysicalNumberOfCells() == 0) {
                sheet.removeRow(row);
            }
        }
        int header = data.headerRow();
        AreaReference headerOnly = new AreaReference(new CellReference(header, 0),
                new CellReference(header, COLUMNS.size() - 1), SpreadsheetVersion.EXCEL2007);
        XSSFPivotTable pivot = sheet.createPivotTable(headerOnly, new CellReference(Math.max(at, 3), 0), data.templateSheet());
        pivot.addReportFilter(STATUS.index());
        pivot.addRowLabel(CURRENCY.index());
        pivot.addRowLabel(ENTITY.index());
        pivot.addRowLabel(CUSTOMER.index());
        pivot.addColLabel(SOURCE.index());
        String format = book.style(StyleRole.AMOUNT).getDataFormatString();
        pivot.addColumnLabel(DataConsolidateFunction.SUM, AMOUNT.index(), "Sum of " + AMOUNT.header(), format);
        pivot.getPivotCacheDefinition().getCTPivotCacheDefinition().getCacheSource().getWorksheetSource()
                .setRef(data.area().formatAsString());
        CTPivotTableDefinition def = pivot.getCTPivotTableDefinition();
        def.setName(PIVOT_NAME);
        // A total across sources (subledger + GL + register …) means nothing; one across currencies neither.
        def.setRowGrandTotals(false);
        def.setColGrandTotals(report.comparisons().stream().map(c -> c.key().currency()).distinct().count() <= 1);
        SheetTable.setUpPrinting(sheet);
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
    }
}
