package com.arworkbench.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What LibreOffice Calc computes from our formulas must equal the cached values we write: those
 * cached values are what Excel's protected view, previewers and POI-based readers show.
 *
 * <p>Every formula's cached value is replaced with a stale one ({@value #STALE_NUMBER} /
 * "{@value #STALE_TEXT}") directly in the sheet XML, and the stale copies are converted to .xlsx by
 * headless LibreOffice with a fresh user profile set to always recalculate on load. The values
 * LibreOffice writes back must equal the original cached values: numbers to 0.005, strings exactly.
 * The stale copies prove the values were recalculated (LibreOffice's default profile keeps most
 * cached values of an .xlsx).
 *
 * <p>Tests using it are skipped when {@code soffice} is not on the PATH (Debian/Ubuntu:
 * {@code apt-get install libreoffice-calc-nogui}).
 */
public final class LibreOffice {

    private static final long SOFFICE_TIMEOUT_SECONDS = 120;
    public static final String STALE_NUMBER = "987654.32";
    public static final String STALE_TEXT = "STALE";

    /** A formula cell in sheet XML: the cell's attributes, its formula element, its cached value. */
    /** An empty text result has no {@code <v>} at all (SXSSF leaves it out): it gets a stale one too. */
    private static final Pattern FORMULA_CELL = Pattern.compile("<c ([^>]*)>(<f\\b[^>]*>[^<]*</f>)(?:<v>([^<]*)</v>|(?=</c>))");
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

    private LibreOffice() {
    }

    /** What one recalculated workbook showed: formulas compared, those that differ, the master check. */
    public record Comparison(int checked, List<String> mismatches, String masterCheck) {
    }

    /** soffice; when it is not on the PATH the calling test fails under CI=true and is skipped elsewhere. */
    public static Path requireInstalled() {
        Optional<Path> soffice = onPath("soffice");
        Required.require(soffice.isPresent(), "soffice (LibreOffice) is not on the PATH",
                "Install it with: apt-get install -y libreoffice-calc-nogui");
        return soffice.get();
    }

    /**
     * Makes stale copies of the workbooks and converts them all in one LibreOffice run (one start-up
     * for many files). Returns, per workbook, the path where LibreOffice's recalculated copy should be.
     */
    public static Map<Path, Path> recalculate(List<Path> workbooks, Path workDir) throws Exception {
        Path soffice = requireInstalled();
        Path stale = Files.createDirectories(workDir.resolve("stale"));
        Path recalculated = Files.createDirectories(workDir.resolve("recalculated"));
        Map<Path, Path> result = new LinkedHashMap<>();
        List<String> staleFiles = new ArrayList<>();
        for (Path original : workbooks) {
            Path staleCopy = stale.resolve(original.getFileName());
            int staled = writeWithStaleCachedValues(original, staleCopy);
            try (XSSFWorkbook wb = Workbooks.open(original)) {
                assertEquals(formulaCells(wb).size(), staled, original.getFileName()
                        + ": every formula's cached value made stale (has the sheet XML changed shape?)");
            }
            staleFiles.add(staleCopy.toString());
            result.put(original, recalculated.resolve(original.getFileName()));
        }
        Path profile = Files.createDirectories(workDir.resolve("lo-profile/user"));
        Files.writeString(profile.resolve("registrymodifications.xcu"), RECALC_ALWAYS_XCU, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(soffice.toString(),
                "-env:UserInstallation=" + profile.getParent().toUri(),
                "--headless", "--invisible", "--norestore", "--nolockcheck", "--nodefault", "--nologo",
                "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", recalculated.toString()));
        command.addAll(staleFiles);
        runSoffice(command, workDir);
        return result;
    }

