package com.arworkbench.cli;

import com.arworkbench.support.CollectionsScenario;
import com.arworkbench.support.LibreOffice;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Path third = CollectionsScenario.play(dir, CollectionsMemoryCliTest.runner(dir));
        LibreOffice.assertRecalculatesToCachedValues(third, Files.createDirectories(dir.resolve("libreoffice")));
    }
}
