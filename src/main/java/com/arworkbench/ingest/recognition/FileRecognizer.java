package com.arworkbench.ingest.recognition;

import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.ingest.bank.Camt053File;
import com.arworkbench.ingest.bank.PayPalFile;
import com.arworkbench.ingest.bank.PaymentsFile;
import com.arworkbench.ingest.layout.ErpProfiles;
import com.arworkbench.ingest.layout.ForeignTables;
import com.arworkbench.ingest.layout.LayoutDetector;
import com.arworkbench.ingest.layout.TableKind;
import com.arworkbench.ingest.table.FormatSniffer;
import com.arworkbench.ingest.table.RawRow;
import com.arworkbench.ingest.table.SniffResult;
import com.arworkbench.ingest.table.SourceFormat;
import com.arworkbench.ingest.table.TableReaders;
import com.arworkbench.ingest.table.XlsxTableReader;
import com.arworkbench.model.WorklistSheets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells what a file is from its content, never from its name: bank files by their first bytes, our
 * own worklist by its sheet, and tables by which kind of header matches best (the same matching
 * the readers use). Open items and invoice histories share most columns; {@link OpenOrHistory}
 * weighs what sets them apart. Unknown content is an answer ({@link FileRole#UNKNOWN}), not an error.
 */
public final class FileRecognizer {

    /** Data rows below the header looked at for evidence: enough to see paid dates, bounded for big files. */
    private static final int SAMPLE_ROWS = 500;
    private static final List<TableKind> AR_KINDS = List.of(TableKind.OPEN_ITEMS, TableKind.INVOICE_HISTORY);

    /**
     * @param description one line: what the file is, e.g. "Invoice history (NetSuite …), header on row 5"
     * @param detail      why: the evidence and the scores that decided it
     */
    public record Recognition(FileRole role, String description, String detail) {
    }

    private FileRecognizer() {
    }

    /** @throws IOException only when the file cannot be read at all (missing, no permission) */
    public static Recognition recognize(Path path, String displayName) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(path.toString());
        }
        String name = displayName == null || displayName.isBlank() ? path.getFileName().toString() : displayName;
        try {
            return recognizeContent(path);
        } catch (UnreadableFileException | IOException | RuntimeException e) {
            return new Recognition(FileRole.UNKNOWN, name + ": not a file AR Workbench can read",
                    "Reading it failed: " + e.getMessage());
        }
    }

    private static Recognition recognizeContent(Path path) throws IOException, UnreadableFileException {
        PaymentsFile.BankFormat bank = PaymentsFile.bankFormat(path);
        if (bank == PaymentsFile.BankFormat.CAMT05X) {
            // A camt.052 report names camt.05x too, but only camt.053 statements and camt.054 notifications are
            // read as payments: say so now, instead of recognising it and failing at the build.
            try {
                Camt053File.read(path, path.getFileName().toString());
            } catch (UnreadableFileException e) {
                return new Recognition(FileRole.UNKNOWN, "ISO 20022 XML that is not a camt.053 statement or camt.054 "
                        + "notification", e.getMessage() + " The cash application reads camt.053 end-of-day statements, "
                        + "camt.054 notifications, MT940, BAI2 files and bank CSV/XLSX exports: export the camt.053 "
                        + "statement of the same days from the bank.");
            }
        }
        if (bank != null) {
            return new Recognition(FileRole.PAYMENTS, bank.label(), "Recognised by its first bytes ("
                    + switch (bank) {
                        case BAI2 -> "an '01,' file header record";
                        case MT940 -> "':20:' and statement fields such as ':25:', ':60F:', ':61:'";
                        case CAMT05X -> "XML naming a camt.05x message";
                    } + ").");
        }
        SniffResult sniff = FormatSniffer.sniff(path);
        // Before the header matching: a PayPal export's Name/Type/Date columns would read as a foreign AR lookalike.
        Optional<PayPalFile.Header> paypal = PayPalFile.header(TableReaders.open(path, sniff));
        if (paypal.isPresent()) {
            return new Recognition(FileRole.PAYMENTS, "PayPal activity export, header on row " + paypal.get().row() + "; "
                    + sniff.description(), "Its header has PayPal's Gross, Fee, Net and Transaction ID columns.");
        }
        if (sniff.format() == SourceFormat.XLSX && isWorklist(path)) {
            return new Recognition(FileRole.PREVIOUS_WORKLIST, "Dunning worklist written by AR Workbench (" + sniff.description() + ")",
                    "It has a '" + WorklistSheets.WORKLIST + "' sheet with '" + WorklistSheets.CUSTOMER_ID + "' and '"
                            + WorklistSheets.CURRENCY + "' columns.");
        }
        List<RawRow> rows = new ArrayList<>();
        TableReaders.open(path, sniff).read(row -> {
            rows.add(row);
            return rows.size() < LayoutDetector.HEADER_SEARCH_ROWS + SAMPLE_ROWS;
        });
        List<RawRow> head = rows.subList(0, Math.min(rows.size(), LayoutDetector.HEADER_SEARCH_ROWS));
        Map<TableKind, LayoutDetector.HeaderMatch> matches = new EnumMap<>(TableKind.class);
        for (TableKind kind : TableKind.values()) {
            LayoutDetector.bestHeader(rows, kind, ErpProfiles.all(kind)).ifPresent(m -> matches.put(kind, m));
        }
        if (matches.isEmpty()) {
            return new Recognition(FileRole.UNKNOWN, "No table AR Workbench knows (" + sniff.description() + ")",
                    "No row in the first " + LayoutDetector.HEADER_SEARCH_ROWS + " names the columns of any known kind; "
                            + "first row: " + firstRow(rows) + ".");
        }
        String scores = scores(matches);
        TableKind best = bestKind(matches);
        LayoutDetector.HeaderMatch match = matches.get(best);
        if (after(rows, match.row()).stream().allMatch(RawRow::isBlank)) {
            return new Recognition(FileRole.UNKNOWN, best.label() + " with no data rows",
                    "The header (row " + match.row() + ") is followed by no data rows: nothing to use. Check the report's "
                            + "filters and export again.");
        }
        if (AR_KINDS.contains(best)) {
            long headerRowNumber = match.row();
            RawRow header = rows.stream().filter(r -> r.rowNumber() == headerRowNumber).findFirst().orElseThrow();
            Optional<String> foreign = ForeignTables.lookalike(header, head, best);
            if (foreign.isPresent()) {
                return new Recognition(FileRole.UNKNOWN, "Looks like " + foreign.get(),
                        "A few of its headers match an AR export, but its columns are those of " + foreign.get()
                                + ". AR Workbench does not read this kind of file yet.");
            }
        }
        FileRole role;
        String why;
        if (AR_KINDS.contains(best) && matches.containsKey(TableKind.OPEN_ITEMS) && matches.containsKey(TableKind.INVOICE_HISTORY)) {
            LayoutDetector.HeaderMatch history = matches.get(TableKind.INVOICE_HISTORY);
            OpenOrHistory.Verdict v = OpenOrHistory.decide(history, preamble(rows, history.row()), after(rows, history.row()));
            role = v.role();
            match = matches.get(role == FileRole.INVOICE_HISTORY ? TableKind.INVOICE_HISTORY : TableKind.OPEN_ITEMS);
            why = "Reads as open items and as an invoice history; evidence: " + v.reasons() + ".";
        } else {
            role = role(best);
            why = "Best header match: " + best.label() + ".";
        }
        String description = role.label() + " (" + match.profile().name() + "), header on row " + match.row() + "; "
                + sniff.description();
        return new Recognition(role, description, why + " Header scores: " + scores + ".");
    }

    /**
     * The kind whose header matched best. Open items and history count as one contender (the better of
     * the two), decided between afterwards; on a tie the earlier kind in {@link TableKind} wins.
     */
    private static TableKind bestKind(Map<TableKind, LayoutDetector.HeaderMatch> matches) {
        TableKind best = null;
        for (Map.Entry<TableKind, LayoutDetector.HeaderMatch> e : matches.entrySet()) {
            if (best == null || e.getValue().score() > matches.get(best).score()) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static FileRole role(TableKind kind) {
        return switch (kind) {
            case OPEN_ITEMS -> FileRole.OPEN_ITEMS;
            case INVOICE_HISTORY -> FileRole.INVOICE_HISTORY;
            case GENERAL_LEDGER -> FileRole.GENERAL_LEDGER;
            case BANK_STATEMENT -> FileRole.PAYMENTS;
            case REMITTANCE_ADVICE -> FileRole.REMITTANCE_ADVICE;
            case CUSTOMER_MASTER -> FileRole.CUSTOMER_MASTER;
        };
    }

    private static final int WORKLIST_HEADER_SEARCH_ROWS = 10;

    private static boolean isWorklist(Path path) {
        boolean[] found = {false};
        try {
            // The header sits below the sheet's title rows, so look a few rows down, not at the first row only.
            new XlsxTableReader(path, WorklistSheets.WORKLIST).read(row -> {
                List<String> cells = row.values().stream().map(c -> c == null ? "" : c.strip()).toList();
                found[0] = cells.contains(WorklistSheets.CUSTOMER_ID) && cells.contains(WorklistSheets.CURRENCY);
                return !found[0] && row.rowNumber() < WORKLIST_HEADER_SEARCH_ROWS;
            });
        } catch (UnreadableFileException | IOException | RuntimeException e) {
            return false; // no such sheet: some other workbook
        }
        return found[0];
    }

    private static String scores(Map<TableKind, LayoutDetector.HeaderMatch> matches) {
        List<String> out = new ArrayList<>();
        matches.forEach((k, m) -> out.add(k.label() + " " + m.score() + " (" + m.profile().id() + ", row " + m.row() + ")"));
        return String.join(", ", out);
    }

    private static List<RawRow> preamble(List<RawRow> rows, long headerRow) {
        return rows.stream().filter(r -> r.rowNumber() < headerRow).toList();
    }

    private static List<RawRow> after(List<RawRow> rows, long headerRow) {
        return rows.stream().filter(r -> r.rowNumber() > headerRow).toList();
    }

    private static String firstRow(List<RawRow> rows) {
        Optional<RawRow> first = rows.stream().filter(r -> !r.isBlank()).findFirst();
        if (first.isEmpty()) {
            return "(none: the table is empty)";
        }
        String text = String.join(" | ", first.get().values().stream().filter(s -> s != null && !s.isBlank()).toList());
        return "'" + (text.length() > 120 ? text.substring(0, 120) + "…" : text) + "'";
    }
}
