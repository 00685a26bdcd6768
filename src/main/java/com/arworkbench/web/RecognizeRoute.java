package com.arworkbench.web;

import com.arworkbench.ingest.AmbiguousMappingException;
import com.arworkbench.ingest.IngestOptions;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.jobs.Inspection;
import com.arworkbench.jobs.PackInputs;
import com.arworkbench.jobs.PackRole;
import com.arworkbench.request.Requests;
import io.javalin.http.Context;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code POST /api/recognize}: what each file dropped for the pack is, and whether a pack can be built from them. */
final class RecognizeRoute {

    private final WebServer server;

    RecognizeRoute(WebServer server) {
        this.server = server;
    }

    /** What each dropped file is, by content, before the pack is built: the page shows it. */
    void recognize(Context ctx) throws Exception {
        try (Upload upload = Upload.open(server)) {
            FormValues form = new FormValues(ctx, upload, server);
            PackInputs inputs = PackInputs.recognise(form.packFiles());
            IngestOptions options = Requests.ingestOptions(form);
            List<Map<String, Object>> list = new ArrayList<>();
            String mappingProblem = null;
            String dataEnds = null;
            for (PackInputs.Input i : inputs.all()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", i.file().name());
                m.put("size", Files.size(i.file().path()));
                m.put("role", i.role() == null ? "UNKNOWN" : i.role().name());
                m.put("roleLabel", i.role() == null ? "Not recognised" : i.role().label());
                m.put("description", i.description());
                m.put("how", i.how());
                if (i.role() == PackRole.OPEN_ITEMS) {
                    // The open items' columns, for the mapping table; and where their dates end, for the as-of date.
                    try {
                        Inspection.Report r = Inspection.inspect(i.file().path(), i.file().name(), options);
                        m.put("columns", r.columns());
                        m.put("headerRow", r.headerRow());
                        m.put("profile", r.profile());
                        m.put("uncertain", r.uncertain());
                        m.put("savedMapping", r.savedMapping());
                        m.put("documentDates", r.documentDates());
                        if (r.documentDates() != null && (dataEnds == null || r.documentDates().max().compareTo(dataEnds) > 0)) {
                            dataEnds = r.documentDates().max();
                        }
                        if (!r.uncertain().isEmpty() && mappingProblem == null) {
                            mappingProblem = "Choose the columns of " + i.file().name() + ": " + r.uncertain().stream()
                                    .map(u -> u.label().toLowerCase()).toList() + " could come from more than one column.";
                        }
                    } catch (AmbiguousMappingException e) {
                        m.put("uncertain", ErrorMapper.uncertain(e));
                        m.put("columns", List.of());
                        if (mappingProblem == null) {
                            mappingProblem = "Choose the columns of " + i.file().name() + ": " + e.getMessage();
                        }
                    } catch (UnreadableFileException e) {
                        if (mappingProblem == null) {
                            mappingProblem = i.file().name() + ": " + e.getMessage();
                        }
                    }
                }
                list.add(m);
            }
            String problem = null;
            try {
                inputs.byRole();
            } catch (UnreadableFileException e) {
                problem = e.getMessage();
            }
            if (problem == null) {
                problem = mappingProblem;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("dataEnds", dataEnds);
            body.put("files", list);
            body.put("canBuild", problem == null);
            body.put("problem", problem == null ? "" : problem);
            Responses.json(ctx, 200, body);
        }
    }
}
