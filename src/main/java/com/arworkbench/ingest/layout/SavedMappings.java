package com.arworkbench.ingest.layout;

import com.arworkbench.ingest.UnreadableFileException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Column mappings the user saved, one JSON file per header in a local folder (default
 * {@code ~/.ar-workbench/mappings/}). A mapping is found again by the header's <em>signature</em>: the
 * SHA-256 of the header cells folded as headers are matched (case, spacing, punctuation) and joined
 * with U+001F, so the next export with the same columns is read the same way without asking.
 *
 * <p>File: {@code <signature>.json} holding {"name", "signature", "headers", "savedAt", "mapping": {…}}.
 * A file that cannot be read is reported by {@link #list()} and skipped by {@link #find}, never fatal.
 */
public final class SavedMappings {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int MAX_NAME = 100;

    /** One saved mapping, or a file in the folder that could not be read ({@code problem} set, the rest may be null). */
    public record Entry(String name, String signature, List<String> headers, String savedAt, String file,
                        MappingSpec spec, String problem) {
    }

    private final Path dir;

    public SavedMappings(Path dir) {
        this.dir = dir;
    }

    /** The default folder: {@code ~/.ar-workbench/mappings}. */
    public static Path defaultDir() {
        return Path.of(System.getProperty("user.home"), ".ar-workbench", "mappings");
    }

    public Path dir() {
        return dir;
    }

    /** The signature of a header row: stable across case, spacing and punctuation, and trailing empty cells. */
    public static String signature(List<String> headerCells) {
        List<String> folded = new ArrayList<>();
        for (String c : headerCells) {
            folded.add(Field.normalizeHeader(c));
        }
        while (!folded.isEmpty() && folded.get(folded.size() - 1).isEmpty()) {
            folded.remove(folded.size() - 1);
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\u001f", folded).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The mapping saved for this header row (named as it was saved), if any. */
    public Optional<MappingSpec> find(List<String> headerCells) {
        if (dir == null || headerCells.stream().allMatch(c -> c == null || c.isBlank())) {
            return Optional.empty();
        }
        Path file = dir.resolve(signature(headerCells) + ".json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Entry e = readEntry(file);
        return e.problem() == null ? Optional.of(e.spec()) : Optional.empty();
    }

    /** The entry (with its name and headers) for this header row, if any. */
    public Optional<Entry> entry(List<String> headerCells) {
        if (dir == null) {
            return Optional.empty();
        }
        Path file = dir.resolve(signature(headerCells) + ".json");
        return Files.isRegularFile(file) ? Optional.of(readEntry(file)) : Optional.empty();
    }

    /**
     * Saves {@code spec} under {@code name} for this header row, replacing what was saved for it before.
     *
     * @return the entry as written
     */
    public Entry save(String name, List<String> headerCells, MappingSpec spec) throws IOException {
        String n = cleanName(name);
        if (headerCells.stream().allMatch(c -> c == null || c.isBlank())) {
            throw new IllegalArgumentException("the header row is empty: nothing to recognise the mapping by");
        }
        if (spec == null || spec.columns().isEmpty()) {
            throw new IllegalArgumentException("the mapping names no column");
        }
        String sig = signature(headerCells);
        List<String> headers = headerCells.stream().map(c -> c == null ? "" : c.strip()).toList();
        String savedAt = Instant.now().toString();
        ObjectNode root = JSON.createObjectNode();
        root.put("name", n);
        root.put("signature", sig);
        var h = root.putArray("headers");
        headers.forEach(h::add);
        root.put("savedAt", savedAt);
        root.set("mapping", spec.toJson());
        Files.createDirectories(dir);
        Path target = dir.resolve(sig + ".json");
        Path part = Files.createTempFile(dir, ".saving-", ".part");
        try {
            Files.write(part, JSON.writeValueAsBytes(root));
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
        return new Entry(n, sig, headers, savedAt, target.getFileName().toString(), spec.named(n), null);
    }

    /** Every saved mapping, by name; files that cannot be read are listed with their problem. */
    public List<Entry> list() throws IOException {
        List<Entry> out = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                out.add(readEntry(f));
            }
        }
        out.sort((a, b) -> String.valueOf(a.name()).compareToIgnoreCase(String.valueOf(b.name())));
        return out;
    }

    private static Entry readEntry(Path file) {
        String fileName = file.getFileName().toString();
        try {
            JsonNode root = JSON.readTree(Files.readAllBytes(file));
            if (root == null || !root.isObject()) {
                return problem(fileName, "not a JSON object");
            }
            String name = root.path("name").asText("").strip();
            if (name.isEmpty()) {
                name = fileName.replaceAll("\\.json$", "");
            }
            List<String> headers = new ArrayList<>();
            root.path("headers").forEach(n -> headers.add(n.asText()));
            MappingSpec spec = MappingSpec.fromJson(root.get("mapping"), name);
            String sig = root.path("signature").asText("");
            return new Entry(name, sig, headers, root.path("savedAt").asText(null), fileName, spec, null);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return problem(fileName, "not valid JSON: " + e.getOriginalMessage());
        } catch (UnreadableFileException e) {
            return problem(fileName, e.getMessage());
        } catch (IOException e) {
            return problem(fileName, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static Entry problem(String fileName, String why) {
        return new Entry(null, null, List.of(), null, fileName, null, "The saved mapping " + fileName + " was skipped: " + why);
    }

    private static String cleanName(String name) {
        String n = name == null ? "" : name.replaceAll("\\p{Cntrl}", "").strip();
        if (n.isEmpty()) {
            throw new IllegalArgumentException("give the mapping a name");
        }
        return n.length() > MAX_NAME ? n.substring(0, MAX_NAME) : n;
    }
}
