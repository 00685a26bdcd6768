package com.arworkbench.workbook;

import com.arworkbench.aging.AgingBasis;
import com.arworkbench.aging.AgingParameters;
import com.arworkbench.aging.BucketScheme;
import com.arworkbench.ingest.IngestOptions;
import com.arworkbench.jobs.AgingJob;
import com.arworkbench.jobs.AgingRequest;
import com.arworkbench.support.LibreOffice;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What LibreOffice Calc computes from our formulas must equal the cached values we write, for the
 * aging workbook of every example and fixture (see {@link LibreOffice} for how it is proven). All
 * workbooks are produced by the real pipeline and converted in one LibreOffice run.
 *
 * <p>Skipped when {@code soffice} is not on the PATH (Debian/Ubuntu: {@code apt-get install
 * libreoffice-calc-nogui}).
 */
class LibreOfficeRecalculationIT {

    private static final Path EXAMPLES = Path.of("examples");
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @TempDir
    static Path tmp;

    private static Map<Path, Path> recalculated;

    record Case(String name, Path input, LocalDate asOf) {
        @Override
        public String toString() {
            return name + " (as of " + asOf + ")";
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        // The examples, with the as-of dates suggested in examples/README.md.
        cases.add(new Case("example-netsuite-ar-aging-detail", EXAMPLES.resolve("netsuite-ar-aging-detail.csv"),
                LocalDate.of(2026, 6, 30)));
        cases.add(new Case("example-sap-fbl5n-de", EXAMPLES.resolve("sap-fbl5n-de.csv"), LocalDate.of(2026, 5, 31)));
        cases.add(new Case("example-quickbooks-online-ar-aging-detail",
                EXAMPLES.resolve("quickbooks-online-ar-aging-detail.csv"), LocalDate.of(2026, 6, 30)));
        // Corpus layouts whose Summary has per-currency check lines and the local-currency view (issue 11).
        cases.add(new Case("corpus-dynamics-bc-lcy", Path.of("src/test/resources/corpus/dynamics-bc-lcy.csv"),
                LocalDate.of(2026, 6, 30)));
        cases.add(new Case("corpus-multi-currency", Path.of("src/test/resources/corpus/multi-currency.csv"),
                LocalDate.of(2026, 6, 30)));
        // Every fixture (among them two currencies with one blank, and rejected rows), as of its oracle's date.
        ObjectMapper json = new ObjectMapper();
        List<Path> expected;
        try (Stream<Path> s = Files.list(FIXTURES.resolve("expected"))) {
            expected = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path e : expected) {
            String name = e.getFileName().toString().replace(".json", "");
            Path input;
            try (Stream<Path> s = Files.list(FIXTURES)) {
                input = s.filter(p -> p.getFileName().toString().startsWith(name + ".")).findFirst().orElseThrow();
            }
            cases.add(new Case("fixture-" + name, input, LocalDate.parse(json.readTree(e.toFile()).get("asOf").asText())));
        }
        return cases.stream();
    }

    /** Produces every workbook, makes the stale copies, and converts them all in one LibreOffice run. */
    @BeforeAll
    static void recalculateWithLibreOffice() throws Exception {
        LibreOffice.requireInstalled();
        Path produced = Files.createDirectories(tmp.resolve("produced"));
        List<Path> files = new ArrayList<>();
        for (Case c : cases().toList()) {
            Path out = produced.resolve(c.name() + ".xlsx");
            AgingParameters params = new AgingParameters(c.asOf(), AgingBasis.DUE, BucketScheme.standard());
            try (OutputStream os = Files.newOutputStream(out)) {
                AgingJob.run(new AgingRequest(c.input(), c.input().getFileName().toString(), params,
                        IngestOptions.detect(), null), os);
            }
            files.add(out);
        }
        recalculated = LibreOffice.recalculate(files, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void libreOfficeRecalculatesToTheCachedValues(Case c) throws IOException {
        Path original = tmp.resolve("produced").resolve(c.name() + ".xlsx");
        LibreOffice.assertFormulasAgree(c.name(), LibreOffice.compare(original, recalculated.get(original), tmp));
    }
}
