package com.arworkbench.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * A user's own column mapping, for an export no profile knows:
 * <pre>{"headerRow": 3, "columns": {"customer": "Client", "documentNumber": "Inv #",
 *   "dueDate": "Due", "openAmount": "Balance", "currency": 7}}</pre>
 * Columns are named by header text (matched after folding) or by 1-based position. headerRow is
 * optional: without it the header row is the first row that contains all named headers.
 * A <em>partial</em> spec ({@code "partial": true}, or {@code --column FIELD=HEADER}) names only the
 * fields the user decides; the others are inferred from headers and values as usual.
 */
public record MappingSpec(String name, Integer headerRow, Map<Field, String> columns, boolean partial) {

    public MappingSpec(String name, Integer headerRow, Map<Field, String> columns) {
        this(name, headerRow, columns, false);
    }

    /**
     * The CLI's {@code --column FIELD=HEADER} overrides (FIELD a field key such as openAmount, HEADER a
     * header text or a 1-based column number), as a partial spec.
     */
    public static MappingSpec fromOverrides(java.util.List<String> overrides) throws UnreadableFileException {
        Map<Field, String> columns = new EnumMap<>(Field.class);
        for (String o : overrides) {
            int eq = o.indexOf('=');
            if (eq <= 0 || eq == o.length() - 1) {
                throw new UnreadableFileException("--column takes FIELD=HEADER, e.g. --column openAmount=\"Balance Due\"; got '"
                        + o + "'. Fields: " + Field.known());
            }
            try {
                columns.put(Field.fromKey(o.substring(0, eq).strip()), unquote(o.substring(eq + 1).strip()));
            } catch (IllegalArgumentException e) {
                throw new UnreadableFileException("--column names " + e.getMessage());
            }
        }
        return new MappingSpec("--column", null, columns, true);
    }

    /** This spec with the other's fields added (the other wins on a field both name). */
    public MappingSpec with(MappingSpec other) {
        if (other == null) {
            return this;
        }
        Map<Field, String> merged = new EnumMap<>(Field.class);
        merged.putAll(columns);
        merged.putAll(other.columns);
        return new MappingSpec(name + " + " + other.name, other.headerRow != null ? other.headerRow : headerRow, merged,
                partial && other.partial);
    }

    private static String unquote(String s) {
        return s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))
                ? s.substring(1, s.length() - 1) : s;
    }

    public static MappingSpec read(Path file) throws UnreadableFileException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UnreadableFileException("The column mapping " + file.getFileName() + " is not valid JSON: "
                    + e.getOriginalMessage());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UnreadableFileException("The column mapping file " + file + " does not exist.");
        } catch (IOException e) {
            throw new UnreadableFileException("The column mapping file " + file + " cannot be read ("
                    + e.getClass().getSimpleName() + ").");
        }
        return fromJson(root, file.getFileName().toString());
    }

    public static MappingSpec fromJson(JsonNode root, String name) throws UnreadableFileException {
        if (root == null || !root.path("columns").isObject()) {
            throw new UnreadableFileException("The column mapping must be a JSON object with a \"columns\" object, e.g. "
                    + "{\"columns\": {\"customer\": \"Client\", \"dueDate\": \"Due\", \"openAmount\": \"Balance\"}}");
        }
        Map<Field, String> columns = new EnumMap<>(Field.class);
        var it = root.get("columns").fields();
        while (it.hasNext()) {
            var e = it.next();
            try {
                columns.put(Field.fromKey(e.getKey()), e.getValue().asText());
            } catch (IllegalArgumentException ex) {
                throw new UnreadableFileException("The column mapping names " + ex.getMessage());
            }
        }
        boolean partial = root.path("partial").asBoolean(false);
        if (!partial && !columns.containsKey(Field.OPEN_AMOUNT)) {
            throw new UnreadableFileException("The column mapping must name the openAmount column (or say \"partial\": true "
                    + "to name only some columns and let the rest be inferred).");
        }
        Integer headerRow = root.hasNonNull("headerRow") ? root.get("headerRow").asInt() : null;
        return new MappingSpec(name, headerRow, columns, partial);
    }

    /** Applies the spec to a candidate header row; null if a named header is not in it. */
    ColumnMapping apply(RawRow row) {
        Map<Field, Integer> found = new EnumMap<>(Field.class);
        for (Map.Entry<Field, String> e : columns.entrySet()) {
            String want = e.getValue().strip();
            int index = -1;
            if (want.matches("\\d+")) {
                index = Integer.parseInt(want) - 1;
            } else {
                String folded = Field.normalizeHeader(want);
                for (int i = 0; i < row.width(); i++) {
                    if (Field.normalizeHeader(row.cell(i)).equals(folded)) {
                        index = i;
                        break;
                    }
                }
            }
            if (index < 0) {
                return null;
            }
            found.put(e.getKey(), index);
        }
        return new ColumnMapping(found, row.values().stream().map(s -> s == null ? "" : s.strip()).toList());
    }
}
