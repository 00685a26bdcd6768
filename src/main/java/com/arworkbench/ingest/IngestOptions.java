package com.arworkbench.ingest;

/**
 * How the user wants the file read. Both may be null: then the profile is detected.
 *
 * @param profileId a built-in profile id to force (see {@link ErpProfiles})
 * @param mapping   a user's own column mapping; wins over the profile
 */
public record IngestOptions(String profileId, MappingSpec mapping) {

    public static IngestOptions detect() {
        return new IngestOptions(null, null);
    }
}
