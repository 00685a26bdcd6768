package com.arworkbench.workbook;

import com.arworkbench.cashapp.Application;
import com.arworkbench.cashapp.CashApplicationReport;
import com.arworkbench.cashapp.Confidence;
import com.arworkbench.cashapp.Deduction;
import com.arworkbench.cashapp.Unapplied;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.Payment;
import com.arworkbench.model.RejectedRow;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * Writes the cash application workbook from {@code cash-application.xlsx}: Exceptions stream while
 * the files are read; Summary, Applied, Review, Unapplied, Deductions, ERP Import, Checks and About
 * are written at the end from the report.
 *
 * <p>Amounts are per payment currency. A payment's rows are numbered across Applied, Review and
 * Unapplied ("Payment line", 1 = its first row) and an invoice's rows across Applied and Review
 * ("Invoice line"), so the Summary counts payments and invoices with plain COUNTIFS.
 */
public final class CashAppWorkbookWriter implements AutoCloseable {

    public static final String TEMPLATE = "cash-application.xlsx";
    public static final String SUMMARY = "Summary";
    public static final String APPLIED = "Applied";
    public static final String REVIEW = "Review";
    public static final String UNAPPLIED = "Unapplied";
    public static final String DEDUCTIONS = "Deductions";
    public static final String ERP_IMPORT = "ERP Import";
    static final String ACCEPT = "Accept";
    static final String REJECT = "Reject";
    static final String YES = "Yes";
    static final String NO = "No";
    static final String AUTO_APPLIED = "Auto-applied";
    static final String FOR_REVIEW = "For review";

    /**
     * Applied and Review: the same columns, declared once in {@link #ApplicationColumns(Column)}; they
     * differ only in {@link #outcome} (Applied: "Payment fully auto-applied", Review: "Decision").
     */
    private static final class ApplicationColumns {
        final ColumnSchema schema = new ColumnSchema();
        final ColumnSchema.Handle paymentId;
        final ColumnSchema.Handle paymentDate;
        final ColumnSchema.Handle payer;
        final ColumnSchema.Handle payerAccount;
        final ColumnSchema.Handle invoice;
        final ColumnSchema.Handle customerId;
        final ColumnSchema.Handle customerName;
        final ColumnSchema.Handle currency;
        final ColumnSchema.Handle amount;
        final ColumnSchema.Handle deduction;
        final ColumnSchema.Handle remaining;
        final ColumnSchema.Handle rule;
        final ColumnSchema.Handle confidence;
        final ColumnSchema.Handle evidence;
        /** The one column in which Applied and Review differ. */
        final ColumnSchema.Handle outcome;
        final ColumnSchema.Handle paymentLine;
        final ColumnSchema.Handle invoiceLine;

        ApplicationColumns(Column outcome) {
            paymentId = schema.text("Payment id");
            paymentDate = schema.date("Payment date");
            payer = schema.text("Payer");
            payerAccount = schema.text("Payer account");
            invoice = schema.text("Invoice");
            customerId = schema.text("Customer ID");
            customerName = schema.text("Customer name");
            currency = schema.text("Currency");
            amount = schema.amount("Applied amount");
            deduction = schema.amount("Deduction");
            remaining = schema.amount("Remaining open");
            rule = schema.text("Rule");
            confidence = schema.text("Confidence");
            evidence = schema.text("Evidence");
            this.outcome = schema.add(outcome);
            paymentLine = schema.integer("Payment line");
            invoiceLine = schema.integer("Invoice line");
        }
    }

    private static final ApplicationColumns A = new ApplicationColumns(Column.text("Payment fully auto-applied"));
    private static final ApplicationColumns R = new ApplicationColumns(Column.text("Decision"));
    private static final ColumnSchema.Handle A_FULLY = A.outcome;
    private static final ColumnSchema.Handle R_DECISION = R.outcome;

    private static final ColumnSchema UNAPPLIED_COLUMNS = new ColumnSchema();
    private static final ColumnSchema.Handle U_PAYMENT_ID = UNAPPLIED_COLUMNS.text("Payment id");
    private static final ColumnSchema.Handle U_PAYMENT_DATE = UNAPPLIED_COLUMNS.date("Payment date");
    private static final ColumnSchema.Handle U_PAYER = UNAPPLIED_COLUMNS.text("Payer");
    private static final ColumnSchema.Handle U_PAYER_ACCOUNT = UNAPPLIED_COLUMNS.text("Payer account");
    private static final ColumnSchema.Handle U_REMITTANCE = UNAPPLIED_COLUMNS.text("Remittance");
    private static final ColumnSchema.Handle U_CURRENCY = UNAPPLIED_COLUMNS.text("Currency");
    private static final ColumnSchema.Handle U_PAYMENT_AMOUNT = UNAPPLIED_COLUMNS.amount("Payment amount");
    private static final ColumnSchema.Handle U_AMOUNT = UNAPPLIED_COLUMNS.amount("Unapplied amount");
    private static final ColumnSchema.Handle U_REASON = UNAPPLIED_COLUMNS.text("Reason");
    private static final ColumnSchema.Handle U_CANDIDATES = UNAPPLIED_COLUMNS.text("Best candidates");
    private static final ColumnSchema.Handle U_PAYMENT_LINE = UNAPPLIED_COLUMNS.integer("Payment line");

