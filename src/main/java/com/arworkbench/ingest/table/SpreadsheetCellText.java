package com.arworkbench.ingest.table;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The {@link RawRow} cell text conventions shared by the spreadsheet readers: numbers as plain
 * decimals of what Excel shows, dates as ISO text.
 */
final class SpreadsheetCellText {

    /** Excel displays (and keeps through a CSV round trip) 15 significant digits. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    private static final int EXCEL_DIGITS = 15;
    /** Day 0 of each Excel date system (the 1900 one valid from 1900-03-01 on, after its fake leap day). */
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    /** 9999-12-31, Excel's last date, in the 1900 system. */
    private static final double LAST_SERIAL_1900 = 2958465;
    private static final double DAYS_1900_TO_1904 = 1462;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private SpreadsheetCellText() {
    }

    /**
     * "0.30000000000000004" → "0.3", "1.5E3" → "1500", "45123" → "45123". Text that is not a
     * number comes back unchanged: a bad cell is the mapper's business, not an error here.
     */
    static String plainNumber(String numberText) {
        String text = numberText.trim();
        String fast = plainNumberFastPath(text);
        if (fast != null) {
            return fast;
        }
        try {
            BigDecimal value = new BigDecimal(text).round(EXCEL_PRECISION);
            return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return numberText;
        }
    }

    /** For values read as doubles (HSSF); Double.toString is the shortest text that round-trips. */
    static String plainNumber(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return plainNumber(Double.toString(value));
    }

    /**
     * Most cells are short plain decimals that need no rounding; handling them without BigDecimal
     * keeps a 2-million-cell sheet well inside the time budget. Returns null when unsure.
     */
    private static String plainNumberFastPath(String text) {
        int length = text.length();
        if (length == 0 || length > EXCEL_DIGITS + 2) {
            return null;
        }
        int start = text.charAt(0) == '-' ? 1 : 0;
        int dot = -1;
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (c == '.' && dot < 0) {
                dot = i;
            } else if (c < '0' || c > '9') {
                return null;
            }
        }
        int digits = length - start - (dot < 0 ? 0 : 1);
        if (digits == 0 || digits > EXCEL_DIGITS || dot == start || dot == length - 1) {
            return null;
        }
        int intStart = start;
        int intEnd = dot < 0 ? length : dot;
        while (intStart < intEnd - 1 && text.charAt(intStart) == '0') {
            intStart++;
        }
        int end = length;
        if (dot >= 0) {
            while (end > dot + 1 && text.charAt(end - 1) == '0') {
                end--;
            }
            if (end == dot + 1) {
                end = dot;
            }
        }
        boolean zero = end == intEnd && intEnd - intStart == 1 && text.charAt(intStart) == '0';
        if (zero) {
            return "0";
        }
        if (intStart == start && end == length) {
            return text;
        }
        return (start == 1 ? "-" : "") + text.substring(intStart, end);
    }

    /** "2026-03-12" at midnight, else "2026-03-12T14:30:00" (seconds precision, as Excel shows). */
    static String isoDateTime(LocalDateTime value) {
        LocalDateTime seconds = value.truncatedTo(ChronoUnit.SECONDS);
        if (seconds.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return seconds.toLocalDate().toString();
        }
        return DATE_TIME.format(seconds);
    }

    /**
     * An Excel serial date as ISO text, rounded to whole seconds the way Excel displays it; null
     * when the number cannot be a date (negative, or after 9999-12-31), so it stays a number.
     */
    static String excelSerialDate(double serial, boolean date1904) {
        double lastDay = date1904 ? LAST_SERIAL_1900 - DAYS_1900_TO_1904 : LAST_SERIAL_1900;
        if (!DateUtil.isValidExcelDate(serial) || serial >= lastDay + 1) {
            return null;
        }
        // Whole days past the fictitious 1900-02-29 are plain day counts; skipping DateUtil's
        // Calendar arithmetic for them matters on sheets with hundreds of thousands of dates.
        if (serial == Math.rint(serial) && (date1904 || serial > 60)) {
            return (date1904 ? EPOCH_1904 : EPOCH_1900).plusDays((long) serial).toString();
        }
        LocalDateTime value = DateUtil.getLocalDateTime(serial, date1904, true);
        return value == null ? null : isoDateTime(value);
    }

    /**
     * ISO date/time text as written by newer Excel (cell type "d") or SpreadsheetML DateTime, e.g.
     * "2026-03-12T00:00:00.000" → "2026-03-12". Unparseable text comes back unchanged.
     */
    static String isoDateTimeText(String text) {
        String trimmed = text.trim();
        try {
            if (trimmed.length() == 10) {
                return LocalDate.parse(trimmed).toString();
            }
            if (trimmed.endsWith("Z") || trimmed.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return isoDateTime(OffsetDateTime.parse(trimmed).toLocalDateTime());
            }
            return isoDateTime(LocalDateTime.parse(trimmed));
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    static String excelBoolean(String text) {
        String trimmed = text.trim();
        if (trimmed.equals("1") || trimmed.equalsIgnoreCase("true")) {
            return "TRUE";
        }
        if (trimmed.equals("0") || trimmed.equalsIgnoreCase("false")) {
            return "FALSE";
        }
        return text;
    }
}
