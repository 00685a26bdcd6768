package com.arworkbench.cashapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.arworkbench.ingest.bank.PaymentsFile;
import com.arworkbench.model.Customer;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.Payment;
import com.arworkbench.support.RealSamples;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The real bank files in {@code ../shared/real-samples} against the example open items: they are other companies'
 * statements, so no open item of ours is theirs. The test prints the share of payments auto-applied on each (and
 * what went to review), and holds the engine to what can be known: every payment accounted for, and nothing
 * auto-applied on a file whose payments cannot be ours.
 */
@RealSamples
class RealSamplesMatchingTest {

    private static final Path EXAMPLES = Path.of("examples/cashapp");

    @Test
    void theShareAutoAppliedOnEachRealSample() throws Exception {
        List<OpenItem> items = LabelledSets.openItems(EXAMPLES.resolve("open-items.csv"));
        Map<String, Customer> accounts = LabelledSets.accounts(EXAMPLES.resolve("customers.csv"));
        List<Path> samples;
        try (Stream<Path> files = Files.list(RealSamples.DIR)) {
            samples = files.filter(f -> f.getFileName().toString().matches("(bai2-.*\\.txt|camt053-.*\\.xml)")).sorted()
                    .toList();
        }
        assertFalse(samples.isEmpty(), "bai2-*.txt and camt053-*.xml in " + RealSamples.DIR);
        StringBuilder out = new StringBuilder("\n=== Real samples against examples/cashapp/open-items.csv ===\n");
        for (Path f : samples) {
            List<Payment> payments = PaymentsFile.read(f, f.getFileName().toString()).payments();
            CashApplicationReport r = LabelledSets.run(accounts, items, payments);
            long auto = payments.stream().filter(p -> r.autoApplied().stream().anyMatch(a -> a.payment() == p)).count();
            long review = payments.stream().filter(p -> r.forReview().stream().anyMatch(a -> a.payment() == p)).count();
            out.append(String.format(Locale.ROOT, "%-36s %3d payments: auto-applied %d (%.0f %%), for review %d, "
                    + "unapplied %d%n", f.getFileName(), payments.size(), auto, payments.isEmpty() ? 0.0
                    : 100.0 * auto / payments.size(), review, payments.size() - auto - review));
            r.unapplied().stream().map(Unapplied::reason).distinct().forEach(w -> out.append("    why: ").append(w)
                    .append('\n'));
            for (Payment p : payments) {
                BigDecimal applied = r.applications().stream().filter(a -> a.payment() == p).map(Application::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal left = r.unapplied().stream().filter(u -> u.payment() == p).map(Unapplied::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertEquals(0, p.amount().compareTo(applied.add(left)), f.getFileName() + " " + p.id() + " accounted for");
            }
            assertEquals(List.of(), r.autoApplied(), f.getFileName() + ": another company's payments are never ours at HIGH");
        }
        System.out.println(out);
    }
}
