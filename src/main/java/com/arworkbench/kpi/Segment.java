package com.arworkbench.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An invoice's amount band and payment terms, for the portfolio curve a customer with little history falls
 * back to: small invoices on short terms are not paid like large ones on long terms. Bands are orders of
 * magnitude of the document amount (under 1,000; to 10,000; to 100,000; above) and the days from document to
 * due date (due on receipt; 1–20; 21–45; over 45).
 */
final class Segment {

    static final int COUNT = 16;
    /** Paid invoices a segment needs before its own curve replaces the portfolio's. */
    static final int MIN_PAID = 50;

    private static final BigDecimal[] AMOUNT_BANDS = {new BigDecimal("1000"), new BigDecimal("10000"),
            new BigDecimal("100000")};
    private static final long[] TERMS_BANDS = {0, 20, 45};

    private Segment() {
    }

    static int of(BigDecimal amount, LocalDate documentDate, LocalDate dueDate) {
        int band = 0;
        BigDecimal size = amount.abs();
        while (band < AMOUNT_BANDS.length && size.compareTo(AMOUNT_BANDS[band]) >= 0) {
            band++;
        }
        long days = documentDate == null ? 0 : ChronoUnit.DAYS.between(documentDate, dueDate);
        int terms = 0;
        while (terms < TERMS_BANDS.length && days > TERMS_BANDS[terms]) {
            terms++;
        }
        return band * 4 + terms;
    }

    /** In words, for a forecast basis. */
    static String describe(int segment) {
        String[] amounts = {"under 1,000", "1,000–9,999", "10,000–99,999", "100,000 and more"};
        String[] terms = {"due on receipt", "terms 1–20 days", "terms 21–45 days", "terms over 45 days"};
        return amounts[segment / 4] + ", " + terms[segment % 4];
    }
}
