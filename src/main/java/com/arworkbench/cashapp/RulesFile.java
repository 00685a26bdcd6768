package com.arworkbench.cashapp;

import com.arworkbench.ingest.UnreadableFileException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Cash application tolerances from JSON:
 * <pre>{"discountPercent": 2, "shortPayAbsolute": 5.00, "shortPayPercent": 0.5}</pre>
 * Missing keys keep the defaults.
 */
public final class RulesFile {

    private RulesFile() {
    }

    public static Tolerances read(Path file, String displayName) throws IOException, UnreadableFileException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new UnreadableFileException("The rules file " + displayName + " is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new UnreadableFileException("The rules file " + displayName + " must be a JSON object such as "
                    + "{\"discountPercent\": 2, \"shortPayAbsolute\": 5.00, \"shortPayPercent\": 0.5}");
        }
        Tolerances d = Tolerances.standard();
        try {
            return new Tolerances(value(root, "discountPercent", d.discountPercent()),
                    value(root, "shortPayAbsolute", d.shortPayAbsolute()), value(root, "shortPayPercent", d.shortPayPercent()));
        } catch (NumberFormatException e) {
            throw new UnreadableFileException("The rules file " + displayName + " has a value that is not a number.");
        }
    }

    private static BigDecimal value(JsonNode root, String key, BigDecimal fallback) {
        return root.hasNonNull(key) ? new BigDecimal(root.get(key).asText()) : fallback;
    }
}
