package com.arworkbench.web;

import static com.arworkbench.support.Workbooks.text;
import static com.arworkbench.web.ApiClient.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.arworkbench.support.CollectionsScenario;
import com.arworkbench.support.Required;
import com.arworkbench.support.Workbooks;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser: Debian's headless Chromium driven by Selenium through /usr/bin/chromedriver,
 * against a real server on a free loopback port. Files go in through the page's own file inputs, the
 * workbooks come out through the browser's download (the blob link the page clicks) and are read back with
 * POI; the console must stay free of CSP violations and script errors. Skipped when chromium or
 * chromedriver is not installed, except in CI (CI=true), where .ci/run installs both and a skip would hide
 * that the page was never tried.
 */
@Timeout(300)
class BrowserIT {

    private static final Path CHROMEDRIVER = Path.of(System.getProperty("arw.chromedriver", "/usr/bin/chromedriver"));
    private static final Path CHROMIUM = Path.of(System.getProperty("arw.chromium", "/usr/bin/chromium"));
    private static final Path OUT = Path.of("target/browser");

    private static final Path OPEN_ITEMS = Path.of("examples/netsuite-ar-aging-detail.csv");
    private static final Path HISTORY = Path.of("examples/kpi/invoice-history.csv");
    /** The example company's own GL, with planted reconciling items (examples/make-netsuite-gl.py). */
    private static final Path OWN_GL = Path.of("examples/netsuite-gl-detail-2026-06.csv");
    private static final Path SAP = Path.of("examples/sap-fbl5n-de.csv");

    /** Slow CI (2 cores, a cold JVM): every wait is generous; a pass takes seconds. */
    private static final Duration WAIT = Duration.ofSeconds(90);

    /** The "Failed to load resource: ... status of 415" lines a test provokes on purpose. */
    private static final Pattern PROVOKED = Pattern.compile("the server responded with a status of (415|422)");

    @RegisterExtension
    static final ApiClient client = new ApiClient();

    @TempDir
    static Path downloads;

    @TempDir
    Path tmp;

    /** Selenium warns that it has no CDP bindings for this Chromium; the test needs none (no DevTools sessions). */
    private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    private static ChromeDriver driver;
    private static ChromeDriverService service;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        Required.require(installed, "chromium and chromium-driver are not installed (" + CHROMIUM + ", " + CHROMEDRIVER + ")",
                "Install them with: apt-get install -y chromium chromium-driver (.ci/run does)");
        Files.createDirectories(OUT);
        CDP_LOG.setLevel(Level.SEVERE);

