package com.arworkbench.workbook;

import static com.arworkbench.support.Workbooks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.arworkbench.aging.AgingBasis;
import com.arworkbench.aging.AgingParameters;
import com.arworkbench.aging.BucketScheme;
import com.arworkbench.ingest.IngestOptions;
import com.arworkbench.jobs.AgingJob;
import com.arworkbench.jobs.AgingRequest;
import com.arworkbench.support.Workbooks;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What LibreOffice Calc computes from our formulas must equal the cached values we write: those
 * cached values are what Excel's protected view, previewers and POI-based readers show.
 *
 * <p>Each workbook is produced by the real pipeline, then every formula's cached value is replaced
 * with a stale one ({@value #STALE_NUMBER} / "{@value #STALE_TEXT}") directly in the sheet XML, and
 * the stale copies are converted to .xlsx by headless LibreOffice with a fresh user profile set to
 * always recalculate on load. The values LibreOffice writes back must equal the pipeline's original
 * cached values: numbers to 0.005, strings exactly. The stale copies prove the values were
 * recalculated (LibreOffice's default profile keeps most cached values of an .xlsx).
 *
 * <p>Skipped when {@code soffice} is not on the PATH (Debian/Ubuntu: {@code apt-get install
 * libreoffice-calc-nogui}).
 */
class LibreOfficeRecalculationTest {

    private static final Path EXAMPLES = Path.of("examples");
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final long SOFFICE_TIMEOUT_SECONDS = 120;
    static final String STALE_NUMBER = "987654.32";
    static final String STALE_TEXT = "STALE";

    /** A formula cell in sheet XML: the cell's attributes, its formula element, its cached value. */
    private static final Pattern FORMULA_CELL = Pattern.compile("<c ([^>]*)>(<f\\b[^>]*>[^<]*</f>)<v>([^<]*)</v>");
    private static final Pattern TYPE_ATTRIBUTE = Pattern.compile("\\bt=\"([^\"]*)\"");

    /**
     * The always-recalculate setting for .xlsx (and .ods) loads, as LibreOffice keeps it in a user
     * profile: Tools > Options > Calc > Formula > Recalculation on file load = Always.
     */
    private static final String RECALC_ALWAYS_XCU = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">\
            <value>0</value></prop></item>
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse">\
            <value>0</value></prop></item>
            </oor:items>
            """;

    @TempDir
    static Path tmp;

    private static Path produced;
    private static Path recalculated;

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
        Optional<Path> soffice = onPath("soffice");
        Assumptions.assumeTrue(soffice.isPresent(),
                "soffice (LibreOffice) is not on the PATH: skipping the LibreOffice recalculation test. "
                        + "Install it with: apt-get install -y libreoffice-calc-nogui");

        produced = Files.createDirectories(tmp.resolve("produced"));
        Path stale = Files.createDirectories(tmp.resolve("stale"));
        recalculated = Files.createDirectories(tmp.resolve("recalculated"));
        List<String> staleFiles = new ArrayList<>();
        for (Case c : cases().toList()) {
            Path out = produced.resolve(c.name() + ".xlsx");
            AgingParameters params = new AgingParameters(c.asOf(), AgingBasis.DUE, BucketScheme.standard());
            try (OutputStream os = Files.newOutputStream(out)) {
                AgingJob.run(new AgingRequest(c.input(), c.input().getFileName().toString(), params,
                        IngestOptions.detect(), null), os);
            }
            Path staleCopy = stale.resolve(c.name() + ".xlsx");
            int staled = writeWithStaleCachedValues(out, staleCopy);
            try (XSSFWorkbook wb = Workbooks.open(out)) {
                assertEquals(formulaCells(wb).size(), staled,
                        c.name() + ": every formula's cached value made stale (has the sheet XML changed shape?)");
            }
            staleFiles.add(staleCopy.toString());
        }

        Path profile = Files.createDirectories(tmp.resolve("lo-profile/user"));
        Files.writeString(profile.resolve("registrymodifications.xcu"), RECALC_ALWAYS_XCU, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(soffice.get().toString(),
                "-env:UserInstallation=" + profile.getParent().toUri(),
                "--headless", "--invisible", "--norestore", "--nolockcheck", "--nodefault", "--nologo",
                "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", recalculated.toString()));
        command.addAll(staleFiles);
        runSoffice(command, tmp.resolve("soffice.log"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void libreOfficeRecalculatesToTheCachedValues(Case c) throws IOException {
        Path original = produced.resolve(c.name() + ".xlsx");
        Path byLibreOffice = recalculated.resolve(c.name() + ".xlsx");
        assertTrue(Files.isRegularFile(byLibreOffice), "LibreOffice wrote no " + byLibreOffice.getFileName()
                + "; its output:\n" + readLog());
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        String masterCheck;
        try (XSSFWorkbook ours = Workbooks.open(original); XSSFWorkbook theirs = Workbooks.open(byLibreOffice)) {
            for (Cell cell : formulaCells(ours)) {
                checked++;
                String where = cell.getSheet().getSheetName() + "!" + cell.getAddress().formatAsString() + " ="
                        + cell.getCellFormula();
                Sheet sheet = theirs.getSheet(cell.getSheet().getSheetName());
                Row row = sheet == null ? null : sheet.getRow(cell.getRowIndex());
                Cell recalc = row == null ? null : row.getCell(cell.getColumnIndex());
                if (recalc == null || recalc.getCellType() != CellType.FORMULA) {
                    mismatches.add(where + ": LibreOffice's copy has no formula there ("
                            + (recalc == null ? "no cell" : recalc.getCellType()) + ")");
                    continue;
                }
                String cached = describe(cell);
                String lo = describe(recalc);
                CellType cachedType = cell.getCachedFormulaResultType();
                boolean same = cachedType == recalc.getCachedFormulaResultType() && (cachedType == CellType.NUMERIC
                        ? Math.abs(cell.getNumericCellValue() - recalc.getNumericCellValue()) <= 0.005
                        : cached.equals(lo));
                if (!same) {
                    mismatches.add(where + ": cached " + cached + ", LibreOffice " + lo);
                }
            }
            masterCheck = text(Workbooks.rowWithText(theirs.getSheet("Checks"), 0, "Master check").getCell(1));
        }
        assertTrue(checked > 5, c.name() + ": the workbook has formulas");
        if (!mismatches.isEmpty()) {
            fail(c.name() + ": " + mismatches.size() + " of " + checked
                    + " formula values differ after LibreOffice recalculation:\n  " + String.join("\n  ", mismatches));
        }
        assertEquals("ALL CHECKS OK", masterCheck, c.name() + ": master check after LibreOffice recalculation");
    }

    // ---- helpers ----

    private static List<Cell> formulaCells(XSSFWorkbook wb) {
        List<Cell> cells = new ArrayList<>();
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.FORMULA) {
                        cells.add(c);
                    }
                }
            }
        }
        return cells;
    }

    private static String describe(Cell formulaCell) {
        return switch (formulaCell.getCachedFormulaResultType()) {
            case NUMERIC -> "number " + formulaCell.getNumericCellValue();
            case STRING -> "text \"" + formulaCell.getStringCellValue() + "\"";
            case BOOLEAN -> "boolean " + formulaCell.getBooleanCellValue();
            case ERROR -> "error " + FormulaError.forInt(formulaCell.getErrorCellValue()).getString();
            default -> formulaCell.getCachedFormulaResultType().toString();
        };
    }

    /**
     * Copies the .xlsx, replacing each formula's cached value in the sheet XML by a wrong one of the
     * same type, so only a real recalculation can bring the right values back. Every other byte of
     * every part is kept as the pipeline wrote it.
     * @return how many cached values were replaced
     */
    static int writeWithStaleCachedValues(Path source, Path target) throws IOException {
        int replaced = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().startsWith("xl/worksheets/") && e.getName().endsWith(".xml")) {
                    Matcher m = FORMULA_CELL.matcher(new String(data, StandardCharsets.UTF_8));
                    StringBuilder sb = new StringBuilder();
                    while (m.find()) {
                        Matcher t = TYPE_ATTRIBUTE.matcher(m.group(1));
                        String type = t.find() ? t.group(1) : "n";
                        String stale = switch (type) {
                            case "n" -> STALE_NUMBER;
                            case "str" -> STALE_TEXT;
                            case "b" -> "1".equals(m.group(3)) ? "0" : "1";
                            default -> null;
                        };
                        if (stale == null) {
                            m.appendReplacement(sb, Matcher.quoteReplacement(m.group()));
                        } else {
                            replaced++;
                            m.appendReplacement(sb, Matcher.quoteReplacement(
                                    "<c " + m.group(1) + ">" + m.group(2) + "<v>" + stale + "</v>"));
                        }
                    }
                    m.appendTail(sb);
                    data = sb.toString().getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        return replaced;
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Runs soffice with its output in a log file (so a full pipe can never block it); on timeout
     * kills it and the processes it started (the soffice script, oosplash, soffice.bin).
     */
    private static void runSoffice(List<String> command, Path log) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("HOME", tmp.toString()); // nothing of the user's own LibreOffice setup is touched
        Process p = pb.start();
        if (!p.waitFor(SOFFICE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            fail("soffice did not finish within " + SOFFICE_TIMEOUT_SECONDS + " s and was killed; its output:\n"
                    + readLog());
        }
        assertEquals(0, p.exitValue(), "soffice exit code; its output:\n" + readLog());
    }

    private static String readLog() {
        try (InputStream in = Files.newInputStream(tmp.resolve("soffice.log"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no soffice output: " + e.getMessage() + ")";
        }
    }
}
