package com.arworkbench.kpi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.model.Customer;
import com.arworkbench.model.DocumentType;
import com.arworkbench.model.InvoiceRecord;
import com.arworkbench.model.OpenItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Histories generated with known payment behaviour, where the right forecast is known in kind: each customer
 * has its own delay (some bimodal: usually on habit, sometimes a pay cycle later), disputed invoices are paid
 * about two months later, a few customers stop paying (on hold), and November–December bill twice as much
 * (seasonality). The model must back-test below both baselines; the figures are printed for the closing note.
 */
class ForecastOnGeneratedHistoriesTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final LocalDate START = LocalDate.of(2024, 10, 1);

    private record Habit(int delay, int spread, double nextCycle, boolean stopsPaying) {
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void theModelBacktestsBelowBothBaselines(long seed) {
        Random random = new Random(seed);
        List<Habit> habits = new ArrayList<>();
        int[] delays = {-5, 0, 3, 8, 15, 25, 40, 60};
        for (int c = 0; c < 80; c++) {
            habits.add(new Habit(delays[random.nextInt(delays.length)], 1 + random.nextInt(6),
                    random.nextDouble() < 0.4 ? 0.3 : 0.0, random.nextDouble() < 0.05));
        }
        KpiEngine e = new KpiEngine(KpiParameters.defaults(AS_OF));
        List<OpenItem> open = new ArrayList<>();
        long row = 0;
        for (LocalDate month = START; month.isBefore(AS_OF); month = month.plusMonths(1)) {
            int perCustomer = month.getMonthValue() >= 11 ? 4 : 2;
            for (int c = 0; c < habits.size(); c++) {
                Habit h = habits.get(c);
                Customer customer = new Customer("C" + c, "Customer " + c);
                for (int i = 0; i < perCustomer; i++) {
                    LocalDate doc = month.plusDays(random.nextInt(month.lengthOfMonth()));
                    if (doc.isAfter(AS_OF)) {
                        continue;
                    }
                    LocalDate due = doc.plusDays(30);
                    boolean disputed = random.nextDouble() < 0.1;
                    int late = h.delay() + random.nextInt(2 * h.spread() + 1) - h.spread();
                    if (random.nextDouble() < h.nextCycle()) {
                        late += 30;
                    }
                    if (disputed) {
                        late += 55 + random.nextInt(20);
                    }
                    LocalDate paid = due.plusDays(late);
                    if (paid.isBefore(doc)) {
                        paid = doc;
                    }
                    if (h.stopsPaying() && !paid.isBefore(LocalDate.of(2025, 10, 1))) {
                        paid = null;
                    }
                    BigDecimal amount = BigDecimal.valueOf(10_000 + random.nextInt(990_000), 2);
                    LocalDate known = paid == null || paid.isAfter(AS_OF) ? null : paid;
                    row++;
                    e.history(new InvoiceRecord(row, customer, "I" + row, DocumentType.INVOICE, doc, due, amount, null,
                            "EUR", known, disputed ? "yes" : null));
                    if (known == null) {
                        open.add(new OpenItem(row, customer, "I" + row, DocumentType.INVOICE, "Invoice", doc, due,
                                false, amount, amount, "EUR", "", "", disputed ? "yes" : null, null));
                    }
                }
            }
        }
        open.forEach(e::openItem);
        KpiReport report = e.report();
        BackTest t = report.currencies().get("EUR").backTest();
        BigDecimal model = t.wape(ForecastMethod.MODEL);
        BigDecimal dueDate = t.wape(ForecastMethod.DUE_DATE);
        BigDecimal medianLag = t.wape(ForecastMethod.MEDIAN_LAG);
        System.out.printf("generated history seed %d (%s): WAPE model %s%%, (a) due date %s%%, (b) median lag %s%%%n",
                seed, t.coverage(), model, dueDate, medianLag);
        assertTrue(t.available(), t.reason());
        assertTrue(model.compareTo(dueDate) < 0, "model " + model + " vs (a) " + dueDate);
        assertTrue(model.compareTo(medianLag) < 0, "model " + model + " vs (b) " + medianLag);
        assertTrue(report.currencies().get("EUR").forecast().method() == ForecastMethod.MODEL);
        assertTrue(report.tiesOut());
    }
}
