package com.arworkbench.ingest;

import com.arworkbench.ingest.layout.ErpProfile;
import com.arworkbench.ingest.layout.ErpProfiles;
import com.arworkbench.ingest.layout.Field;
import com.arworkbench.ingest.layout.TableKind;
import com.arworkbench.ingest.recognition.FileRecognizer;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;


/**
 * Fuzz target (issue 7): "almost valid" open-items exports built from the fuzzer's data: a random
 * report preamble, a header drawn from the real ERP profile synonyms (erp-profiles.json via
 * {@link ErpProfiles}), rows mixing valid and broken values, total and blank rows, repeated headers,
 * random quoting, BOM, encoding, delimiter and line endings. OpenItemsFile must read it or refuse it
 * with an allowed exception, and a read loses nothing: rows read = items + rejected + structural.
 */
class OpenItemsCsvFuzzTest extends FuzzTarget {

    private static final List<ErpProfile> PROFILES = ErpProfiles.all(TableKind.OPEN_ITEMS);
    private static final String[] DELIMITERS = {",", ";", "\t", "|"};
    private static final String[] LINE_ENDS = {"\n", "\r\n", "\r"};
    private static final Charset[] CHARSETS = {StandardCharsets.UTF_8, Charset.forName("windows-1252"),
            StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE};
    private static final String[] PREAMBLE = {"Acme Corp", "A/R Aging Detail", "As of Jul 25, 2026", "", "Report date: 31.07.2026",
            "Filters: all customers", "Page 1 of 1", "Stichtag 31.07.2026", "\"Company\",\"Acme\""};
    private static final String[] AMOUNTS = {"1,234.56", "1.234,56", "-50.00", "(75.25)", "12.50-", "0", "0.00", "1 234,56",
            "$1,000.00", "€ 99,90", "USD 10", "100 CR", "1e999999", "9999999999999999999999999.99", "--1", "1.2.3,4-", "abc",
            "", "-", "(", ",", "1,23", "12,3456.7", "٣٤٥", "NaN"};
    private static final String[] DATES = {"07/15/2026", "15.07.2026", "2026-07-15", "15/07/2026", "7/1/26", "Jul 15, 2026",
            "15-Jul-2026", "45123", "2026-02-30", "31/04/2026", "99/99/9999", "00.00.0000", "", "n/a", "12/31/99999",
            "2026-07-15T10:00:00", "20260715", "1.1.1"};
    private static final String[] TEXT = {"Café Lumière SARL", "Northwind Traders (C-100)", "C1001 Acme Inc.", "Globex, Inc.",
            "INV-1001", "000123", "Invoice", "Credit Memo", "Payment", "RE", "DZ", "Gutschrift", "Yes", "X", "",
            "TOTAL", "Total Customer", "Subtotal", "USD", "EUR", "Disputed", "\"quoted\"", "line\nbreak", "semi;colon",
            "\u0000", "\uFEFF", "=SUM(A1:A2)"};



