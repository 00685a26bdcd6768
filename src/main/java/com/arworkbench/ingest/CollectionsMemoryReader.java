package com.arworkbench.ingest;

import static com.arworkbench.model.WorklistSheets.AGREED_ON;
import static com.arworkbench.model.WorklistSheets.AMOUNT;
import static com.arworkbench.model.WorklistSheets.BALANCE_AT_START;
import static com.arworkbench.model.WorklistSheets.BALANCE_ON;
import static com.arworkbench.model.WorklistSheets.BALANCE_THEN;
import static com.arworkbench.model.WorklistSheets.CHANNEL;
import static com.arworkbench.model.WorklistSheets.COLLECTOR;
import static com.arworkbench.model.WorklistSheets.CURRENCY;
import static com.arworkbench.model.WorklistSheets.CUSTOMER_ID;
import static com.arworkbench.model.WorklistSheets.CUSTOMER_NAME;
import static com.arworkbench.model.WorklistSheets.DATE;
import static com.arworkbench.model.WorklistSheets.DUE_DATE;
import static com.arworkbench.model.WorklistSheets.INSTALMENT;
import static com.arworkbench.model.WorklistSheets.JUDGED_ON;
import static com.arworkbench.model.WorklistSheets.NOTE;
import static com.arworkbench.model.WorklistSheets.NOTES;
import static com.arworkbench.model.WorklistSheets.OPEN_BALANCE;
import static com.arworkbench.model.WorklistSheets.OUTCOME;
import static com.arworkbench.model.WorklistSheets.PAID;
import static com.arworkbench.model.WorklistSheets.PROMISE_AMOUNT;
import static com.arworkbench.model.WorklistSheets.PROMISE_DATE;
import static com.arworkbench.model.WorklistSheets.SOURCE;
import static com.arworkbench.model.WorklistSheets.STATUS;

import com.arworkbench.ingest.table.FormatSniffer;
import com.arworkbench.ingest.table.RawRow;
import com.arworkbench.ingest.table.SniffResult;
import com.arworkbench.ingest.table.TableReader;
import com.arworkbench.ingest.table.TableReaders;
import com.arworkbench.model.ContactEntry;
import com.arworkbench.model.PlanInstalment;
import com.arworkbench.model.WorklistSheets;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the collections memory of last run's worklist: every Contact log row as it stands, the payment plans
 * collectors typed, and what they typed on Worklist and Excluded (status, notes, promise) that the log does not have
 * yet. A row that cannot be read is listed with why, never dropped silently.
 */
final class CollectionsMemoryReader {

    final List<ContactEntry> log = new ArrayList<>();
    final List<PlanInstalment> plans = new ArrayList<>();
    final List<String> unread = new ArrayList<>();
    private final List<ContactEntry> typed = new ArrayList<>();

    void readLog(WrittenWorkbook book) throws IOException, UnreadableFileException {
        book.sheet(WorklistSheets.CONTACT_LOG, false, List.of(DATE, CHANNEL, NOTE), (h, row) -> {
            String promiseDateText = cell(h, row, PROMISE_DATE);
            LocalDate promiseDate = PreviousWorklistFile.date(promiseDateText);
            if (!promiseDateText.isEmpty() && promiseDate == null) {
                unread.add("Contact log row " + row.rowNumber() + ": promise date '" + promiseDateText
                        + "' is not a date; the row is carried without a promise to judge");
            }
            String source = blankToNull(cell(h, row, SOURCE));
            log.add(new ContactEntry(PreviousWorklistFile.date(cell(h, row, DATE)), blankToNull(cell(h, row, CUSTOMER_ID)),
                    blankToNull(cell(h, row, CUSTOMER_NAME)), cell(h, row, CURRENCY), blankToNull(cell(h, row, COLLECTOR)),
                    blankToNull(cell(h, row, CHANNEL)), blankToNull(cell(h, row, NOTE)), promiseDate,
                    PreviousWorklistFile.amount(cell(h, row, PROMISE_AMOUNT)),
                    PreviousWorklistFile.amount(cell(h, row, BALANCE_THEN)), PreviousWorklistFile.date(cell(h, row, BALANCE_ON)),
                    blankToNull(cell(h, row, OUTCOME)), PreviousWorklistFile.amount(cell(h, row, PAID)),
                    PreviousWorklistFile.date(cell(h, row, JUDGED_ON)), source == null ? ContactEntry.FROM_COLLECTOR : source));
        });
    }

    void readPlans(WrittenWorkbook book) throws IOException, UnreadableFileException {
        book.sheet(WorklistSheets.PAYMENT_PLANS, false, List.of(CUSTOMER_ID, DUE_DATE, AMOUNT),
                (h, row) -> plan(h, row, "Payment plans row " + row.rowNumber(), WorklistSheets.PAYMENT_PLANS));
    }

