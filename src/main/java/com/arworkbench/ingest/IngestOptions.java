package com.arworkbench.ingest;

import com.arworkbench.ingest.layout.ErpProfiles;
import com.arworkbench.ingest.layout.MappingSpec;
import com.arworkbench.ingest.layout.SavedMappings;

/**
 * How the user wants the file read. All may be null: then the profile is detected.
 *
 * @param profileId     a built-in profile id to force (see {@link ErpProfiles})
 * @param mapping       a user's own column mapping; wins over the profile. A partial mapping overrides
 *                      only the fields it names and leaves the rest to detection
 * @param baseCurrency  the currency of amounts in a file that has no currency column (ISO code)
 * @param savedMappings mappings the user saved for a header; consulted for open items before the profiles
 */
public record IngestOptions(String profileId, MappingSpec mapping, String baseCurrency, SavedMappings savedMappings) {

    public IngestOptions(String profileId, MappingSpec mapping) {
        this(profileId, mapping, null, null);
    }

    public static IngestOptions detect() {
        return new IngestOptions(null, null);
    }

    public IngestOptions withBaseCurrency(String currency) {
        return new IngestOptions(profileId, mapping, currency, savedMappings);
    }

    /** The same options with saved mappings to consult (null: none). */
    public IngestOptions withSavedMappings(SavedMappings saved) {
        return new IngestOptions(profileId, mapping, baseCurrency, saved);
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
}
