package com.arworkbench.ingest.layout;

import com.arworkbench.ingest.table.RawRow;
import com.arworkbench.ingest.values.ValueShape;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One column's values in the sample below the header, counted by {@link ValueShape}: the value
 * half of column inference (the header half is {@link HeaderWords}).
 */
final class ColumnProfile {

    private final Map<ValueShape, Integer> counts = new EnumMap<>(ValueShape.class);
    private final Set<String> distinct = new HashSet<>();
    private int nonEmpty;
    private String sample = "";

    static ColumnProfile of(List<RawRow> rows, int column) {
        ColumnProfile p = new ColumnProfile();
        for (RawRow r : rows) {
            String text = r.cell(column).strip();
            ValueShape shape = ValueShape.of(text);
            if (shape == ValueShape.EMPTY) {
                continue;
            }
            p.nonEmpty++;
            p.counts.merge(shape, 1, Integer::sum);
            p.distinct.add(text);
            if (p.sample.isEmpty()) {
                p.sample = text;
            }
        }
        return p;
    }

    int nonEmpty() {
        return nonEmpty;
    }

    int count(ValueShape shape) {
        return counts.getOrDefault(shape, 0);
    }

    int distinct() {
        return distinct.size();
    }

    String sample() {
        return sample;
    }

    /** The share of non-empty values of these shapes; 1 for a column with no values (no evidence against). */
    double share(ValueShape... shapes) {
        if (nonEmpty == 0) {
            return 1;
        }
        int n = 0;
        for (ValueShape s : shapes) {
            n += count(s);
        }
        return (double) n / nonEmpty;
    }

    /** How well the values fit a field: 0..1. */
    double fit(Field field) {
        if (field.isDate()) {
            // Whole numbers pass: spreadsheets may carry dates as serial numbers or yyyymmdd.
            return share(ValueShape.DATE, ValueShape.INTEGER);
        }
        if (field.isAmount()) {
            return share(ValueShape.MONEY, ValueShape.INTEGER);
        }
        return switch (field) {
            case CURRENCY -> share(ValueShape.CURRENCY);
            case CUSTOMER_ID, DOCUMENT_NUMBER -> share(ValueShape.CODE, ValueShape.INTEGER, ValueShape.WORD);
            case CUSTOMER_NAME -> share(ValueShape.NAME, ValueShape.WORD, ValueShape.OTHER, ValueShape.CODE);
            case DISPUTE, DUNNING_BLOCK -> 1;
            default -> share(ValueShape.values()) ;
        };
    }

    /** Positive value evidence for a field beyond mere compatibility: dates that are only dates, money with decimals. */
    double strength(Field field) {
        if (field.isDate()) {
            return share(ValueShape.DATE);
        }
        if (field.isAmount()) {
            return share(ValueShape.MONEY);
        }
        return switch (field) {
            case CUSTOMER_ID, DOCUMENT_NUMBER -> share(ValueShape.CODE, ValueShape.INTEGER);
            case CUSTOMER_NAME -> share(ValueShape.NAME, ValueShape.WORD);
            default -> fit(field);
        };
    }

    /** Codes or numbers, no spaces: an identifier column rather than names. */
    boolean looksLikeCodes() {
        return nonEmpty > 0 && share(ValueShape.CODE, ValueShape.INTEGER) >= 0.8;
    }

    /** Names with spaces or single words: a name column rather than codes. */
    boolean looksLikeNames() {
        return nonEmpty > 0 && share(ValueShape.NAME, ValueShape.WORD) >= 0.8 && share(ValueShape.NAME) > 0;
    }

    String describe(Field field) {
        if (nonEmpty == 0) {
            return "no values in the sample";
        }
        String what;
        if (field == null) {
            what = dominant();
        } else if (field.isDate()) {
            what = pct(share(ValueShape.DATE, ValueShape.INTEGER)) + " dates";
        } else if (field.isAmount()) {
            what = pct(share(ValueShape.MONEY, ValueShape.INTEGER)) + " amounts";
        } else if (field == Field.CURRENCY) {
            what = pct(share(ValueShape.CURRENCY)) + " currency codes";
        } else if (field == Field.CUSTOMER_ID || field == Field.DOCUMENT_NUMBER) {
            what = pct(share(ValueShape.CODE, ValueShape.INTEGER)) + " codes or numbers";
        } else if (field == Field.CUSTOMER_NAME) {
            what = pct(share(ValueShape.NAME, ValueShape.WORD)) + " names";
        } else {
            what = dominant();
        }
        return what + " (e.g. '" + (sample.length() > 30 ? sample.substring(0, 30) + "…" : sample) + "')";
    }

    private String dominant() {
        ValueShape best = null;
        for (Map.Entry<ValueShape, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return pct(share(best)) + " " + best.name().toLowerCase(java.util.Locale.ROOT) + " values";
    }

    private static String pct(double share) {
        return Math.round(share * 100) + " %";
    }
}
