package com.arworkbench.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The server and the pipeline never open an outbound connection. A local listener stands in for
 * "the internet": files that point at it (an external DTD or entity in camt.053, SpreadsheetML and
 * xlsx sheet XML; images, styles and scripts in an HTML ".xls") must not reach it, and a default
 * {@link ProxySelector} records every URL lookup the JVM makes while the server works.
 */
class NoOutboundNetworkIT {

    @RegisterExtension
    static final ApiClient client = new ApiClient();

    private static ServerSocket listener;
    private static final AtomicInteger hits = new AtomicInteger();
    private static final List<URI> lookups = Collections.synchronizedList(new ArrayList<>());
    private static ProxySelector previous;
    private static String bait;

    @BeforeAll
    static void listen() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        bait = "http://127.0.0.1:" + listener.getLocalPort();
        Thread accept = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket s = listener.accept()) {
                    hits.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        }, "bait-listener");
        accept.setDaemon(true);
        accept.start();
        previous = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                if (!(uri.getHost() != null && uri.getHost().equals("127.0.0.1") && uri.getPort() == client.uri("/").getPort())) {
                    lookups.add(uri);
                }
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        });
    }

    @AfterAll
    static void close() throws IOException {
        ProxySelector.setDefault(previous);
        listener.close();
    }

    @Test
    void theBaitWorks() throws Exception {
        // A parser with the JDK's defaults does fetch the external DTD: the listener and the recorder see it.
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE Document SYSTEM \"" + bait + "/probe.dtd\"><Document/>";
        try {
            javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | org.xml.sax.SAXException e) {
            // the listener hangs up without an answer
        }
        long end = System.currentTimeMillis() + 5000;
        while (hits.get() == 0 && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
        assertTrue(hits.get() > 0, "the listener sees a naive parser");
        assertTrue(lookups.stream().anyMatch(u -> u.toString().contains("probe.dtd")), "the recorder sees it: " + lookups);
        hits.set(0);
        lookups.clear();
    }

    @Test
    void externalDtdsAndEntitiesInPaymentFilesAreNeverFetched() throws Exception {
        String camt = Files.readString(Path.of("examples/cashapp/payments.camt053.xml"));
        byte[] openItems = Files.readAllBytes(Path.of("examples/cashapp/open-items.csv"));
        String withDtd = camt.replaceFirst("\\?>", "?>\n<!DOCTYPE Document SYSTEM \"" + bait + "/camt.dtd\">");
        String withEntity = camt.replaceFirst("\\?>", "?>\n<!DOCTYPE Document [<!ENTITY xxe SYSTEM \"" + bait + "/xxe\">]>")
                .replaceFirst("<MsgId>[^<]*</MsgId>", "<MsgId>&xxe;</MsgId>");
        for (String statement : List.of(withDtd, withEntity)) {
            answered(client.postText("/api/cashapp", new Multipart().field("asOf", "2026-06-30")
                    .file("file", "open-items.csv", openItems)
                    .file("payments", "statement.xml", statement.getBytes(StandardCharsets.UTF_8))));
            answered(client.postText("/api/pack", new Multipart().field("asOf", "2026-06-30")
                    .file("files", "open-items.csv", openItems)
                    .file("files", "statement.xml", statement.getBytes(StandardCharsets.UTF_8))));
            answered(client.postText("/api/recognize", new Multipart()
                    .file("files", "statement.xml", statement.getBytes(StandardCharsets.UTF_8))));
        }
        assertNothingFetched();
    }

    @Test
    void spreadsheetFilesPointingOutwardsAreReadWithoutFetching() throws Exception {
        String spreadsheetMl = "<?xml version=\"1.0\"?>\n<!DOCTYPE Workbook SYSTEM \"" + bait + "/ss.dtd\">\n"
                + "<?mso-application progid=\"Excel.Sheet\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" "
                + "xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet ss:Name=\"AR\"><Table>"
                + "<Row><Cell><Data ss:Type=\"String\">Customer</Data></Cell><Cell><Data ss:Type=\"String\">Open Balance</Data></Cell></Row>"
                + "<Row><Cell><Data ss:Type=\"String\">A</Data></Cell><Cell><Data ss:Type=\"Number\">1</Data></Cell></Row>"
                + "</Table></Worksheet></Workbook>";
        String html = "<html><head><link rel=\"stylesheet\" href=\"" + bait + "/s.css\"><script src=\"" + bait
                + "/x.js\"></script></head><body><img src=\"" + bait + "/p.png\"><iframe src=\"" + bait + "/f\"></iframe>"
                + "<table><tr><td>Customer</td><td>Document Number</td><td>Due Date</td><td>Open Balance</td></tr>"
                + "<tr><td>Alpha</td><td>INV1</td><td>2026-05-31</td><td>100.00</td></tr></table></body></html>";
        for (byte[] file : List.of(spreadsheetMl.getBytes(StandardCharsets.UTF_8), html.getBytes(StandardCharsets.UTF_8),
                xlsxWithExternalEntity())) {
            answered(client.postText("/api/aging", new Multipart().field("asOf", "2026-06-30").file("file", "export.xls", file)));
            answered(client.postText("/api/inspect", new Multipart().file("file", "export.xls", file)));
        }
        assertNothingFetched();
    }

    @Test
    void aFullPackLooksNothingUp() throws Exception {
        HttpResponse<byte[]> r = client.postBytes("/api/pack", new Multipart().field("asOf", "2026-06-30")
                .file("files", "netsuite-ar-aging-detail.csv", Files.readAllBytes(Path.of("examples/netsuite-ar-aging-detail.csv")))
                .file("files", "invoice-history.csv", Files.readAllBytes(Path.of("examples/kpi/invoice-history.csv")))
                .file("files", "netsuite-customers.csv", Files.readAllBytes(Path.of("examples/netsuite-customers.csv")))
                .file("files", "netsuite-gl-detail.csv", Files.readAllBytes(Path.of("examples/recon/netsuite-gl-detail.csv"))));
        assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
        HttpResponse<byte[]> cash = client.postBytes("/api/cashapp", new Multipart().field("asOf", "2026-06-30")
                .file("file", "open-items.csv", Files.readAllBytes(Path.of("examples/cashapp/open-items.csv")))
                .file("payments", "payments.camt053.xml", Files.readAllBytes(Path.of("examples/cashapp/payments.camt053.xml")))
                .file("customers", "customers.csv", Files.readAllBytes(Path.of("examples/cashapp/customers.csv"))));
        assertEquals(200, cash.statusCode(), () -> new String(cash.body(), StandardCharsets.UTF_8));
        assertNothingFetched();
    }

    private static void answered(HttpResponse<String> r) {
        assertTrue(r.statusCode() < 500, () -> "a client error or a workbook, not a failure: " + r.statusCode() + " " + r.body());
    }

    private static void assertNothingFetched() throws InterruptedException {
        Thread.sleep(200);
        assertEquals(0, hits.get(), "connections to the bait listener");
        assertEquals(List.of(), List.copyOf(lookups), "URLs the JVM looked up");
    }

    /** A valid xlsx whose sheet XML declares an external entity on the bait listener and uses it. */
    private static byte[] xlsxWithExternalEntity() throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("AR");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("Customer");
            h.createCell(1).setCellValue("Open Balance");
            Row r = s.createRow(1);
            r.createCell(0).setCellValue("Alpha");
            r.createCell(1).setCellValue(1.0);
            wb.write(plain);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(plain.toByteArray()));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = readAll(in);
                if (e.getName().startsWith("xl/worksheets/sheet")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    xml = xml.replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + bait + "/xxe\">]>");
                    data = xml.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
