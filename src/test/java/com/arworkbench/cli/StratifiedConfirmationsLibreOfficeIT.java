package com.arworkbench.cli;

import com.arworkbench.support.LibreOffice;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stratified confirmations workbook with a difference typed on a sampled balance: LibreOffice recalculates the
 * strata's sampled book values, projection factors and projections, the tracker's ratio projection and the checks
 * to the values Java cached. Needs soffice: skipped without it, failed under CI=true.
 */
class StratifiedConfirmationsLibreOfficeIT {

    @Test
    void theStrataAndTheRatioProjectionRecalculate(@TempDir Path tmp) throws Exception {
        LibreOffice.requireInstalled();
        Path first = StratifiedConfirmationsCliTest.run(tmp.resolve("first.xlsx"));
        Path edited = tmp.resolve("edited.xlsx");
        StratifiedConfirmationsCliTest.typeDifference(first, edited, new BigDecimal("250.00"));
        Path second = StratifiedConfirmationsCliTest.run(tmp.resolve("second.xlsx"), "--previous", edited.toString());
        LibreOffice.assertRecalculatesToCachedValues(second, Files.createDirectories(tmp.resolve("libreoffice")));
    }
}
