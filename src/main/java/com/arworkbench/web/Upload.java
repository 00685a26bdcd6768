package com.arworkbench.web;

import com.arworkbench.jobs.NamedFile;
import com.arworkbench.jobs.PackRequest;
import com.arworkbench.jobs.PackRole;
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
 * An upload saved to its own temp folder below the server's temp root, removed with everything in it
 * on close. The client's file names are for display only: files are saved under fixed names.
 */
record Upload(Path dir, Path path, String displayName, RequestTempFiles.Scope poiTemp) implements AutoCloseable {


    Upload(Path dir, Path path, String displayName) {
        this(dir, path, displayName, RequestTempFiles.use(dir));
    }

    static Upload of(Context ctx, String field, WebServer server) throws IOException {
        WebServer.Config config = server.config();
        UploadedFile file = ctx.uploadedFile(field);
        if (file == null) {
            throw new ApiException(400, "No file", "Send the export as multipart/form-data in the field '" + field + "'.");
        }
        if (file.size() > config.maxUploadBytes()) {
            throw new ApiException(413, "File too large", "The upload is " + WebServer.size(file.size())
                    + "; uploads are limited to " + WebServer.size(config.maxUploadBytes()) + ".");
        }
        // The client's file name never becomes part of a path: the upload is saved under a fixed name.
        Path dir = Files.createTempDirectory(server.tempRoot(), "upload-");
        Path path = dir.resolve("upload.bin");
        Upload upload = new Upload(dir, path, displayName(file.filename(), "upload"));
        try (InputStream in = file.content()) {
            Files.copy(in, path);
        } catch (IOException | RuntimeException e) {
            upload.close();
            throw e;
        }
        return upload;
    }

    /**
     * Every file of the multipart field {@code files}, each saved under its own name in one temp
     * folder. Roles may come in the field {@code roles}: JSON {"file name": "history", …}.
     */
    static Upload many(Context ctx, WebServer server) throws IOException {
        WebServer.Config config = server.config();
        List<UploadedFile> files = ctx.uploadedFiles("files");
        if (files.isEmpty()) {
            throw new ApiException(400, "No files", "Send the exports as multipart/form-data, each in a field named 'files'.");
        }
        long total = files.stream().mapToLong(UploadedFile::size).sum();
        if (total > config.maxUploadBytes()) {
            throw new ApiException(413, "Files too large", "The uploads are " + WebServer.size(total) + " together; uploads are "
                    + "limited to " + WebServer.size(config.maxUploadBytes()) + ".");
        }
        Path dir = Files.createTempDirectory(server.tempRoot(), "upload-");
        Upload upload = new Upload(dir, null, displayName(files.get(0).filename(), "file 1"));
        try {
            int n = 0;
            for (UploadedFile f : files) {
                Path p = dir.resolve("file-" + (n++) + ".bin");
                try (InputStream in = f.content()) {
                    Files.copy(in, p);
                }
            }
        } catch (IOException | RuntimeException e) {
            upload.close();
            throw e;
        }
        return upload;
    }

    /** The files saved by {@link #many}, with the roles the client gave (JSON field {@code roles}) or none. */
    List<PackRequest.PackFile> packFiles(Context ctx) throws IOException {
        Map<String, PackRole> roles = new HashMap<>();
        String json = ctx.formParam("roles");
        if (json != null && !json.isBlank()) {
            try {
                new ObjectMapper().readTree(json).fields().forEachRemaining(e -> roles.put(e.getKey(),
                        e.getValue().asText().isBlank() || e.getValue().asText().equalsIgnoreCase("auto") ? null
                                : PackRole.parse(e.getValue().asText())));
            } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
                throw new ApiException(400, "Bad roles", "roles must be JSON {\"file name\": \"role\"}: " + e.getMessage());
            }
        }
        List<UploadedFile> files = ctx.uploadedFiles("files");
        List<PackRequest.PackFile> list = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String name = displayName(files.get(i).filename(), "file " + (i + 1));
            list.add(new PackRequest.PackFile(new NamedFile(dir.resolve("file-" + i + ".bin"), name), roles.get(name)));
        }
        return list;
    }

    /** An optional second upload (customer master, previous worklist, policy) saved beside the first. */
    NamedFile extra(Context ctx, String field) throws IOException {
        UploadedFile file = ctx.uploadedFile(field);
        // A form's empty file input arrives as an empty part without a name: nothing was chosen. An empty
        // file that has a name was chosen, and is reported as empty by its job instead of "missing".
        if (file == null || file.size() == 0 && (file.filename() == null || file.filename().isBlank())) {
            return null;
        }
        if (!field.matches("[A-Za-z]+")) {
            throw new IllegalArgumentException("field names are fixed identifiers: " + field);
        }
        Path p = dir.resolve(field + ".bin");
        try (InputStream in = file.content()) {
            Files.copy(in, p);
        }
        return new NamedFile(p, displayName(file.filename(), field));
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
        WebServer.deleteTree(dir, true);
    }
}
