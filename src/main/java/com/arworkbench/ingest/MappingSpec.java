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
 */
public record MappingSpec(String name, Integer headerRow, Map<Field, String> columns) {

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
        if (!columns.containsKey(Field.OPEN_AMOUNT)) {
            throw new UnreadableFileException("The column mapping must name the openAmount column.");
        }
        Integer headerRow = root.hasNonNull("headerRow") ? root.get("headerRow").asInt() : null;
        return new MappingSpec(name, headerRow, columns);
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
