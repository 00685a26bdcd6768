package com.arworkbench.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A template opened for streaming: tables are declared first (their header rows go into the
 * template), then {@link #startStreaming()} wraps it in a streaming workbook ({@link StreamingWorkbook}) and
 * rows flow out to temp files: a table's rows as deflated XML, anything else through POI's SXSSF. Close it to
 * delete them.
 */
public final class StyledWorkbook implements AutoCloseable {

    private final WorkbookTemplate template;
    private final Map<String, Integer> headerRows = new HashMap<>();
    private final Map<String, SheetTable> pendingTables = new HashMap<>();
    private final List<SheetTable> allTables = new java.util.ArrayList<>();
    /** Where the sheets' row files go while the book streams; null: POI's temp folder. */
    private final Path workFolder;
    private StreamingWorkbook streaming;

    public StyledWorkbook(WorkbookTemplate template) {
        this(template, null);
    }

    /**
     * @param workFolder the request's own folder for the sheets' row files (every row of the workbook sits
     *                   there until it is zipped), so nothing derived from the user's data is written
     *                   anywhere else and it goes when the request's folder goes; null: POI's temp folder
     */
    public StyledWorkbook(WorkbookTemplate template, Path workFolder) {
        this.template = template;
        this.workFolder = workFolder;
    }

    public WorkbookTemplate template() {
        return template;
    }

    public CellStyle style(StyleRole role) {
        return template.style(role);
    }

    /** Declares a table on a template sheet; call before {@link #startStreaming()}. */
    public SheetTable table(String sheetName, List<Column> columns, int frozenColumns) {
        return table(sheetName, columns, frozenColumns, SheetTable.EXCEL_MAX_ROW_INDEX);
    }

    /** A table whose sheet continues on a numbered sheet after {@code maxRowIndex}; tests reach that without a million rows. */
    public SheetTable table(String sheetName, List<Column> columns, int frozenColumns, int maxRowIndex) {
        if (streaming != null) {
            throw new IllegalStateException("tables must be declared before streaming starts");
        }
        var sheet = template.workbook().getSheet(sheetName);
        if (sheet == null) {
            throw new IllegalStateException("the template has no sheet '" + sheetName + "'");
        }
        headerRows.put(sheetName, template.headerRow(sheet));
        SheetTable t = new SheetTable(this, sheetName, columns, frozenColumns, maxRowIndex);
        pendingTables.put(sheetName, t);
        allTables.add(t);
        return t;
    }

    /**
     * Drops a template sheet the output does not need (a pack without a GL has no reconciliation);
     * call before {@link #startStreaming()}. A sheet that has a declared table cannot go: something
     * still writes to it.
     */
    public void removeSheet(String sheetName) {
        if (streaming != null) {
            throw new IllegalStateException("sheets must be removed before streaming starts");
        }
        if (pendingTables.containsKey(sheetName)) {
            throw new IllegalStateException("sheet '" + sheetName + "' has a table declared on it");
        }
        int index = template.workbook().getSheetIndex(sheetName);
        if (index < 0) {
            throw new IllegalStateException("the template has no sheet '" + sheetName + "'");
        }
        template.workbook().removeSheetAt(index); // POI also drops and re-indexes the sheet-local names
    }

    /** Cells of every table cut to Excel's 32,767-character limit so far (About reports it). */
    public long truncatedCells() {
        return allTables.stream().mapToLong(SheetTable::truncatedCells).sum();
    }

    public int headerRowOf(String sheetName) {
        return headerRows.getOrDefault(sheetName, 0);
    }

    public void startStreaming() {
        template.removeStylesSheet();
        pendingTables.values().forEach(SheetTable::writeTemplateHeader);
        streaming = new StreamingWorkbook(template.workbook(), workFolder);
        // Viewers that recalculate get the same numbers as the cached values we write.
        streaming.setForceFormulaRecalculation(true);
    }

    StreamingWorkbook streaming() {
        if (streaming == null) {
            throw new IllegalStateException("call startStreaming() first");
        }
        return streaming;
    }

    /**
     * The XSSF sheet under a (streamed) sheet. SXSSF cannot draw charts, but this sheet's drawing is
     * written with the workbook: see {@link Charts}. Its streamed rows are not in it.
     */
    public XSSFSheet templateSheet(String name) {
        XSSFSheet sheet = template.workbook().getSheet(name);
        if (sheet == null) {
            throw new IllegalStateException("the workbook has no sheet '" + name + "'");
        }
        return sheet;
    }

    public org.apache.poi.ss.usermodel.Sheet sheet(String name) {
        return streaming().getSheet(name);
    }

    public int headerRow(String sheetName) {
        return headerRows.containsKey(sheetName) ? headerRows.get(sheetName)
                : template.headerRow(template.workbook().getSheet(sheetName));
    }

    public void write(OutputStream out) throws IOException {
        streaming().write(out);
    }

    @Override
    public void close() throws IOException {
        if (streaming != null) {
            streaming.close(); // also deletes the temp files
        } else {
            template.workbook().close();
        }
    }
}
