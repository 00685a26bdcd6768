package com.arworkbench.cashapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.ingest.bank.PaymentsFile;
import com.arworkbench.model.Customer;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.Payment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The cash-application engine on a hand-labelled set: 39 open invoices of 12 customers, 40 payments in
 * camt.053, BAI2 and a German bank CSV, and {@code truth.csv} with the right application of each.
 * Measures precision and recall of what is auto-applied (HIGH) and how many payments whose reference
 * names an open invoice are auto-applied in full. A wrong application at HIGH fails the test.
 */
class LabelledSetTest {

    static final Path DIR = Path.of("src/test/resources/cashapp");

    /** One row of truth.csv. */
    record Truth(String paymentId, String invoice, BigDecimal amount, String deductionCode, BigDecimal deductionAmount,
                 boolean refNamesOpenInvoice, String description) {
    }

    /** What identifies an application for scoring: the payment, the invoice and the cash applied. */
    record Key(String paymentId, String invoice, BigDecimal amount) {
        static Key of(String paymentId, String invoice, BigDecimal amount) {
            return new Key(paymentId, invoice, amount.setScale(2, RoundingMode.UNNECESSARY));
        }

        @Override
        public String toString() {
            return paymentId + " -> " + invoice + " " + amount.toPlainString();
        }
    }

