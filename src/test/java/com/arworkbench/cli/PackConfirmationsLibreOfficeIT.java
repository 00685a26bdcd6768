package com.arworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.arworkbench.support.LibreOffice;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The month-end pack with the balance confirmations, recalculated by LibreOffice: every formula of the three sheets
 * and of the section's checks (and of the rest of the pack) comes out as the value written with it, and the master
 * check stays ALL CHECKS OK. Two packs: the confirmations fixture in two currencies with its history's receipts, and
 * the example export beside a customer master (the dunning Letters next to Confirmation letters). Needs soffice:
 * skipped without it, failed under CI=true.
 */
class PackConfirmationsLibreOfficeIT {

    @TempDir
    Path tmp;

    @Test
    void packsWithTheConfirmationsRecalculateToTheirCachedValues() throws Exception {
        LibreOffice.requireInstalled();
        Path fixture = tmp.resolve("fixture.xlsx");
        CliRun.Result r = CliRun.run("pack", "src/test/resources/confirmations/open-items.csv", "--history",
                "src/test/resources/confirmations/history.csv", "--as-of", "2026-06-30", "--key-items", "50000",
                "--tolerable", "1500", "--negative", "--out", fixture.toString());
        assertEquals(0, r.code(), r.err());
        Path dunning = tmp.resolve("dunning.xlsx");
        r = CliRun.run("pack", "examples/netsuite-ar-aging-detail.csv", "examples/netsuite-customers.csv", "--as-of",
                "2026-06-30", "--key-items", "40000", "--tolerable", "50000", "--seed", "7", "--out", dunning.toString());
        assertEquals(0, r.code(), r.err());
        LibreOffice.assertRecalculatesToCachedValues(fixture, tmp);
        LibreOffice.assertRecalculatesToCachedValues(dunning, tmp);
    }
}
