package com.arworkbench.dunning;

import com.arworkbench.model.DisputeCase;
import com.arworkbench.model.DisputeSheets;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.PreviousDisputes;
import com.arworkbench.model.PreviousWorklist;
import com.arworkbench.model.TypedDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dispute log: one case per disputed document, carried from run to run like the worklist. Pure: last run's
 * cases, this run's items, the as-of date and the {@link DisputeSettings} in; the cases out.
 *
 * <p>Rules:
 * <ul>
 *   <li>A case on last run's Disputes sheet whose Status a collector set to Resolved moves to Closed disputes (its
 *       resolved date: the one typed, else the as-of date). A case on Closed disputes whose status a collector set back
 *       to anything else is reopened.</li>
 *   <li>An open case whose document is no longer in the export is closed by the run (outcome "Item left the export"
 *       unless one was typed), never dropped.</li>
 *   <li>An item disputed in the export, or marked Dispute (or given a dispute reason) on the worklist, opens a case
 *       when its document has no case yet.</li>
 *   <li>Dunning ({@link #forDunning}): an item with an open case is held back, also when the worklist flag was
 *       cleared. A closed case rules its document: after an outcome in {@link DisputeSettings#customerPays} the
 *       worklist's dispute flag is dropped and the item is dunned again, unless the export still flags it (then it
 *       stays held back, and Excluded says so); after any other outcome (credit note, rebill, write-off, none) the item
 *       stays held back until the ERP clears it. To dispute such a document again, set the closed case's status back.</li>
 * </ul>
 * Days open are business days ({@link BusinessDays}): from the opened date to the as-of date, or to the resolved
 * date for closed cases; a case is in breach past {@link DisputeSettings#slaBusinessDays}.
 */
public final class DisputeLog {

    public static final String LEFT_THE_EXPORT = "Item left the export";
    public static final String CLOSED_BY_COLLECTOR = "Collector (status Resolved)";
    private static final Pattern CASE_NUMBER = Pattern.compile("^D-(\\d+)$");

    private final LocalDate asOf;
    private final DisputeSettings settings;
    private final BusinessDays calendar;
    private final List<DisputeCase> active = new ArrayList<>();
    private final List<DisputeCase> closed = new ArrayList<>();
    /** Document key → its open case (the first, should a sheet hold two). */
    private final Map<String, DisputeCase> activeByKey = new HashMap<>();
    /** Document key → its latest closed case. */
    private final Map<String, DisputeCase> closedByKey = new HashMap<>();
    /** Items of this run by document key: the open amount summed over the export's lines of the document. */
    private final Map<String, Seen> seen = new LinkedHashMap<>();
    private final int carried;
    private int reopened;
    private int closedThisRun;
    private int nextNumber = 1;

    private static final class Seen {
        final OpenItem first;
        BigDecimal amount = BigDecimal.ZERO;
        String exportDispute;
        String worklistDispute;

        Seen(OpenItem first) {
            this.first = first;
        }
    }

    public DisputeLog(LocalDate asOf, DisputeSettings settings, PreviousDisputes previous) {
        this.asOf = asOf;
        this.settings = settings;
        this.calendar = settings.calendar();
        this.carried = previous.active().size();
        for (DisputeCase c : previous.closed()) {
            number(c);
            if (c.isResolved()) {
                closed.add(c);
            } else {
                active.add(c.reopened());
                reopened++;
            }
        }
        for (DisputeCase c : previous.active()) {
            number(c);
            if (c.isResolved()) {
                closed.add(c.closed(c.status(), c.resolved().isBlank() ? TypedDate.of(asOf) : c.resolved(), c.outcome(),
                        asOf, CLOSED_BY_COLLECTOR));
                closedThisRun++;
            } else {
                active.add(c);
            }
        }
        for (DisputeCase c : active) {
            activeByKey.putIfAbsent(c.itemKey(), c);
        }
        for (DisputeCase c : closed) {
            closedByKey.merge(c.itemKey(), c, (a, b) -> later(a, b));
        }
    }

    private static DisputeCase later(DisputeCase a, DisputeCase b) {
        LocalDate da = a.closedOn() == null ? LocalDate.MIN : a.closedOn();
        LocalDate db = b.closedOn() == null ? LocalDate.MIN : b.closedOn();
        return db.isAfter(da) || (db.equals(da) && b.caseId().compareTo(a.caseId()) > 0) ? b : a;
    }

    private void number(DisputeCase c) {
        Matcher m = CASE_NUMBER.matcher(c.caseId() == null ? "" : c.caseId().strip());
        if (m.matches() && m.group(1).length() < 9) {
            nextNumber = Math.max(nextNumber, Integer.parseInt(m.group(1)) + 1);
        }
    }

    /**
     * The previous worklist as the dunning engine should see it: documents with an open case flagged disputed;
     * documents whose latest case is closed flagged or not by its outcome (see the class comment). {@code directory}
     * is the engine's, which looks a document up under the customer as the worklist shows it (the master's ID for a
     * names-only export) before the export's own: both are set.
     */
    public PreviousWorklist forDunning(PreviousWorklist previous, CustomerDirectory directory) {
        Map<String, PreviousWorklist.ItemState> items = new HashMap<>(previous.items());
        for (Map.Entry<String, DisputeCase> e : closedByKey.entrySet()) {
            if (activeByKey.containsKey(e.getKey())) {
                continue;
            }
            for (String key : keys(e.getValue(), directory)) {
                PreviousWorklist.ItemState s = items.get(key);
                if (settings.customerPays(e.getValue().outcome())) {
                    if (s != null) {
                        items.put(key, new PreviousWorklist.ItemState(null, null, s.notes()));
                    }
                } else {
                    flag(items, key, s);
                }
            }
        }
        for (DisputeCase c : activeByKey.values()) {
            for (String key : keys(c, directory)) {
                flag(items, key, items.get(key));
            }
        }
        return previous.withItems(Map.copyOf(items));
    }

    /** The previous worklist for an engine without a customer master. */
    public PreviousWorklist forDunning(PreviousWorklist previous) {
        return forDunning(previous, CustomerDirectory.empty());
    }

    /**
     * The keys the engine looks a case's document up by: under the customer as the worklist shows it (the master's ID
     * for a names-only export, as {@code DunningEngine} shows it) and under the export's own customer.
     */
    private static List<String> keys(DisputeCase c, CustomerDirectory directory) {
        com.arworkbench.model.CustomerProfile p = directory.find(c.customer());
        if (c.customer().id() == null && p != null && p.customer().id() != null) {
            return List.of(PreviousWorklist.itemKey(new com.arworkbench.model.Customer(p.customer().id(), c.customer().name()),
                    c.document()), c.itemKey());
        }
        return List.of(c.itemKey());
    }

    private static void flag(Map<String, PreviousWorklist.ItemState> items, String key, PreviousWorklist.ItemState s) {
        if (s == null || s.dispute() == null) {
            items.put(key, new PreviousWorklist.ItemState("yes", s == null ? null : s.disputeReason(),
                    s == null ? null : s.notes()));
        }
    }

    /**
     * One item of the export, with what last run's worklist recorded for its document ({@code carried}, as the
     * dunning engine looks it up; null if nothing).
     */
    public void accept(OpenItem item, PreviousWorklist.ItemState carried) {
        if (item.documentNumber() == null || item.documentNumber().isBlank()) {
            return;
        }
        String key = PreviousWorklist.itemKey(item.customer(), item.documentNumber());
        boolean flagged = item.dispute() != null || carried != null && (carried.dispute() != null
                || blankToNull(carried.disputeReason()) != null);
        if (!flagged && !seen.containsKey(key) && !activeByKey.containsKey(key) && !closedByKey.containsKey(key)) {
            return; // neither disputed nor a case's document: nothing to keep (a million-row export stays cheap)
        }
        Seen s = seen.computeIfAbsent(key, k -> new Seen(item));
        s.amount = s.amount.add(item.openAmount());
        if (item.dispute() != null && s.exportDispute == null) {
            s.exportDispute = item.dispute();
        }
        if (carried != null && s.worklistDispute == null && (carried.dispute() != null
                || blankToNull(carried.disputeReason()) != null)) {
            String why = blankToNull(carried.disputeReason());
            s.worklistDispute = why != null ? why : carried.dispute();
        }
    }

    /** The cases after this run; {@code dunning} (the engine's report) tells which items were held back. */
    public DisputeLogReport report(DunningReport dunning) {
        Map<String, Integer> heldBack = new HashMap<>();
        for (ExcludedItem x : dunning.excluded()) {
            if (x.rule() == Exclusion.DISPUTED) {
                heldBack.merge(PreviousWorklist.itemKey(x.item().customer(), x.item().documentNumber()), 1, Integer::sum);
            }
        }
        List<DisputeCase> open = new ArrayList<>();
        List<DisputeCase> closedNow = new ArrayList<>(closed);
        for (DisputeCase c : active) {
            Seen s = seen.get(c.itemKey());
            if (s != null) {
                open.add(c.withRun(s.amount, s.first.dueDate(), s.first.currency()));
            } else {
                closedNow.add(c.closed(DisputeSheets.RESOLVED, c.resolved().isBlank() ? TypedDate.of(asOf) : c.resolved(),
                        blankToNull(c.outcome()) == null ? LEFT_THE_EXPORT : c.outcome(), asOf,
                        "Run: the document is no longer in the export"));
                closedThisRun++;
            }
        }
        int opened = 0;
        for (Map.Entry<String, Seen> e : seen.entrySet()) {
            Seen s = e.getValue();
            String flagged = s.exportDispute != null ? s.exportDispute : s.worklistDispute;
            if (flagged == null || activeByKey.containsKey(e.getKey()) || closedByKey.containsKey(e.getKey())) {
                continue;
            }
            OpenItem i = s.first;
            open.add(new DisputeCase(String.format(Locale.ROOT, "D-%04d", nextNumber++), i.customer(), i.currency(),
                    i.documentNumber().strip(), i.dueDate(), s.amount, s.amount,
                    s.exportDispute != null ? DisputeSheets.SOURCE_EXPORT : DisputeSheets.SOURCE_WORKLIST,
                    "yes".equalsIgnoreCase(flagged.strip()) ? null : flagged, asOf, TypedDate.of(asOf), null,
                    reasonCode(flagged), null, DisputeSheets.STATUSES[0], null, TypedDate.BLANK, TypedDate.BLANK, null,
                    null, null, null));
            opened++;
        }
        Comparator<DisputeCase> byId = Comparator.comparing(DisputeCase::caseId, Comparator.nullsLast(Comparator.naturalOrder()));
        open.sort(byId);
        closedNow.sort(byId);
        Map<String, DisputeCase> latestClosed = new HashMap<>();
        for (DisputeCase c : closedNow) {
            latestClosed.merge(c.itemKey(), c, DisputeLog::later);
        }
        List<DisputeLogReport.Row> openRows = new ArrayList<>();
        for (DisputeCase c : open) {
            openRows.add(row(c, true, heldBack.getOrDefault(c.itemKey(), 0), asOf));
        }
        List<DisputeLogReport.Row> closedRows = new ArrayList<>();
        for (DisputeCase c : closedNow) {
            boolean latest = latestClosed.get(c.itemKey()) == c && !activeByKey.containsKey(c.itemKey());
            LocalDate end = c.resolved().date() != null ? c.resolved().date() : c.closedOn();
            closedRows.add(row(c, seen.containsKey(c.itemKey()), latest ? heldBack.getOrDefault(c.itemKey(), 0) : 0, end));
        }
        return new DisputeLogReport(asOf, settings, openRows, closedRows, carried, opened, reopened, closedThisRun);
    }

    private DisputeLogReport.Row row(DisputeCase c, boolean inExport, int heldBack, LocalDate end) {
        LocalDate start = c.openedForCounting();
        if (start == null || end == null) {
            return new DisputeLogReport.Row(c, inExport, heldBack, start, end, null, null, false);
        }
        long days = calendar.between(start, end);
        return new DisputeLogReport.Row(c, inExport, heldBack, start, end, days, calendar.add(start, settings.slaBusinessDays()),
                days > settings.slaBusinessDays());
    }

    /** The reason code the export's or worklist's dispute text names exactly (ignoring case), if any. */
    private String reasonCode(String flagged) {
        String f = flagged.strip();
        return settings.reasonCodes().stream().filter(r -> r.equalsIgnoreCase(f)).findFirst().orElse(null);
    }

    /**
     * The engine's report with the Excluded reason of each disputed item held back by a closed case saying so: the
     * case, when it was resolved with which outcome, and why the item is still held back (an item with an open case
     * keeps the engine's reason; its case is on Disputes, with its items held back).
     */
    public DunningReport annotate(DunningReport dunning, DisputeLogReport log) {
        Map<String, DisputeLogReport.Row> heldClosed = new HashMap<>();
        log.closed().stream().filter(DisputeLogReport.Row::heldBack).forEach(r -> heldClosed.put(r.c().itemKey(), r));
        if (heldClosed.isEmpty()) {
            return dunning;
        }
        List<ExcludedItem> excluded = new ArrayList<>();
        for (ExcludedItem x : dunning.excluded()) {
            DisputeLogReport.Row c = x.rule() == Exclusion.DISPUTED
                    ? heldClosed.get(PreviousWorklist.itemKey(x.item().customer(), x.item().documentNumber())) : null;
            if (c == null) {
                excluded.add(x);
                continue;
            }
            String when = dateText(c.c().resolved(), c.end());
            String outcome = blankToNull(c.c().outcome()) == null ? "no outcome recorded" : c.c().outcome();
            String note = settings.customerPays(c.c().outcome())
                    ? "case " + c.c().caseId() + " was resolved on " + when + " (" + outcome + ") but the export still"
                            + " flags the item as disputed: clear the flag in the ERP to dun it again"
                    : "case " + c.c().caseId() + " resolved on " + when + " (" + outcome + "): held back until the ERP"
                            + " clears the item";
            excluded.add(new ExcludedItem(x.item(), x.daysPastDue(), x.rule(), x.reason() + " · " + note,
                    x.customerState(), x.carried()));
        }
        return new DunningReport(dunning.parameters(), dunning.notices(), List.copyOf(excluded), dunning.currencies(),
                dunning.itemsNotOverdue(), dunning.customersMatchedInMaster(), dunning.customersNotInMaster());
    }

    private static String dateText(TypedDate typed, LocalDate fallback) {
        return typed.date() != null ? typed.date().toString() : typed.text() != null ? typed.text()
                : fallback == null ? "?" : fallback.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
