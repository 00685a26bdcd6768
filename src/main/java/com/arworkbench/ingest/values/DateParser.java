package com.arworkbench.ingest.values;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as exports write them: ISO {@code 2026-03-12} (also with a time), numeric
 * {@code 3/12/2026}, {@code 12.03.2026}, {@code 12/03/26}, month names in English or German
 * ({@code Jul 25, 2026}, {@code 12 Mar 2026}, {@code 25-Jul-26}, {@code 12. März 2026}), compact
 * {@code 20260312}, and Excel serial numbers ({@code 46093} = 2026-03-12).
 */
public final class DateParser {

    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ][0-9:.]+Z?)?$");
    private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{2}|\\d{4})(?:\\s+[0-9:]+(?:\\s*[AaPp][Mm])?)?$");
    private static final Pattern YMD_SLASH = Pattern.compile("^(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})$");
    private static final Pattern COMPACT = Pattern.compile("^(20\\d{2}|19\\d{2})(\\d{2})(\\d{2})$");
    private static final Pattern SERIAL = Pattern.compile("^\\d{4,5}(?:\\.\\d+)?$");
    private static final Pattern DAY_MONTH_NAME = Pattern.compile("^(\\d{1,2})\\.?[ -]([\\p{L}]{3,})\\.?,?[ -](\\d{2}|\\d{4})$");
    private static final Pattern MONTH_NAME_DAY = Pattern.compile("^([\\p{L}]{3,})\\.? (\\d{1,2}),? (\\d{4})$");

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        for (Month m : Month.values()) {
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH}) {
                MONTHS.put(fold(m.getDisplayName(TextStyle.FULL, locale)), m.getValue());
                MONTHS.put(fold(m.getDisplayName(TextStyle.SHORT, locale)).replace(".", ""), m.getValue());
            }
            MONTHS.put(fold(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).substring(0, 3), m.getValue());
        }
        MONTHS.put("mrz", 3);
        MONTHS.put("sept", 9);
        MONTHS.put("okt", 10);
        MONTHS.put("dez", 12);
    }

    /** Excel's day 0 in the 1900 system (its fictitious 29 Feb 1900 accounted for by starting at 30 Dec 1899). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** Serial numbers accepted as dates: 1 Jan 1980 .. 31 Dec 2099. Keeps invoice numbers out. */
    private static final int MIN_SERIAL = 29221;
    private static final int MAX_SERIAL = 73050;

    private DateParser() {
    }

    public static Optional<LocalDate> parse(String text, DateOrder order) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.endsWith(".0") && s.length() == 10) {
            s = s.substring(0, 8); // 20260714.0: a yyyymmdd date from a float-typed export
        }
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            m = NUMERIC.matcher(s);
            if (m.matches()) {
                int a = num(m, 1);
                int b = num(m, 3);
                int year = year(m.group(4));
                return Optional.of(order == DateOrder.DAY_FIRST ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b));
            }
            m = YMD_SLASH.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            m = COMPACT.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            m = DAY_MONTH_NAME.matcher(s);
            if (m.matches()) {
                Integer month = MONTHS.get(fold(m.group(2)));
                return month == null ? Optional.empty()
                        : Optional.of(LocalDate.of(year(m.group(3)), month, num(m, 1)));
            }
            m = MONTH_NAME_DAY.matcher(s);
            if (m.matches()) {
                Integer month = MONTHS.get(fold(m.group(1)));
                return month == null ? Optional.empty()
                        : Optional.of(LocalDate.of(num(m, 3), month, num(m, 2)));
            }
            if (SERIAL.matcher(s).matches()) {
                double serial = Double.parseDouble(s);
                if (serial >= MIN_SERIAL && serial <= MAX_SERIAL) {
                    return Optional.of(EXCEL_EPOCH.plusDays((long) Math.floor(serial)));
                }
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty(); // 31/02/2026 and friends: not a date
        }
        return Optional.empty();
    }

    /**
     * What one value says about day/month order: DAY_FIRST if its first part cannot be a month,
     * MONTH_FIRST if its second part cannot be, null if it reads either way or is not numeric.
     */
    public static DateOrder orderEvidence(String text) {
        Matcher m = NUMERIC.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return null;
        }
        int a = num(m, 1);
        int b = num(m, 3);
        if (a > 12 && b <= 12) {
            return DateOrder.DAY_FIRST;
        }
        if (b > 12 && a <= 12) {
            return DateOrder.MONTH_FIRST;
        }
        return null;
    }

    /** The separator of a numeric date ('.', '/', '-'), or 0. German exports use '.', always day first. */
    public static char separator(String text) {
        Matcher m = NUMERIC.matcher(text == null ? "" : text.strip());
        return m.matches() ? m.group(2).charAt(0) : 0;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int year(String y) {
        int v = Integer.parseInt(y);
        return y.length() == 2 ? 2000 + v : v;
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace(".", "")
                .replace("ä", "a").replace("é", "e").replace("û", "u");
    }
}
