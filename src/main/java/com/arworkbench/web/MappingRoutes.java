package com.arworkbench.web;

import com.arworkbench.ingest.IngestOptions;
import com.arworkbench.ingest.OpenItemsFile;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.ingest.layout.MappingSpec;
import com.arworkbench.ingest.layout.SavedMappings;
import com.arworkbench.jobs.NamedFile;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET/POST /api/mappings}: the column mappings users saved, keyed by the header they were made for. */
final class MappingRoutes {

    private final WebServer server;
    private final SavedMappings savedMappings;

    MappingRoutes(WebServer server, SavedMappings savedMappings) {
        this.server = server;
        this.savedMappings = savedMappings;
    }

    /** {"mappings": [{name, signature, headers, savedAt, mapping}], "problems": ["…skipped: not valid JSON…"]}. */
    void list(Context ctx) throws IOException {
        List<Map<String, Object>> list = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (SavedMappings.Entry e : savedMappings.list()) {
            if (e.problem() != null) {
                problems.add(e.problem());
            } else {
                list.add(mappingJson(e));
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mappings", list);
        body.put("problems", problems);
        Responses.json(ctx, 200, body);
    }

    /**
     * Saves a column mapping by name for a header: fields {@code name}, {@code mapping} (MappingSpec JSON, partial
     * or complete), and either the export in {@code file} (its header row, found with the mapping) or the header
     * cells as a JSON array in {@code headers}. Next time a file with that header is read, the mapping is used.
     */
    void save(Context ctx) throws Exception {
        String name = ctx.formParam("name");
        if (name == null || name.isBlank()) {
            throw new ApiException(400, "No name", "Give the mapping a name in the field 'name'.");
        }
        String text = ctx.formParam("mapping");
        if (text == null || text.isBlank()) {
            throw new ApiException(400, "No mapping", "Send the column mapping as JSON in the field 'mapping', e.g. "
                    + "{\"partial\": true, \"columns\": {\"openAmount\": \"Balance\"}}.");
        }
        MappingSpec spec;
        try {
            spec = MappingSpec.fromJson(new ObjectMapper().readTree(text), name.strip());
        } catch (UnreadableFileException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ApiException(400, "Bad column mapping", e.getMessage());
        }
        List<String> headers = new ArrayList<>();
        if (ctx.uploadedFile("file") != null) {
            try (Upload upload = Upload.open(server)) {
                NamedFile export = upload.save(ctx, "file", "upload.bin");
                if (export == null) {
                    throw new ApiException(400, "No file", "The part 'file' is empty: send the export itself.");
                }
                // The header row as this mapping finds it; a mapping that cannot read the file is refused here.
                OpenItemsFile file = OpenItemsFile.open(export.path(), export.name(), new IngestOptions(null, spec));
                headers.addAll(file.layout().mapping().headers());
            }
        } else {
            String h = ctx.formParam("headers");
            try {
                if (h != null && !h.isBlank()) {
                    new ObjectMapper().readTree(h).forEach(n -> headers.add(n.asText()));
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new ApiException(400, "Bad headers", "headers must be a JSON array of the header cells: "
                        + e.getOriginalMessage());
            }
            if (headers.stream().allMatch(String::isBlank)) {
                throw new ApiException(400, "No header", "Send the export in 'file', or its header cells as a JSON "
                        + "array in 'headers', so the mapping can be found again by its header.");
            }
        }
        SavedMappings.Entry saved;
        try {
            saved = savedMappings.save(name, headers, spec);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "Bad parameter", e.getMessage());
        }
        Responses.json(ctx, 200, mappingJson(saved));
    }

    private static Map<String, Object> mappingJson(SavedMappings.Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", e.name());
        m.put("signature", e.signature());
        m.put("headers", e.headers());
        m.put("savedAt", e.savedAt());
        m.put("mapping", e.spec().toJson());
        return m;
    }
}
