package com.arworkbench.ingest.layout;

import com.arworkbench.ingest.table.RawRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Which source column fills which field, and the header texts as the export wrote them. */
public final class ColumnMapping {

    private final Map<Field, Integer> columns;
    private final List<String> headers;

    ColumnMapping(Map<Field, Integer> columns, List<String> headers) {
        this.columns = Collections.unmodifiableMap(new EnumMap<>(columns));
        this.headers = List.copyOf(headers);
    }

    /** @return the column index, or -1 if the export has no such column */
    public int index(Field field) {
        return columns.getOrDefault(field, -1);
    }

    public boolean has(Field field) {
        return columns.containsKey(field);
    }

    public Map<Field, Integer> columns() {
        return columns;
    }

    public List<String> headers() {
        return headers;
    }

    public String header(int index) {
        return index >= 0 && index < headers.size() ? headers.get(index) : "";
    }

    public boolean hasCustomer() {
        return has(Field.CUSTOMER) || has(Field.CUSTOMER_ID) || has(Field.CUSTOMER_NAME);
    }

    /** Non-empty header texts no field uses, so a user can see what was left out. */
    public List<String> unmappedHeaders() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (!headers.get(i).isBlank() && !columns.containsValue(i)) {
                out.add(headers.get(i));
            }
        }
        return out;
    }

    /**
     * Matches a header row against a profile: for each field, the first synonym that some still
     * unused header equals. Fields are tried in the profile's order, so "open balance" is claimed
     * before "amount" can be.
     */
    static Match match(ErpProfile profile, RawRow row) {
        List<String> folded = new ArrayList<>(row.width());
        for (String c : row.cells()) {
            folded.add(Field.normalizeHeader(c));
        }
        Map<Field, Integer> found = new EnumMap<>(Field.class);
        boolean[] used = new boolean[folded.size()];
        for (Map.Entry<Field, List<String>> e : profile.columns().entrySet()) {
            outer:
            for (String synonym : e.getValue()) {
                for (int i = 0; i < folded.size(); i++) {
                    if (!used[i] && folded.get(i).equals(synonym)) {
                        found.put(e.getKey(), i);
                        used[i] = true;
                        break outer;
                    }
                }
            }
        }
        // Two customer fields mapped and also a combined column is redundant: keep id and name.
        if (found.containsKey(Field.CUSTOMER) && found.containsKey(Field.CUSTOMER_ID)
                && found.containsKey(Field.CUSTOMER_NAME)) {
            found.remove(Field.CUSTOMER);
        }
        int signatureHits = 0;
        for (String f : folded) {
            if (!f.isEmpty() && profile.signature().contains(f)) {
                signatureHits++;
            }
        }
        return new Match(profile, new ColumnMapping(found, row.values().stream().map(s -> s == null ? "" : s.strip()).toList()),
                signatureHits);
    }

    record Match(ErpProfile profile, ColumnMapping mapping, int signatureHits) {

        int score() {
            return mapping.columns.size() * 2 + signatureHits * 3;
        }
    }
}