    private static final ColumnSchema DEDUCTION_COLUMNS = new ColumnSchema();
    private static final ColumnSchema.Handle D_PAYMENT_ID = DEDUCTION_COLUMNS.text("Payment id");
    private static final ColumnSchema.Handle D_PAYMENT_DATE = DEDUCTION_COLUMNS.date("Payment date");
    private static final ColumnSchema.Handle D_INVOICE = DEDUCTION_COLUMNS.text("Invoice");
    private static final ColumnSchema.Handle D_CUSTOMER_ID = DEDUCTION_COLUMNS.text("Customer ID");
    private static final ColumnSchema.Handle D_CUSTOMER_NAME = DEDUCTION_COLUMNS.text("Customer name");
    private static final ColumnSchema.Handle D_CURRENCY = DEDUCTION_COLUMNS.text("Currency");
    private static final ColumnSchema.Handle D_AMOUNT = DEDUCTION_COLUMNS.amount("Amount");
    private static final ColumnSchema.Handle D_REASON_CODE = DEDUCTION_COLUMNS.text("Reason code");
    private static final ColumnSchema.Handle D_REASON = DEDUCTION_COLUMNS.text("Reason");
    private static final ColumnSchema.Handle D_STATUS = DEDUCTION_COLUMNS.text("Status");

    private static final ColumnSchema ERP_COLUMNS = new ColumnSchema();
    private static final ColumnSchema.Handle E_PAYMENT_ID = ERP_COLUMNS.text("Payment id");
    private static final ColumnSchema.Handle E_PAYMENT_DATE = ERP_COLUMNS.date("Payment date");
    private static final ColumnSchema.Handle E_CUSTOMER = ERP_COLUMNS.text("Customer ID");
    private static final ColumnSchema.Handle E_INVOICE = ERP_COLUMNS.text("Invoice");
    private static final ColumnSchema.Handle E_AMOUNT = ERP_COLUMNS.amount("Amount applied");
    private static final ColumnSchema.Handle E_DEDUCTION = ERP_COLUMNS.amount("Deduction amount");
    private static final ColumnSchema.Handle E_CURRENCY = ERP_COLUMNS.text("Currency");

    private static final ColumnSchema SUMMARY_COLUMNS = new ColumnSchema();
    private static final ColumnSchema.Handle S_CURRENCY = SUMMARY_COLUMNS.text("Currency");
    private static final ColumnSchema.Handle S_PAYMENTS = SUMMARY_COLUMNS.integer("Payments");
    private static final ColumnSchema.Handle S_PAYMENTS_AMOUNT = SUMMARY_COLUMNS.amount("Payments amount");
    private static final ColumnSchema.Handle S_AUTO_PAYMENTS = SUMMARY_COLUMNS.integer("Payments auto-applied");
    private static final ColumnSchema.Handle S_AUTO_AMOUNT = SUMMARY_COLUMNS.amount("Auto-applied amount");
    private static final ColumnSchema.Handle S_REVIEW_AMOUNT = SUMMARY_COLUMNS.amount("For review amount");
    private static final ColumnSchema.Handle S_UNAPPLIED_AMOUNT = SUMMARY_COLUMNS.amount("Unapplied amount");
    private static final ColumnSchema.Handle S_UNAPPLIED_PCT = SUMMARY_COLUMNS.percent("Unapplied % of payments");
    private static final ColumnSchema.Handle S_DEDUCTIONS = SUMMARY_COLUMNS.amount("Deductions");
    private static final ColumnSchema.Handle S_PAYMENT_RATE = SUMMARY_COLUMNS.percent("Match rate (payments)");
    private static final ColumnSchema.Handle S_INVOICES = SUMMARY_COLUMNS.integer("Invoices touched");
    private static final ColumnSchema.Handle S_INVOICES_CLOSED = SUMMARY_COLUMNS.integer("Invoices closed automatically");
    private static final ColumnSchema.Handle S_INVOICE_RATE = SUMMARY_COLUMNS.percent("Match rate (invoices)");
    private static final ColumnSchema.Handle S_OPEN_AR = SUMMARY_COLUMNS.amount("Open AR");
    private static final ColumnSchema.Handle S_UNAPPLIED_AR_PCT = SUMMARY_COLUMNS.percent("Unapplied % of AR");

