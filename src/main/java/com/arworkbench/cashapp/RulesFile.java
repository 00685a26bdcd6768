package com.arworkbench.cashapp;

import com.arworkbench.ingest.UnreadableFileException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The cash application rules from JSON:
 * <pre>{"discountPercent": 2, "shortPayAbsolute": 5.00, "shortPayPercent": 0.5,
 *  "reasonCodes": {"DISCOUNT": "DISC", "SHORT_PAY": "SP", "FREIGHT": "FRT", "UNKNOWN": "ZZ"},
 *  "bankAccount": "DE44500105175407324931", "glAccount": "1010", "unappliedTargetPercent": 1}</pre>
 * Missing keys keep the defaults; reason codes given are merged over the standard list.
 */
public final class RulesFile {

    private RulesFile() {
    }

    /** The tolerances alone. */
    public static Tolerances read(Path file, String displayName) throws IOException, UnreadableFileException {
        return rules(file, displayName).tolerances();
    }

    public static CashAppRules rules(Path file, String displayName) throws IOException, UnreadableFileException {
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
        CashAppRules d = CashAppRules.standard();
        Tolerances t = d.tolerances();
        try {
            Tolerances tolerances = new Tolerances(value(root, "discountPercent", t.discountPercent()),
                    value(root, "shortPayAbsolute", t.shortPayAbsolute()), value(root, "shortPayPercent", t.shortPayPercent()));
            Map<String, String> codes = CashAppRules.standardReasonCodes();
            JsonNode given = root.get("reasonCodes");
            if (given != null && !given.isNull()) {
                if (!given.isObject()) {
                    throw new UnreadableFileException("The rules file " + displayName + ": reasonCodes must map our codes "
                            + "to the ERP's, such as {\"DISCOUNT\": \"DISC\", \"SHORT_PAY\": \"SP\"}");
                }
                given.fields().forEachRemaining(e -> codes.put(e.getKey().strip().toUpperCase(Locale.ROOT),
                        e.getValue().asText().strip()));
            }
            BigDecimal target = value(root, "unappliedTargetPercent", d.unappliedTargetPercent());
            if (target.signum() < 0) {
                throw new UnreadableFileException("The rules file " + displayName + ": unappliedTargetPercent cannot be negative.");
            }
            return new CashAppRules(tolerances, java.util.Collections.unmodifiableMap(codes), text(root, "bankAccount"), text(root, "glAccount"), target);
        } catch (NumberFormatException e) {
            throw new UnreadableFileException("The rules file " + displayName + " has a value that is not a number.");
        }
    }

    private static BigDecimal value(JsonNode root, String key, BigDecimal fallback) {
        return root.hasNonNull(key) ? new BigDecimal(root.get(key).asText()) : fallback;
    }

    private static String text(JsonNode root, String key) {
        return root.hasNonNull(key) && !root.get(key).asText().isBlank() ? root.get(key).asText().strip() : null;
    }
}
