package com.arworkbench.web;

import com.arworkbench.jobs.NamedFile;
import com.arworkbench.jobs.PackRequest;
import com.arworkbench.jobs.PackRole;
import com.arworkbench.request.WorkFolder;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One request's own temp folder below the server's temp root (the request's work folder), with the uploads
 * saved into it as the request layer asks for them; removed with everything in it on close. The client's file
 * names are for display only: files are saved under fixed names.
 */
final class Upload implements AutoCloseable {

    private final Path dir;
    private final long maxUploadBytes;
    private final RequestTempFiles.Scope poiTemp;

    private Upload(Path dir, long maxUploadBytes) {
        this.dir = dir;
        this.maxUploadBytes = maxUploadBytes;
        this.poiTemp = RequestTempFiles.use(dir);
    }

    static Upload open(WebServer server) throws IOException {
        return new Upload(Files.createTempDirectory(server.tempRoot(), "upload-"), server.config().maxUploadBytes());
    }

    /** The request's folder: its uploads, and whatever its job writes while it runs. */
    Path dir() {
        return dir;
    }

    /**
     * The file in multipart field {@code field}, saved as {@code savedAs}; null when none was sent. A form's empty
     * file input arrives as an empty part without a name: nothing was chosen. An empty file that has a name was
     * chosen, and is reported as empty by its job instead of "missing".
     */
    NamedFile save(Context ctx, String field, String savedAs) throws IOException {
        UploadedFile file = ctx.uploadedFile(field);
        if (file == null || file.size() == 0 && (file.filename() == null || file.filename().isBlank())) {
            return null;
        }
        if (file.size() > maxUploadBytes) {
            throw new ApiException(413, "File too large", "The upload is " + Responses.size(file.size())
                    + "; uploads are limited to " + Responses.size(maxUploadBytes) + ".");
        }
        return copy(file, dir.resolve(savedAs), field);
    }

    /**
     * Every file of the multipart field {@code files}, each saved under its own name, with the roles the client
     * gave in the field {@code roles} (JSON {"file name": "history", …}) or null to recognise it.
     */
    List<PackRequest.PackFile> files(Context ctx) throws IOException {
        List<UploadedFile> files = ctx.uploadedFiles("files");
        if (files.isEmpty()) {
            throw new ApiException(400, "No files", "Send the exports as multipart/form-data, each in a field named 'files'.");
        }
        long total = files.stream().mapToLong(UploadedFile::size).sum();
        if (total > maxUploadBytes) {
            throw new ApiException(413, "Files too large", "The uploads are " + Responses.size(total) + " together; uploads "
                    + "are limited to " + Responses.size(maxUploadBytes) + ".");
        }
        Map<String, PackRole> roles = roles(ctx.formParam("roles"));
        List<PackRequest.PackFile> list = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            NamedFile saved = copy(files.get(i), dir.resolve("file-" + i + ".bin"), "file " + (i + 1));
            list.add(new PackRequest.PackFile(saved, roles.get(saved.name())));
        }
        return list;
    }

    private static Map<String, PackRole> roles(String json) {
        Map<String, PackRole> roles = new HashMap<>();
        if (json != null && !json.isBlank()) {
            try {
                new ObjectMapper().readTree(json).fields().forEachRemaining(e -> roles.put(e.getKey(),
                        e.getValue().asText().isBlank() || e.getValue().asText().equalsIgnoreCase("auto") ? null
                                : PackRole.parse(e.getValue().asText())));
            } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
                throw new ApiException(400, "Bad roles", "roles must be JSON {\"file name\": \"role\"}: " + e.getMessage());
            }
        }
        return roles;
    }

    private static NamedFile copy(UploadedFile file, Path to, String fallbackName) throws IOException {
        try (InputStream in = file.content()) {
            Files.copy(in, to);
        }
        return new NamedFile(to, displayName(file.filename(), fallbackName));
    }

    /**
     * The client's file name for display only (About sheet, summaries, download name): the last
     * segment after any / or \\, without control characters. It is never used to build a path.
     */
    static String displayName(String fileName, String fallback) {
        String n = fileName == null ? "" : fileName.replaceAll("^.*[\\\\/]", "").replaceAll("\\p{Cntrl}", "").strip();
        return n.isEmpty() || n.equals(".") || n.equals("..") ? fallback : n;
    }

    @Override
    public void close() throws IOException {
        poiTemp.close();
        WorkFolder.deleteTree(dir, true);
    }
}
