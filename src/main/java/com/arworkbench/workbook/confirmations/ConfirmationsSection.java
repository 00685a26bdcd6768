package com.arworkbench.workbook.confirmations;

import com.arworkbench.aging.AgingReport;
import com.arworkbench.aging.CurrencyTotals;
import com.arworkbench.aging.CustomerAging;
import com.arworkbench.confirmations.ConfirmationParameters;
import com.arworkbench.confirmations.ConfirmationReport;
import com.arworkbench.confirmations.CurrencySample;
import com.arworkbench.confirmations.ReliabilityFactors;
import com.arworkbench.confirmations.Reply;
import com.arworkbench.confirmations.Sampling;
import com.arworkbench.confirmations.Selection;
import com.arworkbench.confirmations.Stratum;
import com.arworkbench.model.Customer;
import com.arworkbench.workbook.Check;
import com.arworkbench.workbook.ExceptionsSheet;
import com.arworkbench.workbook.ReportBook;
import com.arworkbench.workbook.RowAccounting;
import com.arworkbench.workbook.SectionEnd;
import com.arworkbench.workbook.SheetRefs;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.WorkbookSection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The balance confirmations, from the {@link ConfirmationReport} (and the {@link AgingReport} whose per-customer
 * balances it sampled): Confirmations (the population with the selection and the reply tracker), Letters (mail
 * merge) and Sample (per currency: n, interval, seed, start and the projected misstatement), with their checks.
 */
public final class ConfirmationsSection implements WorkbookSection {

    public static final String TEMPLATE = "confirmations.xlsx";
    public static final String CONFIRMATIONS = TrackerSheet.NAME;
    public static final String LETTERS = LettersSheet.NAME;
    public static final String SAMPLE = SampleSheet.NAME;
    public static final String STRATA = StrataSheet.NAME;
    /** The tracker's headers the next run reads back with {@code --previous}. */
    public static final List<String> READ_BACK = TrackerSheet.READ_BACK;
    public static final String CUSTOMER_ID = TrackerSheet.CUSTOMER_ID.header();
    public static final String CURRENCY = TrackerSheet.CURRENCY.header();
    public static final String REPLY = TrackerSheet.REPLY.header();
    public static final String AMOUNT_CONFIRMED = TrackerSheet.CONFIRMED.header();
    public static final String NOTES = TrackerSheet.NOTES.header();

    /**
     * The section's sheet names: the confirmations workbook's ({@link #JOB}), or the month-end pack's, whose
     * letters must not take the dunning worklist's "Letters".
     */
    public record Sheets(String confirmations, String letters, String sample, String strata) {

        public List<String> all() {
            return List.of(confirmations, letters, sample, strata);
        }
    }

    /** Confirmations, Letters, Sample, Strata: the names in the confirmations workbook. */
    public static final Sheets JOB = new Sheets(CONFIRMATIONS, LETTERS, SAMPLE, STRATA);

    private final Sheets sheets;
    private final ExceptionsSheet exceptions;
    private final TrackerSheet tracker;
    private final LettersSheet letters;
    private final SampleSheet sample;
    private final StrataSheet strata;
    private final Map<String, Reply> replies;
    private final Map<String, BigDecimal> receipts;
    private final boolean negative;
    private ConfirmationReport report;

    /**
     * Declares the sheets. {@code replies}: last run's tracker by {@link #key}; {@code receipts}: per balance the
     * payments received after the as-of date (empty without a history); {@code negative}: negative letters too.
     */
    public ConfirmationsSection(ReportBook book, Map<String, Reply> replies, Map<String, BigDecimal> receipts,
                                boolean negative, Sampling sampling) {
        this(book, JOB, replies, receipts, negative, sampling);
    }

    /**
     * The same on sheets named {@code sheets} (the month-end pack's). A monetary-unit sample has no strata: its
     * Strata sheet is removed before anything streams.
     */
    public ConfirmationsSection(ReportBook book, Sheets sheets, Map<String, Reply> replies,
                                Map<String, BigDecimal> receipts, boolean negative, Sampling sampling) {
        if (sampling != Sampling.STRATIFIED && book.styled().template().workbook().getSheet(sheets.strata()) != null) {
            book.styled().removeSheet(sheets.strata());
        }
        this.strata = sampling == Sampling.STRATIFIED ? new StrataSheet(book.styled(), sheets.strata()) : null;
        this.sheets = sheets;
        this.exceptions = book.exceptions();
        this.tracker = new TrackerSheet(book.styled(), sheets.confirmations());
        this.letters = new LettersSheet(book.styled(), sheets.letters());
        this.sample = new SampleSheet(book.styled(), sheets.sample());
        this.replies = replies;
        this.receipts = receipts;
        this.negative = negative;
    }

