package com.arworkbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.arworkbench.ingest.bank.Bai2File;
import com.arworkbench.ingest.bank.BankCsvFile;
import com.arworkbench.ingest.bank.Camt053File;
import com.arworkbench.ingest.bank.Mt940File;
import com.arworkbench.ingest.bank.PayPalFile;
import com.arworkbench.ingest.bank.PaymentsFile;
import com.arworkbench.ingest.bank.RemittanceFile;
import com.arworkbench.ingest.recognition.FileRecognizer;
import com.arworkbench.ingest.table.FormatSniffer;
import com.arworkbench.ingest.table.SniffResult;
import com.arworkbench.ingest.table.TableReader;
import com.arworkbench.ingest.table.TableReaders;
import com.arworkbench.model.RejectedRow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ingest contract every fuzz target and the regression replay check (issue 7): for any bytes, a
 * reader either succeeds or throws {@link UnreadableFileException} (which includes
 * {@link UnsupportedFormatException}) or {@link IOException}; never anything else, never longer than
 * {@link #TIME_BOUND}. A file that breaks it is copied to {@code target/fuzz-findings/} so it can be
 * turned into a fixture under {@code src/test/resources/fuzz-regressions/}.
 */
final class FuzzSupport {

    /** Per reader call; a clean read of any seed file takes milliseconds. */
    static final Duration TIME_BOUND = Duration.ofSeconds(5);

    static final Path FINDINGS = Paths.get("target", "fuzz-findings");

    private FuzzSupport() {
    }

    @FunctionalInterface
    interface ReaderCall {
        void run() throws Exception;
    }

    /** Runs one reader call under the contract; {@code what} names the reader and the input for the message. */
    static void allowed(String what, Path file, ReaderCall call) {
        Throwable thrown;
        try {
            thrown = assertTimeoutPreemptively(TIME_BOUND, () -> {
                try {
                    call.run();
                    return null;
                } catch (UnreadableFileException | IOException expected) {
                    if (expected.getMessage() == null || expected.getMessage().isBlank()) {
                        return new AssertionError("no readable message", expected);
                    }
                    return null;
                } catch (Throwable other) {
                    return other;
                }
            }, () -> what + " took longer than " + TIME_BOUND.toSeconds() + " s" + saved(file));
        } catch (AssertionError timeout) {
            throw timeout;
        }
        if (thrown != null) {
            throw new AssertionError(what + " threw " + thrown + saved(file) + seedNote(), thrown);
        }
    }

    /** Every reader that may be handed {@code file} by a user, each under the contract. */
    static void readEverything(Path file, String name) {
        allowed("FormatSniffer+TableReader", file, () -> {
            SniffResult sniff = FormatSniffer.sniff(file);
            TableReader reader = TableReaders.open(file, sniff);
            AtomicLong rows = new AtomicLong();
            reader.read(row -> rows.incrementAndGet() < 1_000_000);
        });
        allowed("FileRecognizer", file, () -> FileRecognizer.recognize(file, name));
        allowed("OpenItemsFile", file, () -> readOpenItems(file, name));
        allowed("InvoiceHistoryFile", file, () -> {
            InvoiceHistoryFile history = InvoiceHistoryFile.open(file, name);
            AtomicLong records = new AtomicLong();
            AtomicLong notUsed = new AtomicLong();
            IngestSummary s = history.read(new HistorySink() {
                @Override
                public void record(com.arworkbench.model.InvoiceRecord record) {
                    records.incrementAndGet();
                }

                @Override
                public void notUsed(RejectedRow row) {
                    notUsed.incrementAndGet();
                }
            });
            assertEquals(s.items(), records.get(), "history records counted = records delivered");
        });
        allowed("GeneralLedgerFile", file, () -> GeneralLedgerFile.open(file, name, List.of()).read(new GeneralLedgerFile.Sink() {
            @Override
            public void line(com.arworkbench.model.GlLine line) {
            }

            @Override
            public void notUsed(RejectedRow row) {
            }
        }));
        allowed("CustomerMasterFile", file, () -> CustomerMasterFile.read(file, name));
        allowed("RemittanceFile", file, () -> RemittanceFile.read(file, name));
        allowed("PreviousWorklistFile", file, () -> PreviousWorklistFile.read(file, name));
        allowed("PaymentsFile", file, () -> PaymentsFile.read(file, name));
    }

    /** Every bank-statement reader on {@code file}, each under the contract. */
    static void readBankFile(Path file, String name) {
        allowed("Bai2File", file, () -> Bai2File.read(file, name).controlProblems());
        allowed("Camt053File", file, () -> Camt053File.read(file, name));
        allowed("BankCsvFile", file, () -> BankCsvFile.read(file, name));
        allowed("Mt940File", file, () -> Mt940File.read(file, name));
        allowed("PayPalFile", file, () -> PayPalFile.read(file, name));
        allowed("PaymentsFile", file, () -> PaymentsFile.read(file, name));
        allowed("FileRecognizer", file, () -> FileRecognizer.recognize(file, name));
    }

    /**
     * Reads open items and checks nothing is lost: rows read = items + rejected + structural rows, and
     * the sink saw exactly the items the summary counts.
     */
    static IngestSummary readOpenItems(Path file, String name) throws IOException, UnreadableFileException {
        AtomicLong items = new AtomicLong();
        AtomicLong notUsed = new AtomicLong();
        IngestSummary s = OpenItemsFile.open(file, name, IngestOptions.detect())
                .read(RowSink.of(item -> {
                    items.incrementAndGet();
                    BigDecimal open = item.openAmount();
                    if (open != null && open.scale() < 0) {
                        throw new AssertionError("negative scale " + open);
                    }
                }, row -> notUsed.incrementAndGet()));
        assertEquals(s.items(), items.get(), "items in the summary = items delivered");
        assertEquals(s.rowsRead(), s.items() + s.rejected() + s.structural(),
                "rows read = items + rejected + structural: " + s);
        return s;
    }

    /** Copies the input to target/fuzz-findings/ and says where, for the failure message. */
    static String saved(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String ext = dot >= 0 ? name.substring(dot) : "";
            Files.createDirectories(FINDINGS);
            Path copy = FINDINGS.resolve("finding-" + sha1(bytes).substring(0, 12) + ext);
            Files.write(copy, bytes);
            return " (input saved as " + copy.toAbsolutePath() + ", " + bytes.length + " bytes)";
        } catch (IOException e) {
            return " (input could not be saved: " + e + ")";
        }
    }

    static String seedNote() {
        String seed = System.getProperty("fuzz.seed");
        return seed == null ? "" : "; libFuzzer seed " + seed + " (rerun with -Dfuzz.seed=" + seed + ")";
    }

    static String sha1(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
