package com.arworkbench.ingest;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;


/**
 * Fuzz target (issue 7): mutated HTML tables, MHTML web archives and SpreadsheetML 2003 through FormatSniffer, the table reader,
 * FileRecognizer and every file reader; only the allowed exceptions, each read within the time bound.
 */
class MarkupSeedsFuzzTest extends FuzzTarget {

    private static final List<FuzzSeeds.Seed> SEEDS = FuzzSeeds.markup();



    @FuzzTest(maxDuration = "10s")
    void mutated(FuzzedDataProvider data) throws IOException {
        FuzzSeeds.Seed seed = data.pickValue(SEEDS);
        Path file = temp.resolve(seed.name());
        Files.write(file, Mutations.mutate(seed.bytes(), data));
        FuzzSupport.readEverything(file, seed.name());
    }
}
