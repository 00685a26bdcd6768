package com.arworkbench.request;

import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.jobs.JobOutcome;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * A job whose request has been read and checked, ready to write its workbook.
 *
 * @param fileName the name the workbook is offered under, e.g. {@code aging-2026-06-30-sap-fbl5n-de.xlsx}
 * @param attachments a folder of files the job writes beside the workbook (the statements' PDFs) that the API
 *                    answers with, zipped with the workbook; null when the answer is the workbook alone
 */
public record WorkbookJob(String fileName, Run run, Path attachments) {

    /** A job that answers with its workbook alone. */
    public WorkbookJob(String fileName, Run run) {
        this(fileName, run, null);
    }

    /** Runs the job, writing its workbook to {@code out}. */
    public interface Run {
        JobOutcome writeTo(OutputStream out) throws IOException, UnreadableFileException;
    }

    public JobOutcome writeTo(OutputStream out) throws IOException, UnreadableFileException {
        return run.writeTo(out);
    }
}
