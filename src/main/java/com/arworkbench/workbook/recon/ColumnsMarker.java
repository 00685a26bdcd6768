package com.arworkbench.workbook.recon;

import com.arworkbench.workbook.WorkbookTemplate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The template's {@code {{columns}}} marker on a sheet without a table: where the pivot or a note goes. */
final class ColumnsMarker {

    private ColumnsMarker() {
    }

    /** The marker's cell, or null when a restyled template has none. */
    static Cell find(XSSFSheet sheet) {
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
}
