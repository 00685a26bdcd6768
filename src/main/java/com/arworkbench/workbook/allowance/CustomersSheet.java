package com.arworkbench.workbook.allowance;

import com.arworkbench.aging.BucketScheme;
import com.arworkbench.allowance.CurrencyAllowance;
import com.arworkbench.allowance.CustomerProvision;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetRefs;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyledWorkbook;
import com.arworkbench.workbook.Validations;
import java.util.ArrayList;
import java.util.List;

/**
 * Allowance by customer: each customer's balance per currency by bucket (from the aging), what the matrix provides
 * for it (live over the rates applied), and the Specific provision and Reason the user types, which override the
 * matrix for that balance: Basis turns to "Specific" and the matrix balances on Provision matrix leave it out.
 */
final class CustomersSheet {

    static final String NAME = "Allowance by customer";
    static final String MATRIX = "Matrix";
    static final String SPECIFIC = "Specific";

    /** The headers the next run reads back ({@code --previous}). */
    static final String CUSTOMER_ID_HEADER = "Customer ID";
    static final String CUSTOMER_HEADER = "Customer";
    static final String CURRENCY_HEADER = "Currency";
    static final String SPECIFIC_HEADER = "Specific provision";
    static final String REASON_HEADER = "Reason";

    private final ColumnSchema.Handle id;
    private final ColumnSchema.Handle name;
    private final ColumnSchema.Handle currency;
    private final ColumnSchema.Handle items;
    private final List<ColumnSchema.Handle> buckets = new ArrayList<>();
    private final ColumnSchema.Handle balance;
    private final ColumnSchema.Handle matrix;
    private final ColumnSchema.Handle specific;
    private final ColumnSchema.Handle reason;
    private final ColumnSchema.Handle basis;
    private final ColumnSchema.Handle provision;
    private final StyledWorkbook book;
    private final SheetTable table;

    CustomersSheet(StyledWorkbook book, BucketScheme scheme) {
        ColumnSchema schema = new ColumnSchema();
        id = schema.text(CUSTOMER_ID_HEADER);
        name = schema.text(CUSTOMER_HEADER);
        currency = schema.text(CURRENCY_HEADER);
        items = schema.integer("Open items");
        scheme.buckets().forEach(b -> buckets.add(schema.amount(b.label())));
        balance = schema.amount("Balance");
        matrix = schema.amount("Matrix provision");
        specific = schema.amount(SPECIFIC_HEADER);
        reason = schema.text(REASON_HEADER);
        basis = schema.text("Basis");
        provision = schema.amount("Provision");
        this.book = book;
        this.table = book.table(NAME, schema.columns(), 3);
    }

    void write(List<CurrencyAllowance> currencies) {
        int first = -1;
        int last = -1;
        for (CurrencyAllowance c : currencies) {
            for (CustomerProvision p : c.customers()) {
                SheetTable.RowWriter w = table.row();
                int x = w.rowIndex() + 1;
                first = first < 0 ? w.rowIndex() : first;
                last = w.rowIndex();
                w.text(id.index(), p.customer().id()).text(name.index(), p.customer().name())
                        .text(currency.index(), c.currency())
                        .number(items.index(), p.items());
                StringBuilder sum = new StringBuilder();
                for (int b = 0; b < buckets.size(); b++) {
                    w.amount(buckets.get(b).index(), p.buckets().get(b));
                    sum.append(b == 0 ? "" : "+").append(buckets.get(b).letter()).append(x).append("*")
                            .append(MatrixSheet.appliedRate(c.currency(), b));
                }
                w.formula(balance.index(), "SUM(" + buckets.get(0).letter() + x + ":"
                                + buckets.get(buckets.size() - 1).letter() + x + ")", p.balance().doubleValue())
                        .formula(matrix.index(), "MAX(0,ROUND(" + sum + ",2))", p.matrixProvision().doubleValue());
                if (p.specific() != null) {
                    w.amount(specific.index(), p.specific().amount()).text(reason.index(), p.specific().reason());
                }
                String spec = specific.letter() + x;
                w.formula(basis.index(), "IF(ISNUMBER(" + spec + ")," + SheetRefs.text(SPECIFIC) + ","
                        + SheetRefs.text(MATRIX) + ")", p.specific() == null ? MATRIX : SPECIFIC);
                w.formula(provision.index(), "IF(" + basis.letter() + x + "=" + SheetRefs.text(SPECIFIC) + "," + spec + ","
                        + matrix.letter() + x + ")", p.provision().doubleValue());
            }
        }
        table.finish();
        if (first >= 0) {
            Validations.amount(book.sheet(NAME), first, last, specific,
                    "The provision for this customer's whole balance, zero or more; leave empty to use the matrix");
        }
    }

    /** The live count of the open items in the customers' balances. */
    String itemsCount() {
        return "SUM(" + SheetRefs.wholeColumn(NAME, items.index()) + ")";
    }

    /** The live balance of one bucket of a currency over the customers the matrix applies to. */
    String matrixBalance(String cur, int bucket) {
        return "SUMIFS(" + SheetRefs.wholeColumn(NAME, buckets.get(bucket).index()) + ","
                + SheetRefs.wholeColumn(NAME, currency.index()) + "," + SheetRefs.exactCriterion(cur) + ","
                + SheetRefs.wholeColumn(NAME, basis.index()) + "," + SheetRefs.text(MATRIX) + ")";
    }

    /** The live sum of a currency's balances, or of those with the given basis. */
    String balanceOf(String cur, String onlyBasis) {
        return "SUMIFS(" + SheetRefs.wholeColumn(NAME, balance.index()) + ","
                + SheetRefs.wholeColumn(NAME, currency.index()) + "," + SheetRefs.exactCriterion(cur)
                + (onlyBasis == null ? "" : "," + SheetRefs.wholeColumn(NAME, basis.index()) + "," + SheetRefs.text(onlyBasis))
                + ")";
    }

    /** The live sum of a currency's specific provisions. */
    String specificOf(String cur) {
        return "SUMIFS(" + SheetRefs.wholeColumn(NAME, provision.index()) + ","
                + SheetRefs.wholeColumn(NAME, currency.index()) + "," + SheetRefs.exactCriterion(cur) + ","
                + SheetRefs.wholeColumn(NAME, basis.index()) + "," + SheetRefs.text(SPECIFIC) + ")";
    }
}