    private final StyledWorkbook book;
    private final CashApplicationReport report;
    private final LocalDate asOf;
    private final SheetTable summary;
    private final SheetTable applied;
    private final SheetTable review;
    private final SheetTable unapplied;
    private final SheetTable deductions;
    private final SheetTable erp;
    private final ExceptionsSheet exceptions;
    /** Checks and About belong to the workbook when it is the cash application workbook; null in a pack. */
    private final ChecksSheet checks;
    private final AboutSheet about;
    private Long openItemsRead;
    private List<String> paymentsFileProblems = List.of();

    // Derived from the report in the constructor.
    private final Map<Object, Integer> paymentLine = new IdentityHashMap<>();
    private final Map<Application, Integer> invoiceLine = new IdentityHashMap<>();
    private final Map<Payment, Map<OpenItem, BigDecimal>> deductionOf = new IdentityHashMap<>();
    private final Map<Payment, Map<OpenItem, Confidence>> confidenceOf = new IdentityHashMap<>();
    private final Set<Payment> fullyAutoApplied = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<String> currencies = new TreeSet<>();

    public CashAppWorkbookWriter(WorkbookTemplate template, CashApplicationReport report, LocalDate asOf,
                                 List<String> openItemHeaders) {
        this(filled(template, asOf), report, asOf, openItemHeaders);
    }

    private CashAppWorkbookWriter(StyledWorkbook book, CashApplicationReport report, LocalDate asOf,
                                  List<String> openItemHeaders) {
        this(book, new ExceptionsSheet(book, openItemHeaders), report, asOf, SUMMARY, true);
        book.startStreaming();
    }

    /**
     * Cash application as a section of a larger workbook (the month-end pack): the book, its
     * Exceptions sheet, Checks and About are the caller's, and so are the template's placeholders
     * (see {@link #placeholders}); Summary is the sheet {@code summaryName}. Declare before the book
     * streams.
     */
    public CashAppWorkbookWriter(StyledWorkbook book, ExceptionsSheet exceptions, CashApplicationReport report,
                                 LocalDate asOf, String summaryName) {
        this(book, exceptions, report, asOf, summaryName, false);
    }

    private CashAppWorkbookWriter(StyledWorkbook book, ExceptionsSheet exceptions, CashApplicationReport report,
                                  LocalDate asOf, String summaryName, boolean ownsBook) {
        this.report = report;
        this.asOf = asOf;
        this.book = book;
        this.summary = book.table(summaryName, SUMMARY_COLUMNS.columns(), 1);
        this.applied = book.table(APPLIED, A.schema.columns(), 1);
        this.review = book.table(REVIEW, R.schema.columns(), 1);
        this.unapplied = book.table(UNAPPLIED, UNAPPLIED_COLUMNS.columns(), 1);
        this.deductions = book.table(DEDUCTIONS, DEDUCTION_COLUMNS.columns(), 1);
        this.erp = book.table(ERP_IMPORT, ERP_COLUMNS.columns(), 0);
        this.exceptions = exceptions;
        this.checks = ownsBook ? new ChecksSheet(book) : null;
        this.about = ownsBook ? new AboutSheet(book) : null;
        derive();
    }

    /**
     * The template placeholder the writer knows ({@code asOf}); the job fills the rest (sourceFile,
     * paymentsFile, profile, version, generatedAt). A pack fills it with the other sections' own.
     */
    public static Map<String, String> placeholders(LocalDate asOf) {
        return Map.of("asOf", asOf.toString());
    }

    private static StyledWorkbook filled(WorkbookTemplate template, LocalDate asOf) {
        template.fill(placeholders(asOf));
        return new StyledWorkbook(template);
    }

