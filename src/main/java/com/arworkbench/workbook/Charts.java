package com.arworkbench.workbook;

import java.util.List;
import javax.xml.namespace.QName;
import java.util.Objects;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickMark;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTMarker;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTOverlap;

/**
 * Native Excel charts (POI XDDF) over cells that a {@link StyledWorkbook} streams.
 *
 * <p>SXSSF has no chart API, but each streamed sheet sits on an XSSF sheet that still owns its
 * drawing, and SXSSF writes that drawing and its charts with the workbook. So charts are drawn on
 * {@link StyledWorkbook#templateSheet(String)}, before or after streaming starts, as long as it is
 * before {@link StyledWorkbook#write}. The streamed rows cannot be read back, so the caller passes
 * the values it wrote.
 *
 * <p>Each series stores a formula reference to its cells, so a program that recalculates follows
 * the cells. It also stores a cached copy of the values, because previewers and POI do not
 * recalculate and draw the chart from the cache. Both must describe the same cells: every reference
 * is checked against its value count and the workbook's sheets.
 *
 * <p>Categories are text. Write month labels ("2026-01") into the table as text rather than dates:
 * a text category cache over date cells would show different labels after a recalculation.
 */
public final class Charts {

    /** Value-axis labels: money and days both read best as whole numbers with separators. */
    public static final String AXIS_FORMAT = "#,##0";
    /** Number format stored with the cached values (tooltips, data labels). */
    private static final String CACHE_FORMAT = "#,##0.00";
    /** Navy, orange, teal, grey, gold, purple: distinct in colour and in greyscale print. */
    private static final int[] PALETTE = {0x1F3A5F, 0xE07B24, 0x2A9D8F, 0x8D99AE, 0xE9C46A, 0x7B4F9D};

    private Charts() {
    }

    /**
     * One series: its legend name, the cells it plots (e.g. {@code Dashboard!$B$6:$B$11}) and the
     * values written into those cells. Money arrives as BigDecimal and becomes a double only for
     * the chart cache, which is display, not arithmetic.
     */
    public record Series(String name, String valuesRef, List<? extends Number> values) {
        public Series {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(valuesRef, "valuesRef");
            // A null is a missing point (a month without sales has no DSO): the cache leaves it out, as the empty cell does.
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    /** Where a chart sits: from the top-left corner of (col1, row1) to that of (col2, row2), 0-based. */
    public record Anchor(int col1, int row1, int col2, int row2) {
        public static final int DEFAULT_COLUMNS = 9;
        public static final int DEFAULT_ROWS = 18;

        public Anchor {
            if (col1 < 0 || row1 < 0 || col2 <= col1 || row2 <= row1) {
                throw new IllegalArgumentException("empty or negative chart anchor " + col1 + "," + row1 + " to "
                        + col2 + "," + row2);
            }
        }

        /** The default size (about 15 × 9 cm with default column widths) with its top-left at (col, row). */
        public static Anchor at(int col, int row) {
            return new Anchor(col, row, col + DEFAULT_COLUMNS, row + DEFAULT_ROWS);
        }
    }

    /** Clustered vertical columns, e.g. open amount by aging bucket. */
    public static XSSFChart bar(XSSFSheet sheet, Anchor anchor, String title, String categoriesRef,
                                List<String> categories, List<Series> series, String valueAxisTitle) {
        return columns(sheet, anchor, title, categoriesRef, categories, series, valueAxisTitle, false);
    }

    /** Vertical columns, one per series side by side, or stacked into one column per category. */
    public static XSSFChart columns(XSSFSheet sheet, Anchor anchor, String title, String categoriesRef,
                                    List<String> categories, List<Series> series, String valueAxisTitle,
                                    boolean stacked) {
        checkData(sheet, categoriesRef, categories, series);
        XSSFChart chart = newChart(sheet, anchor, title);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = valueAxis(chart, valueAxisTitle);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false); // one colour per series, not per bar
        if (stacked) {
            data.setBarGrouping(BarGrouping.STACKED);
            fullOverlap(chart);
        } else {
            data.setBarGrouping(BarGrouping.CLUSTERED);
        }
        data.setGapWidth(80);
        List<XDDFChartData.Series> added = addSeries(data, categoriesRef, categories, series);
        for (int i = 0; i < added.size(); i++) {
            added.get(i).setFillProperties(solid(i));
        }
        chart.plot(data);
        return chart;
    }

    /**
     * Stacked columns need an overlap of 100 %, else Excel draws each part beside the one below.
     * {@code XDDFBarChartData.setOverlap} fails with poi-ooxml-lite (the schema type of the value is
     * not in it), so the attribute is written as text.
     */
    private static void fullOverlap(XSSFChart chart) {
        CTBarChart bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        CTOverlap overlap = bar.isSetOverlap() ? bar.getOverlap() : bar.addNewOverlap();
        try (XmlCursor c = overlap.newCursor()) {
            c.setAttributeText(new QName("val"), "100");
        }
    }

    /** Lines with markers, one per series, e.g. DSO, best-possible DSO and average days delinquent by month. */
    public static XSSFChart line(XSSFSheet sheet, Anchor anchor, String title, String categoriesRef,
                                 List<String> categories, List<Series> series, String valueAxisTitle) {
        checkData(sheet, categoriesRef, categories, series);
        XSSFChart chart = newChart(sheet, anchor, title);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = valueAxis(chart, valueAxisTitle);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        data.setGrouping(Grouping.STANDARD); // required by the schema; POI leaves it out of a line chart
        data.setVaryColors(false);
        List<XDDFChartData.Series> added = addSeries(data, categoriesRef, categories, series);
        for (int i = 0; i < added.size(); i++) {
            XDDFLineChartData.Series line = (XDDFLineChartData.Series) added.get(i);
            line.setSmooth(false); // a smoothed line invents values between months
            XDDFLineProperties stroke = new XDDFLineProperties(solid(i));
            stroke.setWidth(2.25);
            line.setLineProperties(stroke);
            // No setMarkerSize: its schema type is missing from poi-ooxml-lite (SchemaTypeLoaderException).
            line.setMarkerStyle(MarkerStyle.CIRCLE);
            CTMarker marker = line.getCTLineSer().getMarker();
            XDDFShapeProperties dot = new XDDFShapeProperties(marker.isSetSpPr() ? marker.getSpPr() : marker.addNewSpPr());
            dot.setFillProperties(solid(i));
            dot.setLineProperties(new XDDFLineProperties(solid(i)));
        }
        chart.plot(data);
        return chart;
    }

