package com.arworkbench.ingest;

import com.arworkbench.ingest.table.RawRow;
import com.arworkbench.ingest.values.AmountParser;
import com.arworkbench.ingest.values.DateOrder;
import com.arworkbench.ingest.values.DateParser;
import com.arworkbench.ingest.values.NumberStyle;
import com.arworkbench.model.Customer;
import com.arworkbench.model.DisputeCase;
import com.arworkbench.model.DisputeSheets;
import com.arworkbench.model.PreviousDisputes;
import com.arworkbench.model.TypedDate;
import com.arworkbench.model.WorklistSheets;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads last run's dispute log (Disputes and Closed disputes) as the collectors edited it, next to
 * {@link PreviousWorklistFile}. Columns are found by their header text. Text the collectors typed comes back as typed;
 * a date column that does not read as a date keeps its text. A worklist from before the dispute log has no such sheets:
 * no cases.
 */
public final class PreviousDisputesFile {

    private PreviousDisputesFile() {
    }

    public static PreviousDisputes read(Path path) throws IOException, UnreadableFileException {
        WrittenWorkbook book = WrittenWorkbook.open(path, "previous worklist", "dunning");
        List<DisputeCase> active = new ArrayList<>();
        List<DisputeCase> closed = new ArrayList<>();
        List<String> key = List.of(DisputeSheets.CASE, WorklistSheets.DOCUMENT);
        book.sheet(DisputeSheets.DISPUTES, false, key, (h, row) -> add(h, row, active));
        book.sheet(DisputeSheets.CLOSED, false, key, (h, row) -> add(h, row, closed));
        return new PreviousDisputes(active, closed);
    }

    private static void add(Map<String, Integer> h, RawRow row, List<DisputeCase> out) {
        String id = cell(h, row, DisputeSheets.CASE);
        String doc = cell(h, row, WorklistSheets.DOCUMENT);
        String customerId = cell(h, row, WorklistSheets.CUSTOMER_ID);
        String customerName = cell(h, row, WorklistSheets.CUSTOMER_NAME);
        if (id.isEmpty() || doc.isEmpty() || (customerId.isEmpty() && customerName.isEmpty())) {
            return; // not a case of ours (a collector's own line, a note below the table)
        }
        out.add(new DisputeCase(id, new Customer(customerId, customerName), cell(h, row, WorklistSheets.CURRENCY), doc,
                date(cell(h, row, DisputeSheets.DUE_DATE)), amount(cell(h, row, DisputeSheets.AMOUNT)),
                amount(cell(h, row, DisputeSheets.AMOUNT_OPENED)), text(h, row, DisputeSheets.SOURCE),
                text(h, row, DisputeSheets.FLAGGED_AS), date(cell(h, row, DisputeSheets.FIRST_SEEN)),
                typed(h, row, DisputeSheets.OPENED), text(h, row, DisputeSheets.OWNER), text(h, row, DisputeSheets.REASON_CODE),
                text(h, row, DisputeSheets.ROOT_CAUSE), text(h, row, DisputeSheets.STATUS),
                text(h, row, DisputeSheets.NEXT_ACTION), typed(h, row, DisputeSheets.NEXT_ACTION_DATE),
                typed(h, row, DisputeSheets.RESOLVED_DATE), text(h, row, DisputeSheets.OUTCOME),
                text(h, row, DisputeSheets.CASE_NOTES), date(cell(h, row, DisputeSheets.CLOSED_ON)),
                text(h, row, DisputeSheets.CLOSED_BY)));
    }

    /** The cell as typed (not stripped, so it goes back exactly); null when blank. */
    private static String text(Map<String, Integer> h, RawRow row, String header) {
        Integer i = h.get(header);
        String s = i == null ? null : row.cell(i);
        return s == null || s.isBlank() ? null : s;
    }

    private static TypedDate typed(Map<String, Integer> h, RawRow row, String header) {
        String raw = text(h, row, header);
        if (raw == null) {
            return TypedDate.BLANK;
        }
        LocalDate d = date(raw);
        return d != null ? TypedDate.of(d) : new TypedDate(null, raw);
    }

    private static String cell(Map<String, Integer> h, RawRow row, String header) {
        return WrittenWorkbook.cell(h, row, header);
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        return DateParser.parse(t, DateOrder.DAY_FIRST).or(() -> DateParser.parse(t, DateOrder.MONTH_FIRST)).orElse(null);
    }

    private static BigDecimal amount(String text) {
        return AmountParser.parse(text, NumberStyle.POINT_DECIMAL).map(AmountParser.Amount::value).orElse(null);
    }
}