    /** How a balance is keyed across runs and files: currency and customer. */
    public static String key(String currency, Customer customer) {
        return currency + "\u0000" + customer.key();
    }

    /** The template's placeholders that come from the run. */
    public static Map<String, String> placeholders(ConfirmationParameters p, boolean negative, boolean history) {
        String table = ReliabilityFactors.table().entrySet().stream()
                .map(e -> e.getKey() + " % " + e.getValue().toPlainString()).collect(Collectors.joining(" · "));
        return Map.of("asOf", p.asOf().toString(),
                "selectionRule", "Key items: every balance of " + p.keyItems().toPlainString() + " or more (in its own "
                        + "currency); the other positive balances by " + (p.sampling() == Sampling.STRATIFIED
                        ? "a stratified sample (" + Sampling.STRATA + " strata of equal book value, n shared in proportion "
                        + "to it, drawn at random; ratio estimation)" : "monetary-unit sampling") + ", per currency, at "
                        + p.confidencePercent() + " % confidence for a tolerable misstatement of "
                        + p.tolerable().toPlainString() + "; seed " + p.seed(),
                "factorTable", "Sample size n = ROUNDUP(book value × reliability factor / tolerable misstatement); "
                        + (p.sampling() == Sampling.STRATIFIED ? "shared out over the strata (Strata sheet); "
                        : "interval = book value / n, rounded down to the cent; ") + "reliability factors for zero expected "
                        + "errors: " + table,
                "letterKinds", negative ? "Positive letters for the key items and the sample; negative letters for the "
                        + "other positive balances" : "Positive letters for the key items and the sample",
                "projectionRule", p.sampling() == Sampling.STRATIFIED ? "Projected misstatement: key items their "
                        + "difference; a sampled balance its difference × its stratum's book value ÷ book value sampled"
                        : "Projected misstatement: key items and balances of at least the interval their difference; the "
                        + "others their tainting (difference / book balance) × the interval",
                "receiptsNote", history ? "Receipts after as-of: payments after the as-of date from the invoice "
                        + "history, the alternative evidence for balances with no reply"
                        : "No invoice history given: no receipts after the as-of date (add --history for them)");
    }

    /** How the balances were selected, for About: threshold, confidence, tolerable misstatement and seed. */
    public static String selection(ConfirmationParameters p) {
        return "key items of " + p.keyItems().toPlainString() + " or more; "
                + (p.sampling() == Sampling.STRATIFIED ? "stratified (" + Sampling.STRATA + " strata)" : "MUS") + " at "
                + p.confidencePercent()
                + " % (reliability factor " + p.reliabilityFactor().toPlainString() + "), tolerable misstatement "
                + p.tolerable().toPlainString() + ", seed " + p.seed() + "; per currency, never mixed";
    }

    @Override
    public String name() {
        return "Confirmations";
    }

    @Override
    public List<Check> write(SectionEnd end) {
        this.report = end.result(ConfirmationReport.class);
        AgingReport aging = end.result(AgingReport.class);
        Map<String, Long> items = new HashMap<>();
        for (CustomerAging c : aging.customers()) {
            items.put(key(c.currency(), c.customer()), c.items());
        }
        TrackerSheet.Written written = tracker.write(report, items, replies, receipts, sheets.strata());
        List<SheetTable.Part> letterParts = letters.write(report, sheets.confirmations(), written, negative);
        List<SheetTable.Part> sampleParts = sample.write(report, written.parts(), written.projected());
        if (strata != null) {
            strata.write(report, sheets.confirmations(), written.projectedByStratum());
        }
        return checks(aging, written, letterParts, sampleParts, end);
    }

