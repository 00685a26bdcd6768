package com.arworkbench.ingest.table;

import com.arworkbench.ingest.UnreadableFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.NotOLE2FileException;
import org.apache.poi.poifs.filesystem.OfficeXmlFileException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads the first sheet of a legacy BIFF8 .xls workbook (Excel 97-2003) through HSSF usermodel.
 * Loading the whole workbook is acceptable here, unlike .xlsx: a BIFF sheet holds at most 65,536
 * rows × 256 columns, so memory is bounded by the format itself.
 */
public final class XlsTableReader implements TableReader {

    static {
        PoiLimits.apply();
    }


    private final Path file;

    public XlsTableReader(Path file) {
        this.file = file;
    }

    @Override
    public void read(RowHandler handler) throws IOException, UnreadableFileException {
        if (Files.size(file) == 0) {
            throw new UnreadableFileException("The file is empty; expected an Excel 97-2003 workbook (.xls).");
        }
        try (POIFSFileSystem fs = openContainer(); HSSFWorkbook workbook = openWorkbook(fs)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableFileException("The workbook contains no worksheet.");
            }
            boolean date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) { // physical rows only: rows never written are skipped, like in .xlsx
                String[] cells = new String[Math.max(row.getLastCellNum(), 0)];
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = cellText(row.getCell(c), date1904);
                }
                if (!handler.row(new RawRow(row.getRowNum() + 1L, cells))) {
                    return;
                }
            }
        }
    }

    private POIFSFileSystem openContainer() throws UnreadableFileException, IOException {
        try {
            return new POIFSFileSystem(file.toFile(), true);
        } catch (OfficeXmlFileException e) {
            throw new UnreadableFileException(
                    "The file is an Excel workbook in the newer .xlsx format, not an Excel 97-2003 workbook (.xls).", e);
        } catch (NotOLE2FileException e) {
            throw new UnreadableFileException(
                    "The file is not an Excel 97-2003 workbook (.xls): it does not have the binary Office file structure.", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(
                    "The Excel 97-2003 workbook (.xls) is damaged or incomplete and cannot be read.", e);
        }
    }

    private static HSSFWorkbook openWorkbook(POIFSFileSystem fs) throws UnreadableFileException {
        if (fs.getRoot().hasEntry(EncryptionInfo.ENCRYPTION_INFO_ENTRY)) {
            // an encrypted .xlsx travels in the same container; either way the user must remove the password
            throw new UnreadableFileException(
                    FormatSniffer.PASSWORD_PROTECTED);
        }
        try {
            return new HSSFWorkbook(fs.getRoot(), true);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFileException(
                    FormatSniffer.PASSWORD_PROTECTED, e);
        } catch (OldExcelFormatException e) {
            throw new UnreadableFileException(
                    "The workbook is in an old Excel 5.0/95 format. Open it in Excel, save it as .xlsx and try again.", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("The file is not a readable Excel 97-2003 workbook (.xls): it is damaged,"
                    + " or it is another kind of Office document.", e);
        }
    }

    private static String cellText(Cell cell, boolean date1904) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        try {
            return switch (type) {
                case STRING -> cell.getStringCellValue();
                case NUMERIC -> numericText(cell, date1904);
                case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
                case ERROR -> errorText(cell.getErrorCellValue());
                default -> "";
            };
        } catch (RuntimeException e) {
            return ""; // one unreadable cell; the row still counts
        }
    }

    private static String numericText(Cell cell, boolean date1904) {
        double value = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell)) {
            String date = SpreadsheetCellText.excelSerialDate(value, date1904);
            if (date != null) {
                return date;
            }
        }
        return SpreadsheetCellText.plainNumber(value);
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR!";
        }
    }
}
