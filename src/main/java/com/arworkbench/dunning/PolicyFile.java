package com.arworkbench.dunning;

import com.arworkbench.ingest.UnreadableFileException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a dunning policy JSON (the format of workbook-templates/dunning-policy.json). */
public final class PolicyFile {

    public static final String DEFAULT = "dunning-policy.json";

    private PolicyFile() {
    }

    /** The policy in {@code file}, or the default (from {@code templateDir} if it has one, else built in). */
    public static DunningPolicy load(Path file, Path templateDir) throws IOException, UnreadableFileException {
        return load(file, file == null ? null : file.getFileName().toString(), templateDir);
    }

    /** @param displayName the name the user knows the file by (uploads live under temp names) */
    public static DunningPolicy load(Path file, String displayName, Path templateDir) throws IOException, UnreadableFileException {
        if (file != null) {
            return parse(Files.readAllBytes(file), displayName);
        }
        if (templateDir != null && Files.isRegularFile(templateDir.resolve(DEFAULT))) {
            return parse(Files.readAllBytes(templateDir.resolve(DEFAULT)), DEFAULT);
        }
        try (InputStream in = PolicyFile.class.getResourceAsStream("/templates/" + DEFAULT)) {
            if (in == null) {
                throw new IOException("the default dunning policy is missing from the application");
            }
            return parse(in.readAllBytes(), DEFAULT);
        }
    }

    public static DunningPolicy parse(byte[] json, String name) throws UnreadableFileException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new UnreadableFileException("The dunning policy " + name + " is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UnreadableFileException("The dunning policy " + name + " cannot be read.");
        }
        if (root == null || !root.path("levels").isArray() || root.path("levels").isEmpty()) {
            throw new UnreadableFileException("The dunning policy " + name + " must be a JSON object with a non-empty "
                    + "\"levels\" list, e.g. {\"levels\": [{\"level\": 1, \"name\": \"Reminder\", \"minDaysPastDue\": 1, "
                    + "\"letters\": {\"en\": {\"subject\": \"…\", \"body\": \"…\"}}}]}");
        }
        try {
            List<DunningLevel> levels = new ArrayList<>();
            int n = 0;
            for (JsonNode l : root.get("levels")) {
                n++;
                Map<String, LetterText> letters = new LinkedHashMap<>();
                l.path("letters").fields().forEachRemaining(e -> letters.put(e.getKey().toLowerCase(Locale.ROOT),
                        new LetterText(e.getValue().path("subject").asText(""), e.getValue().path("body").asText(""))));
                if (letters.isEmpty()) {
                    throw new IllegalArgumentException("level " + n + " has no letters");
                }
                levels.add(new DunningLevel(l.path("level").asInt(n), l.path("name").asText("Level " + n),
                        require(l, "minDaysPastDue", "level " + n).asInt(), Map.copyOf(letters)));
            }
            JsonNode escalation = root.path("escalation");
            return new DunningPolicy(root.path("name").asText(name), root.path("graceDays").asInt(0), List.copyOf(levels),
                    amounts(root.path("minimumOverdue")), amounts(root.path("feePerNotice")), root.path("feeFromLevel").asInt(1),
                    new BigDecimal(root.path("annualInterestPercent").asText("0")), root.path("interestDayBasis").asInt(365),
                    escalation.path("maxLevelStep").asInt(1), escalation.path("minDaysBetweenNotices").asInt(0),
                    root.path("defaultLanguage").asText("en").toLowerCase(Locale.ROOT),
                    creditsReduceDemand(root.path("creditsReduceDemand")), CreditReviewRule.parse(root.path("creditReview")));
        } catch (IllegalArgumentException e) {
            throw new UnreadableFileException("The dunning policy " + name + " is not usable: " + e.getMessage());
        }
    }

    /** Absent means yes: a letter demanding more than the customer owes on balance is the complaint this setting answers. */
    private static boolean creditsReduceDemand(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return true;
        }
        if (!node.isBoolean()) {
            throw new IllegalArgumentException("\"creditsReduceDemand\" must be true or false, not " + node);
        }
        return node.booleanValue();
    }

    private static JsonNode require(JsonNode node, String field, String where) {
        if (!node.hasNonNull(field)) {
            throw new IllegalArgumentException(where + " needs \"" + field + "\"");
        }
        return node.get(field);
    }

    private static Map<String, BigDecimal> amounts(JsonNode node) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> m.put(e.getKey().toUpperCase(Locale.ROOT), new BigDecimal(e.getValue().asText())));
        return Map.copyOf(m);
    }
}
