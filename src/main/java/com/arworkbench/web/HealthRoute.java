package com.arworkbench.web;

import com.arworkbench.ingest.layout.ErpProfiles;
import com.arworkbench.jobs.AppVersion;
import com.arworkbench.jobs.PackSection;
import com.arworkbench.request.PackSectionParams;
import com.arworkbench.request.Param;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** {@code GET /api/health}: the server is up, its version, and what the page needs to start. */
final class HealthRoute {

    private HealthRoute() {
    }

    /**
     * The profiles, and the pack's table from file roles (and parameters) to sections, so the page shows what a set of
     * files and fields gives.
     */
    static void health(Context ctx) throws IOException {
        List<Map<String, String>> profiles = ErpProfiles.all().stream()
                .map(p -> Map.of("id", p.id(), "name", p.name())).toList();
        // params: the form fields that must all be filled for a section by parameters (the confirmations' thresholds)
        List<Map<String, Object>> sections = Arrays.stream(PackSection.values())
                .map(s -> Map.<String, Object>of("name", s.label(), "needs", s.needs().stream().map(Enum::name).toList(),
                        "uses", s.uses().stream().map(Enum::name).toList(), "add", s.add(),
                        "params", PackSectionParams.turnOn(s).stream().map(Param::field).toList())).toList();
        Responses.json(ctx, 200, Map.of("status", "ok", "version", AppVersion.get(), "profiles", profiles,
                "packSections", sections));
    }
}
