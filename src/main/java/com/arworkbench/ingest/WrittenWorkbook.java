package com.arworkbench.ingest;

import com.arworkbench.ingest.table.FormatSniffer;
import com.arworkbench.ingest.table.RawRow;
import com.arworkbench.ingest.table.SniffResult;
import com.arworkbench.ingest.table.SourceFormat;
import com.arworkbench.ingest.table.XlsxTableReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A workbook this tool wrote, read back after people worked in it (the previous dunning worklist, the
 * reviewed cash application): each sheet's header row is found by its text, below the title rows, so
 * people may add, hide or reorder columns.
 *
 * @param what    how messages name the file: "previous worklist"
 * @param command the command that writes it: "dunning"
 */
public record WrittenWorkbook(Path path, String what, String command) {

    /** What a sheet's rows are used for; {@code header} maps each header text to its column. */
    public interface RowUse {
        void use(Map<String, Integer> header, RawRow row);
    }

    /** The file as a workbook of {@code command}; anything but .xlsx is refused with what was found. */
    public static WrittenWorkbook open(Path path, String what, String command) throws IOException, UnreadableFileException {
        SniffResult sniff = FormatSniffer.sniff(path);
        if (sniff.format() != SourceFormat.XLSX) {
            throw new UnreadableFileException("The " + what + " must be the .xlsx workbook the " + command
                    + " command produced (found: " + sniff.description() + ").");
        }
        return new WrittenWorkbook(path, what, command);
    }

    /**
     * Every non-blank row below the first row that has all of {@code keyHeaders}. A missing sheet or header row is
     * an error when {@code required}, else the sheet is skipped.
     */
    public void sheet(String sheet, boolean required, List<String> keyHeaders, RowUse use)
            throws IOException, UnreadableFileException {
        Map<String, Integer> header = new HashMap<>();
        try {
            new XlsxTableReader(path, sheet).read(row -> {
                if (header.isEmpty()) {
                    for (int i = 0; i < row.width(); i++) {
                        header.putIfAbsent(row.cell(i).strip(), i);
                    }
                    if (!header.keySet().containsAll(keyHeaders)) {
                        header.clear();
                    }
                    return true;
                }
                if (!row.isBlank()) {
                    use.use(header, row);
                }
                return true;
            });
        } catch (UnreadableFileException e) {
            if (required) {
                throw new UnreadableFileException("The " + what + " must be a workbook made by the " + command
                        + " command: " + e.getMessage());
            }
            return;
        }
        if (required && header.isEmpty()) {
            throw new UnreadableFileException("The " + what + "'s '" + sheet + "' sheet has no header row with '"
                    + String.join("' and '", keyHeaders) + "'.");
        }
    }

    /** The cell under {@code header}, stripped; "" when the sheet has no such column. */
    public static String cell(Map<String, Integer> header, RawRow row, String name) {
        Integer i = header.get(name);
        return i == null ? "" : row.cell(i).strip();
    }
}
