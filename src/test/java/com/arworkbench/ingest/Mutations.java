package com.arworkbench.ingest;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Byte-level mutations of a seed file driven by the fuzzer's data: flips, truncations, insertions
 * (random bytes or tokens that matter to our formats), deletions and duplicated ranges. libFuzzer
 * mutates the driving bytes, so coverage guides which mutations are kept.
 */
final class Mutations {

    /** Tokens that change how a line, a cell or a record is read. */
    private static final String[] TOKENS = {
            "\"", "\"\"", ";", ",", "\t", "\r", "\n", "\r\n", "\u0000", "<", ">", "</td>", "<tr>", "<table>",
            "<Row>", "</Cell>", "<Data ss:Type=\"Number\">", "--", "-", "(", ")", "1e999999", "9999999999999999999999",
            "99/99/9999", "2026-02-30", "00.00.0000", "1.2.3,4-", "CR", "USD", "€", "\uFEFF", "\uFFFD", "/",
            "16,", "88,", "49,", "98,", "99,", "01,", "02,", "03,", ",/", "<Amt Ccy=\"EUR\">", "</Ntry>",
            "<Ntry>", "&amp;", "&#0;", "]]>", "<![CDATA[", "=", "Content-Location: ", "--boundary", "PK\u0003\u0004",
    };

    private Mutations() {
    }

    static byte[] mutate(byte[] seed, FuzzedDataProvider data) {
        byte[] out = seed.clone();
        int count = data.consumeInt(1, 8);
        for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
            out = once(out, data);
        }
        return out;
    }

    /**
     * For a zip container (.xlsx): mutates one entry's XML and zips it again, so the workbook reader
     * gets past the zip layer to the sheet, shared strings and styles parsing; otherwise as {@link #mutate}.
     */
    static byte[] mutateInsideZip(byte[] zip, FuzzedDataProvider data) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            return mutate(zip, data);
        }
        List<String> names = List.copyOf(entries.keySet());
        if (names.isEmpty()) {
            return mutate(zip, data);
        }
        String target = data.pickValue(names);
        entries.put(target, mutate(entries.get(target), data));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 256);
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] once(byte[] in, FuzzedDataProvider data) {
        int len = in.length;
        int kind = data.consumeInt(0, 6);
        int at = len == 0 ? 0 : data.consumeInt(0, len);
        ByteArrayOutputStream out = new ByteArrayOutputStream(len + 64);
        switch (kind) {
            case 0 -> { // flip one byte
                byte[] copy = in.clone();
                if (at < len) {
                    copy[at] = data.consumeByte();
                }
                return copy;
            }
            case 1 -> { // truncate
                out.write(in, 0, at);
                return out.toByteArray();
            }
            case 2 -> { // insert random bytes
                out.write(in, 0, at);
                out.writeBytes(data.consumeBytes(data.consumeInt(1, 32)));
                out.write(in, at, len - at);
                return out.toByteArray();
            }
            case 3 -> { // insert a token
                out.write(in, 0, at);
                out.writeBytes(data.pickValue(TOKENS).getBytes(StandardCharsets.UTF_8));
                out.write(in, at, len - at);
                return out.toByteArray();
            }
            case 4 -> { // delete a range
                int end = Math.min(len, at + data.consumeInt(1, 256));
                out.write(in, 0, at);
                out.write(in, end, len - end);
                return out.toByteArray();
            }
            case 5 -> { // duplicate a range (repeated rows, repeated headers, nested tags)
                int end = Math.min(len, at + data.consumeInt(1, 512));
                out.write(in, 0, end);
                out.write(in, at, end - at);
                out.write(in, end, len - end);
                return out.toByteArray();
            }
            default -> { // overwrite with a token
                byte[] token = data.pickValue(TOKENS).getBytes(StandardCharsets.UTF_8);
                byte[] copy = in.clone();
                for (int i = 0; i < token.length && at + i < len; i++) {
                    copy[at + i] = token[i];
                }
                return copy;
            }
        }
    }
}
