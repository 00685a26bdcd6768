package com.arworkbench.jobs;

import com.arworkbench.dunning.CustomerDirectory;
import com.arworkbench.dunning.DunningEngine;
import com.arworkbench.ingest.RowSink;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.kpi.Promise;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.PreviousWorklist;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The promises to pay that collectors typed on last run's worklist, handed to the collection forecast item by item
 * ({@code KpiEngine.openItem(item, promise)}), where they override the model.
 *
 * <p>The worklist records a promise per customer and currency (Promise date and Promise amount on Worklist, and on
 * Excluded while the customer waits), not per document. It is found as the dunning engine finds it
 * ({@link DunningEngine#carried}: under the customer as the worklist showed it, then under the export's own), and
 * spread over that customer's open items in that currency by this rule:
 * <ul>
 *   <li>only a promise dated after the as-of date counts; one on or before it is past (broken or kept — the export
 *       says which) and the forecast ignores it, as the engine does;</li>
 *   <li>it covers the customer's undisputed open invoices (not credits, not items disputed on the export or on the
 *       last worklist, not items dated after the as-of date), <b>oldest due date first</b> (then document date, then
 *       the export's order), up to the promised amount: the last item reached may be covered in part, the rest of it
 *       stays with the model;</li>
 *   <li>a promise without an amount covers the items past due at the as-of date (what the notice chased).</li>
 * </ul>
 *
 * <p>Oldest first needs each promised customer's items before the first is forecast, so when the worklist has a
 * promise still to come the export is read once more up front, keeping only those customers' items; then the main
 * read asks {@link #of} for each item in the same order.
 */
final class PackPromises {

    private static final PackPromises NONE = new PackPromises(Map.of());

    /** Per promised customer and currency: the covered part of its n-th item (n counts all its items, export order). */
    private final Map<String, Map<Integer, Promise>> parts;
    private final Map<String, Integer> seen = new HashMap<>();

    private PackPromises(Map<String, Map<Integer, Promise>> parts) {
        this.parts = parts;
    }

    static PackPromises none() {
        return NONE;
    }

    /** The promises of {@code previous} still to come at the as-of date, spread over the export's items. */
    static PackPromises read(PackRun run, PreviousWorklist previous, CustomerDirectory directory)
            throws IOException, UnreadableFileException {
        LocalDate asOf = run.request.asOf();
        if (previous.customers().values().stream().noneMatch(s -> s.promiseDate() != null && s.promiseDate().isAfter(asOf))) {
            return NONE;
        }
        Map<String, Optional<PreviousWorklist.CustomerState>> pending = new HashMap<>();
        Map<String, List<Candidate>> candidates = new HashMap<>();
        Map<String, Integer> counted = new HashMap<>();
        // The rows the export cannot use are listed by the main read later, not by this one.
        run.openItems.read(RowSink.of(item -> {
            String account = account(item);
            if (pending.computeIfAbsent(account, k -> Optional.ofNullable(promiseAfter(
                    DunningEngine.carried(previous, directory, item.customer(), currency(item)), asOf))).isEmpty()) {
                return;
            }
            int n = counted.merge(account, 1, Integer::sum) - 1;
            if (coverable(item, previous, directory, asOf)) {
                candidates.computeIfAbsent(account, k -> new ArrayList<>()).add(new Candidate(n, item.dueDate(),
                        item.documentDate(), item.openAmount()));
            }
        }, r -> { }));
        Map<String, Map<Integer, Promise>> parts = new HashMap<>();
        candidates.forEach((account, items) -> parts.put(account, spread(pending.get(account).get(), items, asOf)));
        return new PackPromises(parts);
    }

    /** The promise for this item of the main read (null: none); call once per item, in the export's order. */
    Promise of(OpenItem item) {
        if (parts.isEmpty()) {
            return null;
        }
        String account = account(item);
        Map<Integer, Promise> covered = parts.get(account);
        if (covered == null) {
            return null;
        }
        return covered.get(seen.merge(account, 1, Integer::sum) - 1);
    }

    /** An item of a promised customer that a promise can cover. */
    private record Candidate(int ordinal, LocalDate due, LocalDate documentDate, BigDecimal amount) {
    }

    /** Oldest due date first up to the promised amount (without one: the items past due at the as-of date). */
    private static Map<Integer, Promise> spread(PreviousWorklist.CustomerState state, List<Candidate> items, LocalDate asOf) {
        List<Candidate> ordered = new ArrayList<>(items);
        ordered.sort(Comparator.comparing(Candidate::due)
                .thenComparing(Candidate::documentDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(Candidate::ordinal));
        BigDecimal left = state.promiseAmount() != null && state.promiseAmount().signum() > 0 ? state.promiseAmount()
                : ordered.stream().filter(c -> c.due().isBefore(asOf)).map(Candidate::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<Integer, Promise> out = new HashMap<>();
        for (Candidate c : ordered) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal part = c.amount().min(left);
            out.put(c.ordinal(), new Promise(state.promiseDate(), part));
            left = left.subtract(part);
        }
        return out;
    }

    private static boolean coverable(OpenItem item, PreviousWorklist previous, CustomerDirectory directory, LocalDate asOf) {
        if (item.openAmount().signum() <= 0 || (item.documentDate() != null && item.documentDate().isAfter(asOf))) {
            return false;
        }
        if (item.dispute() != null && !item.dispute().isBlank()) {
            return false;
        }
        PreviousWorklist.ItemState carried = DunningEngine.carriedItem(previous, directory, item);
        return carried == null || carried.dispute() == null;
    }

    private static PreviousWorklist.CustomerState promiseAfter(PreviousWorklist.CustomerState state, LocalDate asOf) {
        return state != null && state.promiseDate() != null && state.promiseDate().isAfter(asOf) ? state : null;
    }

    private static String account(OpenItem item) {
        return item.customer().key() + "\u0000" + currency(item);
    }

    private static String currency(OpenItem item) {
        return item.currency() == null ? "" : item.currency();
    }
}
