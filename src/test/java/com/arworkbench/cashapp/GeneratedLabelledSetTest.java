package com.arworkbench.cashapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.cashapp.LabelledSetTest.Key;
import com.arworkbench.cashapp.LabelledSetTest.Truth;
import com.arworkbench.ingest.bank.PaymentsFile;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.Payment;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The engine on the generated labelled set in {@code src/test/resources/cashapp/labelled}: 300 payments against 600
 * open items of 100 customers, planted and labelled by {@code generate.py} (Python, fixed seed, never calls this
 * code). The bar: every auto-applied (HIGH) application is right, and at least 90 % of the payments that have a right
 * answer are auto-applied in full and correctly.
 */
class GeneratedLabelledSetTest {

    static final Path DIR = Path.of("src/test/resources/cashapp/labelled");

    @Test
    void precisionIsPerfectAndRecallAtLeastNinetyPercent() throws Exception {
        PaymentsFile camt = PaymentsFile.read(DIR.resolve("payments.camt053.xml"), "payments.camt053.xml");
        List<Payment> payments = camt.payments();
        List<OpenItem> items = LabelledSets.openItems(DIR.resolve("open-items.csv"));
        List<Truth> truth = LabelledSetTest.readTruth(DIR.resolve("truth.csv"));
        assertEquals(300, payments.size(), camt.format());
        assertEquals(600, items.size());
        Set<Key> right = LabelledSets.trueApplications(truth);
        CashApplicationReport report = LabelledSets.run(LabelledSets.accounts(DIR.resolve("customers.csv")), items,
                payments);

        List<Application> high = report.autoApplied();
        List<Application> wrong = high.stream().filter(a -> !right.contains(LabelledSets.key(a))).toList();
        Map<String, String> caseOf = new LinkedHashMap<>();
        truth.forEach(t -> caseOf.putIfAbsent(t.paymentId(), t.description()));
        List<String> answerable = caseOf.keySet().stream().filter(id -> right.stream().anyMatch(k -> k.paymentId()
                .equals(id))).toList();
        Map<String, int[]> byCase = new TreeMap<>(); // case -> {payments, fully auto-applied}
        int auto = 0;
        for (String id : answerable) {
            boolean ok = LabelledSets.fullyAutoApplied(id, report, right);
            auto += ok ? 1 : 0;
            int[] n = byCase.computeIfAbsent(caseOf.get(id).replaceAll(" \\(.*|: .*", ""), k -> new int[2]);
            n[0]++;
            n[1] += ok ? 1 : 0;
        }
        double precision = high.isEmpty() ? 1.0 : (double) (high.size() - wrong.size()) / high.size();
        double recall = (double) auto / answerable.size();

        StringBuilder out = new StringBuilder("\n=== Cash application on the generated labelled set (" + DIR + ") ===\n");
        out.append(String.format(Locale.ROOT, "payments %d, of which %d have a right answer; open items %d%n",
                payments.size(), answerable.size(), items.size()));
        byCase.forEach((c, n) -> out.append(String.format(Locale.ROOT, "  %3d/%3d auto-applied  %s%n", n[1], n[0], c)));
        out.append(String.format(Locale.ROOT, "PRECISION of auto-applied (HIGH) applications: %.1f %% (%d/%d)%n",
                100 * precision, high.size() - wrong.size(), high.size()));
        out.append(String.format(Locale.ROOT, "RECALL, payments with a right answer fully auto-applied: %.1f %% (%d/%d)%n",
                100 * recall, auto, answerable.size()));
        long reviewRight = report.forReview().stream().filter(a -> right.contains(LabelledSets.key(a))).count();
        out.append(String.format(Locale.ROOT, "suggestions for review (MEDIUM/LOW): %d, of which right %d%n",
                report.forReview().size(), reviewRight));
        for (String id : answerable) {
            if (!LabelledSets.fullyAutoApplied(id, report, right)) {
                out.append("not auto-applied: ").append(id).append(" (").append(caseOf.get(id)).append("): ");
                report.applications().stream().filter(a -> a.payment().id().equals(id)).forEach(a -> out.append(
                        a.confidence()).append(' ').append(a.item().documentNumber()).append(" - ").append(a.evidence())
                        .append("; "));
                report.unapplied().stream().filter(u -> u.payment().id().equals(id)).forEach(u -> out.append(
                        "unapplied: ").append(u.reason()));
                out.append('\n');
            }
        }
        wrong.forEach(a -> out.append("WRONG AT HIGH: ").append(LabelledSets.key(a)).append(" (").append(a.evidence())
                .append(") truth: ").append(caseOf.get(a.payment().id())).append('\n'));
        System.out.println(out);

        assertTrue(wrong.isEmpty(), "no wrong application at HIGH: " + wrong.stream().map(LabelledSets::key).toList());
        assertTrue(recall >= 0.90, String.format(Locale.ROOT, "recall %.1f %% < 90 %%", 100 * recall));
    }
}
