package com.arworkbench.web;

import com.arworkbench.ingest.layout.SavedMappings;
import com.arworkbench.jobs.NamedFile;
import com.arworkbench.jobs.PackRequest;
import com.arworkbench.request.Input;
import com.arworkbench.request.Param;
import com.arworkbench.request.RequestValues;
import com.arworkbench.request.Surface;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One API request's form fields and uploads, for the request layer: each field read by its {@link Param}, each
 * file saved into the request's folder when the layer asks for it. Templates and saved mappings are the server's.
 */
final class FormValues implements RequestValues {

    private final Context ctx;
    private final Upload upload;
    private final WebServer server;

    FormValues(Context ctx, Upload upload, WebServer server) {
        this.ctx = ctx;
        this.upload = upload;
        this.server = server;
    }

    @Override
    public Surface surface() {
        return Surface.API;
    }

    /** A blank field is a field left empty on the page: not given. */
    @Override
    public <T> T given(Param<T> p) {
        String text = p.field() == null ? null : ctx.formParam(p.field());
        return text == null || text.isBlank() ? null : p.read(text, Surface.API);
    }

    @Override
    public <T> List<T> givenAll(Param<T> p) {
        return ctx.formParams(p.field()).stream().filter(t -> !t.isBlank()).map(t -> p.read(t, Surface.API)).toList();
    }

    /** The column mapping may come as a file or as JSON text in the same field; either is read from a file. */
    @Override
    public NamedFile file(Input role) throws IOException {
        if (role != Input.MAPPING) {
            return upload.save(ctx, role.field(), role.field() + ".bin");
        }
        NamedFile sent = upload.save(ctx, role.field(), "mapping.json");
        String text = ctx.formParam(role.field());
        if (sent != null || text == null || text.isBlank()) {
            return sent;
        }
        Path p = Files.writeString(upload.dir().resolve("mapping.json"), text, StandardCharsets.UTF_8);
        return new NamedFile(p, "mapping field");
    }

    @Override
    public List<PackRequest.PackFile> packFiles() throws IOException {
        return upload.files(ctx);
    }

    @Override
    public Path workFolder() {
        return upload.dir();
    }

    @Override
    public Path templateDir() {
        return server.config().templateDir();
    }

    @Override
    public SavedMappings savedMappings() {
        return server.savedMappings();
    }
}
