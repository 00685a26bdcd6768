package com.arworkbench.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.arworkbench.aging.AgingBasis;
import com.arworkbench.aging.AgingParameters;
import com.arworkbench.aging.BucketScheme;
import com.arworkbench.ingest.IngestOptions;
import com.arworkbench.ingest.table.FormatSniffer;
import com.arworkbench.ingest.table.RawRow;
import com.arworkbench.ingest.table.SniffResult;
import com.arworkbench.ingest.table.SourceFormat;
import com.arworkbench.ingest.table.TableReaders;
import com.arworkbench.ingest.values.AmountParser;
import com.arworkbench.ingest.values.DateOrder;
import com.arworkbench.ingest.values.DateParser;
import com.arworkbench.ingest.values.NumberStyle;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same export saved as .xlsx (real number and date cells), .xls, an HTML table and
 * SpreadsheetML, all named ".xls" as ERPs do: each must give exactly the CSV's result.
 */
class ContainerFormatsTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
        "netsuite-aging-detail.csv, XLSX", "netsuite-aging-detail.csv, XLS_BIFF", "netsuite-aging-detail.csv, HTML_TABLE",
        "netsuite-aging-detail.csv, SPREADSHEET_ML",
        "sap-fbl5n-de.csv, XLSX", "sap-fbl5n-de.csv, XLS_BIFF", "sap-fbl5n-de.csv, HTML_TABLE", "sap-fbl5n-de.csv, SPREADSHEET_ML",
    })
    void sameResultInEveryContainer(String fixture, SourceFormat format) throws Exception {
        Path csv = FIXTURES.resolve(fixture);
        String base = fixture.substring(0, fixture.lastIndexOf('.'));
        JsonNode expected = new ObjectMapper().readTree(FIXTURES.resolve("expected/" + base + ".json").toFile());
        SniffResult sniff = FormatSniffer.sniff(csv);
        List<RawRow> rows = new ArrayList<>();
        TableReaders.open(csv, sniff).read(r -> rows.add(r));
        NumberStyle style = sniff.delimiter() == ';' ? NumberStyle.COMMA_DECIMAL : NumberStyle.POINT_DECIMAL;
        DateOrder order = style == NumberStyle.COMMA_DECIMAL ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;

        Path converted = tmp.resolve(base + ".xls"); // the name lies, as ERP exports do
        switch (format) {
            case XLSX -> writeWorkbook(new XSSFWorkbook(), rows, style, order, converted);
            case XLS_BIFF -> writeWorkbook(new HSSFWorkbook(), rows, style, order, converted);
            case HTML_TABLE -> Files.writeString(converted, html(rows), StandardCharsets.UTF_8);
            case SPREADSHEET_ML -> Files.writeString(converted, spreadsheetMl(rows, style, order), StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException();
        }
        assertEquals(format, FormatSniffer.sniff(converted).format());

        Path out = tmp.resolve(base + "-" + format + ".xlsx");
        AgingOutcome outcome;
        try (OutputStream os = Files.newOutputStream(out)) {
            outcome = AgingJob.run(new AgingRequest(converted, converted.getFileName().toString(),
                    new AgingParameters(LocalDate.parse(expected.get("asOf").asText()), AgingBasis.DUE,
                            BucketScheme.standard()), IngestOptions.detect(), null), os);
        }
        assertEquals(expected.get("expectedProfile").asText(), outcome.layout().profileId());
        ExpectedAging.assertWorkbookMatches(expected, out, outcome);
    }

    private static final Pattern LEADING_ZERO = Pattern.compile("^-?0\\d");

    /** Numbers become numeric cells and dates real date cells, as an ERP's own .xlsx would have them. */
    private static void writeWorkbook(Workbook wb, List<RawRow> rows, NumberStyle style, DateOrder order, Path file)
            throws Exception {
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        Sheet sheet = wb.createSheet("Export");
        for (RawRow raw : rows) {
            Row row = sheet.createRow((int) raw.rowNumber() - 1);
            for (int i = 0; i < raw.width(); i++) {
                String text = raw.cell(i);
                if (text.isEmpty()) {
                    continue;
                }
                Cell cell = row.createCell(i);
                Optional<LocalDate> d = looksLikeDate(text) ? DateParser.parse(text, order) : Optional.empty();
                Optional<AmountParser.Amount> n = LEADING_ZERO.matcher(text.strip()).find() ? Optional.empty()
                        : AmountParser.parse(text, style);
                if (d.isPresent()) {
                    cell.setCellValue(d.get());
                    cell.setCellStyle(date);
                } else if (n.isPresent() && n.get().currency() == null) {
                    cell.setCellValue(n.get().value().doubleValue());
                } else {
                    cell.setCellValue(text);
                }
            }
        }
        try (OutputStream os = Files.newOutputStream(file)) {
            wb.write(os);
        }
        wb.close();
    }

    private static boolean looksLikeDate(String text) {
        return text.strip().matches("\\d{1,2}[./]\\d{1,2}[./]\\d{4}");
    }

    private static String html(List<RawRow> rows) {
        StringBuilder sb = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body><table border=1>\n");
        long next = 1;
        for (RawRow r : rows) {
            for (; next < r.rowNumber(); next++) {
                sb.append("<tr></tr>\n"); // keep row numbers aligned with the CSV lines
            }
            sb.append("<tr>");
            for (String c : r.cells()) {
                sb.append("<td>").append(escape(c)).append("</td>");
            }
            sb.append("</tr>\n");
            next = r.rowNumber() + 1;
        }
        return sb.append("</table></body></html>\n").toString();
    }

    private static String spreadsheetMl(List<RawRow> rows, NumberStyle style, DateOrder order) {
        StringBuilder sb = new StringBuilder("""
                <?xml version="1.0"?>
                <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
                 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
                 <Worksheet ss:Name="Export"><Table>
                """);
        for (RawRow r : rows) {
            sb.append("  <Row ss:Index=\"").append(r.rowNumber()).append("\">");
            for (int i = 0; i < r.width(); i++) {
                String text = r.cell(i);
                if (text.isEmpty()) {
                    continue;
                }
                Optional<LocalDate> d = looksLikeDate(text) ? DateParser.parse(text, order) : Optional.empty();
                Optional<AmountParser.Amount> n = LEADING_ZERO.matcher(text.strip()).find() ? Optional.empty()
                        : AmountParser.parse(text, style);
                sb.append("<Cell ss:Index=\"").append(i + 1).append("\">");
                if (d.isPresent()) {
                    sb.append("<Data ss:Type=\"DateTime\">").append(d.get()).append("T00:00:00.000</Data>");
                } else if (n.isPresent() && n.get().currency() == null) {
                    sb.append("<Data ss:Type=\"Number\">").append(n.get().value().toPlainString()).append("</Data>");
                } else {
                    sb.append("<Data ss:Type=\"String\">").append(escape(text)).append("</Data>");
                }
                sb.append("</Cell>");
            }
            sb.append("</Row>\n");
        }
        return sb.append(" </Table></Worksheet>\n</Workbook>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