    @FuzzTest(maxDuration = "10s")
    void almostValidExport(FuzzedDataProvider data) throws IOException {
        ErpProfile profile = data.pickValue(PROFILES);
        List<Map.Entry<Field, List<String>>> columns = new ArrayList<>(profile.columns().entrySet());
        List<Field> fields = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (Map.Entry<Field, List<String>> column : columns) {
            if (!column.getValue().isEmpty() && data.consumeInt(0, 3) > 0) {
                fields.add(column.getKey());
                header.add(headerText(data.pickValue(column.getValue()), data));
            }
        }
        for (int i = data.consumeInt(0, 2); i > 0; i--) { // shuffle a little: exports order columns freely
            int a = data.consumeInt(0, Math.max(0, fields.size() - 1));
            int b = data.consumeInt(0, Math.max(0, fields.size() - 1));
            if (a < fields.size() && b < fields.size()) {
                java.util.Collections.swap(fields, a, b);
                java.util.Collections.swap(header, a, b);
            }
        }
        String delimiter = data.pickValue(DELIMITERS);
        int quoting = data.consumeInt(0, 2); // 0 when needed, 1 always, 2 never (breaks embedded delimiters)
        String lineEnd = data.pickValue(LINE_ENDS);
        boolean mixedLineEnds = data.consumeInt(0, 7) == 0;

        List<String> lines = new ArrayList<>();
        for (int i = data.consumeInt(0, 4); i > 0; i--) {
            lines.add(data.consumeBoolean() ? data.pickValue(PREAMBLE) : data.consumeString(40));
        }
        lines.add(line(header, delimiter, quoting));
        for (int r = data.consumeInt(0, 25); r > 0 && data.remainingBytes() > 0; r--) {
            int kind = data.consumeInt(0, 11);
            if (kind == 0) {
                lines.add("");
            } else if (kind == 1) {
                lines.add(line(header, delimiter, quoting)); // repeated header (page break)
            } else if (kind == 2) {
                lines.add(data.consumeString(60)); // garbage line
            } else {
                List<String> cells = new ArrayList<>();
                for (Field field : fields) {
                    cells.add(value(field, kind == 3, data));
                }
                if (data.consumeInt(0, 9) == 0 && !cells.isEmpty()) { // ragged row
                    cells = cells.subList(0, data.consumeInt(0, cells.size() - 1));
                }
                lines.add(line(cells, delimiter, quoting));
            }
        }

        StringBuilder text = new StringBuilder();
        for (String l : lines) {
            text.append(l).append(mixedLineEnds ? data.pickValue(LINE_ENDS) : lineEnd);
        }
        if (data.consumeBoolean()) {
            text.setLength(Math.max(0, text.length() - lineEnd.length())); // no newline at the end
        }
        Charset charset = data.pickValue(CHARSETS);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (data.consumeBoolean()) {
            bytes.writeBytes(bom(charset));
        }
        bytes.writeBytes(text.toString().getBytes(charset));
        String name = "open-items" + data.pickValue(new String[] {".csv", ".txt", ".tsv", ".CSV"});
        Path file = temp.resolve(name);
        Files.write(file, bytes.toByteArray());

        FuzzSupport.allowed("OpenItemsFile", file, () -> FuzzSupport.readOpenItems(file, name));
        FuzzSupport.allowed("FileRecognizer", file, () -> FileRecognizer.recognize(file, name));
    }

    private static String headerText(String synonym, FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 5)) {
            case 0 -> synonym.toUpperCase(java.util.Locale.ROOT);
            case 1 -> " " + synonym + " ";
            case 2 -> synonym.replace(' ', '_');
            case 3 -> synonym + ":";
            default -> synonym;
        };
    }

    /** A cell for the field: usually valid, sometimes broken, sometimes arbitrary. */
    private static String value(Field field, boolean totalRow, FuzzedDataProvider data) {
        if (totalRow && (field == Field.CUSTOMER || field == Field.CUSTOMER_NAME)) {
            return "Total";
        }
        if (data.consumeInt(0, 9) == 0) {
            return data.consumeString(20);
        }
        return switch (field) {
            case OPEN_AMOUNT, ORIGINAL_AMOUNT, AMOUNT, DEBIT, CREDIT, BALANCE, CREDIT_LIMIT -> data.pickValue(AMOUNTS);
            case DOCUMENT_DATE, POSTING_DATE, DUE_DATE, CLEARING_DATE, VALUE_DATE -> data.pickValue(DATES);
            default -> data.pickValue(TEXT);
        };
    }

    private static String line(List<String> cells, String delimiter, int quoting) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(delimiter);
            }
            String c = cells.get(i);
            boolean needs = c.contains(delimiter) || c.contains("\"") || c.contains("\n") || c.contains("\r");
            if (quoting == 1 || (quoting == 0 && needs)) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static byte[] bom(Charset charset) {
        if (charset.equals(StandardCharsets.UTF_16LE)) {
            return new byte[] {(byte) 0xFF, (byte) 0xFE};
        }
        if (charset.equals(StandardCharsets.UTF_16BE)) {
            return new byte[] {(byte) 0xFE, (byte) 0xFF};
        }
        return new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    }
}