    @Test
    void theEngineOnTheLabelledSet() throws Exception {
        // ---- payments, in all three formats
        PaymentsFile camt = PaymentsFile.read(DIR.resolve("payments.camt053.xml"), "payments.camt053.xml");
        PaymentsFile bai2 = PaymentsFile.read(DIR.resolve("payments.bai2.txt"), "payments.bai2.txt");
        PaymentsFile csv = PaymentsFile.read(DIR.resolve("payments.bank.csv"), "payments.bank.csv");
        assertEquals(11, camt.payments().size(), camt.format() + ": 10 credit entries, one a batch of 2; the debit not used");
        assertEquals(13, bai2.payments().size(), bai2.format());
        assertEquals(16, csv.payments().size(), csv.format());
        assertEquals(1, camt.notUsed().size(), "the debit entry");
        assertEquals(1, bai2.notUsed().size(), "the 495 outgoing wire");
        assertEquals(2, csv.notUsed().size(), "the debit and the pending row");
        assertEquals(List.of(), bai2.controlNotes(), "the BAI2 trailers reconcile");
        List<Payment> payments = new ArrayList<>();
        payments.addAll(camt.payments());
        payments.addAll(bai2.payments());
        payments.addAll(csv.payments());

        // ---- open items and the customer master
        List<OpenItem> items = LabelledSets.openItems(DIR.resolve("open-items.csv"));
        assertEquals(39, items.size());
        Map<String, Customer> byAccount = LabelledSets.accounts(DIR.resolve("customers.csv"));
        assertEquals(10, byAccount.size(), "10 of the 12 customers have an IBAN in the master");

        // ---- truth
        List<Truth> truth = readTruth(DIR.resolve("truth.csv"));
        Map<String, Payment> paymentsById = new LinkedHashMap<>();
        for (Payment p : payments) {
            assertTrue(paymentsById.put(p.id(), p) == null, "payment ids are unique across the files: " + p.id());
        }
        Set<String> truthIds = new TreeSet<>(truth.stream().map(Truth::paymentId).toList());
        assertEquals(new TreeSet<>(paymentsById.keySet()), truthIds, "truth.csv labels every payment, and only those");
        for (String id : truthIds) {
            BigDecimal labelled = truth.stream().filter(t -> t.paymentId().equals(id)).map(Truth::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, labelled.compareTo(paymentsById.get(id).amount()), "truth accounts for all of payment " + id);
        }
        Set<Key> trueApplications = LabelledSets.trueApplications(truth);

        // ---- run the engine
        CashApplicationReport report = LabelledSets.run(byAccount, items, payments);

        // Every payment is accounted for: applied + unapplied = amount.
        for (Payment p : report.payments()) {
            BigDecimal applied = report.applications().stream().filter(a -> a.payment() == p).map(Application::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal left = report.unapplied().stream().filter(u -> u.payment() == p).map(Unapplied::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, p.amount().compareTo(applied.add(left)), "payment " + p.id() + " accounted for");
        }
        assertEquals(payments.size(), report.payments().size());

        // ---- score
        List<Application> high = report.autoApplied();
        List<Application> wrongHigh = high.stream().filter(a -> !trueApplications.contains(LabelledSets.key(a))).toList();
        long correctHigh = high.size() - wrongHigh.size();
        double precision = high.isEmpty() ? 1.0 : (double) correctHigh / high.size();
        double recall = (double) correctHigh / trueApplications.size();

        Set<String> refPayments = new TreeSet<>();
        truth.stream().filter(Truth::refNamesOpenInvoice).forEach(t -> refPayments.add(t.paymentId()));
        List<String> refAuto = new ArrayList<>();
        List<String> refNotAuto = new ArrayList<>();
        for (String id : refPayments) {
            (LabelledSets.fullyAutoApplied(id, report, trueApplications) ? refAuto : refNotAuto).add(id);
        }
        double refShare = (double) refAuto.size() / refPayments.size();

        List<Application> review = report.forReview();
        long reviewRight = review.stream().filter(a -> trueApplications.contains(LabelledSets.key(a))).count();
        long exactOutcome = paymentsById.keySet().stream().filter(id -> sameOutcome(id, report, truth)).count();

        // ---- print (shows in the surefire report)
        StringBuilder out = new StringBuilder();
        out.append("\n=== Cash application on the labelled set (src/test/resources/cashapp) ===\n");
        out.append(String.format(Locale.ROOT, "payments: %d (camt.053 %d, BAI2 %d, bank CSV %d); open items: %d; "
                        + "true applications: %d%n", payments.size(), camt.payments().size(), bai2.payments().size(),
                csv.payments().size(), items.size(), trueApplications.size()));
        for (Payment p : report.payments()) {
            out.append(String.format(Locale.ROOT, "%-16s %10s  %s%n", p.id(), p.amount().toPlainString(),
                    outcome(p.id(), report, truth)));
        }
        out.append(String.format(Locale.ROOT, "auto-applied (HIGH) applications: %d, correct %d%n", high.size(), correctHigh));
        out.append(String.format(Locale.ROOT, "PRECISION of HIGH: %.1f %% (%d/%d)%n", 100 * precision, correctHigh, high.size()));
        out.append(String.format(Locale.ROOT, "RECALL of HIGH:    %.1f %% (%d/%d true applications)%n", 100 * recall,
                correctHigh, trueApplications.size()));
        out.append(String.format(Locale.ROOT, "payments whose reference names an open invoice, fully auto-applied: "
                + "%.1f %% (%d/%d); not: %s%n", 100 * refShare, refAuto.size(), refPayments.size(), refNotAuto));
        out.append(String.format(Locale.ROOT, "suggestions for review (MEDIUM/LOW): %d, of which right: %d%n", review.size(),
                reviewRight));
        out.append(String.format(Locale.ROOT, "payments whose whole outcome (any confidence, unapplied rest) matches "
                + "the truth: %d/%d%n", exactOutcome, payments.size()));
        for (Truth t : truth) {
            if (t.deductionCode().isEmpty()) {
                continue;
            }
            String got = report.deductions().stream().filter(d -> d.payment().id().equals(t.paymentId()))
                    .map(d -> d.reasonCode() + " " + d.amount().toPlainString()).findFirst().orElse("none");
            out.append(String.format(Locale.ROOT, "deduction %s: labelled %s %s, engine %s%n", t.paymentId(),
                    t.deductionCode(), t.deductionAmount().toPlainString(), got));
        }
        if (!wrongHigh.isEmpty()) {
            out.append("WRONG AT HIGH:\n");
            wrongHigh.forEach(a -> out.append("  ").append(LabelledSets.key(a)).append(" (").append(a.rule()).append(": ")
                    .append(a.evidence()).append(")\n"));
        }
        System.out.println(out);

        // ---- assertions
        assertTrue(wrongHigh.isEmpty(), "no wrong application at HIGH confidence: " + wrongHigh);
        assertTrue(refShare >= 0.90, String.format(Locale.ROOT, "at least 90 %% of the payments whose reference names an "
                + "open invoice are auto-applied, got %.1f %%; not: %s", 100 * refShare, refNotAuto));
    }

    /** Applications at any confidence and the unapplied rest are what truth.csv says. */
    private static boolean sameOutcome(String id, CashApplicationReport r, List<Truth> truth) {
        Set<Key> got = new TreeSetOfKeys();
        r.applications().stream().filter(a -> a.payment().id().equals(id)).forEach(a -> got.add(LabelledSets.key(a)));
        r.unapplied().stream().filter(u -> u.payment().id().equals(id)).forEach(u -> got.add(Key.of(id, "", u.amount())));
        Set<Key> want = new TreeSetOfKeys();
        truth.stream().filter(t -> t.paymentId().equals(id)).forEach(t -> want.add(Key.of(id, t.invoice(), t.amount())));
        return got.equals(want);
    }

    /** Keys ordered by their text, so two sets compare by content. */
    private static final class TreeSetOfKeys extends TreeSet<Key> {
        TreeSetOfKeys() {
            super((a, b) -> a.toString().compareTo(b.toString()));
        }
    }

    private static String outcome(String id, CashApplicationReport r, List<Truth> truth) {
        StringBuilder b = new StringBuilder();
        for (Application a : r.applications()) {
            if (a.payment().id().equals(id)) {
                b.append(a.confidence()).append(' ').append(a.rule()).append(' ').append(a.item().documentNumber())
                        .append(' ').append(a.amount().toPlainString()).append("; ");
            }
        }
        for (Unapplied u : r.unapplied()) {
            if (u.payment().id().equals(id)) {
                b.append("UNAPPLIED ").append(u.amount().toPlainString()).append(" (").append(u.reason()).append("); ");
            }
        }
        String want = String.join(" + ", truth.stream().filter(t -> t.paymentId().equals(id))
                .map(t -> (t.invoice().isEmpty() ? "unapplied" : t.invoice()) + " " + t.amount().toPlainString()).toList());
        String verdict = sameOutcome(id, r, truth) ? "ok" : "DIFFERS";
        return b + "| truth: " + want + " | " + verdict;
    }

    static List<Truth> readTruth(Path file) throws Exception {
        List<Truth> out = new ArrayList<>();
        boolean header = true;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split(",", -1);
            assertEquals(7, f.length, "truth.csv columns: " + line);
            out.add(new Truth(f[0].strip(), f[1].strip(), new BigDecimal(f[2].strip()), f[3].strip(),
                    f[4].isBlank() ? null : new BigDecimal(f[4].strip()), f[5].strip().equals("yes"), f[6].strip()));
        }
        return out;
    }
}
