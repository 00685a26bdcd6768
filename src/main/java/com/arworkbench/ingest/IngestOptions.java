package com.arworkbench.ingest;

import java.util.List;
import java.util.Optional;

/**
 * How the user wants the file read. All may be null: then the profile is detected.
 *
 * @param profileId     a built-in profile id to force (see {@link ErpProfiles})
 * @param mapping       a user's own column mapping, complete or partial; wins over the profile
 * @param baseCurrency  the currency of amounts in a file that has no currency column (ISO code)
 * @param savedMappings mappings the user saved earlier, found by the header they were made for
 */
public record IngestOptions(String profileId, MappingSpec mapping, String baseCurrency, MappingLookup savedMappings) {

    /** Saved mappings, looked up by a candidate header row's cells. */
    public interface MappingLookup {
        Optional<MappingSpec> find(List<String> headerCells);
    }

    public IngestOptions(String profileId, MappingSpec mapping) {
        this(profileId, mapping, null, null);
    }

    public static IngestOptions detect() {
        return new IngestOptions(null, null);
    }

    public IngestOptions withBaseCurrency(String currency) {
        return new IngestOptions(profileId, mapping, currency, savedMappings);
    }

    /** A currency as the user typed it, checked to be an ISO 4217 code; null when not given. */
    public static String currencyCode(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String c = text.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            java.util.Currency.getInstance(c);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " must be an ISO currency code such as USD, EUR or GBP, not '" + text + "'");
        }
        return c;
    }

    public IngestOptions withSavedMappings(MappingLookup lookup) {
        return new IngestOptions(profileId, mapping, baseCurrency, lookup);
    }
}
