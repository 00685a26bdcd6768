package com.arworkbench.ingest.bank;

import com.arworkbench.ingest.IngestOptions;
import com.arworkbench.ingest.SourceFile;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.ingest.layout.ColumnMapping;
import com.arworkbench.ingest.layout.Field;
import com.arworkbench.ingest.layout.Layout;
import com.arworkbench.ingest.layout.LayoutDetector;
import com.arworkbench.ingest.layout.TableKind;
import com.arworkbench.ingest.table.FormatSniffer;
import com.arworkbench.ingest.table.SniffResult;
import com.arworkbench.ingest.table.TableReader;
import com.arworkbench.ingest.table.TableReaders;
import com.arworkbench.ingest.values.AmountParser;
import com.arworkbench.model.RejectedRow;
import com.arworkbench.model.RemittanceLine;
import com.arworkbench.model.RowDisposition;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A remittance advice export (CSV/XLSX): payment reference, invoice number, amount paid, deduction. */
public record RemittanceFile(SourceFile source, List<RemittanceLine> lines, List<RejectedRow> notUsed) {

    public static RemittanceFile read(Path path, String displayName) throws IOException, UnreadableFileException {
        SourceFile source = SourceFile.of(path, displayName);
        SniffResult sniff = FormatSniffer.sniff(path);
        TableReader reader = TableReaders.open(path, sniff);
        Layout layout = LayoutDetector.detect(reader, sniff, IngestOptions.detect(), TableKind.REMITTANCE_ADVICE);
        ColumnMapping m = layout.mapping();
        List<RemittanceLine> lines = new ArrayList<>();
        List<RejectedRow> notUsed = new ArrayList<>();
        reader.read(row -> {
            if (row.rowNumber() <= layout.headerRow() || row.isBlank()) {
                return true;
            }
            String reference = row.cell(m.index(Field.REFERENCE)).strip();
            String invoice = row.cell(m.index(Field.DOCUMENT_NUMBER)).strip();
            var paid = AmountParser.parse(row.cell(m.index(Field.AMOUNT)), layout.numberStyle());
            if (reference.isEmpty() || invoice.isEmpty() || paid.isEmpty()) {
                notUsed.add(new RejectedRow(row.rowNumber(), RowDisposition.REJECTED,
                        "Remittance line needs a payment reference, an invoice and the amount paid", row.values(), null, ""));
                return true;
            }
            BigDecimal deduction = m.has(Field.DEDUCTION)
                    ? AmountParser.parse(row.cell(m.index(Field.DEDUCTION)), layout.numberStyle())
                            .map(a -> a.value().abs()).orElse(BigDecimal.ZERO)
                    : BigDecimal.ZERO;
            lines.add(new RemittanceLine(row.rowNumber(), reference, invoice, paid.get().value(), deduction));
            return true;
        });
        return new RemittanceFile(source, List.copyOf(lines), List.copyOf(notUsed));
    }
}
