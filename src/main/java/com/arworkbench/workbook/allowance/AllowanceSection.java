package com.arworkbench.workbook.allowance;

import com.arworkbench.aging.AgingReport;
import com.arworkbench.aging.CurrencyTotals;
import com.arworkbench.allowance.AllowanceParameters;
import com.arworkbench.allowance.AllowanceReport;
import com.arworkbench.allowance.BucketRate;
import com.arworkbench.allowance.CurrencyAllowance;
import com.arworkbench.allowance.TracedWriteOff;
import com.arworkbench.workbook.Check;
import com.arworkbench.workbook.ExceptionsSheet;
import com.arworkbench.workbook.ReportBook;
import com.arworkbench.workbook.RowAccounting;
import com.arworkbench.workbook.SectionEnd;
import com.arworkbench.workbook.SheetRefs;
import com.arworkbench.workbook.WorkbookSection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The allowance for doubtful accounts from the {@link AllowanceReport} (and the {@link AgingReport} whose balances
 * it provides for): Allowance (per currency, against the trial balance), Provision matrix, Loss history, Allowance
 * by customer, Write-offs and Journal entry, with their checks.
 */
public final class AllowanceSection implements WorkbookSection {

    public static final String TEMPLATE = "allowance.xlsx";
    public static final String ALLOWANCE = SummarySheet.NAME;
    public static final String MATRIX = MatrixSheet.NAME;
    public static final String HISTORY = LossHistorySheet.NAME;
    public static final String CUSTOMERS = CustomersSheet.NAME;
    public static final String WRITE_OFFS = WriteOffsSheet.NAME;
    public static final String JOURNAL = JournalSheet.NAME;
    /** The sheets in workbook order, for the pack and the tests. */
    public static final List<String> SHEETS = List.of(ALLOWANCE, MATRIX, HISTORY, CUSTOMERS, WRITE_OFFS, JOURNAL);
    /** What the next run reads back: the outlook on Provision matrix, the specific provisions on Allowance by customer. */
    public static final String OUTLOOK = MatrixSheet.OUTLOOK.header();
    public static final String MATRIX_CURRENCY = MatrixSheet.CURRENCY.header();
    public static final String MATRIX_BUCKET = MatrixSheet.BUCKET.header();
    public static final String CUSTOMER_ID = CustomersSheet.CUSTOMER_ID_HEADER;
    public static final String CUSTOMER = CustomersSheet.CUSTOMER_HEADER;
    public static final String CURRENCY = CustomersSheet.CURRENCY_HEADER;
    public static final String SPECIFIC = CustomersSheet.SPECIFIC_HEADER;
    public static final String REASON = CustomersSheet.REASON_HEADER;

    private final ExceptionsSheet exceptions;
    private final SummarySheet summary;
    private final MatrixSheet matrix;
    private final LossHistorySheet history;
    private final CustomersSheet customers;
    private final WriteOffsSheet writeOffs;
    private final JournalSheet journal;
    private AllowanceReport report;

    public AllowanceSection(ReportBook book, AllowanceParameters parameters) {
        this.exceptions = book.exceptions();
        this.summary = new SummarySheet(book.styled());
        this.matrix = new MatrixSheet(book.styled());
        this.history = new LossHistorySheet(book.styled());
        this.customers = new CustomersSheet(book.styled(), parameters.buckets());
        this.writeOffs = new WriteOffsSheet(book.styled());
        this.journal = new JournalSheet(book.styled());
    }

    /** The template's placeholders that come from the run. */
    public static Map<String, String> placeholders(AllowanceParameters p, String ledger) {
        return Map.of("asOf", p.asOf().toString(),
                "method", "Rates by the " + p.method().label().toLowerCase() + " method (both shown on Provision matrix); "
                        + "outcome window " + p.outcomeMonths() + " months after each month end; look-back "
                        + p.lookbackMonths() + " month ends",
                "ledger", ledger);
    }

    @Override
    public String name() {
        return "Allowance for doubtful accounts";
    }

    @Override
    public List<Check> write(SectionEnd end) {
        report = end.result(AllowanceReport.class);
        AgingReport aging = end.result(AgingReport.class);
        AllowanceParameters p = report.parameters();
        Map<String, Integer> adjustmentRows = summary.write(report, customers);
        matrix.write(p, report.currencies(), customers);
        history.write(p, report.currencies());
        customers.write(report.currencies());
        writeOffs.write(report.writeOffs());
        journal.write(report, adjustmentRows);
        return checks(aging, end);
    }