    /**
     * Series colours are explicit: LibreOffice drew POI's automatic ones (series without spPr) as
     * invisible columns and bare same-colour markers. Navy is the templates' header colour.
     */
    private static XDDFSolidFillProperties solid(int series) {
        int rgb = PALETTE[series % PALETTE.length];
        // from(byte[]) is sRGB; from(int, int, int) takes per-cent-of-channel values and gave near black.
        byte[] bytes = {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
        return new XDDFSolidFillProperties(XDDFColor.from(bytes));
    }

    /** An absolute reference to rows {@code firstRow..lastRow} (0-based) of one column, sheet name quoted as needed. */
    public static String columnRef(String sheetName, int column, int firstRow, int lastRow) {
        CellReference first = new CellReference(sheetName, firstRow, column, true, true);
        CellReference last = new CellReference(sheetName, lastRow, column, true, true);
        return new AreaReference(first, last, SpreadsheetVersion.EXCEL2007).formatAsString();
    }

    private static XSSFChart newChart(XSSFSheet sheet, Anchor a, String title) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch(); // the sheet's existing drawing if it has one
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, a.col1(), a.row1(), a.col2(), a.row2()));
        // POI names every frame "Diagramm<n>" with ids from 0; Excel lists the name in its selection pane.
        int n = drawing.getCharts().size();
        chart.getGraphicFrame().setName("Chart " + n);
        chart.getGraphicFrame().getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr().setId(n);
        if (title != null) {
            chart.setTitleText(title);
            chart.setTitleOverlay(false);
        }
        chart.setAutoTitleDeleted(title == null); // else a one-series chart gets the series name as title
        // Excel draws rounded corners when the element is absent.
        if (!chart.getCTChartSpace().isSetRoundedCorners()) {
            chart.getCTChartSpace().addNewRoundedCorners();
        }
        chart.getCTChartSpace().getRoundedCorners().setVal(false);
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        legend.setOverlay(false);
        chart.displayBlanksAs(DisplayBlanks.GAP);
        return chart;
    }

    private static XDDFValueAxis valueAxis(XSSFChart chart, String title) {
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT); // also crosses the category axis
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        // Columns sit between tick marks; POI's default (midCat) cuts the first and last column in half.
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        y.setNumberFormat(AXIS_FORMAT);
        // POI links the format to the source cells, so Excel would show the cells' "#,##0.00" instead.
        chart.getCTChart().getPlotArea().getValAxArray(0).getNumFmt().setSourceLinked(false);
        y.setMajorTickMark(AxisTickMark.OUT);
        XDDFLineProperties grid = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.LIGHT_GRAY)));
        y.getOrAddMajorGridProperties().setLineProperties(grid);
        if (title != null) {
            y.setTitle(title);
            // Reads upwards beside the axis as Excel's own axis titles do; POI leaves it horizontal (rot 0).
            chart.getCTChart().getPlotArea().getValAxArray(0).getTitle().getTx().getRich().getBodyPr().setRot(-5_400_000);
        }
        return y;
    }

    private static List<XDDFChartData.Series> addSeries(XDDFChartData data, String categoriesRef,
                                                        List<String> categories, List<Series> series) {
        XDDFCategoryDataSource cats = XDDFDataSourcesFactory.fromArray(categories.toArray(String[]::new), categoriesRef);
        return series.stream().map(s -> {
            Double[] values = s.values().stream().map(v -> v == null ? null : v.doubleValue()).toArray(Double[]::new);
            XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromArray(values, s.valuesRef());
            vals.setFormatCode(CACHE_FORMAT);
            XDDFChartData.Series added = data.addSeries(cats, vals);
            added.setTitle(s.name(), null);
            return added;
        }).toList();
    }

    /**
     * A reference that does not cover exactly the values cached for it would make the chart change
     * when Excel recalculates; a sheet name that does not exist would make Excel repair the file.
     */
    private static void checkData(XSSFSheet sheet, String categoriesRef, List<String> categories, List<Series> series) {
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one series");
        }
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one category");
        }
        checkRef(sheet, categoriesRef, categories.size(), "categories");
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series '" + s.name() + "' has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
            checkRef(sheet, s.valuesRef(), s.values().size(), "series '" + s.name() + "'");
        }
    }

    private static void checkRef(XSSFSheet sheet, String ref, int points, String what) {
        AreaReference area = new AreaReference(ref, SpreadsheetVersion.EXCEL2007);
        CellReference first = area.getFirstCell();
        CellReference last = area.getLastCell();
        if (first.getSheetName() == null || sheet.getWorkbook().getSheet(first.getSheetName()) == null) {
            throw new IllegalArgumentException(what + ": " + ref + " must name an existing sheet");
        }
        int rows = last.getRow() - first.getRow() + 1;
        int cols = last.getCol() - first.getCol() + 1;
        if ((rows != 1 && cols != 1) || rows * cols != points) {
            throw new IllegalArgumentException(what + ": " + ref + " must be one row or column of " + points + " cells");
        }
    }
}