    /** Compares every formula of {@code original} with LibreOffice's recalculated copy. */
    public static Comparison compare(Path original, Path byLibreOffice, Path workDir) throws IOException {
        assertTrue(Files.isRegularFile(byLibreOffice), "LibreOffice wrote no " + byLibreOffice.getFileName()
                + "; its output:\n" + readLog(workDir));
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
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
            String master = Workbooks.text(Workbooks.rowWithText(theirs.getSheet("Checks"), 0, "Master check").getCell(1));
            return new Comparison(checked, mismatches, master);
        }
    }

    /** Fails unless LibreOffice recalculates every formula of the workbook to its cached value and all checks are OK. */
    public static void assertRecalculatesToCachedValues(Path workbook, Path workDir) throws Exception {
        Comparison c = compare(workbook, recalculate(List.of(workbook), workDir).get(workbook), workDir);
        assertFormulasAgree(workbook.getFileName().toString(), c);
    }

    /** The assertions on one comparison: formulas present, none differing, master check OK. */
    public static void assertFormulasAgree(String name, Comparison c) {
        assertTrue(c.checked() > 5, name + ": the workbook has formulas");
        if (!c.mismatches().isEmpty()) {
            fail(name + ": " + c.mismatches().size() + " of " + c.checked()
                    + " formula values differ after LibreOffice recalculation:\n  " + String.join("\n  ", c.mismatches()));
        }
        assertEquals("ALL CHECKS OK", c.masterCheck(), name + ": master check after LibreOffice recalculation");
    }

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
    public static int writeWithStaleCachedValues(Path source, Path target) throws IOException {
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

    /** A program on the PATH, if there is one. */
    public static Optional<Path> onPath(String program) {
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
    private static void runSoffice(List<String> command, Path workDir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(workDir.resolve("soffice.log").toFile());
        pb.environment().put("HOME", workDir.toString()); // nothing of the user's own LibreOffice setup is touched
        Process p = pb.start();
        if (!p.waitFor(SOFFICE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            fail("soffice did not finish within " + SOFFICE_TIMEOUT_SECONDS + " s and was killed; its output:\n"
                    + readLog(workDir));
        }
        assertEquals(0, p.exitValue(), "soffice exit code; its output:\n" + readLog(workDir));
    }

    /**
     * Converts {@code inputs} into {@code outDir} ({@code format} as soffice's --convert-to takes it,
     * e.g. "pdf" or "xlsx:Calc MS Excel 2007 XML"). Fails the test on a non-zero exit or a timeout.
     * @param workDir holds the profile, HOME and the log
     */
    public static void convert(Path soffice, Path workDir, String format, Path outDir, List<Path> inputs)
            throws IOException, InterruptedException {
        Path profile = Files.createDirectories(workDir.resolve("lo-profile/user"));
        List<String> command = new ArrayList<>(List.of(soffice.toString(),
                "-env:UserInstallation=" + profile.getParent().toUri(),
                "--headless", "--invisible", "--norestore", "--nolockcheck", "--nodefault", "--nologo",
                "--convert-to", format, "--outdir", outDir.toString()));
        inputs.forEach(p -> command.add(p.toString()));
        run(command, workDir, workDir.resolve("soffice.log"));
    }

    /** Renders page {@code page} (1-based) of a PDF to {@code png} with poppler's pdftoppm. */
    public static void renderPage(Path pdftoppm, Path pdf, int page, int dpi, Path png, Path workDir)
            throws IOException, InterruptedException {
        String prefix = png.toString().replaceFirst("\\.png$", "");
        run(List.of(pdftoppm.toString(), "-f", Integer.toString(page), "-l", Integer.toString(page),
                "-r", Integer.toString(dpi), "-png", "-singlefile", pdf.toString(), prefix),
                workDir, workDir.resolve("pdftoppm.log"));
    }

    /**
     * Output goes to a log file, so a full pipe can never block the process; on timeout it and the
     * processes it started (soffice's script, oosplash, soffice.bin) are killed.
     */
    private static void run(List<String> command, Path home, Path log) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("HOME", home.toString());
        Process p = pb.start();
        if (!p.waitFor(SOFFICE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            fail(command.get(0) + " did not finish within " + SOFFICE_TIMEOUT_SECONDS + " s and was killed; its output:\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        assertEquals(0, p.exitValue(), command.get(0) + " exit code; its output:\n"
                + Files.readString(log, StandardCharsets.UTF_8));
    }

    private static String readLog(Path workDir) {
        try (InputStream in = Files.newInputStream(workDir.resolve("soffice.log"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no soffice output: " + e.getMessage() + ")";
        }
    }
}