    /** A plans file (CSV, XLSX, …) with the Payment plans sheet's headers in its first row that has them. */
    static CollectionsMemoryReader readPlansFile(Path path, String displayName) throws IOException, UnreadableFileException {
        SniffResult sniff = FormatSniffer.sniff(path);
        TableReader reader = TableReaders.open(path, sniff);
        CollectionsMemoryReader r = new CollectionsMemoryReader();
        Map<String, Integer> header = new HashMap<>();
        reader.read(row -> {
            if (header.isEmpty()) {
                for (int i = 0; i < row.width(); i++) {
                    header.putIfAbsent(row.cell(i).strip(), i);
                }
                if (!header.keySet().containsAll(List.of(DUE_DATE, AMOUNT))
                        || !(header.containsKey(CUSTOMER_ID) || header.containsKey(CUSTOMER_NAME))) {
                    header.clear();
                }
            } else if (!row.isBlank()) {
                r.plan(header, row, displayName + " row " + row.rowNumber(), displayName);
            }
            return true;
        });
        if (header.isEmpty()) {
            throw new UnreadableFileException("The payment plans file " + displayName + " has no header row with "
                    + CUSTOMER_ID + " (or " + CUSTOMER_NAME + "), " + DUE_DATE + " and " + AMOUNT + ".");
        }
        return r;
    }

    private void plan(Map<String, Integer> h, RawRow row, String where, String source) {
        String id = cell(h, row, CUSTOMER_ID);
        String name = cell(h, row, CUSTOMER_NAME);
        LocalDate due = PreviousWorklistFile.date(cell(h, row, DUE_DATE));
        BigDecimal amount = PreviousWorklistFile.amount(cell(h, row, AMOUNT));
        if (id.isEmpty() && name.isEmpty()) {
            unread.add(where + ": no customer ID or name " + row.values());
            return;
        }
        if (due == null || amount == null || amount.signum() <= 0) {
            unread.add(where + " (" + (id.isEmpty() ? name : id) + "): needs a due date and a positive amount, found '"
                    + cell(h, row, DUE_DATE) + "' and '" + cell(h, row, AMOUNT) + "'");
            return;
        }
        String number = cell(h, row, INSTALMENT);
        int n = number.matches("\\d{1,4}") ? Integer.parseInt(number)
                : (int) plans.stream().filter(p -> p.customerId() != null && p.customerId().equals(id)).count() + 1;
        plans.add(new PlanInstalment(blankToNull(id), blankToNull(name), cell(h, row, CURRENCY),
                PreviousWorklistFile.date(cell(h, row, AGREED_ON)), PreviousWorklistFile.amount(cell(h, row, BALANCE_AT_START)),
                PreviousWorklistFile.date(cell(h, row, BALANCE_ON)), n, due, amount, blankToNull(cell(h, row, NOTE)),
                source, blankToNull(cell(h, row, STATUS))));
    }

    /**
     * What a collector typed on a Worklist or Excluded row: a status other than Open, notes, a promise. The worklist
     * shows the customer's open balance on the run's as-of date: a promise typed there is measured from it.
     */
    void typedOnWorklist(Map<String, Integer> h, RawRow row, LocalDate runAsOf) {
        String status = cell(h, row, STATUS);
        String notes = cell(h, row, NOTES);
        LocalDate promiseDate = PreviousWorklistFile.date(cell(h, row, PROMISE_DATE));
        BigDecimal promiseAmount = PreviousWorklistFile.amount(cell(h, row, PROMISE_AMOUNT));
        boolean statusTyped = !status.isEmpty() && !status.equalsIgnoreCase(WorklistSheets.STATUSES[0]);
        if (!statusTyped && notes.isEmpty() && promiseDate == null) {
            return;
        }
        List<String> parts = new ArrayList<>();
        if (statusTyped) {
            parts.add("Status: " + status);
        }
        if (!notes.isEmpty()) {
            parts.add(notes);
        }
        BigDecimal balance = PreviousWorklistFile.amount(cell(h, row, OPEN_BALANCE));
        typed.add(new ContactEntry(null, blankToNull(cell(h, row, CUSTOMER_ID)), blankToNull(cell(h, row, CUSTOMER_NAME)),
                cell(h, row, CURRENCY), blankToNull(cell(h, row, COLLECTOR)), null,
                parts.isEmpty() ? "Promise to pay" : String.join(" · ", parts), promiseDate, promiseAmount,
                promiseDate == null || balance == null || runAsOf == null ? null : balance,
                promiseDate == null || balance == null ? null : runAsOf, null, null, null,
                ContactEntry.FROM_WORKLIST));
    }

    /**
     * The worklist entries the Contact log does not have yet. The same status, note and promise carried on a later
     * worklist (a customer still waiting on a promise) is the same contact, logged once.
     */
    List<ContactEntry> newContacts() {
        Set<String> seen = new HashSet<>();
        log.forEach(e -> seen.add(identity(e)));
        List<ContactEntry> out = new ArrayList<>();
        for (ContactEntry e : typed) {
            if (seen.add(identity(e))) {
                out.add(e);
            }
        }
        return out;
    }

    private static String identity(ContactEntry e) {
        return e.accountKey() + "\u0000" + e.note() + "\u0000" + e.promiseDate() + "\u0000"
                + (e.promiseAmount() == null ? "" : e.promiseAmount().stripTrailingZeros().toPlainString());
    }

    private static String cell(Map<String, Integer> h, RawRow row, String header) {
        return WrittenWorkbook.cell(h, row, header);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
