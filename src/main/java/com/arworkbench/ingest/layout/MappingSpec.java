package com.arworkbench.ingest.layout;

import com.arworkbench.ingest.AmbiguousMappingException;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.ingest.table.RawRow;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A user's own column mapping, for an export no profile knows:
 * <pre>{"headerRow": 3, "columns": {"customer": "Client", "documentNumber": "Inv #",
 *   "dueDate": "Due", "openAmount": "Balance", "currency": 7}}</pre>
 * Columns are named by header text (matched after folding) or by 1-based position. headerRow is
 * optional: without it the header row is the first row that contains all named headers.
 *
 * <p>With {@code "partial": true} the spec overrides only the fields it names and the rest are
 * detected as usual; a field named with an empty text ({@code "dueDate": ""}) is not used at all.
 * The page sends its drop-down changes this way, and {@code --column FIELD=HEADER} builds one.
 */
public record MappingSpec(String name, Integer headerRow, Map<Field, String> columns, boolean partial) {

    public MappingSpec(String name, Integer headerRow, Map<Field, String> columns) {
        this(name, headerRow, columns, false);
    }

    /** A partial spec from FIELD=HEADER overrides (as {@code --column} gives them). */
    public static MappingSpec partial(String name, Map<Field, String> overrides) {
        return new MappingSpec(name, null, new EnumMap<>(overrides), true);
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
                columns.put(Field.fromKey(e.getKey()), e.getValue().isNull() ? "" : e.getValue().asText());
            } catch (IllegalArgumentException ex) {
                throw new UnreadableFileException("The column mapping names " + ex.getMessage());
            }
        }
        boolean partial = root.path("partial").asBoolean(false);
        if (partial && columns.isEmpty()) {
            throw new UnreadableFileException("A partial column mapping must name at least one field, e.g. "
                    + "{\"partial\": true, \"columns\": {\"openAmount\": \"Balance\"}}");
        }
        if (!partial && (!columns.containsKey(Field.OPEN_AMOUNT) || columns.get(Field.OPEN_AMOUNT).isBlank())) {
            throw new UnreadableFileException("The column mapping must name the openAmount column.");
        }
        Integer headerRow = root.hasNonNull("headerRow") ? root.get("headerRow").asInt() : null;
        return new MappingSpec(name, headerRow, columns, partial);
    }

    /** The spec as its JSON file: {"headerRow": n, "partial": true, "columns": {"openAmount": "Balance", …}}. */
    public com.fasterxml.jackson.databind.node.ObjectNode toJson() {
        var root = new ObjectMapper().createObjectNode();
        if (headerRow != null) {
            root.put("headerRow", headerRow);
        }
        if (partial) {
            root.put("partial", true);
        }
        var cols = root.putObject("columns");
        columns.forEach((f, v) -> cols.put(f.key(), v));
        return root;
    }

    /** The same spec under another name (saved mappings carry the user's name). */
    public MappingSpec named(String newName) {
        return new MappingSpec(newName, headerRow, columns, partial);
    }

    /**
     * A complete spec that reads the file exactly as {@code mapping} does: the header row and every mapped
     * field by its header text, or by 1-based position where the text is blank or not unique in the row.
     */
    public static MappingSpec of(String name, long headerRow, ColumnMapping mapping) {
        Map<Field, String> cols = new EnumMap<>(Field.class);
        for (Map.Entry<Field, Integer> e : mapping.columns().entrySet()) {
            cols.put(e.getKey(), reference(mapping.headers(), e.getValue()));
        }
        return new MappingSpec(name, (int) headerRow, cols, false);
    }

    /** How a mapping names column {@code index} of a header row: its text if unique there, else its position. */
    public static String reference(List<String> headers, int index) {
        String h = index < headers.size() && headers.get(index) != null ? headers.get(index).strip() : "";
        if (h.isEmpty() || h.matches("\\d+")) {
            return String.valueOf(index + 1);
        }
        String folded = Field.normalizeHeader(h);
        int same = 0;
        for (String other : headers) {
            if (Field.normalizeHeader(other).equals(folded)) {
                same++;
            }
        }
        return same == 1 ? h : String.valueOf(index + 1);
    }

    /**
     * Applies a partial spec on top of the mapping detection found for the same row: each named field
     * moves to its column (taking that column from whichever field had it), an empty name drops the field.
     *
     * @return null if a named header is not in the row
     * @throws AmbiguousMappingException if a named header is in the row more than once
     */
    ColumnMapping overlay(RawRow row, ColumnMapping detected) throws AmbiguousMappingException {
        Map<Field, Integer> found = new EnumMap<>(Field.class);
        if (detected != null) {
            found.putAll(detected.columns());
        }
        List<AmbiguousMappingException.Choice> doubts = new ArrayList<>();
        for (Map.Entry<Field, String> e : columns.entrySet()) {
            String want = e.getValue() == null ? "" : e.getValue().strip();
            if (want.isEmpty()) {
                found.remove(e.getKey());
                continue;
            }
            List<Integer> at = indexes(row, want);
            if (at.isEmpty()) {
                return null;
            }
            if (at.size() > 1) {
                List<String> positions = new ArrayList<>();
                at.forEach(i -> positions.add(String.valueOf(i + 1)));
                doubts.add(new AmbiguousMappingException.Choice(e.getKey(), positions));
                continue;
            }
            int index = at.get(0);
            found.values().removeIf(v -> v == index);
            found.put(e.getKey(), index);
        }
        if (!doubts.isEmpty()) {
            throw new AmbiguousMappingException(doubts);
        }
        return new ColumnMapping(found, row.values().stream().map(s -> s == null ? "" : s.strip()).toList());
    }

    /** The columns a header text (folded) or a 1-based position names. */
    private static List<Integer> indexes(RawRow row, String want) {
        List<Integer> out = new ArrayList<>();
        if (want.matches("\\d+")) {
            int i = Integer.parseInt(want) - 1;
            if (i >= 0 && i < Math.max(row.width(), 1000)) {
                out.add(i);
            }
            return out;
        }
        String folded = Field.normalizeHeader(want);
        for (int i = 0; i < row.width(); i++) {
            if (Field.normalizeHeader(row.cell(i)).equals(folded)) {
                out.add(i);
            }
        }
        return out;
    }

    /** Applies the spec to a candidate header row; null if a named header is not in it. */
    ColumnMapping apply(RawRow row) {
        Map<Field, Integer> found = new EnumMap<>(Field.class);
        for (Map.Entry<Field, String> e : columns.entrySet()) {
            String want = e.getValue().strip();
            if (want.isEmpty()) {
                continue;
            }
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
