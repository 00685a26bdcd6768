package com.arworkbench.ingest;

import com.arworkbench.model.RowDisposition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Counts of a read. {@code rowsRead} is every physical row of the table, so
 * rowsRead = header + items + every disposition count.
 *
 * @param controlTotals the export's own grand total per currency ("" when the total row has no
 *                      currency), from its total rows
 * @param signsNormalized credits/payments the export showed as positive and were made negative
 * @param dueDateFallbacks items without a due date, aged by their document date
 * @param notes           further counts of what a reader decided about rows it still used, by a label a user
 *                        reads (e.g. the invoice history's "status says paid but no paid date"); empty if none
 * @param warnings        what the read noticed about the content as a whole (e.g. two customer IDs sharing a name)
 */
public record IngestSummary(long rowsRead, long items, Map<RowDisposition, Long> dispositions,
                            Map<String, BigDecimal> controlTotals, Map<String, Long> controlTotalRows,
                            long signsNormalized, long dueDateFallbacks, Map<String, Long> notes, List<String> warnings) {

    public IngestSummary(long rowsRead, long items, Map<RowDisposition, Long> dispositions,
                         Map<String, BigDecimal> controlTotals, Map<String, Long> controlTotalRows,
                         long signsNormalized, long dueDateFallbacks, Map<String, Long> notes) {
        this(rowsRead, items, dispositions, controlTotals, controlTotalRows, signsNormalized, dueDateFallbacks, notes, List.of());
    }

    public IngestSummary(long rowsRead, long items, Map<RowDisposition, Long> dispositions,
                         Map<String, BigDecimal> controlTotals, Map<String, Long> controlTotalRows,
                         long signsNormalized, long dueDateFallbacks) {
        this(rowsRead, items, dispositions, controlTotals, controlTotalRows, signsNormalized, dueDateFallbacks, Map.of());
    }

    /** The same counts with {@code notes} in place of these notes. */
    IngestSummary withNotes(Map<String, Long> notes) {
        return new IngestSummary(rowsRead, items, dispositions, controlTotals, controlTotalRows, signsNormalized,
                dueDateFallbacks, notes, warnings);
    }

    public long note(String label) {
        return notes.getOrDefault(label, 0L);
    }

    public long count(RowDisposition d) {
        return dispositions.getOrDefault(d, 0L);
    }

    public long rejected() {
        return count(RowDisposition.REJECTED) + count(RowDisposition.NOT_OPEN);
    }

    public long structural() {
        return dispositions.entrySet().stream().filter(e -> e.getKey().structural()).mapToLong(Map.Entry::getValue).sum();
    }
}
