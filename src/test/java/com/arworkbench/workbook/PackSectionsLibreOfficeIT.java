package com.arworkbench.workbook;

import com.arworkbench.support.LibreOffice;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@link PackSectionsTest} again, and LibreOffice recalculates the pack it writes: every formula's cached value must
 * be what LibreOffice computes. Needs soffice: skipped without it, failed under CI=true.
 */
class PackSectionsLibreOfficeIT extends PackSectionsTest {

    @Override
    void recalculated(Path pack) throws Exception {
        LibreOffice.assertRecalculatesToCachedValues(pack, Files.createDirectories(tmp.resolve("libreoffice")));
    }
}