    private void derive() {
        report.payments().forEach(p -> currencies.add(currency(p)));
        Map<Payment, Integer> lines = new IdentityHashMap<>();
        Map<OpenItem, Integer> itemLines = new IdentityHashMap<>();
        Map<Payment, Boolean> allHigh = new IdentityHashMap<>();
        for (Application a : report.applications()) {
            paymentLine.put(a, lines.merge(a.payment(), 1, Integer::sum));
            invoiceLine.put(a, itemLines.merge(a.item(), 1, Integer::sum));
            allHigh.merge(a.payment(), a.confidence() == Confidence.HIGH, Boolean::logicalAnd);
            confidenceOf.computeIfAbsent(a.payment(), k -> new IdentityHashMap<>()).put(a.item(), a.confidence());
        }
        Set<Payment> withRemainder = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Unapplied u : report.unapplied()) {
            paymentLine.put(u, lines.merge(u.payment(), 1, Integer::sum));
            if (u.amount().signum() != 0) {
                withRemainder.add(u.payment());
            }
        }
        allHigh.forEach((p, high) -> {
            if (high && !withRemainder.contains(p)) {
                fullyAutoApplied.add(p);
            }
        });
        for (Deduction d : report.deductions()) {
            deductionOf.computeIfAbsent(d.payment(), k -> new IdentityHashMap<>()).merge(d.item(), d.amount(), BigDecimal::add);
        }
    }

    /** An open-items row the ingest could not use: listed on Exceptions while the file is read. */
    public void notUsed(RejectedRow row) {
        exceptions.add(row);
    }

    /** A payment-file row not used (debits, reversals, pending entries…): listed, not counted as an open-items row. */
    public void notUsedFromOtherFile(RejectedRow row, String fileName) {
        exceptions.addFromOtherFile(row, fileName);
    }

    /**
     * How many open items the open-items export gave (all of them, credits included): with it the
     * Checks sheet proves that every row read is accounted for; without it that check is listed as n/a.
     */
    /** What the payments file's own control totals (BAI2 trailers) say does not reconcile; a Checks line fails on it. */
    public void paymentsFileProblems(List<String> problems) {
        this.paymentsFileProblems = List.copyOf(problems);
    }

    public void openItemsRead(long count) {
        this.openItemsRead = count;
    }

    /** Writes the remaining sheets and the file; returns the master check text. */
    public String finish(RowTieOut openItemsTieOut, List<Map.Entry<String, Object>> provenance, OutputStream out)
            throws IOException {
        List<SheetTable.Part> exceptionParts = exceptions.finish();
        String master = checks.write(writeSheets(openItemsTieOut, exceptionParts));
        about.write(aboutEntries(provenance, master));
        book.write(out);
        return master;
    }

    /**
     * Writes Applied, Review, Unapplied, Deductions, ERP Import and Summary; returns the cash
     * application checks. {@code exceptionParts} are the finished Exceptions sheet, whose numbered
     * rows count as rows of the open-items export (rows of other inputs, listed by any section, are
     * text and not counted).
     */
    public List<Check> writeSheets(RowTieOut openItemsTieOut, List<SheetTable.Part> exceptionParts) {
        writeApplications();
        writeUnapplied();
        writeDeductions();
        writeErpImport();
        writeSummary();
        return checks(openItemsTieOut, exceptionParts);
    }

    // ---------------------------------------------------------------- Applied, Review

    private void writeApplications() {
        int firstReview = review.nextRowIndex();
        for (Application a : report.applications()) {
            boolean high = a.confidence() == Confidence.HIGH;
            SheetTable.RowWriter w = (high ? applied : review).row();
            ApplicationColumns k = high ? A : R;
            Payment p = a.payment();
            OpenItem i = a.item();
            BigDecimal deduction = deduction(p, i);
            w.text(k.paymentId.index(), p.id()).date(k.paymentDate.index(), date(p)).text(k.payer.index(), p.payerName())
                    .text(k.payerAccount.index(), p.payerAccount()).text(k.invoice.index(), i.documentNumber())
                    .text(k.customerId.index(), i.customer().id()).text(k.customerName.index(), i.customer().displayName())
                    .text(k.currency.index(), currency(p)).amount(k.amount.index(), a.amount())
                    .amount(k.deduction.index(), deduction.signum() == 0 ? null : deduction)
                    .amount(k.remaining.index(), remaining(a)).text(k.rule.index(), a.rule().label())
                    .text(k.confidence.index(), label(a.confidence())).text(k.evidence.index(), a.evidence());
            if (high) {
                w.text(A_FULLY.index(), fullyAutoApplied.contains(p) ? YES : NO);
            } else {
                w.style(R_DECISION.index(), StyleRole.TEXT);
            }
            w.number(k.paymentLine.index(), paymentLine.get(a)).number(k.invoiceLine.index(), invoiceLine.get(a));
        }
        int lastReview = review.nextRowIndex() - 1;
        applied.finish();
        review.finish();
        if (lastReview >= firstReview) {
            listValidation(book.sheet(REVIEW), firstReview, lastReview, R_DECISION.index(), new String[] {ACCEPT, REJECT});
        }
    }

    /** What stays open on the invoice after this application and any deduction taken on it. */
    private BigDecimal remaining(Application a) {
        return a.remainingOpen().subtract(deduction(a.payment(), a.item()));
    }

    private BigDecimal deduction(Payment p, OpenItem i) {
        Map<OpenItem, BigDecimal> of = deductionOf.get(p);
        BigDecimal d = of == null ? null : of.get(i);
        return d == null ? BigDecimal.ZERO : d;
    }

    // ---------------------------------------------------------------- Unapplied

    private void writeUnapplied() {
        for (Unapplied u : report.unapplied()) {
            Payment p = u.payment();
            SheetTable.RowWriter w = unapplied.row();
            w.text(U_PAYMENT_ID.index(), p.id()).date(U_PAYMENT_DATE.index(), date(p)).text(U_PAYER.index(), p.payerName())
                    .text(U_PAYER_ACCOUNT.index(), p.payerAccount()).text(U_REMITTANCE.index(), remittance(p))
                    .text(U_CURRENCY.index(), currency(p)).amount(U_PAYMENT_AMOUNT.index(), p.amount())
                    .amount(U_AMOUNT.index(), u.amount()).text(U_REASON.index(), u.reason())
                    .text(U_CANDIDATES.index(), candidates(u.candidates())).number(U_PAYMENT_LINE.index(), paymentLine.get(u));
        }
        unapplied.finish();
    }

    private static String remittance(Payment p) {
        List<String> parts = new ArrayList<>();
        if (p.structuredRefs() != null) {
            p.structuredRefs().stream().filter(s -> s != null && !s.isBlank()).forEach(parts::add);
        }
        if (p.remittance() != null && !p.remittance().isBlank()) {
            parts.add(p.remittance().strip());
        }
        return String.join(" | ", parts);
    }

    /** "X1 250.00 (Acme GmbH); X2 99.00 (Beta Ltd)". */
    static String candidates(List<OpenItem> items) {
        List<String> parts = new ArrayList<>();
        for (OpenItem i : items) {
            parts.add(i.documentNumber() + " " + money(i.openAmount()) + " (" + i.customer().displayName() + ")");
        }
        return String.join("; ", parts);
    }

    // ---------------------------------------------------------------- Deductions, ERP Import

    private void writeDeductions() {
        for (Deduction d : report.deductions()) {
            Payment p = d.payment();
            Map<OpenItem, Confidence> c = confidenceOf.get(p);
            boolean high = c != null && c.get(d.item()) == Confidence.HIGH;
            deductions.row().text(D_PAYMENT_ID.index(), p.id()).date(D_PAYMENT_DATE.index(), date(p))
                    .text(D_INVOICE.index(), d.item().documentNumber()).text(D_CUSTOMER_ID.index(), d.item().customer().id())
                    .text(D_CUSTOMER_NAME.index(), d.item().customer().displayName()).text(D_CURRENCY.index(), currency(p))
                    .amount(D_AMOUNT.index(), d.amount()).text(D_REASON_CODE.index(), d.reasonCode())
                    .text(D_REASON.index(), d.reason()).text(D_STATUS.index(), high ? AUTO_APPLIED : FOR_REVIEW);
        }
        deductions.finish();
    }

    /** Flat, no formulas, no blank rows: one row per auto-applied application. */
    private void writeErpImport() {
        for (Application a : report.autoApplied()) {
            Payment p = a.payment();
            String customer = a.item().customer().id() != null ? a.item().customer().id() : a.item().customer().displayName();
            erp.row().text(E_PAYMENT_ID.index(), p.id()).date(E_PAYMENT_DATE.index(), date(p)).text(E_CUSTOMER.index(), customer)
                    .text(E_INVOICE.index(), a.item().documentNumber()).amount(E_AMOUNT.index(), a.amount())
                    .amount(E_DEDUCTION.index(), deduction(p, a.item())).text(E_CURRENCY.index(), currency(p));
        }
        erp.finish();
    }

    // ---------------------------------------------------------------- Summary

    private void writeSummary() {
        boolean single = currencies.size() <= 1;
        for (String c : currencies) {
            String crit = single ? null : c;
            SheetTable.RowWriter w = summary.row();
            int r = w.rowIndex() + 1;
            long payments = linesOne(c);
            BigDecimal auto = sum(report.autoApplied(), c, Application::amount);
            BigDecimal forReview = sum(report.forReview(), c, Application::amount);
            BigDecimal left = report.unapplied().stream().filter(u -> currency(u.payment()).equals(c)).map(Unapplied::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal paid = auto.add(forReview).add(left);
            long autoPayments = fullyAutoApplied.stream().filter(p -> currency(p).equals(c)).count();
            BigDecimal deducted = report.deductions().stream().filter(d -> currency(d.payment()).equals(c))
                    .map(Deduction::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            long touched = report.applications().stream()
                    .filter(a -> currency(a.payment()).equals(c) && invoiceLine.get(a) == 1).count();
            long closed = report.autoApplied().stream().filter(a -> currency(a.payment()).equals(c) && remaining(a).signum() == 0)
                    .count();
            w.text(S_CURRENCY.index(), c);
            w.formula(S_PAYMENTS.index(), paymentsCount(crit), payments);
            w.formula(S_PAYMENTS_AMOUNT.index(), paymentsSum(crit), paid.doubleValue());
            w.formula(S_AUTO_PAYMENTS.index(), countIfs(APPLIED, A.currency, crit, A.paymentLine, "1", A_FULLY, q(YES)), autoPayments);
            w.formula(S_AUTO_AMOUNT.index(), sumIfs(APPLIED, A.amount, A.currency, crit), auto.doubleValue());
            w.formula(S_REVIEW_AMOUNT.index(), sumIfs(REVIEW, R.amount, R.currency, crit), forReview.doubleValue());
            w.formula(S_UNAPPLIED_AMOUNT.index(), sumIfs(UNAPPLIED, U_AMOUNT, U_CURRENCY, crit), left.doubleValue());
            w.formula(S_UNAPPLIED_PCT.index(), ratio(S_UNAPPLIED_AMOUNT, S_PAYMENTS_AMOUNT, r),
                    paid.signum() == 0 ? 0 : left.doubleValue() / paid.doubleValue());
            w.formula(S_DEDUCTIONS.index(), sumIfs(DEDUCTIONS, D_AMOUNT, D_CURRENCY, crit), deducted.doubleValue());
            w.formula(S_PAYMENT_RATE.index(), ratio(S_AUTO_PAYMENTS, S_PAYMENTS, r),
                    payments == 0 ? 0 : (double) autoPayments / payments);
            w.formula(S_INVOICES.index(), countIfs(APPLIED, A.currency, crit, A.invoiceLine, "1") + "+"
                    + countIfs(REVIEW, R.currency, crit, R.invoiceLine, "1"), touched);
            w.formula(S_INVOICES_CLOSED.index(), countIfs(APPLIED, A.currency, crit, A.remaining, "0"), closed);
            w.formula(S_INVOICE_RATE.index(), ratio(S_INVOICES_CLOSED, S_INVOICES, r), touched == 0 ? 0 : (double) closed / touched);
            // Open AR comes from the open-items file, which the workbook does not list: a stated figure.
            BigDecimal ar = report.openAr(c);
            w.amount(S_OPEN_AR.index(), ar);
            w.formula(S_UNAPPLIED_AR_PCT.index(), ratio(S_UNAPPLIED_AMOUNT, S_OPEN_AR, r),
                    ar.signum() == 0 ? 0 : left.divide(ar, java.math.MathContext.DECIMAL64).doubleValue());
        }
        summary.finish();
    }

    private long linesOne(String c) {
        return paymentLine.entrySet().stream().filter(e -> e.getValue() == 1).filter(e -> currency(paymentOf(e.getKey())).equals(c))
                .count();
    }

    private static Payment paymentOf(Object line) {
        return line instanceof Application a ? a.payment() : ((Unapplied) line).payment();
    }

    private static BigDecimal sum(List<Application> list, String c, java.util.function.Function<Application, BigDecimal> f) {
        return list.stream().filter(a -> currency(a.payment()).equals(c)).map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String ratio(ColumnSchema.Handle numerator, ColumnSchema.Handle denominator, int excelRow) {
        String d = denominator.letter() + excelRow;
        return "IF(" + d + "=0,0," + numerator.letter() + excelRow + "/" + d + ")";
    }

    private static String paymentsCount(String crit) {
        return countIfs(APPLIED, A.currency, crit, A.paymentLine, "1") + "+" + countIfs(REVIEW, R.currency, crit, R.paymentLine, "1")
                + "+" + countIfs(UNAPPLIED, U_CURRENCY, crit, U_PAYMENT_LINE, "1");
    }

    private static String paymentsSum(String crit) {
        return sumIfs(APPLIED, A.amount, A.currency, crit) + "+" + sumIfs(REVIEW, R.amount, R.currency, crit) + "+"
                + sumIfs(UNAPPLIED, U_AMOUNT, U_CURRENCY, crit);
    }

    // ---------------------------------------------------------------- Checks

    private List<Check> checks(RowTieOut tieOut, List<SheetTable.Part> exceptionParts) {
        List<Check> list = new ArrayList<>();
        boolean single = currencies.size() <= 1;
        for (String c : currencies) {
            String label = c.isEmpty() ? "" : " (" + c + ")";
            String crit = single ? null : c;
            Predicate<Payment> in = p -> currency(p).equals(c);
            BigDecimal read = report.payments().stream().filter(in).map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal auto = sum(report.autoApplied(), c, Application::amount);
            BigDecimal listed = auto.add(sum(report.forReview(), c, Application::amount))
                    .add(report.unapplied().stream().filter(u -> in.test(u.payment())).map(Unapplied::amount)
                            .reduce(BigDecimal.ZERO, BigDecimal::add));
            list.add(Check.of("Payments" + label + " = applied + for review + unapplied", null, read, paymentsSum(crit), listed,
                    "Σ amounts of the payments read vs. Applied amount on Applied and Review plus Unapplied amount on "
                            + "Unapplied: every payment is accounted for, to the cent"));
            long count = report.payments().stream().filter(in).count();
            list.add(Check.count("Payments listed" + label + " = payments read", null, BigDecimal.valueOf(count),
                    paymentsCount(crit), BigDecimal.valueOf(linesOne(c)),
                    "Payments read vs. rows with Payment line 1 on Applied, Review and Unapplied: each payment listed once"));
            list.add(Check.of("ERP Import" + label + " = Applied", sumIfs(APPLIED, A.amount, A.currency, crit), auto,
                    sumIfs(ERP_IMPORT, E_AMOUNT, E_CURRENCY, crit), auto,
                    "Applied amount on Applied vs. Amount applied on ERP Import: the import carries every auto-applied match"));
            BigDecimal autoDeductions = sum(report.autoApplied(), c, a -> deduction(a.payment(), a.item()));
            list.add(Check.of("ERP Import deductions" + label + " = auto-applied deductions",
                    sumIfs(DEDUCTIONS, D_AMOUNT, D_CURRENCY, crit, D_STATUS, q(AUTO_APPLIED)), autoDeductionsOnSheet(c),
                    sumIfs(ERP_IMPORT, E_DEDUCTION, E_CURRENCY, crit), autoDeductions,
                    "Amount of the Auto-applied rows on Deductions vs. Deduction amount on ERP Import"));
            BigDecimal allDeductions = report.deductions().stream().filter(d -> in.test(d.payment())).map(Deduction::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal onRows = sum(report.applications(), c, a -> deduction(a.payment(), a.item()));
            list.add(Check.of("Deductions" + label + " = Deduction on Applied + Review",
                    sumIfs(DEDUCTIONS, D_AMOUNT, D_CURRENCY, crit), allDeductions,
                    sumIfs(APPLIED, A.deduction, A.currency, crit) + "+" + sumIfs(REVIEW, R.deduction, R.currency, crit), onRows,
                    "Amount on Deductions vs. the Deduction column of Applied and Review: each deduction sits on its invoice"));
        }
        // The bank's own totals: a file whose trailers do not reconcile was cut short or altered, so its
        // payments cannot all be trusted to be there, whatever the other checks say.
        list.add(Check.count("Payments file: its own control totals (trailers) reconcile", null, BigDecimal.ZERO, null,
                BigDecimal.valueOf(paymentsFileProblems.size()), paymentsFileProblems.isEmpty()
                        ? "Every control total the payments file carries matches what was read (files without trailers: nothing to compare)"
                        : String.join(" ", paymentsFileProblems)));
        String name = "Every open-items row read is accounted for";
        if (openItemsRead == null) {
            list.add(Check.notApplicable(name, "The number of open items read was not given to the writer"));
        } else {
            long blank = tieOut.blankRows();
            long header = tieOut.headerRows();
            list.add(Check.count(name, null, BigDecimal.valueOf(tieOut.rowsRead()),
                    count(exceptionParts, ExceptionsSheet.SOURCE_ROW) + "+" + openItemsRead + "+" + blank + "+" + header,
                    // exportRows() is what COUNT finds: the numbered rows, whichever section of a pack listed them.
                    BigDecimal.valueOf(exceptions.exportRows() + openItemsRead + blank + header),
                    "Rows read from the open-items export = rows on Exceptions with a row number + " + openItemsRead
                            + " open items read + " + blank + " blank + " + header + " header (payment-file rows on "
                            + "Exceptions have a text reference and are not counted)"));
        }
        return list;
    }

    private BigDecimal autoDeductionsOnSheet(String c) {
        BigDecimal total = BigDecimal.ZERO;
        for (Deduction d : report.deductions()) {
            Map<OpenItem, Confidence> conf = confidenceOf.get(d.payment());
            if (currency(d.payment()).equals(c) && conf != null && conf.get(d.item()) == Confidence.HIGH) {
                total = total.add(d.amount());
            }
        }
        return total;
    }

    // ---------------------------------------------------------------- About

    private List<Map.Entry<String, Object>> aboutEntries(List<Map.Entry<String, Object>> provenance, String master) {
        List<Map.Entry<String, Object>> entries = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        provenance.forEach(e -> keys.add(e.getKey()));
        if (!keys.contains("As of") && !keys.contains("As-of date")) {
            entries.add(Map.entry("As of", asOf));
        }
        for (Map.Entry<String, Object> e : provenance) {
            entries.add(Map.entry(e.getKey(), e.getValue() == null ? "" : e.getValue()));
        }
        List<Map.Entry<String, Object>> derived = new ArrayList<>();
        derived.add(Map.entry("Payments read", (long) report.payments().size()));
        derived.add(Map.entry("Payments fully auto-applied", (long) fullyAutoApplied.size()));
        derived.add(Map.entry("Matches auto-applied (Applied)", (long) report.autoApplied().size()));
        derived.add(Map.entry("Matches for review (Review)", (long) report.forReview().size()));
        derived.add(Map.entry("Unapplied amounts (Unapplied)", (long) report.unapplied().size()));
        derived.add(Map.entry("Deductions", (long) report.deductions().size()));
        if (openItemsRead != null) {
            derived.add(Map.entry("Open items read", openItemsRead));
        }
        derived.add(Map.entry("Open-items rows not used (Exceptions)", exceptions.exportRows()));
        derived.add(Map.entry("Payment-file rows not used (Exceptions)", exceptions.otherFileRows()));
        derived.add(Map.entry("Auto-applied", "High confidence only: the exact documents named in the reference, an "
                + "early-payment discount on them, or the payer's account with one item of exactly the amount"));
        for (Map.Entry<String, Object> e : derived) {
            if (!keys.contains(e.getKey())) {
                entries.add(e);
            }
        }
        entries.add(Map.entry("Master check", master));
        return entries;
    }

    // ---------------------------------------------------------------- helpers

    private static String currency(Payment p) {
        return p.currency() == null ? "" : p.currency().strip();
    }

    private static LocalDate date(Payment p) {
        return p.bookingDate() != null ? p.bookingDate() : p.valueDate();
    }

    private static String label(Confidence c) {
        String n = c.name();
        return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
    }

    /** SUMIFS over one sheet, by currency (none: all rows) and further column / criterion pairs. */
    private static String sumIfs(String sheet, ColumnSchema.Handle amountCol, ColumnSchema.Handle currencyCol, String currency,
                                 Object... more) {
        if (currency == null && more.length == 0) {
            return "SUM(" + SheetRefs.wholeColumn(sheet, amountCol.index()) + ")";
        }
        StringBuilder sb = new StringBuilder("SUMIFS(").append(SheetRefs.wholeColumn(sheet, amountCol.index()));
        if (currency != null) {
            sb.append(",").append(SheetRefs.wholeColumn(sheet, currencyCol.index())).append(",").append(q(currency));
        }
        for (int i = 0; i < more.length; i += 2) {
            sb.append(",").append(SheetRefs.wholeColumn(sheet, ((ColumnSchema.Handle) more[i]).index())).append(",").append(more[i + 1]);
        }
        return sb.append(")").toString();
    }

    /** COUNTIFS over one sheet, by currency (none: all rows) and column / criterion pairs (at least one). */
    private static String countIfs(String sheet, ColumnSchema.Handle currencyCol, String currency, Object... pairs) {
        StringBuilder sb = new StringBuilder("COUNTIFS(");
        if (currency != null) {
            sb.append(SheetRefs.wholeColumn(sheet, currencyCol.index())).append(",").append(q(currency)).append(",");
        }
        for (int i = 0; i < pairs.length; i += 2) {
            sb.append(i == 0 ? "" : ",").append(SheetRefs.wholeColumn(sheet, ((ColumnSchema.Handle) pairs[i]).index())).append(",").append(pairs[i + 1]);
        }
        return sb.append(")").toString();
    }

    private static String count(List<SheetTable.Part> parts, ColumnSchema.Handle column) {
        StringBuilder sb = new StringBuilder();
        for (SheetTable.Part p : parts) {
            sb.append(sb.length() == 0 ? "" : "+").append("COUNT(").append(SheetRefs.wholeColumn(p.sheetName(), column.index())).append(")");
        }
        return sb.toString();
    }

    private static String q(String text) {
        return SheetRefs.text(text);
    }

    private static void listValidation(Sheet sheet, int firstRow, int lastRow, int column, String[] values) {
        DataValidationHelper h = sheet.getDataValidationHelper();
        DataValidationConstraint c = h.createExplicitListConstraint(values);
        DataValidation v = h.createValidation(c, new CellRangeAddressList(firstRow, lastRow, column, column));
        v.setShowErrorBox(true);
        v.createErrorBox("Choose from the list", "One of: " + String.join(", ", values) + ", or leave it blank");
        v.setEmptyCellAllowed(true);
        sheet.addValidationData(v);
    }

    private static String money(BigDecimal v) {
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    @Override
    public void close() throws IOException {
        if (checks != null) { // a pack's section: the pack owns the book
            book.close();
        }
    }
}
