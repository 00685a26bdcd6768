package com.arworkbench.request;

import com.arworkbench.aging.AgingBasis;
import com.arworkbench.aging.BucketScheme;
import com.arworkbench.ingest.IngestOptions;
import com.arworkbench.ingest.layout.ErpProfiles;
import com.arworkbench.jobs.ReconRequest;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A named parameter of the jobs, declared once: its command-line option, its API form field, how it is written,
 * what it means, and how the text a user typed is read. The command line (through picocli's converters) and the
 * API (from the form fields) both read it here, so a value means the same and fails the same way on both.
 *
 * @param option      the command-line option without its dashes: {@code as-of}
 * @param field       the API's form field: {@code asOf}; null where the server's own setting is used
 * @param label       how the value is written, for the usage text: {@code YYYY-MM-DD}
 * @param type        the type the command line converts to (with {@link #read})
 * @param whenAbsent  the value a job uses when the user gave none; null when there is no default
 * @param <T>         what the text is read into
 */
public record Param<T>(String option, String field, String label, Class<?> type, String description, T whenAbsent,
                       Reader<T> reader) {

    /** Reads what the user typed; {@code name} is how the surface spells the parameter, for the message. */
    public interface Reader<T> {
        T read(String text, String name);
    }

    public static final Param<LocalDate> AS_OF = new Param<>("as-of", "asOf", "YYYY-MM-DD", LocalDate.class,
            "The date the items are aged at and the period closes on.", null, Param::date);
    public static final Param<AgingBasis> BASIS = new Param<>("basis", "basis", "due|document", AgingBasis.class,
            "Age the items from their due date (due, the default) or their document date (document).", AgingBasis.DUE,
            checked((text, name) -> AgingBasis.parse(text)));
    public static final Param<BucketScheme> BUCKETS = new Param<>("buckets", "buckets", "30,60,90,120", BucketScheme.class,
            "The past-due buckets as their upper edges in days (default 30,60,90,120).", BucketScheme.standard(),
            checked((text, name) -> BucketScheme.parse(text)));
    /** Picocli is told Object: a List type would make it a repeatable option, and this is one comma-separated value. */
    public static final Param<List<String>> GL_ACCOUNTS = new Param<>("gl-accounts", "glAccounts", "1200,1210",
            Object.class, "The AR control accounts in the GL, comma-separated (default: recognised by their names).",
            List.of(), (text, name) -> ReconRequest.accounts(text));
    public static final Param<BigDecimal> UNAPPLIED_TARGET = new Param<>("unapplied-target", "unappliedTarget",
            "PERCENT", BigDecimal.class, "The unapplied cash allowed, in percent of open AR (default: the rules "
            + "file's unappliedTargetPercent, else 1).", null, Param::percent);
    public static final Param<BigDecimal> MATERIALITY = new Param<>("materiality", "materiality", "AMOUNT",
            BigDecimal.class, "The reconciliation's materiality threshold: an amount to investigate up to it (in each "
            + "currency, in all and per category) still counts as RECONCILED (default 0.00).", new BigDecimal("0.00"),
            Param::threshold);
    public static final Param<LocalDate> FROM = new Param<>("from", "from", "YYYY-MM-DD", LocalDate.class,
            "The first day of the statements' activity period (default: the first day of the as-of month); needs the "
            + "invoice history.", null, Param::date);
    /** The command line writes the statements' PDFs into a folder; the API answers with a zip instead ({@link #PDF_ZIP}). */
    public static final Param<Path> PDF_DIR = new Param<>("pdf", null, "DIR", Path.class,
            "Also write one PDF statement per customer and currency into this folder (made when missing).", null,
            (text, name) -> Path.of(text));
    /** The API's {@code pdf=zip}: the answer is a zip of the workbook and the PDFs. No command-line option. */
    public static final Param<Boolean> PDF_ZIP = new Param<>(null, "pdf", "zip", Boolean.class,
            "pdf=zip: answer with a zip holding the workbook and one PDF statement per customer and currency.", null,
            Param::zip);
    public static final Param<BigDecimal> KEY_ITEMS = new Param<>("key-items", "keyItems", "AMOUNT", BigDecimal.class,
            "Confirmations: every customer balance of this amount or more (in its own currency) is a key item, always "
            + "confirmed. Required by confirmations; in the pack, given with --tolerable, it adds the balance "
            + "confirmations.", null, Param::positive);
    public static final Param<Integer> CONFIDENCE = new Param<>("confidence", "confidence", "PERCENT", Integer.class,
            "Confirmations: the sampling confidence, one of 99, 95, 90, 85, 80, 75, 70 (default 95: reliability factor 3.0).",
            95, checked((text, name) -> {
                try {
                    int v = Integer.parseInt(text.strip().replaceFirst("\\s*%$", ""));
                    com.arworkbench.confirmations.ReliabilityFactors.factor(v);
                    return v;
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(name + " must be a whole percentage such as 95, not '" + text + "'");
                }
            }));
    public static final Param<BigDecimal> TOLERABLE = new Param<>("tolerable", "tolerable", "AMOUNT", BigDecimal.class,
            "Confirmations: the tolerable misstatement (per currency) the monetary-unit sample is sized for. Required by "
            + "confirmations; in the pack, with --key-items.", null, Param::positive);
    public static final Param<Long> SEED = new Param<>("seed", "seed", "NUMBER", Long.class,
            "Confirmations: the seed of the sample's random start (default "
            + com.arworkbench.confirmations.ConfirmationParameters.DEFAULT_SEED + "; stated on the Sample sheet): the "
            + "same seed gives the same sample.", com.arworkbench.confirmations.ConfirmationParameters.DEFAULT_SEED,
            (text, name) -> {
                try {
                    return Long.parseLong(text.strip());
                } catch (NumberFormatException e) {
                    throw RequestException.badParameter(name + " must be a whole number, not '" + text + "'");
                }
            });
    public static final Param<com.arworkbench.confirmations.Sampling> SAMPLING = new Param<>("sampling", "sampling",
            "mus|stratified", com.arworkbench.confirmations.Sampling.class, "Confirmations: how the balances below the "
            + "key-item threshold are sampled: mus (monetary-unit, the default) or stratified (three strata of equal "
            + "book value, the sample size shared in proportion to it, drawn at random from the seed; ratio estimation).",
            com.arworkbench.confirmations.Sampling.MUS,
            checked((text, name) -> com.arworkbench.confirmations.Sampling.parse(text)));
    public static final Param<Boolean> NEGATIVE = new Param<>("negative", "negative", "", Boolean.class,
            "Confirmations: also negative letters (reply only on a difference) for the balances not selected.",
            Boolean.FALSE, (text, name) -> {
                String t = text.strip().toLowerCase(java.util.Locale.ROOT);
                if (t.equals("true") || t.equals("yes") || t.equals("on") || t.equals("1")) {
                    return Boolean.TRUE;
                }
                if (t.equals("false") || t.equals("no") || t.equals("off") || t.equals("0") || t.isEmpty()) {
                    return Boolean.FALSE;
                }
                throw RequestException.badParameter(name + " must be true or false, not '" + text + "'");
            });
    public static final Param<com.arworkbench.allowance.RateMethod> METHOD = new Param<>("method", "method",
            "loss-rate|roll-rate", com.arworkbench.allowance.RateMethod.class, "Allowance: the rates the provision "
            + "uses: loss-rate (the share of each bucket's past balances written off, the default) or roll-rate (month-to-"
            + "month roll rates chained to the oldest bucket's loss rate); both are shown.",
            com.arworkbench.allowance.RateMethod.LOSS_RATE,
            checked((text, name) -> com.arworkbench.allowance.RateMethod.parse(text)));
    public static final Param<Integer> OUTCOME_MONTHS = new Param<>("outcome-months", "outcomeMonths", "MONTHS",
            Integer.class, "Allowance: how many months after a month end its balances are followed for write-offs "
            + "(default " + com.arworkbench.allowance.AllowanceParameters.DEFAULT_OUTCOME_MONTHS + "); only month ends "
            + "whose window ended by the as-of date give loss rates.",
            com.arworkbench.allowance.AllowanceParameters.DEFAULT_OUTCOME_MONTHS, Param::months);
    public static final Param<Integer> LOOKBACK_MONTHS = new Param<>("lookback-months", "lookbackMonths", "MONTHS",
            Integer.class, "Allowance: how many month ends before the as-of date the loss history covers (default "
            + com.arworkbench.allowance.AllowanceParameters.DEFAULT_LOOKBACK_MONTHS + ").",
            com.arworkbench.allowance.AllowanceParameters.DEFAULT_LOOKBACK_MONTHS, Param::months);
    public static final Param<String> ALLOWANCE_ACCOUNT = new Param<>("allowance-account", "allowanceAccount",
            "ACCOUNT", String.class, "Allowance: the allowance account on the trial balance (number or name; default: "
            + "recognised by its name, e.g. 'Allowance for Doubtful Accounts').", null, (text, name) -> text.strip());
    public static final Param<String> EXPENSE_ACCOUNT = new Param<>("expense-account", "expenseAccount", "ACCOUNT",
            String.class, "Allowance: the bad-debt expense account the adjusting entry debits (default: recognised on "
            + "the trial balance by its name, else 'Bad debt expense').", null, (text, name) -> text.strip());
    public static final Param<String> PROFILE = new Param<>("profile", "profile", "ID", String.class,
            "Read the export with this ERP's layout instead of detecting it: " + ErpProfiles.ids() + ".", null,
            Param::profile);
    public static final Param<ColumnOverride> COLUMN = new Param<>("column", "column", "FIELD=HEADER",
            ColumnOverride.class, "Read one field from the named column (or its position, 1 = first) and detect the "
            + "rest, e.g. openAmount=\"Balance\"; repeatable. The fields are the fieldKey names inspect prints.", null,
            ColumnOverride::parse);
    public static final Param<String> CURRENCY = new Param<>("currency", "currency", "CCY", String.class,
            "The currency of the amounts when the export has no currency column (ISO code such as EUR).", null,
            checked(IngestOptions::currencyCode));
    /** The API uses the server's saved mappings and templates: these two have no form field. */
    public static final Param<Path> MAPPINGS_DIR = new Param<>("mappings-dir", null, "DIR", Path.class,
            "The folder of the column mappings saved on the page (default: mappings in .ar-workbench "
            + "in your home folder, when it exists): an export whose header has a saved mapping is read with it.", null, Param::folder);
    public static final Param<Path> TEMPLATES = new Param<>("templates", null, "DIR", Path.class,
            "Your own copy of the workbook templates (default: the templates built in).", null, (text, name) -> Path.of(text));

    /** The parameters that say how the export is read; every job takes them. */
    public static final List<Param<?>> READING = List.of(PROFILE, COLUMN, CURRENCY, MAPPINGS_DIR);

    /** Given more than once, each value counts ({@code --column}); the others take one value. */
    public boolean repeatable() {
        return this == COLUMN;
    }

    /** The text a user typed, read and checked; a {@link RequestException} naming the parameter when it is wrong. */
    public T read(String text, Surface surface) {
        return reader.read(text, surface.name(this));
    }

    private static LocalDate date(String text, String name) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw RequestException.badParameter(name + " must be a date as YYYY-MM-DD, not '" + text + "'");
        }
    }

    private static Boolean zip(String text, String name) {
        if (!text.strip().equalsIgnoreCase("zip")) {
            throw RequestException.badParameter(name + " must be 'zip' (a zip of the workbook and the PDFs), not '" + text + "'");
        }
        return Boolean.TRUE;
    }

    private static BigDecimal percent(String text, String name) {
        try {
            BigDecimal v = new BigDecimal(text.strip().replaceFirst("\\s*%$", ""));
            if (v.signum() >= 0 && v.compareTo(BigDecimal.valueOf(100)) <= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw RequestException.badParameter(name + " must be a percentage between 0 and 100 such as 1 or 0.5, not '"
                + text + "'");
    }

    private static BigDecimal threshold(String text, String name) {
        try {
            BigDecimal v = new BigDecimal(text.strip());
            if (v.signum() >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // said below, with the parameter's name
        }
        throw RequestException.badParameter(name + " must be an amount of 0 or more such as 100.00, not '" + text + "'");
    }

    private static Integer months(String text, String name) {
        try {
            int v = Integer.parseInt(text.strip());
            if (v >= 1 && v <= 120) {
                return v;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw RequestException.badParameter(name + " must be a whole number of months from 1 to 120, not '" + text + "'");
    }

    private static BigDecimal positive(String text, String name) {
        try {
            BigDecimal v = new BigDecimal(text.strip());
            if (v.signum() > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // said below, with the parameter's name
        }
        throw RequestException.badParameter(name + " must be an amount above 0 such as 10000.00, not '" + text + "'");
    }

    private static String profile(String text, String name) {
        if (ErpProfiles.byId(text).isEmpty()) {
            throw RequestException.of("Unknown profile", "unknown profile '" + text + "' (known: " + ErpProfiles.ids() + ")");
        }
        return text;
    }

    private static Path folder(String text, String name) {
        Path dir = Path.of(text);
        if (!Files.isDirectory(dir)) {
            throw RequestException.badParameter(name + " " + dir + " is not a folder");
        }
        return dir;
    }

    /** The engines' own parsers say what was wrong with an IllegalArgumentException; it becomes a request error. */
    private static <T> Reader<T> checked(Reader<T> parse) {
        return (text, name) -> {
            try {
                return parse.read(text, name);
            } catch (IllegalArgumentException e) {
                throw RequestException.badParameter(e.getMessage());
            }
        };
    }

    @Override
    public String toString() {
        return option;
    }
}
