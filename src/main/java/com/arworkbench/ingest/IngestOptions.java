package com.arworkbench.ingest;

/**
 * How the user wants the file read. All may be null: then the profile is detected.
 *
 * @param profileId    a built-in profile id to force (see {@link ErpProfiles})
 * @param mapping      a user's own column mapping; wins over the profile. A partial mapping overrides
 *                     only the fields it names and leaves the rest to detection
 * @param savedMappings mappings the user saved for a header; consulted for open items before the profiles
 */
public record IngestOptions(String profileId, MappingSpec mapping, SavedMappings savedMappings) {

    public IngestOptions(String profileId, MappingSpec mapping) {
        this(profileId, mapping, null);
    }

    public static IngestOptions detect() {
        return new IngestOptions(null, null, null);
    }

    /** The same options with saved mappings to consult (null: none). */
    public IngestOptions withSavedMappings(SavedMappings saved) {
        return new IngestOptions(profileId, mapping, saved);
    }
}
