package com.arworkbench.jobs;

import com.arworkbench.ingest.OpenItemsFile;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.ingest.layout.Field;
import com.arworkbench.ingest.layout.Layout;
import com.arworkbench.ingest.table.RawRow;
import com.arworkbench.ingest.values.AmountParser;
import com.arworkbench.ingest.values.DateParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every column of an open-items header with the field it feeds, a sample value, and how sure the
 * reading is, for the page's mapping table and {@code inspect}. Confidence and evidence come from the
 * column inference (header words, profile, values); a column whose values then fail to parse in the
 * file's own date order or number style is marked low whatever the inference said.
 */
public final class ColumnReport {

    /** Data rows below the header looked at for samples and evidence. */
    static final int SAMPLE_ROWS = 200;

    /** The fields the page offers for an open-items column (the rest belong to other kinds of table). */
    public static final Set<Field> OPEN_ITEM_FIELDS = EnumSet.of(Field.CUSTOMER_ID, Field.CUSTOMER_NAME, Field.CUSTOMER,
            Field.DOCUMENT_NUMBER, Field.DOCUMENT_TYPE, Field.DOCUMENT_DATE, Field.POSTING_DATE, Field.DUE_DATE,
            Field.OPEN_AMOUNT, Field.ORIGINAL_AMOUNT, Field.CURRENCY, Field.DEBIT_CREDIT, Field.CLEARING_DATE,
            Field.ENTITY, Field.REFERENCE, Field.DISPUTE, Field.DUNNING_BLOCK);

    private ColumnReport() {
    }

    /** One column: {@code field} is the field's label and {@code fieldKey} its key, both null when unused. */
    public record Column(int index, String header, String field, String fieldKey, String confidence, String evidence,
                         String sample) {
    }

    public static List<Column> of(OpenItemsFile file) throws IOException, UnreadableFileException {
        Layout layout = file.layout();
        List<String> headers = layout.mapping().headers();
        Map<Integer, Field> byColumn = new HashMap<>();
        layout.mapping().columns().forEach((f, i) -> byColumn.put(i, f));
        int width = headers.size();
        for (int i : byColumn.keySet()) {
            width = Math.max(width, i + 1);
        }
        List<List<String>> values = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            values.add(new ArrayList<>());
        }
        long[] taken = {0};
        int w = width;
        file.reader().read((RawRow r) -> {
            if (r.rowNumber() <= layout.headerRow()) {
                return true;
            }
            if (r.isBlank()) {
                return true;
            }
            for (int i = 0; i < w; i++) {
                String c = r.cell(i).strip();
                if (!c.isEmpty()) {
                    values.get(i).add(c);
                }
            }
            return ++taken[0] < SAMPLE_ROWS;
        });
        String how = layout.profileHow();
        List<Column> out = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            String header = i < headers.size() ? headers.get(i) : "";
            Field f = byColumn.get(i);
            List<String> v = values.get(i);
            if (header.isBlank() && f == null && v.isEmpty()) {
                continue;
            }
            String sample = v.isEmpty() ? "" : v.get(0);
            if (f == null) {
                out.add(new Column(i, header, null, null, null, v.isEmpty() ? "no values" : "not used", sample));
                continue;
            }
            int fit = 0;
            for (String s : v) {
                if (fits(f, s, layout)) {
                    fit++;
                }
            }
            String valueEvidence = v.isEmpty() ? "no values" : fit + "/" + v.size() + " values are " + kindOf(f);
            String source = "custom mapping".equals(how) || "saved mapping".equals(how)
                    ? "chosen in " + layout.profileLabel().toLowerCase()
                    : "header '" + header + "' (" + layout.profileLabel() + ")";
            String confidence;
            if ("custom mapping".equals(how) || "saved mapping".equals(how)) {
                confidence = "high";
            } else if (v.isEmpty() || fit == v.size()) {
                confidence = "high";
            } else if (fit * 10 >= v.size() * 8) {
                confidence = "medium";
            } else {
                confidence = "low";
            }
            var inferred = layout.evidence(i);
            if (layout.uncertain().stream().anyMatch(u -> u.field() == f)) {
                confidence = "low"; // the user decides: another column could be it as well
            }
            if (inferred != null) {
                // The column inference's own reasons: header words, profile, values (and a value check below).
                confidence = "low".equals(confidence) ? confidence : inferred.confidence();
                out.add(new Column(i, header, f.label(), f.key(), confidence, inferred.detail() + "; " + valueEvidence, sample));
                continue;
            }
            out.add(new Column(i, header, f.label(), f.key(), confidence, source + "; " + valueEvidence, sample));
        }
        return out;
    }

    private static boolean fits(Field f, String s, Layout layout) {
        if (f.isAmount()) {
            return AmountParser.parse(s, layout.numberStyle()).isPresent();
        }
        if (f.isDate()) {
            return DateParser.parse(s, layout.dateOrder(f)).isPresent();
        }
        return true;
    }

    private static String kindOf(Field f) {
        return f.isAmount() ? "amounts" : f.isDate() ? "dates" : "text";
    }
}
