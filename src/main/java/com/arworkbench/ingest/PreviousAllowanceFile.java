package com.arworkbench.ingest;

import com.arworkbench.allowance.SpecificProvision;
import com.arworkbench.allowance.UserInputs;
import com.arworkbench.model.Customer;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what the user typed on last run's allowance workbook: the Outlook adjustment % per currency and bucket on
 * Provision matrix, and the Specific provision with its Reason per customer and currency on Allowance by customer.
 * Columns are found by their header text (kept equal to the writer's by a test).
 */
public final class PreviousAllowanceFile {

    public static final String MATRIX = "Provision matrix";
    public static final String CUSTOMERS = "Allowance by customer";
    public static final String CURRENCY = "Currency";
    public static final String BUCKET = "Bucket";
    public static final String OUTLOOK = "Outlook adjustment %";
    public static final String CUSTOMER_ID = "Customer ID";
    public static final String CUSTOMER = "Customer";
    public static final String SPECIFIC = "Specific provision";
    public static final String REASON = "Reason";

    private PreviousAllowanceFile() {
    }

    public static UserInputs read(Path path) throws IOException, UnreadableFileException {
        WrittenWorkbook book = WrittenWorkbook.open(path, "previous allowance workbook", "allowance");
        Map<String, BigDecimal> outlook = new LinkedHashMap<>();
        book.sheet(MATRIX, true, List.of(CURRENCY, BUCKET, OUTLOOK), (h, row) -> {
            BigDecimal v = percent(WrittenWorkbook.cell(h, row, OUTLOOK));
            if (v != null && v.signum() != 0) {
                outlook.put(UserInputs.outlookKey(WrittenWorkbook.cell(h, row, CURRENCY),
                        WrittenWorkbook.cell(h, row, BUCKET)), v);
            }
        });
        Map<String, SpecificProvision> specific = new LinkedHashMap<>();
        book.sheet(CUSTOMERS, true, List.of(CUSTOMER_ID, CURRENCY, SPECIFIC), (h, row) -> {
            String id = WrittenWorkbook.cell(h, row, CUSTOMER_ID);
            String name = WrittenWorkbook.cell(h, row, CUSTOMER);
            String amount = WrittenWorkbook.cell(h, row, SPECIFIC);
            if (id.isEmpty() && name.isEmpty() || amount.isEmpty()) {
                return;
            }
            BigDecimal a = PreviousWorklistFile.amount(amount);
            if (a == null) {
                return;
            }
            specific.put(UserInputs.customerKey(WrittenWorkbook.cell(h, row, CURRENCY), new Customer(id, name)),
                    new SpecificProvision(a, WrittenWorkbook.cell(h, row, REASON)));
        });
        return new UserInputs(outlook, specific);
    }

    /** "0.1" as the cell holds it, or "10%" / "10 %" as typed text: a fraction. */
    static BigDecimal percent(String text) {
        if (text.isEmpty()) {
            return null;
        }
        String t = text.replace(" ", "");
        boolean percent = t.endsWith("%");
        BigDecimal v = PreviousWorklistFile.amount(percent ? t.substring(0, t.length() - 1) : t);
        return v == null ? null : percent ? v.movePointLeft(2) : v;
    }
}
