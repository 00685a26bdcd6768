package com.arworkbench.ingest.table;

import com.arworkbench.ingest.UnreadableFileException;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/** CSV / TSV / semicolon / pipe text through FastCSV: quoting, embedded newlines and ragged rows handled there. */
public final class DelimitedTextReader implements TableReader {

    private final Path file;
    private final Charset charset;
    private final char delimiter;

    public DelimitedTextReader(Path file, Charset charset, char delimiter) {
        this.file = file;
        this.charset = charset;
        this.delimiter = delimiter;
    }

    @Override
    public void read(RowHandler handler) throws IOException, UnreadableFileException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             Reader reader = new InputStreamReader(skipBom(in), charset.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
             CsvReader<CsvRecord> csv = CsvReader.builder()
                     .fieldSeparator(delimiter)
                     .quoteCharacter('"')
                     .skipEmptyLines(false)
                     .allowExtraFields(true)
                     .allowMissingFields(true)
                     .allowExtraCharsAfterClosingQuote(true)
                     .allowUnclosedQuote(true)
                     .ofCsvRecord(reader)) {
            for (CsvRecord record : csv) {
                String[] cells = record.getFields().toArray(new String[0]);
                if (!handler.row(new RawRow(record.getStartingLineNumber(), cells))) {
                    return;
                }
            }
        } catch (CsvParseException | UncheckedIOException e) {
            throw new UnreadableFileException("The text file could not be read as '" + printable(delimiter)
                    + "'-separated values: " + e.getMessage(), e);
        }
    }

    private InputStream skipBom(InputStream in) throws IOException {
        int bomLength = ByteOrderMark.length(in);
        in.skipNBytes(bomLength);
        return in;
    }

    static String printable(char delimiter) {
        return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
    }
}
