package com.arworkbench.ingest;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;


/**
 * Fuzz target (issue 7): mutated bank statements (BAI2, MT940, camt.053/054, bank and PayPal CSV) through Bai2File,
 * Mt940File, Camt053File, BankCsvFile, PayPalFile, PaymentsFile and FileRecognizer; only the allowed exceptions, in time.
 */
class BankFilesFuzzTest extends FuzzTarget {

    private static final List<FuzzSeeds.Seed> SEEDS = FuzzSeeds.bank();



    @FuzzTest(maxDuration = "10s")
    void mutated(FuzzedDataProvider data) throws IOException {
        FuzzSeeds.Seed seed = data.pickValue(SEEDS);
        Path file = temp.resolve(seed.name());
        Files.write(file, Mutations.mutate(seed.bytes(), data));
        FuzzSupport.readBankFile(file, seed.name());
    }
}
