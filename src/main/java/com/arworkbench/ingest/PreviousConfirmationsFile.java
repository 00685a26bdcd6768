package com.arworkbench.ingest;

import com.arworkbench.confirmations.Reply;
import com.arworkbench.model.Customer;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads last run's confirmations workbook as the auditors filled it in: on its Confirmations sheet, per customer
 * and currency, Reply, Amount confirmed and Notes. Columns are found by their header text, so columns may be added,
 * hidden or reordered. Rows with nothing typed are skipped.
 */
public final class PreviousConfirmationsFile {

    /** The sheet and headers the confirmations workbook writes (kept equal to the writer's by a test). */
    public static final String SHEET = "Confirmations";
    public static final String CUSTOMER_ID = "Customer ID";
    public static final String CUSTOMER = "Customer";
    public static final String CURRENCY = "Currency";
    public static final String REPLY = "Reply";
    public static final String AMOUNT_CONFIRMED = "Amount confirmed";
    public static final String NOTES = "Notes";

    private PreviousConfirmationsFile() {
    }

    /** The replies by currency and customer key ("EUR\u0000id:C1"). */
    public static Map<String, Reply> read(Path path) throws IOException, UnreadableFileException {
        WrittenWorkbook book = WrittenWorkbook.open(path, "previous confirmations workbook", "confirmations");
        Map<String, Reply> replies = new LinkedHashMap<>();
        book.sheet(SHEET, true, List.of(CUSTOMER_ID, CURRENCY, REPLY), (h, row) -> {
            String id = WrittenWorkbook.cell(h, row, CUSTOMER_ID);
            String name = WrittenWorkbook.cell(h, row, CUSTOMER);
            if (id.isEmpty() && name.isEmpty()) {
                return;
            }
            String reply = WrittenWorkbook.cell(h, row, REPLY);
            String amountText = WrittenWorkbook.cell(h, row, AMOUNT_CONFIRMED);
            String notes = WrittenWorkbook.cell(h, row, NOTES);
            if (reply.isEmpty() && amountText.isEmpty() && notes.isEmpty()) {
                return;
            }
            BigDecimal amount = amountText.isEmpty() ? null : PreviousWorklistFile.amount(amountText);
            String key = WrittenWorkbook.cell(h, row, CURRENCY) + "\u0000" + new Customer(id, name).key();
            replies.put(key, new Reply(reply, amount, notes));
        });
        return replies;
    }
}
