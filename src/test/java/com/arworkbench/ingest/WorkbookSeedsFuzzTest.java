package com.arworkbench.ingest;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;


/**
 * Fuzz target (issue 7): mutated .xlsx (POI SAX) and .xls (BIFF) aging exports through FormatSniffer,
 * the workbook readers, FileRecognizer and every file reader; only the allowed exceptions, in time.
 */
class WorkbookSeedsFuzzTest extends FuzzTarget {

    private static List<FuzzSeeds.Seed> seeds;

    @BeforeAll
    static void seeds() throws IOException {
        seeds = FuzzSeeds.workbooks(Files.createDirectories(temp.resolve("seeds")));
    }

    @FuzzTest(maxDuration = "10s")
    void mutated(FuzzedDataProvider data) throws IOException {
        FuzzSeeds.Seed seed = data.pickValue(seeds);
        Path file = temp.resolve(seed.name());
        boolean inside = seed.name().endsWith(".xlsx") && data.consumeBoolean();
        Files.write(file, inside ? Mutations.mutateInsideZip(seed.bytes(), data) : Mutations.mutate(seed.bytes(), data));
        FuzzSupport.readEverything(file, seed.name());
    }
}
