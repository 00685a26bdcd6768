package com.arworkbench.ingest;

import com.arworkbench.ingest.table.RawRow;
import com.arworkbench.ingest.table.XlsxTableReader;
import com.arworkbench.ingest.values.AmountParser;
import com.arworkbench.ingest.values.DateOrder;
import com.arworkbench.ingest.values.DateParser;
import com.arworkbench.ingest.values.FlagText;
import com.arworkbench.ingest.values.NumberStyle;
import com.arworkbench.model.Customer;
import com.arworkbench.model.PreviousWorklist;
import com.arworkbench.model.WorklistSheets;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads last run's worklist as the collectors edited it: customer states from Worklist (and from
 * Excluded, where customers waiting on a promise are), document notes from Items and Excluded, and
 * the run's as-of date from About. Columns are found by their header text, so collectors may add,
 * hide or reorder columns.
 */
public final class PreviousWorklistFile {

    private PreviousWorklistFile() {
    }

    public static PreviousWorklist read(Path path, String displayName) throws IOException, UnreadableFileException {
        WrittenWorkbook book = WrittenWorkbook.open(path, "previous worklist", "dunning");
        Map<String, PreviousWorklist.CustomerState> customers = new LinkedHashMap<>();
        Map<String, PreviousWorklist.ItemState> items = new HashMap<>();
        LocalDate[] asOf = {null};
        try {
            new XlsxTableReader(path, WorklistSheets.ABOUT).read(row -> {
                if (WorklistSheets.ABOUT_AS_OF.equals(row.cell(0).strip())) {
                    asOf[0] = date(row.cell(1));
                    return false;
                }
                return true;
            });
        } catch (UnreadableFileException e) {
            // checked with a clearer message when the Worklist sheet is read
        }
        // Customers on the Worklist were noticed on that run's as-of date; Excluded rows carry their last notice.
        List<String> key = List.of(WorklistSheets.CUSTOMER_ID, WorklistSheets.CURRENCY);
        // Items, by far the largest sheet (a row per open item), is read on a thread of its own beside the others.
        BackgroundRead<Map<String, PreviousWorklist.ItemState>> itemsSheet = BackgroundRead.start("previous-items", () -> {
            Map<String, PreviousWorklist.ItemState> notes = new HashMap<>();
            book.sheet(WorklistSheets.ITEMS, false, key, (h, row) -> {
                if (named(h, row)) {
                    itemState(h, row, notes);
                }
            });
            return notes;
        });
        CollectionsMemoryReader memory = new CollectionsMemoryReader();
        book.sheet(WorklistSheets.WORKLIST, true, key, (h, row) -> {
            if (named(h, row)) {
                customerState(h, row, customers, asOf[0], true);
                memory.typedOnWorklist(h, row, asOf[0]);
            }
        });
        Map<String, PreviousWorklist.ItemState> excludedItems = new HashMap<>();
        book.sheet(WorklistSheets.EXCLUDED, false, key, (h, row) -> {
            if (named(h, row)) {
                customerState(h, row, customers, null, false);
                itemState(h, row, excludedItems);
                memory.typedOnWorklist(h, row, null);
            }
        });
        memory.readLog(book);
        memory.readPlans(book);
        // As read one after the other: Items first, an Excluded row of the same document after it.
        items.putAll(itemsSheet.get());
        items.putAll(excludedItems);
        return new PreviousWorklist(displayName, asOf[0], Map.copyOf(customers), Map.copyOf(items),
                List.copyOf(memory.log), memory.newContacts(), List.copyOf(memory.plans), List.copyOf(memory.unread));
    }

