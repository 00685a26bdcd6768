package com.arworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.arworkbench.support.CollectionsScenario;
import com.arworkbench.support.LibreOffice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The third run of the collections scenario recalculates in LibreOffice to the values Java cached: the Contact log's
 * checks (its row count, the COUNTIFS of promises past their date), the plan and dispute checks and the Worklist.
 * Needs soffice: skipped without it, failed under CI=true.
 */
class CollectionsMemoryLibreOfficeIT {

    @Test
    void theThirdRunRecalculatesToTheCachedValues(@TempDir Path dir) throws Exception {
        LibreOffice.requireInstalled();
        Path third = CollectionsScenario.play(dir, (export, previous, asOf) -> {
            Path out = dir.resolve("worklist-" + asOf + ".xlsx");
            List<String> args = new ArrayList<>(List.of("dunning", export.toString(), "--as-of", asOf.toString(),
                    "--out", out.toString()));
            if (previous != null) {
                args.addAll(List.of("--previous", previous.toString()));
            }
            CliRun.Result r = CliRun.run(args.toArray(String[]::new));
            assertEquals(0, r.code(), r.err());
            return out;
        });
        LibreOffice.assertRecalculatesToCachedValues(third, Files.createDirectories(dir.resolve("libreoffice")));
    }
}