    private List<Check> checks(AgingReport aging, TrackerSheet.Written written, List<SheetTable.Part> letterParts,
                               List<SheetTable.Part> sampleParts, SectionEnd end) {
        List<Check> list = new ArrayList<>();
        for (CurrencyTotals t : aging.currencies().values()) {
            String c = t.currency();
            BigDecimal listed = report.confirmations().stream().filter(x -> x.balance().currency().equals(c))
                    .map(x -> x.balance().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            list.add(Check.of("Balances on Confirmations" + (c.isEmpty() ? "" : " (" + c + ")") + " = aging total",
                    null, t.total(), SampleSheet.sumIfs(written.parts(), TrackerSheet.BOOK.index(), c), listed,
                    "The aging's total (its own engine) vs. the customer balances listed on Confirmations"));
        }
        String confirmations = sheets.confirmations();
        String book = SheetRefs.wholeColumn(confirmations, TrackerSheet.BOOK.index());
        String sel = SheetRefs.wholeColumn(confirmations, TrackerSheet.SELECTION.index());
        BigDecimal threshold = report.parameters().keyItems();
        long missedKeys = report.confirmations().stream().filter(x -> x.balance().amount().compareTo(threshold) >= 0
                && x.selection() != Selection.KEY_ITEM).count();
        list.add(Check.count("Balances at or above the key-item threshold not selected as key items", null,
                BigDecimal.ZERO, "COUNTIFS(" + book + ",\">=" + threshold.toPlainString() + "\"," + sel + ",\"<>"
                        + Selection.KEY_ITEM.label() + "\")", BigDecimal.valueOf(missedKeys),
                "Every balance of " + threshold.toPlainString() + " or more must be confirmed"));
        long n = report.samples().stream().mapToLong(CurrencySample::drawn).sum();
        long points = report.confirmations().stream().mapToLong(x -> x.points()).sum();
        boolean stratified = strata != null;
        list.add(Check.count("Selection points = sample sizes", "SUM(" + (stratified
                ? SheetRefs.wholeColumn(sheets.strata(), StrataSheet.SIZE.index())
                : SheetRefs.wholeColumn(sheets.sample(), SampleSheet.SIZE.index())) + ")", BigDecimal.valueOf(n),
                "SUM(" + SheetRefs.wholeColumn(confirmations, TrackerSheet.POINTS.index()) + ")", BigDecimal.valueOf(points),
                stratified ? "Every stratum's sample size is drawn, one balance each, on Confirmations"
                        : "Every one of the n points per currency falls in a balance on Confirmations"));
        if (stratified) {
            BigDecimal rest = report.samples().stream().map(CurrencySample::restBookValue).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal inStrata = report.samples().stream().flatMap(s -> s.strata().stream()).map(Stratum::bookValue)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            list.add(Check.of("Book value in the strata = book value sampled from", "SUM(" + SheetRefs.wholeColumn(
                    sheets.sample(), SampleSheet.REST_TOTAL.index()) + ")", rest, "SUM(" + SheetRefs.wholeColumn(
                    sheets.strata(), StrataSheet.BOOK.index()) + ")", inStrata,
                    "Every balance below the key-item threshold is in one stratum"));
        }
        long confirmed = report.selected();
        long letterRows = RowAccounting.rows(letterParts);
        long positiveLetters = negative ? report.selected() : letterRows;
        list.add(Check.count("Positive letters = balances selected", "COUNTIFS(" + sel + "," + SheetRefs.text(
                Selection.KEY_ITEM.label()) + ")+COUNTIFS(" + sel + "," + SheetRefs.text(Selection.SAMPLED.label())
                + ")+COUNTIFS(" + sel + "," + SheetRefs.text(Selection.SAMPLED_STRATUM.label()) + ")", BigDecimal.valueOf(confirmed), "COUNTIFS(" + SheetRefs.wholeColumn(sheets.letters(),
                LettersSheet.KIND.index()) + "," + SheetRefs.text(LettersSheet.POSITIVE) + ")",
                BigDecimal.valueOf(positiveLetters), "One positive letter per key item and sampled balance"));
        list.add(new RowAccounting(end.openItems())
                .place("SUM(" + SheetRefs.wholeColumn(confirmations, TrackerSheet.ITEMS.index()) + ")", aging.itemsAged())
                .place(String.valueOf(aging.itemsFuture()), aging.itemsFuture())
                .place(RowAccounting.count(end.exceptionParts(), ExceptionsSheet.SOURCE_ROW.index()), exceptions.exportRows())
                .check("Every row read is accounted for", "Rows read = open items in the balances on Confirmations + "
                        + aging.itemsFuture() + " dated after the as-of date (in no balance) + rows on Exceptions", ""));
        return list;
    }

    @Override
    public List<Map.Entry<String, Object>> about(List<Map.Entry<String, Object>> provenance, String masterCheck) {
        List<Map.Entry<String, Object>> entries = new ArrayList<>(provenance);
        if (report != null) {
            ConfirmationParameters p = report.parameters();
            entries.add(Map.entry("Selection", selection(p)));
            entries.add(Map.entry("Confirmations", report.selected() + " balances selected of "
                    + report.confirmations().size() + " (customers × currencies)"));
            entries.add(Map.entry("Replies carried", replies.isEmpty() ? "none (no previous confirmations workbook)"
                    : replies.size() + " from the previous confirmations workbook"));
        }
        entries.add(Map.entry("Master check", masterCheck));
        return entries;
    }
}
