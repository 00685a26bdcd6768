package com.arworkbench.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.support.LibreOffice;
import com.arworkbench.support.Required;
import com.arworkbench.support.OoxmlSchema;
import com.arworkbench.support.Workbooks;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A dashboard as a report writer would build it: three small tables streamed after
 * {@link StyledWorkbook#startStreaming()}, then three charts over their cells. Read back with POI
 * (series, references, caches, the cells behind them), checked at the XML level for what Excel
 * needs. {@link ChartsLibreOfficeIT} opens the same workbook in LibreOffice.
 */
class ChartsTest {

    static final String DASHBOARD = "Dashboard";
    static final String TREND = "DSO trend";
    static final String FORECAST = "Cash forecast";
    static final String AGING_TITLE = "Open AR by aging bucket";
    static final String TREND_TITLE = "DSO, best-possible DSO and average days delinquent";
    static final String FORECAST_TITLE = "13-week cash forecast";
    private static final String C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    static final List<String> BUCKETS = List.of("Current", "1-30", "31-60", "61-90", "91-120", "Over 120");
    static final List<BigDecimal> AGING = amounts("125000.50", "48200.00", "23100.75", "9800.00", "4100.25", "2500.00");
    static final List<String> MONTHS = List.of("2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12",
            "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06");
    static final List<BigDecimal> DSO = amounts("52.4", "50.1", "49.8", "51.2", "53.7", "55.0", "54.2", "51.9",
            "48.6", "47.3", "46.8", "45.9");
    static final List<BigDecimal> BPDSO = amounts("38.2", "37.9", "38.4", "38.0", "39.1", "40.3", "39.8", "38.7",
            "37.5", "37.1", "36.9", "36.4");
    static final List<BigDecimal> ADD = amounts("14.2", "12.2", "11.4", "13.2", "14.6", "14.7", "14.4", "13.2",
            "11.1", "10.2", "9.9", "9.5");
    static final List<String> WEEKS = List.of("W27", "W28", "W29", "W30", "W31", "W32", "W33", "W34", "W35", "W36",
            "W37", "W38", "W39");
    static final List<BigDecimal> FORECAST_IN = amounts("42000", "38500.50", "51000", "47250", "39900", "44100",
            "40000", "52300.25", "46000", "41800", "43700", "49950", "45000");
    static final List<BigDecimal> OVERDUE_IN = amounts("12000", "9500", "8000", "6400.75", "5000", "4200", "3100",
            "2500", "2000", "1500", "1200", "900", "600");

    @TempDir
    static Path tmp;
    static Path file;
    /** Every series written: its chart title, then name → (values ref, values). */
    static final Map<String, Map<String, Charts.Series>> written = new LinkedHashMap<>();
    static final Map<String, String> categoryRefs = new HashMap<>();

    @BeforeAll
    static void writeDashboard() throws IOException {
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        try (XSSFWorkbook t = new XSSFWorkbook();
             OutputStream out = Files.newOutputStream(templates.resolve("dashboard.xlsx"))) {
            for (String name : List.of(DASHBOARD, TREND, FORECAST)) {
                XSSFSheet s = t.createSheet(name);
                s.createRow(0).createCell(0).setCellValue(name);
                s.createRow(2).createCell(0).setCellValue(WorkbookTemplate.COLUMNS_MARKER);
            }
            t.write(out);
        }
        file = tmp.resolve("dashboard-out.xlsx");
        try (StyledWorkbook book = new StyledWorkbook(WorkbookTemplate.load("dashboard.xlsx", templates))) {
            SheetTable aging = book.table(DASHBOARD, List.of(Column.text("Bucket"), Column.amount("Open amount")), 1);
            SheetTable trend = book.table(TREND, List.of(Column.text("Month"), Column.amount("DSO"),
                    Column.amount("BPDSO"), Column.amount("ADD")), 1);
            SheetTable forecast = book.table(FORECAST, List.of(Column.text("Week"), Column.amount("Forecast"),
                    Column.amount("Already overdue")), 1);
            book.startStreaming();

            // Charts go on after streaming started, over rows streamed after it: the case that needs proving.
            int[] agingRows = stream(aging, BUCKETS, List.of(AGING));
            int[] trendRows = stream(trend, MONTHS, List.of(DSO, BPDSO, ADD));
            int[] forecastRows = stream(forecast, WEEKS, List.of(FORECAST_IN, OVERDUE_IN));
            aging.finish();
            trend.finish();
            forecast.finish();

            XSSFSheet dashboard = book.templateSheet(DASHBOARD);
            String bucketsRef = Charts.columnRef(DASHBOARD, 0, agingRows[0], agingRows[1]);
            Charts.bar(dashboard, Charts.Anchor.at(3, 1), AGING_TITLE, bucketsRef, BUCKETS,
                    record(AGING_TITLE, bucketsRef,
                            new Charts.Series("Open amount", Charts.columnRef(DASHBOARD, 1, agingRows[0], agingRows[1]), AGING)),
                    "Amount");
            String monthsRef = Charts.columnRef(TREND, 0, trendRows[0], trendRows[1]);
            Charts.line(dashboard, Charts.Anchor.at(12, 1), TREND_TITLE, monthsRef, MONTHS,
                    record(TREND_TITLE, monthsRef,
                            new Charts.Series("DSO", Charts.columnRef(TREND, 1, trendRows[0], trendRows[1]), DSO),
                            new Charts.Series("BPDSO", Charts.columnRef(TREND, 2, trendRows[0], trendRows[1]), BPDSO),
                            new Charts.Series("ADD", Charts.columnRef(TREND, 3, trendRows[0], trendRows[1]), ADD)),
                    "Days");
            String weeksRef = Charts.columnRef(FORECAST, 0, forecastRows[0], forecastRows[1]);
            Charts.columns(dashboard, new Charts.Anchor(3, 20, 21, 38), FORECAST_TITLE, weeksRef, WEEKS,
                    record(FORECAST_TITLE, weeksRef,
                            new Charts.Series("Forecast", Charts.columnRef(FORECAST, 1, forecastRows[0], forecastRows[1]),
                                    FORECAST_IN),
                            new Charts.Series("Already overdue",
                                    Charts.columnRef(FORECAST, 2, forecastRows[0], forecastRows[1]), OVERDUE_IN)),
                    "Amount", true);
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
    }

    @Test
    void threeChartsOfTheRightKindOnTheDashboard() throws IOException {
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            Map<String, XSSFChart> charts = chartsByTitle(wb.getSheet(DASHBOARD));
            assertEquals(Set.of(AGING_TITLE, TREND_TITLE, FORECAST_TITLE), charts.keySet());

            XDDFBarChartData aging = onlyData(charts.get(AGING_TITLE), XDDFBarChartData.class);
            assertEquals(BarDirection.COL, aging.getBarDirection());
            assertEquals(BarGrouping.CLUSTERED, aging.getBarGrouping());
            assertEquals(1, aging.getSeriesCount());

            XDDFLineChartData trend = onlyData(charts.get(TREND_TITLE), XDDFLineChartData.class);
            assertEquals(3, trend.getSeriesCount());

            XDDFBarChartData forecast = onlyData(charts.get(FORECAST_TITLE), XDDFBarChartData.class);
            assertEquals(BarDirection.COL, forecast.getBarDirection());
            assertEquals(BarGrouping.STACKED, forecast.getBarGrouping());
            assertEquals(2, forecast.getSeriesCount());
        }
    }

    /** The series as written: references, cached values, categories, and the cells behind the references. */
    @Test
    void seriesReferenceTheStreamedCellsAndCacheTheirValues() throws IOException {
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            assertSeriesAsWritten(wb, chartsByTitle(wb.getSheet(DASHBOARD)));
        }
    }

    /** What Excel needs and POI does not always write (see Charts): checked in the chart XML itself. */
    @Test
    void chartXmlHasWhatExcelNeeds() throws Exception {
        List<Document> charts = chartParts(file);
        assertEquals(3, charts.size());
        for (Document d : charts) {
            Element space = d.getDocumentElement();
            assertEquals("0", val(space, "roundedCorners"), "no rounded corners");
            assertEquals("1", val(space, "plotVisOnly"));
            assertEquals("b", val(space, "legendPos"));
            assertEquals(1, space.getElementsByTagNameNS(C_NS, "legend").getLength());
            assertEquals("0", val(space, "varyColors"));
            // Axes: each chart type names two axes, each exists and crosses the other.
            Map<String, String> crosses = new HashMap<>();
            for (String axis : List.of("catAx", "valAx")) {
                Element ax = (Element) space.getElementsByTagNameNS(C_NS, axis).item(0);
                assertNotNull(ax, axis);
                crosses.put(val(ax, "axId"), val(ax, "crossAx"));
            }
            assertEquals(2, crosses.size());
            crosses.forEach((id, other) -> assertEquals(id, crosses.get(other), "axis " + id + " crosses " + other));
            Element valAx = (Element) space.getElementsByTagNameNS(C_NS, "valAx").item(0);
            Element numFmt = (Element) valAx.getElementsByTagNameNS(C_NS, "numFmt").item(0);
            assertEquals(Charts.AXIS_FORMAT, numFmt.getAttribute("formatCode"));
            assertEquals("0", bool(numFmt.getAttribute("sourceLinked")),
                    "axis format not linked to the cells");
            // Every cache: a count, one point per index, a format code for numbers.
            NodeList numCaches = space.getElementsByTagNameNS(C_NS, "numCache");
            NodeList strCaches = space.getElementsByTagNameNS(C_NS, "strCache");
            assertTrue(numCaches.getLength() > 0);
            for (NodeList caches : List.of(numCaches, strCaches)) {
                for (int i = 0; i < caches.getLength(); i++) {
                    Element cache = (Element) caches.item(i);
                    int count = Integer.parseInt(val(cache, "ptCount"));
                    assertEquals(count, cache.getElementsByTagNameNS(C_NS, "pt").getLength());
                    if (cache.getLocalName().equals("numCache")) {
                        assertFalse(val(cache, "formatCode").isEmpty());
                    }
                }
            }
        }
    }

    /**
     * Chart, drawing and sheet parts against the full OOXML schemas (skipped unless poi-ooxml-full is
     * in the local repository, failed under CI=true: {@code mvn dependency:get -Dartifact=org.apache.poi:poi-ooxml-full:5.5.1}).
     * It caught POI leaving the required c:grouping out of line charts.
     */
    @Test
    void partsAreValidAgainstTheFullOoxmlSchemas() throws Exception {
        Optional<OoxmlSchema> found = OoxmlSchema.fromLocalRepository();
        Required.require(found.isPresent(), "poi-ooxml-full is not in the local Maven repository",
                "mvn generate-test-resources fetches it (maven-dependency-plugin, ooxml-full-for-schema-checks)");
        try (OoxmlSchema schema = found.get()) {
            List<String> errors = new ArrayList<>();
            errors.addAll(schema.errors(file, "xl/charts/chart\\d+\\.xml",
                    "org.openxmlformats.schemas.drawingml.x2006.chart.ChartSpaceDocument"));
            errors.addAll(schema.errors(file, "xl/drawings/drawing\\d+\\.xml",
                    "org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.WsDrDocument"));
            errors.addAll(schema.errors(file, "xl/worksheets/sheet\\d+\\.xml",
                    "org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument"));
            assertEquals(List.of(), errors);
        }
    }

    @Test
    void mismatchedReferencesAreRejected() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("Data");
            List<String> cats = List.of("a", "b", "c");
            String catsRef = Charts.columnRef("Data", 0, 1, 3);
            Charts.Anchor at = Charts.Anchor.at(3, 1);
            // One row short: Excel would redraw the chart differently after recalculating.
            assertThrows(IllegalArgumentException.class, () -> Charts.bar(s, at, "t", catsRef, cats,
                    List.of(new Charts.Series("x", Charts.columnRef("Data", 1, 1, 2), amounts("1", "2", "3"))), null));
            assertThrows(IllegalArgumentException.class, () -> Charts.bar(s, at, "t", catsRef, cats,
                    List.of(new Charts.Series("x", Charts.columnRef("Data", 1, 1, 3), amounts("1", "2"))), null));
            assertThrows(IllegalArgumentException.class, () -> Charts.bar(s, at, "t", catsRef, cats,
                    List.of(new Charts.Series("x", Charts.columnRef("Nope", 1, 1, 3), amounts("1", "2", "3"))), null));
            assertThrows(IllegalArgumentException.class, () -> Charts.bar(s, at, "t", "Data!$A$2:$B$4", cats,
                    List.of(new Charts.Series("x", Charts.columnRef("Data", 1, 1, 3), amounts("1", "2", "3"))), null));
            assertEquals("'Cash forecast'!$B$4:$B$16", Charts.columnRef("Cash forecast", 1, 3, 15));
        }
    }

    // ---- helpers ----

    static void assertSeriesAsWritten(XSSFWorkbook wb, Map<String, XSSFChart> charts) {
        assertEquals(written.keySet(), charts.keySet());
        for (var chartEntry : written.entrySet()) {
            String title = chartEntry.getKey();
            XDDFChartData data = charts.get(title).getChartSeries().get(0);
            List<Charts.Series> expected = List.copyOf(chartEntry.getValue().values());
            assertEquals(expected.size(), data.getSeriesCount(), title);
            for (int i = 0; i < expected.size(); i++) {
                Charts.Series want = expected.get(i);
                XDDFChartData.Series got = data.getSeries(i);
                String where = title + " / " + want.name();
                assertEquals(unquoted(want.valuesRef()), unquoted(got.getValuesData().getDataRangeReference()), where);
                assertEquals(unquoted(categoryRefs.get(title)), unquoted(got.getCategoryData().getDataRangeReference()),
                        where);
                List<Cell> valueCells = cells(wb, got.getValuesData().getDataRangeReference());
                List<Cell> categoryCells = cells(wb, got.getCategoryData().getDataRangeReference());
                assertEquals(want.values().size(), got.getValuesData().getPointCount(), where);
                assertEquals(want.values().size(), got.getCategoryData().getPointCount(), where);
                for (int p = 0; p < want.values().size(); p++) {
                    double value = want.values().get(p).doubleValue();
                    assertEquals(value, got.getValuesData().getPointAt(p).doubleValue(), where + " cached value " + p);
                    assertEquals(CellType.NUMERIC, valueCells.get(p).getCellType(), where + " cell " + p);
                    assertEquals(value, valueCells.get(p).getNumericCellValue(), where + " cell " + p);
                    String label = categoryLabels(title).get(p);
                    assertEquals(label, got.getCategoryData().getPointAt(p), where + " cached category " + p);
                    assertEquals(label, categoryCells.get(p).getStringCellValue(), where + " category cell " + p);
                }
            }
        }
    }

    private static List<String> categoryLabels(String title) {
        return switch (title) {
            case AGING_TITLE -> BUCKETS;
            case TREND_TITLE -> MONTHS;
            default -> WEEKS;
        };
    }

    /** LibreOffice writes sheet names quoted even when Excel would not need it. */
    private static String unquoted(String ref) {
        AreaReference a = new AreaReference(ref, SpreadsheetVersion.EXCEL2007);
        return a.getFirstCell().getSheetName() + "!" + a.getFirstCell().formatAsString(false) + ":"
                + a.getLastCell().formatAsString(false);
    }

    private static List<Cell> cells(XSSFWorkbook wb, String ref) {
        List<Cell> cells = new ArrayList<>();
        for (CellReference c : new AreaReference(ref, SpreadsheetVersion.EXCEL2007).getAllReferencedCells()) {
            XSSFSheet s = wb.getSheet(c.getSheetName());
            assertNotNull(s, ref);
            assertNotNull(s.getRow(c.getRow()), ref + ": row " + (c.getRow() + 1) + " exists");
            Cell cell = s.getRow(c.getRow()).getCell(c.getCol());
            assertNotNull(cell, c.formatAsString());
            cells.add(cell);
        }
        return cells;
    }

    static Map<String, XSSFChart> chartsByTitle(XSSFSheet sheet) {
        assertNotNull(sheet.getDrawingPatriarch(), sheet.getSheetName() + " has a drawing");
        Map<String, XSSFChart> charts = new HashMap<>();
        for (XSSFChart c : sheet.getDrawingPatriarch().getCharts()) {
            assertNotNull(c.getTitleText(), "every chart has a title");
            charts.put(c.getTitleText().getString(), c);
        }
        assertEquals(sheet.getDrawingPatriarch().getCharts().size(), charts.size(), "titles are distinct");
        return charts;
    }

    private static <T extends XDDFChartData> T onlyData(XSSFChart chart, Class<T> type) {
        List<XDDFChartData> data = chart.getChartSeries();
        assertEquals(1, data.size(), "one chart type per chart");
        return assertInstanceOf(type, data.get(0));
    }

    private static List<Document> chartParts(Path xlsx) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        List<Document> docs = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().matches("xl/charts/chart\\d+\\.xml")) {
                    InputStream in = new java.io.ByteArrayInputStream(zip.readAllBytes());
                    docs.add(f.newDocumentBuilder().parse(in));
                }
            }
        }
        return docs;
    }

    /**
     * The val attribute (or the text) of the first {@code c:name} element under {@code parent}, ""
     * when absent; booleans as 1/0, since POI writes true/false and the schema allows both.
     */
    private static String val(Element parent, String name) {
        NodeList l = parent.getElementsByTagNameNS(C_NS, name);
        if (l.getLength() == 0) {
            return "";
        }
        Element e = (Element) l.item(0);
        return bool(e.hasAttribute("val") ? e.getAttribute("val") : e.getTextContent());
    }

    private static String bool(String xsdBoolean) {
        return switch (xsdBoolean) {
            case "true" -> "1";
            case "false" -> "0";
            default -> xsdBoolean;
        };
    }

    /** Streams rows of (label, values...) and returns the first and last row index written. */
    private static int[] stream(SheetTable table, List<String> labels, List<List<BigDecimal>> columns) {
        int first = -1;
        int last = -1;
        for (int r = 0; r < labels.size(); r++) {
            SheetTable.RowWriter row = table.row().text(0, labels.get(r));
            for (int c = 0; c < columns.size(); c++) {
                row.amount(c + 1, columns.get(c).get(r));
            }
            first = first < 0 ? row.rowIndex() : first;
            last = row.rowIndex();
        }
        return new int[] {first, last};
    }

    private static List<Charts.Series> record(String title, String categoriesRef, Charts.Series... series) {
        Map<String, Charts.Series> byName = new LinkedHashMap<>();
        for (Charts.Series s : series) {
            byName.put(s.name(), s);
        }
        written.put(title, byName);
        categoryRefs.put(title, categoriesRef);
        return List.of(series);
    }

    private static List<BigDecimal> amounts(String... values) {
        List<BigDecimal> list = new ArrayList<>();
        for (String v : values) {
            list.add(new BigDecimal(v));
        }
        return List.copyOf(list);
    }
}
