package com.arworkbench.ingest;

import com.arworkbench.model.Payment;
import com.arworkbench.model.RejectedRow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Incoming payments from any of the formats banks deliver, recognised by content: BAI2 (records
 * starting "01,"), ISO 20022 camt.053 XML, or a bank statement / lockbox table (CSV, XLSX, …).
 *
 * @param format      a line for the About sheet, e.g. "BAI2 (3 accounts)"
 * @param controlNotes problems the file's own control totals reveal (BAI2 trailers); empty if none
 */
public record PaymentsFile(SourceFile source, String format, List<Payment> payments, List<RejectedRow> notUsed,
                           List<String> controlNotes) {

    public static PaymentsFile read(Path path, String displayName) throws IOException, UnreadableFileException {
        String head = head(path);
        String trimmed = head.stripLeading();
        if (trimmed.startsWith("01,")) {
            Bai2File bai2 = Bai2File.read(path, displayName);
            return new PaymentsFile(SourceFile.of(path, displayName), "BAI2 cash management file", bai2.payments(),
                    bai2.notUsed(), bai2.controlProblems());
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<") && lower.contains("camt.05")) {
            Camt053File camt = Camt053File.read(path, displayName);
            return new PaymentsFile(camt.source(), "ISO 20022 camt.053 statement (" + camt.statements() + " statement(s), "
                    + camt.entries() + " entries)", camt.payments(), camt.notUsed(), List.of());
        }
        BankCsvFile table = BankCsvFile.read(path, displayName);
        return new PaymentsFile(table.source(), table.sniff().description() + "; profile " + table.layout().profileLabel(),
                table.payments(), table.notUsed(), List.of());
    }

    /** The first 4 KB as text (a BOM or binary bytes only matter to the readers that follow). */
    private static String head(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1).replace("\uFEFF", "").replace("ï»¿", "");
        }
    }
}