    private List<Check> checks(AgingReport aging, SectionEnd end) {
        List<Check> list = new ArrayList<>();
        for (CurrencyTotals t : aging.currencies().values()) {
            String c = t.currency();
            String in = c.isEmpty() ? "" : " (" + c + ")";
            CurrencyAllowance a = report.currencies().stream().filter(x -> x.currency().equals(c)).findFirst().orElseThrow();
            BigDecimal listed = SummarySheet.total(a);
            list.add(Check.of("Balances on Allowance by customer" + in + " = aging total", null, t.total(),
                    customers.balanceOf(c, null), listed, "The aging's total (its own engine) vs. the customer rows"));
            BigDecimal matrixBalance = a.matrix().stream().map(BucketRate::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal specificBalance = a.customers().stream().filter(x -> x.specific() != null)
                    .map(x -> x.balance()).reduce(BigDecimal.ZERO, BigDecimal::add);
            list.add(Check.of("Matrix balances + balances with a specific provision" + in + " = aging total", null,
                    t.total(), MatrixSheet.sumOf(MatrixSheet.BALANCE, c) + "+" + customers.balanceOf(c, CustomersSheet.SPECIFIC),
                    matrixBalance.add(specificBalance), "Every balance is provided for once: by the matrix or specifically"));
            list.add(Check.of("Provision required" + in + " = matrix provision + specific provisions", null, a.required(),
                    "SUMIFS(" + SheetRefs.wholeColumn(SummarySheet.NAME, SummarySheet.REQUIRED.index()) + ","
                            + SheetRefs.wholeColumn(SummarySheet.NAME, SummarySheet.CURRENCY.index()) + ","
                            + SheetRefs.exactCriterion(c) + ")", a.required(),
                    "The engine's provision vs. the live sums of Provision matrix and Allowance by customer"));
        }
        for (String c : report.currencies().stream().map(CurrencyAllowance::currency).toList()) {
            BigDecimal written = report.writeOffs().stream().filter(w -> w.writeOff().currency().equals(c))
                    .map(w -> w.writeOff().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal traced = report.writeOffs().stream().filter(w -> w.writeOff().currency().equals(c))
                    .map(TracedWriteOff::traced).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (written.signum() != 0) {
                list.add(Check.of("Write-offs traced to invoices of the history" + (c.isEmpty() ? "" : " (" + c + ")"),
                        WriteOffsSheet.sumOf(WriteOffsSheet.AMOUNT, c), written,
                        WriteOffsSheet.sumOf(WriteOffsSheet.TRACED, c), traced,
                        "A write-off no invoice explains is missing from the loss rates (understating them)"));
            }
        }
        list.add(Check.count("History invoices settled without a settlement date", null, BigDecimal.ZERO, null,
                BigDecimal.valueOf(report.undatedSettlements()), "The loss history needs each invoice's paid or closed "
                        + "date to know whether it was open at a month end; export the history with that column (e.g. 'Date Closed', 'Paid Date')"));
        long noHistory = report.currencies().stream().filter(x -> x.lossCutoffs() == 0).count();
        list.add(Check.count("Currencies without a month end whose outcome window has passed", null, BigDecimal.ZERO,
                "COUNTIFS(" + SheetRefs.wholeColumn(SummarySheet.NAME, SummarySheet.CUTOFFS.index()) + ",0)",
                BigDecimal.valueOf(noHistory), "Without one there are no loss rates: the history is too short for the "
                        + report.parameters().outcomeMonths() + "-month window"));
        long outside = report.currencies().stream().flatMap(x -> x.matrix().stream())
                .filter(r -> r.lossRate().compareTo(BigDecimal.ONE) > 0 || r.lossRate().signum() < 0).count();
        String rates = SheetRefs.wholeColumn(MatrixSheet.NAME, MatrixSheet.LOSS_RATE.index());
        list.add(Check.count("Loss rates outside 0 % to 100 %", null, BigDecimal.ZERO,
                "COUNTIFS(" + rates + ",\">1\")+COUNTIFS(" + rates + ",\"<0\")", BigDecimal.valueOf(outside),
                "More written off than was open: write-offs traced to invoices outside the history"));
        String debit = "SUM(" + SheetRefs.wholeColumn(JournalSheet.NAME, JournalSheet.DEBIT.index()) + ")";
        String credit = "SUM(" + SheetRefs.wholeColumn(JournalSheet.NAME, JournalSheet.CREDIT.index()) + ")";
        BigDecimal je = report.currencies().stream().filter(x -> x.adjustment() != null)
                .map(x -> x.adjustment().abs()).reduce(BigDecimal.ZERO, BigDecimal::add);
        list.add(Check.of("Journal entry: debits = credits", debit, je, credit, je,
                "Each currency's entry balances"));
        list.add(new RowAccounting(end.openItems())
                .place(customers.itemsCount(), aging.itemsAged())
                .place(String.valueOf(aging.itemsFuture()), aging.itemsFuture())
                .place(RowAccounting.count(end.exceptionParts(), ExceptionsSheet.SOURCE_ROW.index()), exceptions.exportRows())
                .check("Every row read is accounted for", "Rows read = open items in the balances on Allowance by "
                        + "customer + " + aging.itemsFuture() + " dated after the as-of date + rows on Exceptions", ""));
        return list;
    }

    @Override
    public List<Map.Entry<String, Object>> about(List<Map.Entry<String, Object>> provenance, String masterCheck) {
        List<Map.Entry<String, Object>> entries = new ArrayList<>(provenance);
        if (report != null) {
            entries.addAll(aboutLines(report));
        }
        entries.add(Map.entry("Master check", masterCheck));
        return entries;
    }

    /** How the allowance was measured, for About (in the pack too, whose About is the pack's). */
    public static List<Map.Entry<String, Object>> aboutLines(AllowanceReport report) {
        List<Map.Entry<String, Object>> entries = new ArrayList<>();
        {
            AllowanceParameters p = report.parameters();
            entries.add(Map.entry("Allowance method", p.method().label() + " (both shown); outcome window " + p.outcomeMonths()
                    + " months; look-back " + p.lookbackMonths() + " month ends; buckets by days past due: " + p.buckets()));
            entries.add(Map.entry("Allowance history", report.salesRead() + " sales invoices in the loss history; "
                    + report.otherHistoryRecords() + " other records (credits, payments) not used for the rates"));
            long untraced = report.writeOffs().stream().filter(w -> w.untraced().signum() != 0).count();
            entries.add(Map.entry("Allowance write-offs", report.writeOffs().size() + " read, " + untraced
                    + " not fully traced" + (report.writeOffsInBothFiles() == 0 ? "" : "; " + report.writeOffsInBothFiles()
                    + " in both the history and the write-offs export, counted once")));
            entries.add(Map.entry("Specific provisions not applied", report.dropped().isEmpty() ? "none"
                    : String.join("; ", report.dropped()) + " (no open balance now)"));
        }
        return entries;
    }
}
