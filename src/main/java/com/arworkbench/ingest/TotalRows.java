package com.arworkbench.ingest;

import com.arworkbench.ingest.table.RawRow;
import java.util.regex.Pattern;

/** How exports label their total rows; shared by every table reader that must skip or use them. */
public final class TotalRows {

    /** A bare total label: the report's grand total (one per currency in SAP). */
    static final Pattern GRAND_TOTAL = Pattern.compile(
            "^(grand\\s*total|total|totals|report\\s*total|total\\s*ar|ending\\s+balance|gesamtsumme|gesamt|summe|sum|\\*{1,3})\\s*:?$",
            Pattern.CASE_INSENSITIVE);
    /** A total over a group: "Total for Current", "Total Acme Corp", "Partner ending balance", "* 1000". */
    static final Pattern SUBTOTAL = Pattern.compile(
            "^(total\\b.+|sub-?total\\b.*|zwischensumme.*|summe\\b.+|partner\\s+ending\\s+balance.*|ending\\s+balance.*|\\*+\\s*\\S.*)$",
            Pattern.CASE_INSENSITIVE);

    private TotalRows() {
    }

    /** The first cell (outside the given amount columns) that labels the row as a total, or null. */
    public static String label(RawRow row, int... skipColumns) {
        outer:
        for (int i = 0; i < row.width(); i++) {
            for (int skip : skipColumns) {
                if (i == skip) {
                    continue outer;
                }
            }
            String c = row.cell(i).strip();
            if (!c.isEmpty() && (GRAND_TOTAL.matcher(c).matches() || SUBTOTAL.matcher(c).matches())) {
                return c;
            }
        }
        return null;
    }
}
