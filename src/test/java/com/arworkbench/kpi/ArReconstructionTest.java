package com.arworkbench.kpi;

import static com.arworkbench.kpi.Records.invoice;
import static com.arworkbench.kpi.Records.r;
import static com.arworkbench.kpi.Records.record;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.arworkbench.model.Customer;
import com.arworkbench.model.DocumentType;
import com.arworkbench.model.InvoiceRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Past month-end balances rebuilt from the history, especially at the month-end boundaries. */
class ArReconstructionTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    /**
     * Month ends 31 Mar (E_-1), 30 Apr, 31 May, 30 Jun.
     * <pre>
     *   R1 dated 30 Apr (a month end), due 30 May, 100, paid 31 May (a month end)
     *        → open at 30 Apr (dated that day), NOT at 31 May (paid that day)
     *   R2 dated 31 Mar, due 31 Mar, 10, open → current at 31 Mar (due = month end), over 90 at 30 Jun (91 days)
     *   R3 dated  1 Apr, due  1 May, 1,000, paid 30 Jun → open 30 Apr and 31 May, current only at 30 Apr
     *   R4 credit memo 15 May, −40, open → reduces AR; not netted from sales
     *   R5 dated  1 Mar, due  2 Mar, 7, open → 90 days past due at 31 May (not over 90), 120 at 30 Jun
     *   R6 dated 10 Jun, due 10 Jul, 55, paid 5 Jul (after the as-of date) → open and current at 30 Jun
     *   R7 dated  1 Jul → after the as-of date: counted, nowhere else
     *
     *           ending AR                     current       over 90
     *   31 Mar  R2+R5 = 17                    R2 = 10       0
     *   30 Apr  R1+R2+R3+R5 = 1,117           R1+R3 = 1,100 0
     *   31 May  R2+R3+R4+R5 = 977             0             0
     *   30 Jun  R2+R4+R5+R6 = 32              R6 = 55       R2+R5 = 17
     * </pre>
     */
    @Test
    void monthEndBoundariesPaidOnTheDayIsClosedDatedOnTheDayIsOpen() {
        KpiEngine e = new KpiEngine(new KpiParameters(AS_OF, 3, 3, 13, 0));
        e.history(invoice("A", "2026-04-30", "2026-05-30", "100", "2026-05-31"));
        e.history(invoice("A", "2026-03-31", "2026-03-31", "10", null));
        e.history(invoice("B", "2026-04-01", "2026-05-01", "1000", "2026-06-30"));
        e.history(record("B", DocumentType.CREDIT_MEMO, "2026-05-15", "2026-05-15", "-40", null, "EUR"));
        e.history(invoice("C", "2026-03-01", "2026-03-02", "7", null));
        e.history(invoice("C", "2026-06-10", "2026-07-10", "55", "2026-07-05"));
        e.history(invoice("C", "2026-07-01", "2026-07-31", "999", null));
        KpiReport report = e.report();
        List<MonthKpis> months = report.currencies().get("EUR").months();

        assertEquals(r("17"), months.get(0).beginningAr());
        assertEquals(r("1117"), months.get(0).endingAr());
        assertEquals(r("1100"), months.get(0).currentAr());
        assertEquals(r("0"), months.get(0).over90Ar());
        assertEquals(r("1117"), months.get(1).beginningAr());
        assertEquals(r("977"), months.get(1).endingAr());
        assertEquals(r("0"), months.get(1).currentAr());
        assertEquals(r("0"), months.get(1).over90Ar());
        assertEquals(r("977"), months.get(2).beginningAr());
        assertEquals(r("32"), months.get(2).endingAr());
        assertEquals(r("55"), months.get(2).currentAr());
        assertEquals(r("17"), months.get(2).over90Ar());

        assertEquals(r("1100"), months.get(0).creditSales());
        assertEquals(r("0"), months.get(1).creditSales());   // the credit memo is not netted
        assertEquals(r("55"), months.get(2).creditSales());
        assertEquals(1, report.counts().historyFutureDated());
    }

    /**
     * One measure of AR: open items and a prior-period export that disagree with the history change no balance and no
     * ratio of any month, the as-of month included; they only appear as the as-of month's reconciling figures.
     */
    @Test
    void ledgerAndPriorExportDoNotChangeTheRebuiltMonths() {
        KpiParameters p = new KpiParameters(AS_OF, 3, 3, 13, 0);
        KpiEngine historyOnly = new KpiEngine(p);
        KpiEngine withExports = new KpiEngine(p);
        for (KpiEngine e : List.of(historyOnly, withExports)) {
            e.history(invoice("A", "2026-04-30", "2026-05-30", "100", "2026-05-31"));
            e.history(invoice("B", "2026-04-01", "2026-05-01", "1000", "2026-06-30"));
            e.history(invoice("C", "2026-06-10", "2026-07-10", "55", null));
        }
        withExports.prior(Records.open("B", "2026-04-01", "2026-05-01", "700"));
        withExports.openItem(Records.open("C", "2026-06-10", "2026-07-10", "20"));
        withExports.openItem(Records.open("D", "2026-06-11", "2026-07-11", "5000"));
        List<MonthKpis> plain = historyOnly.report().currencies().get("EUR").months();
        List<MonthKpis> mixed = withExports.report().currencies().get("EUR").months();
        for (int k = 0; k < plain.size(); k++) {
            MonthKpis a = plain.get(k);
            MonthKpis b = mixed.get(k);
            assertEquals(a.beginningAr(), b.beginningAr(), "beginning AR of period " + a.number());
            assertEquals(a.endingAr(), b.endingAr(), "ending AR of period " + a.number());
            assertEquals(a.currentAr(), b.currentAr(), "current AR of period " + a.number());
            assertEquals(a.over90Ar(), b.over90Ar(), "over-90 AR of period " + a.number());
            assertEquals(a.dso(), b.dso(), "DSO of period " + a.number());
            assertEquals(a.cei(), b.cei(), "CEI of period " + a.number());
            assertEquals(a.countbackDso(), b.countbackDso(), "countback DSO of period " + a.number());
        }
        MonthKpis june = mixed.get(2);
        assertEquals(r("55"), june.endingAr());                 // C; B was paid on 30 Jun
        assertEquals(r("5020"), june.ledgerEndingAr());
        assertEquals(r("4965"), june.ledgerGap());
        assertEquals(r("1000"), june.beginningAr());            // B at 31 May
        assertEquals(r("-300"), june.priorExportGap());         // 700 − 1,000
    }

    /** The difference arrays must agree with the obvious per-month-end loop on any history. */
    @Test
    void differenceArraysAgreeWithAPlainLoopOnRandomHistories() {
        Random random = new Random(20260630);
        KpiParameters p = new KpiParameters(AS_OF, 12, 3, 13, 0);
        KpiEngine e = new KpiEngine(p);
        List<InvoiceRecord> all = new ArrayList<>();
        LocalDate start = AS_OF.minusDays(500);
        for (int i = 0; i < 3000; i++) {
            LocalDate doc = start.plusDays(random.nextInt(520));
            LocalDate due = doc.plusDays(random.nextInt(90) - 10);
            LocalDate paid = random.nextInt(4) == 0 ? null : doc.plusDays(random.nextInt(200));
            BigDecimal amount = BigDecimal.valueOf(random.nextInt(200_000) - 20_000, 2);
            DocumentType type = amount.signum() < 0 ? DocumentType.CREDIT_MEMO : DocumentType.INVOICE;
            InvoiceRecord rec = new InvoiceRecord(i + 1, new Customer("C" + random.nextInt(40), null), "D" + i, type,
                    doc, due, amount, null, "EUR", paid);
            all.add(rec);
            e.history(rec);
        }
        List<MonthKpis> months = e.report().currencies().get("EUR").months();
        for (MonthKpis month : months) {
            LocalDate end = month.monthEnd();
            BigDecimal ending = BigDecimal.ZERO;
            BigDecimal current = BigDecimal.ZERO;
            BigDecimal over90 = BigDecimal.ZERO;
            for (InvoiceRecord rec : all) {
                boolean open = !rec.documentDate().isAfter(end) && (rec.paidDate() == null || rec.paidDate().isAfter(end));
                if (!open || rec.documentDate().isAfter(AS_OF)) {
                    continue;
                }
                ending = ending.add(rec.amount());
                if (!rec.dueDate().isBefore(end)) {
                    current = current.add(rec.amount());
                }
                if (ChronoUnit.DAYS.between(rec.dueDate(), end) > 90) {
                    over90 = over90.add(rec.amount());
                }
            }
            assertEquals(0, ending.compareTo(month.endingAr()), "ending AR at " + end);
            assertEquals(0, current.compareTo(month.currentAr()), "current AR at " + end);
            assertEquals(0, over90.compareTo(month.over90Ar()), "over-90 AR at " + end);
        }
    }
}
