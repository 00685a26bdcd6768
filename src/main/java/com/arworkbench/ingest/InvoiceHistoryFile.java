package com.arworkbench.ingest;

import com.arworkbench.ingest.layout.Layout;
import com.arworkbench.ingest.layout.LayoutDetector;
import com.arworkbench.ingest.layout.TableKind;
import com.arworkbench.ingest.table.FormatSniffer;
import com.arworkbench.ingest.table.SniffResult;
import com.arworkbench.ingest.table.TableReader;
import com.arworkbench.ingest.table.TableReaders;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * An invoice history export, opened: an invoice register, closed/cleared items (SAP FBL5N cleared
 * items, NetSuite "Date Closed", Business Central "Closed at Date", Xero "Fully Paid On Date"), or a
 * write-offs (bad debts) list, which is the same layout with write-off documents. Rows are streamed
 * to the sink, never held: a history of millions of lines reads in constant memory.
 */
public record InvoiceHistoryFile(SourceFile source, SniffResult sniff, TableReader reader, Layout layout) {

    /** Note: a status column said paid/closed, but there was no paid date; the record is left unsettled. */
    public static final String PAID_STATUS_WITHOUT_DATE = "Status says paid but no paid date: left unsettled";
    /** Note: a paid date was given while an amount was still open (or the status said open); left unsettled. */
    public static final String PAID_DATE_BUT_OPEN = "Paid date given but still open (open amount not zero, or status open): left unsettled";
    /** Note: records with a paid date. */
    public static final String SETTLED = "Settled (with a paid date)";
    /** Note: write-off documents, the bad debts. */
    public static final String WRITE_OFFS = "Write-offs (bad debts)";

    public static InvoiceHistoryFile open(Path path, String displayName) throws IOException, UnreadableFileException {
        SourceFile source = SourceFile.of(path, displayName);
        SniffResult sniff = FormatSniffer.sniff(path);
        TableReader reader = TableReaders.open(path, sniff);
        Layout layout = LayoutDetector.detect(reader, sniff, IngestOptions.detect(), TableKind.INVOICE_HISTORY);
        return new InvoiceHistoryFile(source, sniff, reader, layout);
    }

    /** The same export, with rows that name no currency taken as {@code currency}. */
    public InvoiceHistoryFile withBaseCurrency(String currency) {
        return new InvoiceHistoryFile(source, sniff, reader, layout.withBaseCurrency(currency));
    }

    /**
     * Converts every row, in source order, into the sink. rowsRead = records + rejected + structural
     * rows; the export's last bare total row per currency becomes a control total.
     */
    public IngestSummary read(HistorySink sink) throws IOException, UnreadableFileException {
        HistoryRowInterpreter.Result r;
        // parsed on this thread, the sink (the KPIs' aggregation) on another: the two halves overlap on 2 cores
        try (PipelinedSink pipe = PipelinedSink.of(sink)) {
            r = HistoryRowInterpreter.run(reader, layout, pipe.historySink());
            pipe.finish();
        }
        Map<String, Long> notes = new TreeMap<>();
        r.notes().forEach((note, count) -> notes.put(label(note), count));
        IngestSummary s = r.summary().withNotes(Collections.unmodifiableMap(notes));
        if (s.items() == 0 && s.rejected() == 0) {
            throw new NoDataRowsException("No invoices in " + source.displayName() + ": the header (row " + layout.headerRow()
                    + ") is followed by no data rows. Check the report's filters and export again.");
        }
        return s;
    }

    /** The note as {@link IngestSummary#notes()} names it for the user. */
    private static String label(HistoryRowInterpreter.Note note) {
        return switch (note) {
            case PAID_STATUS_WITHOUT_DATE -> PAID_STATUS_WITHOUT_DATE;
            case PAID_DATE_BUT_OPEN -> PAID_DATE_BUT_OPEN;
            case SETTLED -> SETTLED;
            case WRITE_OFF -> WRITE_OFFS;
        };
    }
}
