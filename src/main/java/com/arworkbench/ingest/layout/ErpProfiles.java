package com.arworkbench.ingest.layout;

import com.arworkbench.model.DocumentType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in profiles per kind of table, loaded once from the classpath: open-items exports from
 * {@code ingest/erp-profiles.json}, customer masters from {@code ingest/customer-master-profiles.json}, and
 * so on: each {@link TableKind} names its resource.
 */
public final class ErpProfiles {

    private static final List<ErpProfile> BUILT_IN = load(TableKind.OPEN_ITEMS.profileResource());
    private static final List<ErpProfile> MASTER = load(TableKind.CUSTOMER_MASTER.profileResource());
    private static final List<ErpProfile> LEDGER = load(TableKind.GENERAL_LEDGER.profileResource());
    private static final List<ErpProfile> BANK = load(TableKind.BANK_STATEMENT.profileResource());
    private static final List<ErpProfile> REMITTANCE = load(TableKind.REMITTANCE_ADVICE.profileResource());
    private static final List<ErpProfile> HISTORY = load(TableKind.INVOICE_HISTORY.profileResource());

    private ErpProfiles() {
    }

    /** The open-items profiles, the ones a user can force with --profile. */
    public static List<ErpProfile> all() {
        return BUILT_IN;
    }

    public static List<ErpProfile> all(TableKind kind) {
        return switch (kind) {
            case OPEN_ITEMS -> BUILT_IN;
            case CUSTOMER_MASTER -> MASTER;
            case GENERAL_LEDGER -> LEDGER;
            case BANK_STATEMENT -> BANK;
            case REMITTANCE_ADVICE -> REMITTANCE;
            case INVOICE_HISTORY -> HISTORY;
        };
    }

    public static Optional<ErpProfile> byId(String id) {
        return BUILT_IN.stream().filter(p -> p.id().equalsIgnoreCase(id.strip())).findFirst();
    }

    public static String ids() {
        return String.join(", ", BUILT_IN.stream().map(ErpProfile::id).toList());
    }

    private static List<ErpProfile> load(String resource) {
        try (InputStream in = ErpProfiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<ErpProfile> profiles = new ArrayList<>();
            for (JsonNode p : root.get("profiles")) {
                Set<String> signature = new LinkedHashSet<>();
                p.path("signature").forEach(s -> signature.add(Field.normalizeHeader(s.asText())));
                Map<Field, List<String>> columns = new EnumMap<>(Field.class);
                p.get("columns").fields().forEachRemaining(e -> {
                    List<String> synonyms = new ArrayList<>();
                    e.getValue().forEach(s -> synonyms.add(Field.normalizeHeader(s.asText())));
                    columns.put(Field.fromKey(e.getKey()), List.copyOf(synonyms));
                });
                Map<String, DocumentType> types = new HashMap<>();
                p.path("documentTypes").fields().forEachRemaining(e ->
                        types.put(Field.normalizeHeader(e.getKey()), DocumentType.valueOf(e.getValue().asText())));
                profiles.add(new ErpProfile(p.get("id").asText(), p.get("name").asText(), Set.copyOf(signature),
                        columns, Map.copyOf(types)));
            }
            return List.copyOf(profiles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
