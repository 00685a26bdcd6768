package com.arworkbench.ingest;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;


/**
 * Fuzz target (issue 7): mutated CSV, semicolon and tab exports (examples and fixtures) through FormatSniffer, the table reader,
 * FileRecognizer and every file reader; only the allowed exceptions, each read within the time bound.
 */
class DelimitedSeedsFuzzTest extends FuzzTarget {

    private static final List<FuzzSeeds.Seed> SEEDS = FuzzSeeds.delimited();



    @FuzzTest(maxDuration = "10s")
    void mutated(FuzzedDataProvider data) throws IOException {
        FuzzSeeds.Seed seed = data.pickValue(SEEDS);
        Path file = temp.resolve(seed.name());
        Files.write(file, Mutations.mutate(seed.bytes(), data));
        FuzzSupport.readEverything(file, seed.name());
    }
}
