package com.arworkbench.dunning;

import com.arworkbench.ingest.UnreadableFileException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The dispute log's settings, read from the dunning policy JSON next to its levels (keys {@code disputeSlaBusinessDays},
 * {@code holidays}, {@code disputeReasonCodes}, {@code disputeOutcomes}, {@code disputeOutcomesCustomerPays}); each
 * key is optional and falls back to the defaults here.
 *
 * @param slaBusinessDays   an outcome is due within this many business days of the opened date
 * @param holidays          ISO dates that are not business days (weekends never are)
 * @param reasonCodes       the Reason code drop-down
 * @param outcomes          the Outcome drop-down
 * @param customerPays      the outcomes after which the item is dunned again (the customer owes it after all)
 */
public record DisputeSettings(int slaBusinessDays, Set<LocalDate> holidays, List<String> reasonCodes, List<String> outcomes,
                              List<String> customerPays) {

    public static final List<String> DEFAULT_REASON_CODES = List.of("Pricing", "Quantity / short shipment",
            "Damaged goods", "Not received", "Duplicate billing", "Tax", "Terms", "Other");
    public static final List<String> DEFAULT_OUTCOMES = List.of("Credit note issued", "Rebilled",
            "Valid - customer to pay", "Written off", "Withdrawn");
    public static final List<String> DEFAULT_CUSTOMER_PAYS = List.of("Valid - customer to pay", "Withdrawn");

    public DisputeSettings {
        if (slaBusinessDays < 1) {
            throw new IllegalArgumentException("\"disputeSlaBusinessDays\" must be 1 or more");
        }
        holidays = Set.copyOf(new TreeSet<>(holidays));
        reasonCodes = List.copyOf(reasonCodes);
        outcomes = List.copyOf(outcomes);
        customerPays = List.copyOf(customerPays);
    }

    public static DisputeSettings defaults() {
        return new DisputeSettings(7, Set.of(), DEFAULT_REASON_CODES, DEFAULT_OUTCOMES, DEFAULT_CUSTOMER_PAYS);
    }

    public BusinessDays calendar() {
        return new BusinessDays(holidays);
    }

    /** The holidays in date order. */
    public List<LocalDate> sortedHolidays() {
        return List.copyOf(new TreeSet<>(holidays));
    }

    /** True when the outcome means the customer must pay the item after all (compared ignoring case and spaces). */
    public boolean customerPays(String outcome) {
        if (outcome == null) {
            return false;
        }
        String o = outcome.strip().toLowerCase(Locale.ROOT);
        return customerPays.stream().anyMatch(p -> p.strip().toLowerCase(Locale.ROOT).equals(o));
    }

    /** The settings of the policy file (or the default policy), as {@link PolicyFile#load} finds it. */
    public static DisputeSettings load(Path file, String displayName, Path templateDir) throws IOException, UnreadableFileException {
        if (file != null) {
            return parse(Files.readAllBytes(file), displayName);
        }
        if (templateDir != null && Files.isRegularFile(templateDir.resolve(PolicyFile.DEFAULT))) {
            return parse(Files.readAllBytes(templateDir.resolve(PolicyFile.DEFAULT)), PolicyFile.DEFAULT);
        }
        try (InputStream in = DisputeSettings.class.getResourceAsStream("/templates/" + PolicyFile.DEFAULT)) {
            return in == null ? defaults() : parse(in.readAllBytes(), PolicyFile.DEFAULT);
        }
    }

    /** Reads the dispute keys of a policy JSON; the rest of the file is {@link PolicyFile}'s. */
    public static DisputeSettings parse(byte[] json, String name) throws UnreadableFileException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UnreadableFileException("The dunning policy " + name + " is not valid JSON.");
        }
        if (root == null) {
            return defaults();
        }
        try {
            JsonNode sla = root.path("disputeSlaBusinessDays");
            if (!sla.isMissingNode() && !sla.isNull() && !sla.canConvertToInt()) {
                throw new IllegalArgumentException("\"disputeSlaBusinessDays\" must be a whole number, not " + sla);
            }
            Set<LocalDate> holidays = new TreeSet<>();
            for (String h : strings(root.path("holidays"), "holidays", List.of())) {
                try {
                    holidays.add(LocalDate.parse(h));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("\"holidays\" must list ISO dates like 2026-12-25, not \"" + h + "\"");
                }
            }
            return new DisputeSettings(sla.isMissingNode() || sla.isNull() ? 7 : sla.asInt(), holidays,
                    strings(root.path("disputeReasonCodes"), "disputeReasonCodes", DEFAULT_REASON_CODES),
                    strings(root.path("disputeOutcomes"), "disputeOutcomes", DEFAULT_OUTCOMES),
                    strings(root.path("disputeOutcomesCustomerPays"), "disputeOutcomesCustomerPays", DEFAULT_CUSTOMER_PAYS));
        } catch (IllegalArgumentException e) {
            throw new UnreadableFileException("The dunning policy " + name + " is not usable: " + e.getMessage());
        }
    }

    private static List<String> strings(JsonNode node, String key, List<String> fallback) {
        if (node.isMissingNode() || node.isNull()) {
            return fallback;
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("\"" + key + "\" must be a list");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode n : node) {
            if (!n.isTextual() || n.asText().isBlank()) {
                throw new IllegalArgumentException("\"" + key + "\" must list non-empty texts, not " + n);
            }
            out.add(n.asText().strip());
        }
        return out;
    }
}
