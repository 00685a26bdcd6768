package com.arworkbench.request;

import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.jobs.JobOutcome;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A job whose request has been read and checked, ready to write its workbook.
 *
 * @param fileName the name the workbook is offered under, e.g. {@code aging-2026-06-30-sap-fbl5n-de.xlsx}
 */
public record WorkbookJob(String fileName, Run run) {

    /** Runs the job, writing its workbook to {@code out}. */
    public interface Run {
        JobOutcome writeTo(OutputStream out) throws IOException, UnreadableFileException;
    }

    public JobOutcome writeTo(OutputStream out) throws IOException, UnreadableFileException {
        return run.writeTo(out);
    }
}
