package com.arworkbench.web;

import com.arworkbench.ingest.Progress;
import com.arworkbench.jobs.JobOutcome;
import com.arworkbench.request.Job;
import com.arworkbench.request.Requests;
import com.arworkbench.request.WorkbookJob;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code POST /api/<job>} and {@code POST /api/inspect}: the request read by the request layer from the form,
 * the same job the command line runs, the answer. Everything lives in the request's folder, gone when answered.
 */
final class JobRoutes {

    private final WebServer server;

    JobRoutes(WebServer server) {
        this.server = server;
    }

    /**
     * The endpoint of a job that writes a workbook. With an {@code X-Arw-Run} header the run is followed: its progress
     * is registered under that id for {@code GET /api/progress/{id}} and the job on this thread reports into it; it
     * reads done once answered, whether with the workbook or an error.
     */
    Handler workbook(Job job) {
        return ErrorMapper.contained(ctx -> {
            ProgressRegistry.Run run = server.progress().start(ctx.header(ProgressRegistry.HEADER));
            Progress progress = run == null ? new Progress() : run.progress();
            Progress.use(progress);
            try {
                run(job, ctx, progress);
            } finally {
                server.progress().done(run);
                Progress.use(new Progress()); // a pooled thread never reports into this run again
            }
        });
    }

    private void run(Job job, Context ctx, Progress progress) throws Exception {
        progress.phase("receiving the files");
        try (Upload upload = Upload.open(server)) {
            WorkbookJob workbook = Requests.workbookJob(job, new FormValues(ctx, upload, server));
            progress.phase("opening the files");
            Path file = upload.dir().resolve("workbook.xlsx");
            JobOutcome outcome;
            try (OutputStream out = Files.newOutputStream(file)) {
                outcome = workbook.writeTo(out);
            }
            progress.phase("sending the workbook");
            if (workbook.attachments() != null) {
                Path zip = upload.dir().resolve("answer.zip");
                Responses.zipWith(zip, file, workbook.fileName(), workbook.attachments());
                Responses.zip(ctx, zip, workbook.fileName().replaceFirst("\\.xlsx$", ".zip"), outcome.summary());
            } else {
                Responses.workbook(ctx, file, workbook.fileName(), outcome.summary());
            }
        }
    }

    void inspect(Context ctx) throws Exception {
        try (Upload upload = Upload.open(server)) {
            Responses.json(ctx, 200, Requests.inspect(new FormValues(ctx, upload, server)).inspect());
        }
    }
}
