package com.arworkbench.jobs;

import com.arworkbench.ingest.IngestOptions;
import com.arworkbench.ingest.IngestSummary;
import com.arworkbench.ingest.OpenItemsFile;
import com.arworkbench.ingest.RowSink;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.ingest.layout.Field;
import com.arworkbench.ingest.layout.Layout;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.RejectedRow;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** What the page shows after a drop, before building: how the file was understood and what it holds. */
public final class Inspection {

    private Inspection() {
    }

    public record Profile(String id, String name, boolean forced) {
    }

    /**
     * One column of the header: the field it feeds (label and key, null when unused), how sure that is
     * ("high", "medium", "low"), why, and its first value.
     */
    public record ColumnUse(int index, String header, String field, String fieldKey, String confidence, String evidence,
                            String sample) {
    }

    /** A required field that could come from more than one column: the page asks, the CLI names the flag. */
    public record Uncertain(String field, String label, List<String> candidates) {
    }

    public record DateRange(String min, String max) {
    }

    public record ControlTotal(String currency, String amount) {
    }

    public record Report(String fileName, long sizeBytes, String sha256, String format, Profile profile, long headerRow,
                         List<ColumnUse> columns, List<String> unmappedHeaders, String dateOrder, String numberStyle,
                         long rowsRead, long dataRows, long rejectedRows, long structuralRows, List<String> currencies,
                         DateRange documentDates, List<ControlTotal> controlTotals, List<String> warnings,
                         List<Uncertain> uncertain, String savedMapping) {
    }

    public static Report inspect(Path path, String displayName, IngestOptions options)
            throws IOException, UnreadableFileException {
        OpenItemsFile file = OpenItemsFile.openToInspect(path, displayName, options);
        TreeSet<String> currencies = new TreeSet<>();
        LocalDate[] range = new LocalDate[2];
        IngestSummary s = file.read(new RowSink() {
            @Override
            public void item(OpenItem item) {
                currencies.add(item.currency().isEmpty() ? "(none given)" : item.currency());
                LocalDate d = item.documentDate() != null ? item.documentDate() : item.dueDate();
                range[0] = range[0] == null || d.isBefore(range[0]) ? d : range[0];
                range[1] = range[1] == null || d.isAfter(range[1]) ? d : range[1];
            }

            @Override
            public void notUsed(RejectedRow row) {
                // counted in the summary
            }
        });
        Layout layout = file.layout();
        List<ColumnUse> columns = new ArrayList<>();
        for (ColumnReport.Column c : ColumnReport.of(file)) {
            columns.add(new ColumnUse(c.index(), c.header(), c.field(), c.fieldKey(), c.confidence(), c.evidence(), c.sample()));
        }
        String savedMapping = null;
        if ("saved mapping".equals(layout.profileHow()) && options.savedMappings() != null) {
            savedMapping = options.savedMappings().find(layout.mapping().headers()).map(m -> m.name()).orElse(null);
        }
        List<ControlTotal> totals = new ArrayList<>();
        s.controlTotals().forEach((c, v) -> totals.add(new ControlTotal(c, v.toPlainString())));
        List<String> warnings = new ArrayList<>(layout.warnings());
        warnings.addAll(s.warnings());
        if (s.items() == 0 && s.rejected() == 0) {
            warnings.add(Provenance.NO_DATA_ROWS);
        }
        if (s.rejected() > 0) {
            warnings.add(s.rejected() + " row(s) could not be used; they will be listed with the reason on the Exceptions sheet");
        }
        boolean forced = !"detected".equals(layout.profileHow()) && !"inferred".equals(layout.profileHow());
        return new Report(file.source().displayName(), file.source().sizeBytes(), file.source().sha256(),
                file.sniff().description(), new Profile(layout.profileId(), layout.profileLabel(), forced),
                layout.headerRow(), columns, layout.mapping().unmappedHeaders(), layout.dateOrderReason(),
                layout.numberStyle().label(), s.rowsRead(), s.items(), s.rejected(), s.structural(),
                List.copyOf(currencies), range[0] == null ? null : new DateRange(range[0].toString(), range[1].toString()), totals, warnings,
                layout.uncertain().stream().map(c -> new Uncertain(c.field().key(), c.field().label(), c.candidates())).toList(),
                savedMapping);
    }
}