        /* The system driver, named explicitly: Selenium Manager is never asked to find or download one. */
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(OUT.resolve("chromedriver.log").toFile())
                .build();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1366,1600", "--lang=en-US", "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-background-networking", "--disable-sync");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("download.directory_upgrade", true);
        prefs.put("safebrowsing.enabled", false);
        prefs.put("intl.accept_languages", "en-US");
        options.setExperimentalOption("prefs", prefs);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);

        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
        /* Headless Chromium may refuse downloads unless told where they go. */
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        /* Belt and braces for the console check: record CSP violations in the page itself too. */
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__cspViolations = [];"
                        + "document.addEventListener('securitypolicyviolation', function (e) {"
                        + "  window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI); });"));
    }

    @AfterAll
    static void quitBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (service != null) {
            service.stop();
            service = null;
        }
    }

    /** A fresh page and an empty download folder for every test; the previous test's console lines dropped. */
    @BeforeEach
    void openPage() throws IOException {
        try (Stream<Path> files = Files.list(downloads)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        driver.manage().logs().get(LogType.BROWSER);  // drops what the previous page logged
        driver.get(client.uri("/").toString());
        /* The version in the footer comes from /api/health: the page's modules have run and reached the server. */
        wait(WAIT).until(d -> byId("version").getText().startsWith("v"));
    }

    @Test
    void monthEndPackFromThreeFilesDownloadsTheWorkbookAndShowsTheSummary() throws Exception {
        WebElement build = byId("pack-build");
        assertFalse(build.isEnabled(), "nothing to build before the files are chosen");

        choose("pack-input", OPEN_ITEMS, HISTORY, OWN_GL);
        List<String> roles = List.of("Open items at the as-of date", "Invoice history", "General ledger / trial balance");
        wait(WAIT).withMessage(() -> "recognised as " + roles + ", shown: " + recognisedRoles())
                .until(d -> recognisedRoles().equals(roles));
        assertEquals(List.of("netsuite-ar-aging-detail.csv", "invoice-history.csv", "netsuite-gl-detail-2026-06.csv"),
                texts(By.cssSelector("#pack-rows .pack-name")));
        assertTrue(byId("pack-problem").getAttribute("hidden") != null, "no problem with these three files");

        setDate("pack-as-of", "2026-06-30");
        wait(WAIT).until(ExpectedConditions.elementToBeClickable(build));
        build.click();

        Path xlsx = awaitDownload();
        WebElement checks = byId("pack-checks");
        wait(WAIT).until(d -> byId("pack-result").isDisplayed() && !checks.getText().isBlank());
        assertEquals("ALL CHECKS OK", checks.getText());
        assertEquals("Month-end pack downloaded", byId("pack-result-title").getText());
        assertEquals(xlsx.getFileName().toString(), byId("pack-result-file").getText());
        assertEquals(List.of("Dashboard", "Aging", "KPIs", "Forecast", "Back-test", "Reconciliation", "Statements",
                "Mail merge"), texts(By.cssSelector("#pack-result-sections .pill")));
        // The reconciliation status beside the checks: the GL's planted items to investigate, −159.52 and −9.00.
        assertTrue(byId("pack-result-rows").getText().contains("TO INVESTIGATE: -168.52"), byId("pack-result-rows").getText());
        assertTrue(byId("pack-kpis").isDisplayed(), "the KPI table, from the invoice history");
        // One measure of AR: the KPIs' ending AR is rebuilt from the history; the ledger's is shown beside it.
        assertTrue(byId("pack-kpis").getText().contains("1,526,146.78"), byId("pack-kpis").getText());
        assertTrue(byId("pack-kpis").getText().contains("1,445,788.38"), byId("pack-kpis").getText());
        assertTrue(byId("pack-status-text").getText().contains("downloaded"), byId("pack-status-text").getText());
        assertFalse(byId("pack-status-progress").isDisplayed(), "the pack's progress line is gone once it is in");

        try (XSSFWorkbook wb = Workbooks.open(xlsx)) {
            assertMoneyTotal(wb.getSheet("Aging"), "Total", "1445788.38");
            assertEquals("ALL CHECKS OK", masterCheck(wb));
        }

        screenshot("page-pack.png");

        // A materiality above each item to investigate and their net: the same files are RECONCILED.
        clearDownloads();
        byId("pack-materiality").sendKeys("200");
        wait(WAIT).until(ExpectedConditions.elementToBeClickable(build));
        build.click();
        awaitDownload();
        wait(WAIT).withMessage(() -> byId("pack-result-rows").getText())
                .until(d -> byId("pack-result-rows").getText().contains("RECONCILED"));
        assertCleanConsole(false);
    }

    /**
     * The pack card takes the confirmations job's fields (drawn from the same declaration): one threshold alone holds
     * the build back with a hint naming the other, both put "Balance confirmations" on the section list, and the pack
     * comes back with its three sheets, the seed typed on its Sample sheet.
     */
    @Test
    void monthEndPackWithTheConfirmationFieldsHasTheBalanceConfirmations() throws Exception {
        WebElement build = byId("pack-build");
        for (String id : List.of("key-items", "tolerable", "confidence", "seed")) {
            assertEquals(byId(id).getAttribute("name"), byId("pack-" + id).getAttribute("name"), "the same field " + id);
        }
        choose("pack-input", OPEN_ITEMS, HISTORY);
        wait(WAIT).until(d -> recognisedRoles().equals(List.of("Open items at the as-of date", "Invoice history")));
        setDate("pack-as-of", "2026-06-30");
        wait(WAIT).until(ExpectedConditions.elementToBeClickable(build));
        By confirmations = By.xpath("//ul[@id='pack-sections']/li[span[@class='section-name' and text()='Balance confirmations']]");
        assertEquals("is-off", driver.findElement(confirmations).getAttribute("class"), "no thresholds, no confirmations");

        byId("pack-key-items").sendKeys("40000");
        wait(WAIT).until(d -> !build.isEnabled());
        assertEquals("Enter the tolerable misstatement too for the balance confirmations, or clear the key-item threshold.",
                byId("pack-build-hint").getText());
        assertEquals("true", byId("pack-tolerable").getAttribute("aria-invalid"));
        byId("pack-tolerable").sendKeys("50000");
        byId("pack-seed").sendKeys("7");
        wait(WAIT).until(ExpectedConditions.elementToBeClickable(build));
        assertEquals("is-on", driver.findElement(confirmations).getAttribute("class"));
        build.click();

        Path xlsx = awaitDownload();
        WebElement checks = byId("pack-checks");
        wait(WAIT).until(d -> byId("pack-result").isDisplayed() && !checks.getText().isBlank());
        assertEquals("ALL CHECKS OK", checks.getText());
        List<String> pills = texts(By.cssSelector("#pack-result-sections .pill"));
        assertEquals(List.of("Statements", "Mail merge", "Confirmations", "Confirmation letters", "Sample"),
                pills.subList(pills.indexOf("Statements"), pills.size()), pills.toString());
        try (XSSFWorkbook wb = Workbooks.open(xlsx)) {
            assertEquals("ALL CHECKS OK", masterCheck(wb));
            Sheet sample = wb.getSheet("Sample");
            int h = Workbooks.headerRow(sample, "Currency");
            assertEquals("7", text(Workbooks.dataRows(sample, h).get(0).getCell(Workbooks.column(sample, h, "Seed"))));
        }
        assertCleanConsole(false);
    }

    /**
     * The drop zones are drawn from the page's table of jobs and their files: the pack's takes several files, the
     * open items' one; each job shows its own further files and no other job's, with their file types and whether
     * they are required. A further file chosen is shown in its zone and counted in the build's hint and note, and
     * its Remove takes it away again.
     */
    @Test
    void everyJobShowsItsOwnDropZonesAndAFurtherFileIsTakenAndRemoved() throws Exception {
        assertTrue(byId("pack-zone").isDisplayed() && byId("file-zone").isDisplayed());
        assertEquals("true", byId("pack-input").getDomProperty("multiple"), "the pack takes several files at once");
        assertEquals("false", byId("file-input").getDomProperty("multiple"), "a single job one export");
        assertEquals("Drop this month\u2019s exports here", byId("pack-title").getText());

        Map<String, List<String>> further = new LinkedHashMap<>();
        further.put("aging", List.of());
        further.put("dunning", List.of("customers", "previous", "plans", "policy"));
        further.put("recon", List.of("gl", "register", "prior"));
        further.put("cashapp", List.of("payments", "remittances", "cacustomers", "rules", "caprevious"));
        further.put("statements", List.of("stcustomers", "sthistory"));
        further.put("confirmations", List.of("cfhistory", "cfprevious"));
        further.put("allowance", List.of("alhistory", "alwriteoffs", "altb", "alprevious"));
        for (Map.Entry<String, List<String>> job : further.entrySet()) {
            driver.findElement(By.cssSelector("label[for='job-" + job.getKey() + "']")).click();
            for (String zone : further.values().stream().flatMap(List::stream).toList()) {
                assertEquals(job.getValue().contains(zone), isShown(zone + "-zone"), zone + " with the " + job.getKey() + " job");
            }
            assertTrue(byId("file-zone").isDisplayed(), "the open items with the " + job.getKey() + " job");
        }
        Map<String, String> titles = Map.of("customers", "Customer master (optional)", "policy", "Dunning policy (optional, JSON)",
                "gl", "General ledger export (required)", "payments", "Payments (required)", "rules", "Rules (optional, JSON)",
                "caprevious", "Reviewed cash application (optional)");
        titles.forEach((zone, title) -> assertEquals(title, byId(zone + "-title").getDomProperty("textContent")));
        assertEquals(".xlsx", byId("previous-input").getAttribute("accept"));
        assertEquals(".xlsx", byId("caprevious-input").getAttribute("accept"));
        assertEquals(".json,application/json", byId("rules-input").getAttribute("accept"));
        assertTrue(byId("payments-input").getAttribute("accept").contains(".bai2"), "bank statements for the payments");
        assertEquals(byId("file-input").getAttribute("accept"), byId("gl-input").getAttribute("accept"), "the GL as an export");

        driver.findElement(By.cssSelector("label[for='job-recon']")).click();
        WebElement hint = byId("build-hint");
        assertEquals("Choose the open-items export and the general ledger export first.", hint.getText());
        assertTrue(byId("gl-zone").getAttribute("class").contains("is-missing"), "the GL is required");
        choose("gl-input", HISTORY);
        wait(WAIT).until(d -> byId("gl-zone").getAttribute("class").contains("has-file"));
        assertEquals("invoice-history.csv", byId("gl-zone").findElement(By.className("mini-name")).getText());
        assertEquals("Replace", byId("gl-choose").getText());
        assertTrue(byId("gl-remove").isDisplayed(), "a chosen file can be removed");
        assertEquals("Choose an export file first.", hint.getText());
        choose("register-input", OPEN_ITEMS);
        wait(WAIT).until(d -> byId("build-note").getText().startsWith("With the transaction register; add the prior period"));
        screenshot("page-zones-recon.png");

        byId("gl-remove").click();
        wait(WAIT).until(d -> byId("gl-zone").getAttribute("class").contains("is-missing"));
        assertFalse(byId("gl-remove").isDisplayed(), "nothing left to remove");
        assertEquals("gl-choose", driver.switchTo().activeElement().getAttribute("id"), "the keyboard stays in the zone");
        assertEquals("Choose the open-items export and the general ledger export first.", hint.getText());
        assertCleanConsole(false);
    }

    /**
     * The review round trip on the page: the cash application of the BAI2 example is written by the CLI, a person
     * accepts one suggestion and rejects another on Review (set with POI), and the reviewed workbook is dropped on
     * the cash application's "Reviewed cash application" zone. Expected as worked out in CashAppRoundTripCliTest:
     * exactly the accepted 6,200.00 is imported, applied 29,237.31 in all, the rejected 430.00 unapplied with its note.
     */
    @Test
    void cashApplicationTakesTheReviewedWorkbookAndAppliesExactlyTheAcceptedRow() throws Exception {
        Path ex = Path.of("examples/cashapp");
        Path first = tmp.resolve("first.xlsx");
        var cli = com.arworkbench.cli.CliRun.run("cashapp", ex.resolve("open-items.csv").toString(), "--payments",
                ex.resolve("payments.bai2.txt").toString(), "--remittances", ex.resolve("remittance-advice.csv").toString(),
                "--customers", ex.resolve("customers.csv").toString(), "--as-of", "2026-06-30", "--out", first.toString());
        assertEquals(0, cli.code(), cli.err());
        Path reviewed = com.arworkbench.support.CashAppWorkbooks.review(first, tmp.resolve("reviewed.xlsx"), List.of(
                new com.arworkbench.support.CashAppWorkbooks.Review("LB26061000111", "0090001295", "Accept", null),
                new com.arworkbench.support.CashAppWorkbooks.Review("LB26061000111", "0090001301", "Reject", "wrong invoice")));

        driver.findElement(By.cssSelector("label[for='job-cashapp']")).click();
        choose("file-input", ex.resolve("open-items.csv"));
        wait(WAIT).until(d -> byId("inspect-panel").isDisplayed());
        choose("payments-input", ex.resolve("payments.bai2.txt"));
        choose("remittances-input", ex.resolve("remittance-advice.csv"));
        choose("cacustomers-input", ex.resolve("customers.csv"));
        choose("caprevious-input", reviewed);
        wait(WAIT).until(d -> byId("caprevious-zone").getAttribute("class").contains("has-file"));
        setDate("as-of", "2026-06-30");
        Path xlsx = buildSingleJob();
        try (XSSFWorkbook wb = Workbooks.open(xlsx)) {
            assertEquals("ALL CHECKS OK", masterCheck(wb));
            var erp = com.arworkbench.support.CashAppWorkbooks.rows(wb, "ERP Import").stream()
                    .filter(r -> r.get("Line type").equals("INVOICE")).toList();
            assertEquals(1, erp.size(), erp.toString());
            assertEquals("0090001295", erp.get(0).get("Invoice"));
            assertEquals("6200", erp.get(0).get("Amount applied"));
            assertEquals(new java.math.BigDecimal("29237.31"),
                    com.arworkbench.support.CashAppWorkbooks.sum(com.arworkbench.support.CashAppWorkbooks.rows(wb, "Applied"),
                            "Applied amount"));
            var rejected = com.arworkbench.support.CashAppWorkbooks.rows(wb, "Unapplied").stream()
                    .filter(r -> r.get("Payment id").equals("LB26061000111")).findFirst().orElseThrow();
            assertEquals("430", rejected.get("Unapplied amount"));
            assertEquals("wrong invoice", rejected.get("Reviewer note"));
        }
        screenshot("page-cash-review.png");
        assertCleanConsole(false);
    }

    /**
     * The allowance through the page: the generated history with known loss rates (src/test/resources/allowance), its
     * write-offs and trial balance on the allowance's zones, the roll-rate method chosen in its field: the workbook
     * uses the roll rates and carries the oracle's allowance held; the history is required before the build.
     */
    @Test
    void allowanceJobBuildsTheProvisionMatrixWithTheMethodChosenOnThePage() throws Exception {
        Path dir = Path.of("src/test/resources/allowance");
        driver.findElement(By.cssSelector("label[for='job-allowance']")).click();
        choose("file-input", dir.resolve("open-items.csv"));
        wait(WAIT).until(d -> byId("inspect-panel").isDisplayed());
        assertTrue(byId("alhistory-zone").getAttribute("class").contains("is-missing"), "the history is required");
        choose("alhistory-input", dir.resolve("history.csv"));
        choose("alwriteoffs-input", dir.resolve("write-offs.csv"));
        choose("altb-input", dir.resolve("trial-balance.csv"));
        wait(WAIT).until(d -> byId("altb-zone").getAttribute("class").contains("has-file"));
        new org.openqa.selenium.support.ui.Select(byId("method")).selectByValue("roll-rate");
        setDate("as-of", "2026-06-30");
        assertEquals("Build allowance", byId("build").getText());
        Path xlsx = buildSingleJob();
        try (XSSFWorkbook wb = Workbooks.open(xlsx)) {
            assertEquals("ALL CHECKS OK", masterCheck(wb));
            Sheet s = wb.getSheet("Allowance");
            int h = Workbooks.headerRow(s, "Currency");
            var row = Workbooks.dataRows(s, h).get(0);
            assertEquals("Roll rate", Workbooks.text(row.getCell(Workbooks.column(s, h, "Method"))));
            Workbooks.assertMoney("20000.00", row.getCell(Workbooks.column(s, h, "Allowance per trial balance")),
                    "the trial balance's 1210");
        }
        screenshot("page-allowance.png");
        assertCleanConsole(false);
    }

    @Test
    void agingJobFromTheSapExampleDownloadsTheWorkbookWithTheEuroTotal() throws Exception {
        choose("file-input", SAP);
        wait(WAIT).until(d -> byId("inspect-panel").isDisplayed());
        assertTrue(byId("detected-profile").getText().contains("SAP"), byId("detected-profile").getText());
        assertEquals("130", byId("data-rows").getText());

        setDate("as-of", "2026-05-31");
        assertEquals("Build aging workbook", byId("build").getText());
        Path xlsx = buildSingleJob();
        assertEquals(xlsx.getFileName().toString(), byId("result-file").getText());
        assertTrue(byId("result-totals").getText().contains("891,753.32"), byId("result-totals").getText());

        try (XSSFWorkbook wb = Workbooks.open(xlsx)) {
            assertMoneyTotal(wb.getSheet("Summary"), "Total EUR", "891753.32");
            assertEquals("ALL CHECKS OK", masterCheck(wb));
        }
        screenshot("page-aging.png");
        assertCleanConsole(false);
    }

    /**
     * A build long enough to watch (issue 17): the status line shows the upload's percentage with its bar, then the
     * server's phase with the rows read so far and the seconds; when the workbook is in, the progress line is gone and
     * the status says it was downloaded. The page records every text the line shows as it changes.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aSizeableBuildShowsTheUploadThenThePhaseAndRowsThenClearsThem() throws Exception {
        Path csv = GeneratedExport.write(tmp.resolve("generated-150k.csv"), 150_000);
        assertEquals("progress", byId("status-bar").getTagName());
        assertEquals("status", byId("status").getAttribute("role"));
        assertEquals("polite", byId("status").getAttribute("aria-live"));
        ((JavascriptExecutor) driver).executeScript("window.__progressSeen = [];"
                + "var line = document.getElementById('status-progress');"
                + "new MutationObserver(function () {"
                + "  if (!line.hidden) { window.__progressSeen.push(line.textContent.replace(/\\s+/g, ' ').trim()); }"
                + "}).observe(line, {subtree: true, childList: true, characterData: true, attributes: true});");
        choose("file-input", csv);
        wait(WAIT).until(d -> byId("inspect-panel").isDisplayed());
        setDate("as-of", GeneratedExport.AS_OF.toString());
        Path xlsx = buildSingleJob();
        assertTrue(xlsx.getFileName().toString().startsWith("aging-2026-06-30-"), xlsx.toString());

        List<String> seen = (List<String>) ((JavascriptExecutor) driver).executeScript("return window.__progressSeen;");
        Files.write(OUT.resolve("progress-seen.txt"), seen);
        assertTrue(seen.stream().anyMatch(t -> t.matches("Uploading \\d{1,3} %")), "the upload's percentage in " + seen);
        assertTrue(seen.stream().anyMatch(t -> t.matches("(Reading rows|Writing the workbook) \u00b7 [\\d,]+ rows \u00b7 \\d+ s")),
                "the server's phase with rows and seconds in " + seen);
        assertFalse(byId("status-progress").isDisplayed(), "the progress line is gone once the workbook is in");
        assertFalse(byId("status-bar").isDisplayed());
        assertTrue(byId("status-text").getText().endsWith("downloaded."), byId("status-text").getText());
        assertFalse(byId("status-spinner").isDisplayed());
        assertCleanConsole(false);
    }

    /**
     * The three-run collections scenario through the page (issue 15): each run drops the export and last run's
     * workbook, as edited by a collector, on the dunning job; the Contact log, promises and the payment plan are
     * checked as in the command line's run of the same scenario.
     */
    @Test
    void threeDunningRunsThroughThePageKeepTheContactLogAndJudgeEveryPromise(@TempDir Path tmp) throws Exception {
        driver.findElement(By.cssSelector("label[for='job-dunning']")).click();
        CollectionsScenario.play(tmp, (export, previous, asOf) -> {
            clearDownloads();
            choose("file-input", export);
            wait(WAIT).until(d -> byId("file-current").getText().contains(export.getFileName().toString()));
            if (previous != null) {
                choose("previous-input", previous);
                wait(WAIT).until(d -> byId("previous-zone").getAttribute("class").contains("has-file"));
            }
            setDate("as-of", asOf.toString());
            return Files.copy(buildSingleJob(), tmp.resolve("page-worklist-" + asOf + ".xlsx"));
        });
        assertCleanConsole(false);
    }

    /**
     * Every export layout of the corpus (issue 11) through the page as a user would: choose the file, type the
     * currency where the export has no currency column, set the as-of date, build. The downloaded workbook ties
     * to the independent oracle's totals per currency and keeps the first customer's ID.
     */
    @Test
    void everyCorpusLayoutBuildsThroughThePageToTheOraclesTotals() throws Exception {
        List<Path> expected;
        try (var files = Files.list(CORPUS.resolve("expected"))) {
            expected = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(expected.size() >= 25, "the corpus has " + expected.size() + " layouts");
        List<String> problems = new java.util.ArrayList<>();
        for (Path json : expected) {
            var want = JSON.readTree(json.toFile());
            String file = want.get("file").asText();
            clearDownloads();
            choose("file-input", CORPUS.resolve(file));
            wait(WAIT).until(d -> byId("inspect-panel").isDisplayed() && byId("file-current").getText().contains(file));
            WebElement currency = byId("currency");
            currency.clear();
            var args = want.get("args");
            for (int i = 0; i + 1 < args.size(); i++) {
                if (args.get(i).asText().equals("--currency")) {
                    currency.sendKeys(args.get(i + 1).asText());
                }
            }
            setDate("as-of", want.get("asOf").asText());
            WebElement build = byId("build");
            wait(WAIT).until(ExpectedConditions.elementToBeClickable(build));
            build.click();
            try (XSSFWorkbook wb = Workbooks.open(awaitDownload())) {
                Sheet summary = wb.getSheet("Summary");
                var totals = want.get("totals").fields();
                while (totals.hasNext()) {
                    var t = totals.next();
                    int header = Workbooks.headerRow(summary, "Customer ID");
                    Row row = Workbooks.rowWithText(summary, 0, "Total " + t.getKey());
                    String got = Workbooks.money(row.getCell(Workbooks.column(summary, header, "Total"))).toPlainString();
                    if (new java.math.BigDecimal(got).compareTo(new java.math.BigDecimal(t.getValue().asText())) != 0) {
                        problems.add(file + ": Total " + t.getKey() + " " + got + " vs " + t.getValue().asText());
                    }
                }
                String firstId = want.get("customers").get(0).path("id").asText("");
                if (want.get("byId").asBoolean()) {
                    try {
                        Workbooks.rowWithText(summary, 0, firstId);
                    } catch (AssertionError e) {
                        problems.add(file + ": customer ID " + firstId + " not on Summary");
                    }
                }
                if (!"ALL CHECKS OK".equals(masterCheck(wb))) {
                    problems.add(file + ": " + masterCheck(wb));
                }
            }
        }
        assertEquals(List.of(), problems);
        assertCleanConsole(false);
    }

    @Test
    void unreadableFilesShowTheServersMessageAndDownloadNothing() throws Exception {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path random = Files.write(tmp.resolve("noise.csv"), noise);
        Path empty = Files.write(tmp.resolve("empty.csv"), new byte[0]);

        /* The pack: /api/recognize answers 200 with the problem; the page says it and will not build. */
        choose("pack-input", random);
        wait(WAIT).until(d -> byId("pack-problem").isDisplayed());
        assertEquals(List.of("Not recognised"), recognisedRoles());
        HttpResponse<String> recognise = client.postText("/api/recognize",
                new Multipart().file("files", "noise.csv", noise));
        assertEquals(JSON.readTree(recognise.body()).get("problem").asText(), byId("pack-problem-text").getText());
        assertFalse(byId("pack-build").isEnabled(), "no pack from an unreadable file");

        /* The single job: the inspect refuses the random bytes (415); Build is disabled, saying why, instead of
           sending the same file to the same 415. */
        choose("file-input", random);
        String aging415 = detail(client.postText("/api/aging", new Multipart()
                .field("asOf", "2026-05-31").file("file", "noise.csv", noise)), 415);
        wait(WAIT).until(d -> byId("error").isDisplayed() && !byId("error-detail").getText().isBlank());
        assertEquals(aging415, byId("error-detail").getText(), "the inspect's detail is the aging's");
        assertEquals("Unsupported file", byId("error-title").getText());
        setDate("as-of", "2026-05-31");
        WebElement build = byId("build");
        wait(WAIT).until(d -> byId("build-hint").getText().contains("cannot be used"));
        assertFalse(build.isEnabled(), "no build of a file the inspect refused");
        assertFalse(byId("result-panel").isDisplayed(), "no result for a refused file");

        /* An empty file: 422 with its own detail. */
        choose("file-input", empty);
        String aging422 = detail(client.postText("/api/aging", new Multipart()
                .field("asOf", "2026-05-31").file("file", "empty.csv", new byte[0])), 422);
        wait(WAIT).until(d -> byId("error-detail").getText().equals(aging422));
        assertEquals("File cannot be used", byId("error-title").getText());
        assertFalse(byId("build").isEnabled(), "nor of an empty one");

        Thread.sleep(1500);  // a download, had one started, would show by now
        assertEquals(List.of(), listDownloads(), "nothing downloaded");
        screenshot("page-errors.png");
        assertCleanConsole(true);
    }

    /**
     * The mapping step: the export's open amount is guessed wrong ("Invoice Amount"; the balance is "Still Owed"),
     * the user moves it with the drop-down, builds (the workbook's total follows), saves the mapping, and next
     * month's export with the same header (written in other case and spacing) is read with it without asking.
     * An export with two columns under the open amount's header is not guessed: the page highlights both and
     * waits for the user's choice before it builds.
     */
    @Test
    void theUserFixesAColumnRebuildsSavesTheMappingAndTheNextExportUsesIt() throws Exception {
        Path june = Files.copy(MAPPING.resolve("guessed.csv"), tmp.resolve("harbor-open-items-2026-06.csv"));
        Path july = Files.copy(MAPPING.resolve("guessed-next.csv"), tmp.resolve("harbor-open-items-2026-07.csv"));

        choose("file-input", june);
        wait(WAIT).until(d -> byId("mapping-table").isDisplayed());
        assertEquals("openAmount", fieldOf("field-5"), "the guess: Invoice Amount");
        assertEquals("", fieldOf("field-6"), "Still Owed not used");
        assertTrue(byId("mapping-table").getText().contains("1000.00"), "a sample value per column");
        assertEquals(7, driver.findElements(By.cssSelector("#mapping-table .confidence")).size()
                + driver.findElements(By.cssSelector("#mapping-table .mapping-sure .muted")).size());

        new Select(byId("field-6")).selectByValue("openAmount");
        assertEquals("", fieldOf("field-5"), "one column per field: Invoice Amount gave it up");
        assertTrue(byId("mapping-table").findElement(By.cssSelector("tr[data-column='6']")).getText().contains("your choice"));
        new Select(byId("field-5")).selectByValue("originalAmount");

        setDate("as-of", "2026-06-30");
        WebElement build = byId("build");
        wait(WAIT).until(ExpectedConditions.elementToBeClickable(build));
        build.click();
        Path first = awaitDownload();
        try (XSSFWorkbook wb = Workbooks.open(first)) {
            assertMoneyTotal(wb.getSheet("Summary"), "Total USD", "3000.00");
        }
        wait(WAIT).until(d -> byId("result-panel").isDisplayed());
        assertTrue(byId("result-totals").getText().contains("3,000.00"), byId("result-totals").getText());

        WebElement name = byId("mapping-name");
        assertEquals("harbor-open-items-2026-06", name.getDomProperty("value"), "named after the file");
        name.clear();
        name.sendKeys("Harbor open items");
        byId("mapping-save").click();
        wait(WAIT).until(d -> byId("mapping-save-status").getText().contains("Saved as"));
        screenshot("page-mapping-changed.png");

        clearDownloads();
        choose("file-input", july);
        wait(WAIT).until(d -> isShown("mapping-saved") && byId("mapping-saved").getText().contains("Harbor open items"));
        assertTrue(byId("mapping-saved").getText().toLowerCase().contains("saved mapping"), byId("mapping-saved").getText());
        assertEquals("openAmount", fieldOf("field-6"), "the saved choice, without asking");
        assertEquals("originalAmount", fieldOf("field-5"));
        wait(WAIT).until(ExpectedConditions.elementToBeClickable(build));
        build.click();
        Path second = awaitDownload();
        try (XSSFWorkbook wb = Workbooks.open(second)) {
            assertMoneyTotal(wb.getSheet("Summary"), "Total USD", "1100.00");
            assertEquals("ALL CHECKS OK", masterCheck(wb));
        }
        screenshot("page-mapping-saved.png");

        /* Two columns under the header the open amount was matched by: the page asks, Build waits. */
        clearDownloads();
        choose("file-input", Files.copy(MAPPING.resolve("two-amount-columns.csv"), tmp.resolve("two-amounts.csv")));
        // The smaller of the two is taken as open (an open amount never exceeds the original), but only as a proposal.
        wait(WAIT).until(d -> isShown("mapping-table") && "openAmount".equals(fieldOf("field-6")));
        assertFalse(build.isEnabled(), "no build while the open amount is uncertain");
        assertTrue(byId("build-hint").getText().toLowerCase().contains("open amount"), byId("build-hint").getText());
        assertTrue(byId("mapping-table").findElement(By.cssSelector("tr[data-column='6']")).getAttribute("class")
                .contains("is-uncertain"), "the candidate rows are highlighted");
        byId("mapping-table").findElement(By.cssSelector("tr[data-column='6'] .mapping-sure button")).click();
        wait(WAIT).until(ExpectedConditions.elementToBeClickable(build));
        build.click();
        try (XSSFWorkbook wb = Workbooks.open(awaitDownload())) {
            assertMoneyTotal(wb.getSheet("Summary"), "Total USD", "2900.00");
        }
        assertCleanConsole(false); // nothing refused: inspect answers with the question, not a 422
    }

    /* ------------------------------------------------------------------ */

    private static final Path MAPPING = Path.of("src/test/resources/mapping");
    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    private static String fieldOf(String selectId) {
        return byId(selectId).getDomProperty("value");
    }

    private static boolean isShown(String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    private static void clearDownloads() throws IOException {
        for (Path p : listDownloads()) {
            Files.delete(p);
        }
    }

    private static WebDriverWait wait(Duration timeout) {
        WebDriverWait w = new WebDriverWait(driver, timeout, Duration.ofMillis(200));
        w.ignoring(StaleElementReferenceException.class);
        return w;
    }

    private static WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    private static List<String> texts(By by) {
        return driver.findElements(by).stream().map(WebElement::getText).toList();
    }

    private static List<String> recognisedRoles() {
        return texts(By.cssSelector("#pack-rows .pack-role-label"));
    }

    /** What a user picking files in the dialog does: the input's files set, one "change" event. */
    private static void choose(String inputId, Path... files) {
        String paths = Stream.of(files).map(p -> p.toAbsolutePath().toString()).collect(Collectors.joining("\n"));
        byId(inputId).sendKeys(paths);
    }

    /** Date inputs take typed keys in the browser's locale order; set the ISO value as a picker would. */
    private static void setDate(String inputId, String iso) {
        ((JavascriptExecutor) driver).executeScript(
                "var i = arguments[0]; i.value = arguments[1];"
                        + "i.dispatchEvent(new Event('input', {bubbles: true}));"
                        + "i.dispatchEvent(new Event('change', {bubbles: true}));", byId(inputId), iso);
        assertEquals(iso, byId(inputId).getDomProperty("value"));
    }

    private static List<Path> listDownloads() throws IOException {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.sorted().toList();
        }
    }

    /** Builds the single job once it may, waits for its download and result, which must say ALL CHECKS OK. */
    private static Path buildSingleJob() {
        WebElement build = byId("build");
        wait(WAIT).until(ExpectedConditions.elementToBeClickable(build));
        build.click();
        Path xlsx = awaitDownload();
        WebElement checks = byId("checks-status");
        wait(WAIT).until(d -> byId("result-panel").isDisplayed() && !checks.getText().isBlank());
        assertEquals("ALL CHECKS OK", checks.getText());
        return xlsx;
    }

    /** The one finished .xlsx in the download folder: no .crdownload left and its size settled. */
    private static Path awaitDownload() {
        long[] lastSize = {-1};
        return wait(WAIT).withMessage("a finished .xlsx download in " + downloads).until(d -> {
            try {
                List<Path> files = listDownloads();
                if (files.size() != 1 || !files.get(0).toString().endsWith(".xlsx")) {
                    return null;
                }
                long size = Files.size(files.get(0));
                boolean settled = size > 0 && size == lastSize[0];
                lastSize[0] = size;
                return settled ? files.get(0) : null;
            } catch (IOException e) {
                return null;
            }
        });
    }

    private static String detail(HttpResponse<String> r, int status) throws IOException {
        return ApiClient.assertError(r, status).get("detail").asText();
    }

    /** The "Total" column of the row labelled {@code label} in column A, to the cent. */
    private static void assertMoneyTotal(Sheet sheet, String label, String expected) {
        int header = Workbooks.headerRow(sheet, "Customer ID");
        int col = Workbooks.column(sheet, header, "Total");
        Row total = Workbooks.rowWithText(sheet, 0, label);
        Workbooks.assertMoney(expected, total.getCell(col), sheet.getSheetName() + " " + label);
    }

    private static String masterCheck(XSSFWorkbook wb) {
        return text(Workbooks.rowWithText(wb.getSheet("Checks"), 0, "Master check").getCell(1));
    }

    private static void screenshot(String name) throws IOException {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), OUT.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * No CSP violation (console or the page's own securitypolicyviolation listener) and no script error;
     * with {@code provoked}, the "Failed to load resource ... status of 415/422" lines of the refused
     * uploads are expected and left out.
     */
    @SuppressWarnings("unchecked")
    private static void assertCleanConsole(boolean provoked) {
        List<String> bad = new ArrayList<>();
        int left = 0;
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            String m = e.getMessage();
            if (provoked && PROVOKED.matcher(m).find()) {
                left++;
                continue;
            }
            if (e.getLevel().intValue() >= Level.SEVERE.intValue() || m.contains("Content Security Policy")
                    || m.contains("Refused to")) {
                bad.add(e.getLevel() + " " + m);
            }
        }
        List<String> violations = (List<String>) ((JavascriptExecutor) driver)
                .executeScript("return window.__cspViolations || ['the CSP listener was not installed'];");
        bad.addAll(violations);
        assertEquals(List.of(), bad, "browser console");
        if (provoked) {
            assertTrue(left > 0, "the refused uploads show in the console as 4xx");
        }
    }
}
