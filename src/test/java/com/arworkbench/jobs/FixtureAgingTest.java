package com.arworkbench.jobs;

import static com.arworkbench.support.Workbooks.assertMoney;
import static com.arworkbench.support.Workbooks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.aging.AgingBasis;
import com.arworkbench.aging.AgingParameters;
import com.arworkbench.aging.BucketScheme;
import com.arworkbench.ingest.IngestOptions;
import com.arworkbench.support.Workbooks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One export per ERP layout under src/test/resources/fixtures, each with an expected result
 * computed independently (fixtures/expected/*.json, written by {@code python3 src/test/resources/fixtures/oracle.py};
 * {@code --check} compares). The workbook is read back with POI and every bucket, total and count compared to the cent.
 */
class FixtureAgingTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @TempDir
    Path tmp;

    static Stream<String> fixtures() throws Exception {
        try (Stream<Path> s = Files.list(FIXTURES.resolve("expected"))) {
            return s.map(p -> p.getFileName().toString().replace(".json", "")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void agesLikeTheIndependentOracle(String name) throws Exception {
        JsonNode expected = new ObjectMapper().readTree(FIXTURES.resolve("expected/" + name + ".json").toFile());
        Path input;
        try (Stream<Path> s = Files.list(FIXTURES)) {
            input = s.filter(p -> p.getFileName().toString().startsWith(name + ".")).findFirst().orElseThrow();
        }
        Path out = tmp.resolve(name + ".xlsx");
        AgingParameters params = new AgingParameters(LocalDate.parse(expected.get("asOf").asText()), AgingBasis.DUE,
                BucketScheme.standard());
        AgingOutcome outcome;
        try (OutputStream os = Files.newOutputStream(out)) {
            outcome = AgingJob.run(new AgingRequest(input, input.getFileName().toString(), params, IngestOptions.detect(),
                    null), os);
        }
        assertEquals(expected.get("expectedProfile").asText(), outcome.layout().profileId(), "detected profile");

        ExpectedAging.assertWorkbookMatches(expected, out, outcome);
    }

}
