package com.arworkbench.web;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** What the API answers with: JSON, the error body, and a workbook as an attachment. */
final class Responses {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Header values must be ASCII: customer names in file names are escaped, not dropped. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private Responses() {
    }

    static void json(Context ctx, int status, Object body) throws IOException {
        ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(body));
    }

    static void error(Context ctx, int status, String error, String detail) {
        try {
            json(ctx, status, new ApiError(error, detail));
        } catch (IOException e) {
            ctx.status(status).result(error);
        }
    }

    /**
     * The workbook as an attachment, with the run's summary as an ASCII JSON header for the page.
     * The bytes are copied to the client here, inside the request's try-with-resources, so the file
     * is closed and its folder deleted whether the client reads it all or hangs up half way.
     */
    static void workbook(Context ctx, Path workbook, String name, Map<String, Object> summary) throws IOException {
        ctx.status(200);
        ctx.disableCompression();
        ctx.contentType(XLSX);
        ctx.header("Content-Disposition", contentDisposition(name));
        ctx.header("X-Arw-Summary", JSON.writeValueAsString(summary));
        ctx.header("Access-Control-Expose-Headers", "Content-Disposition, X-Arw-Summary");
        ctx.header("Content-Length", String.valueOf(Files.size(workbook)));
        try (InputStream in = Files.newInputStream(workbook)) {
            OutputStream out = ctx.res().getOutputStream();
            in.transferTo(out);
            out.flush();
        }
    }

    /**
     * A zip of the workbook (under its name) and every file of {@code attachments} (the statements' PDFs, under
     * {@code pdf/}), written to {@code zip}. Names are UTF-8 in the zip.
     */
    static void zipWith(Path zip, Path workbook, String workbookName, Path attachments) throws IOException {
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip),
                StandardCharsets.UTF_8)) {
            out.putNextEntry(new java.util.zip.ZipEntry(workbookName));
            Files.copy(workbook, out);
            out.closeEntry();
            if (Files.isDirectory(attachments)) {
                try (var files = Files.list(attachments)) {
                    for (Path f : files.sorted().toList()) {
                        out.putNextEntry(new java.util.zip.ZipEntry("pdf/" + f.getFileName()));
                        Files.copy(f, out);
                        out.closeEntry();
                    }
                }
            }
        }
    }

    /** The zip as an attachment, with the run's summary header, like {@link #workbook}. */
    static void zip(Context ctx, Path zip, String name, Map<String, Object> summary) throws IOException {
        ctx.status(200);
        ctx.disableCompression();
        ctx.contentType("application/zip");
        ctx.header("Content-Disposition", contentDisposition(name));
        ctx.header("X-Arw-Summary", JSON.writeValueAsString(summary));
        ctx.header("Access-Control-Expose-Headers", "Content-Disposition, X-Arw-Summary");
        ctx.header("Content-Length", String.valueOf(Files.size(zip)));
        try (InputStream in = Files.newInputStream(zip)) {
            OutputStream out = ctx.res().getOutputStream();
            in.transferTo(out);
            out.flush();
        }
    }

    /** {@code attachment} with an ASCII fallback name and the UTF-8 name, neither able to name a folder. */
    static String contentDisposition(String name) {
        String safe = name.replaceAll("[\\\\/]", "_").replaceAll("\\p{Cntrl}", "");
        String ascii = safe.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(safe, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** "200 MB", "50 KB": sizes for people. */
    static String size(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : bytes >= 1024 ? (bytes / 1024) + " KB" : bytes + " bytes";
    }
}
