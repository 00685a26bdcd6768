package com.arworkbench.jobs;

import com.arworkbench.ingest.HistorySink;
import com.arworkbench.ingest.IngestSummary;
import com.arworkbench.ingest.InvoiceHistoryFile;
import com.arworkbench.ingest.Progress;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.model.InvoiceRecord;
import java.io.IOException;
import java.util.function.Consumer;
import com.arworkbench.model.RejectedRow;
import com.arworkbench.workbook.Check;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An input's own total rows against what was read from it, per currency: the amounts of the records
 * used plus those of the rows listed on Exceptions. A history whose grand total does not tie was read
 * incompletely (a lost column, a cut file), and its KPIs would be wrong while every other check passes.
 */
final class InputControlTotals {

    private final String what;
    private final Map<String, BigDecimal> read = new TreeMap<>();

    InputControlTotals(String what) {
        this.what = what;
    }

    /**
     * Reads a history-shaped file (an invoice history, write-offs) into {@code to}, its rows not used into
     * {@code notUsed}, and adds the checks of its own total rows to {@code checks}; {@code what} names it there.
     */
    static IngestSummary read(InvoiceHistoryFile file, String what, Consumer<InvoiceRecord> to,
                              Consumer<RejectedRow> notUsed, List<Check> checks) throws IOException, UnreadableFileException {
        InputControlTotals control = new InputControlTotals(what);
        Progress progress = Progress.current();
        progress.phase("reading " + Character.toLowerCase(what.charAt(0)) + what.substring(1));
        RowCount counted = new RowCount(progress);
        IngestSummary s = file.read(new HistorySink() {
            @Override
            public void record(InvoiceRecord record) {
                control.used(record.currency(), record.amount());
                to.accept(record);
                counted.row();
            }

            @Override
            public void notUsed(RejectedRow row) {
                control.notUsed(row);
                notUsed.accept(row);
                counted.row();
            }
        });
        counted.flush();
        checks.addAll(control.checks(s));
        return s;
    }

    /** The rows read, handed to the progress a batch at a time (as {@code PipelinedSink} does for the open items). */
    private static final class RowCount {
        private static final int BATCH = 4096;
        private final Progress progress;
        private int pending;

        RowCount(Progress progress) {
            this.progress = progress;
        }

        void row() {
            if (++pending == BATCH) {
                flush();
            }
        }

        void flush() {
            progress.rows(pending);
            pending = 0;
        }
    }

    void used(String currency, BigDecimal amount) {
        if (amount != null) {
            read.merge(currency, amount, BigDecimal::add);
        }
    }

    void notUsed(RejectedRow row) {
        if (!row.disposition().structural() && row.amount() != null) {
            read.merge(row.currency() == null ? "" : row.currency(), row.amount(), BigDecimal::add);
        }
    }

    /** One check per currency with a total row in the input; none when the input has no total rows. */
    List<Check> checks(IngestSummary summary) {
        List<Check> out = new ArrayList<>();
        summary.controlTotals().forEach((currency, total) -> {
            BigDecimal actual = currency.isEmpty() && summary.controlTotals().size() == 1
                    ? read.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    : read.getOrDefault(currency, BigDecimal.ZERO);
            out.add(Check.of(what + (currency.isEmpty() ? "" : " (" + currency + ")") + ": its own total = amounts read",
                    null, total, null, actual, "The export's grand total row (row " + summary.controlTotalRows().get(currency)
                            + ") vs. the document amounts of the records used plus the rows listed on Exceptions"));
        });
        return out;
    }
}