    /** A payment plans file (--plans): instalments with the Payment plans sheet's headers; what cannot be read is listed. */
    public static PreviousWorklist plansFile(PreviousWorklist previous, Path path, String displayName)
            throws IOException, UnreadableFileException {
        CollectionsMemoryReader r = CollectionsMemoryReader.readPlansFile(path, displayName);
        PreviousWorklist p = previous.withPlans(r.plans);
        List<String> unread = new java.util.ArrayList<>(p.unreadRows());
        unread.addAll(r.unread);
        return new PreviousWorklist(p.sourceName(), p.asOf(), p.customers(), p.items(), p.contactLog(), p.newContacts(),
                p.plans(), List.copyOf(unread));
    }

    /** A row of a customer (by ID or name); collectors' own rows without either are not ours. */
    private static boolean named(Map<String, Integer> h, RawRow row) {
        return !cell(h, row, WorklistSheets.CUSTOMER_ID).isEmpty() || !cell(h, row, WorklistSheets.CUSTOMER_NAME).isEmpty();
    }

    private static void customerState(Map<String, Integer> h, RawRow row, Map<String, PreviousWorklist.CustomerState> out,
                                      LocalDate runAsOf, boolean noticedInThatRun) {
        Customer c = customer(h, row);
        if (c == null || !h.containsKey(WorklistSheets.STATUS)) {
            return;
        }
        String key = PreviousWorklist.customerKey(c, cell(h, row, WorklistSheets.CURRENCY));
        if (out.containsKey(key)) {
            return;
        }
        String level = cell(h, row, noticedInThatRun ? WorklistSheets.LEVEL : WorklistSheets.LAST_NOTICE_LEVEL);
        LocalDate noticed = noticedInThatRun ? runAsOf : date(cell(h, row, WorklistSheets.LAST_NOTICE_DATE));
        out.put(key, new PreviousWorklist.CustomerState(level.matches("\\d+") ? Integer.parseInt(level) : 0,
                blankToNull(cell(h, row, WorklistSheets.STATUS)), date(cell(h, row, WorklistSheets.PROMISE_DATE)),
                amount(cell(h, row, WorklistSheets.PROMISE_AMOUNT)), blankToNull(cell(h, row, WorklistSheets.NOTES)),
                amount(cell(h, row, WorklistSheets.OPEN_BALANCE)), blankToNull(cell(h, row, WorklistSheets.LAST_ACTION)),
                noticed));
    }

    private static void itemState(Map<String, Integer> h, RawRow row, Map<String, PreviousWorklist.ItemState> out) {
        Customer c = customer(h, row);
        String doc = cell(h, row, WorklistSheets.DOCUMENT);
        if (c == null || doc.isEmpty()) {
            return;
        }
        String dispute = FlagText.meaning(cell(h, row, WorklistSheets.DISPUTE));
        String reason = blankToNull(cell(h, row, WorklistSheets.DISPUTE_REASON));
        String notes = blankToNull(cell(h, row, WorklistSheets.ITEM_NOTES));
        if (dispute == null && reason != null) {
            dispute = reason; // a reason written without the flag still means the item is disputed
        }
        if (dispute != null || notes != null) {
            out.put(PreviousWorklist.itemKey(c, doc), new PreviousWorklist.ItemState(dispute, reason, notes));
        }
    }

    private static Customer customer(Map<String, Integer> h, RawRow row) {
        String id = cell(h, row, WorklistSheets.CUSTOMER_ID);
        String name = cell(h, row, WorklistSheets.CUSTOMER_NAME);
        return id.isEmpty() && name.isEmpty() ? null : new Customer(id, name);
    }

    private static String cell(Map<String, Integer> h, RawRow row, String header) {
        return WrittenWorkbook.cell(h, row, header);
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // Our own cells come back ISO; a collector typing 12/06/2026 is read day first unless only month first fits.
        return DateParser.parse(text, DateOrder.DAY_FIRST).or(() -> DateParser.parse(text, DateOrder.MONTH_FIRST))
                .orElse(null);
    }

    static BigDecimal amount(String text) {
        return AmountParser.parse(text, NumberStyle.POINT_DECIMAL).map(AmountParser.Amount::value).orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
