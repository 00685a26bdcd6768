package com.arworkbench.workbook;

import com.arworkbench.model.RejectedRow;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A workbook of sections that owns the sheets every workbook has: Exceptions (declared first, so
 * rows that cannot be used are listed while the file streams), Checks and About (declared when
 * streaming starts, written last). Usage: make the book, make each section on it, {@link #startStreaming},
 * stream rows, then {@link #finish}.
 */
public final class ReportBook implements AutoCloseable {

    private final StyledWorkbook book;
    private final ExceptionsSheet exceptions;
    private final List<WorkbookSection> sections = new ArrayList<>();
    private ChecksSheet checks;
    private AboutSheet about;

    /** @param exportHeaders the open-items export's headers, for the raw-value columns of Exceptions */
    public ReportBook(WorkbookTemplate template, List<String> exportHeaders) {
        this(template, exportHeaders, null);
    }

    /** @param workFolder the request's own folder, where the sheets' rows wait to be zipped (see {@link StyledWorkbook}) */
    public ReportBook(WorkbookTemplate template, List<String> exportHeaders, java.nio.file.Path workFolder) {
        this.book = new StyledWorkbook(template, workFolder);
        this.exceptions = new ExceptionsSheet(book, exportHeaders);
    }

    public StyledWorkbook styled() {
        return book;
    }

    public ExceptionsSheet exceptions() {
        return exceptions;
    }

    /** Hosts a section: its checks go on Checks, in the order sections were added. Before {@link #startStreaming}. */
    public <S extends WorkbookSection> S add(S section) {
        if (checks != null) {
            throw new IllegalStateException("sections are added before the book streams");
        }
        sections.add(section);
        return section;
    }

    /** Declares Checks and About, then streams: every section's sheets must be declared by now. */
    public void startStreaming() {
        this.checks = new ChecksSheet(book);
        this.about = new AboutSheet(book);
        book.startStreaming();
    }

    /** A row of the open-items export that could not be used: listed on Exceptions with its row number. */
    public void notUsed(RejectedRow row) {
        exceptions.add(row);
    }

    /** A row of another input that could not be used: listed, referenced by file name, not counted as an export row. */
    public void notUsedFromOtherFile(RejectedRow row, String fileName) {
        exceptions.addFromOtherFile(row, fileName);
    }

    /**
     * Writes every section, Checks, About and the file; returns the master check. With one section its
     * checks keep their own names and it chooses its About entries; with several, each check is
     * prefixed with its section's name. Sections are written in the order they were added, those that
     * {@linkplain WorkbookSection#writesLast write last} after the others. {@code inputChecks} (the
     * other inputs' own total rows) follow under "Inputs".
     */
    public String finish(RowTieOut openItems, Map<Class<?>, Object> results, List<Check> inputChecks,
                         List<Map.Entry<String, Object>> provenance, OutputStream out) throws IOException {
        SectionEnd end = new SectionEnd(openItems, exceptions.finish(), results);
        Map<WorkbookSection, List<Check>> written = new IdentityHashMap<>();
        for (boolean last : new boolean[] {false, true}) {
            for (WorkbookSection s : sections) {
                if (s.writesLast() == last) {
                    written.put(s, s.write(end));
                }
            }
        }
        boolean single = sections.size() == 1;
        List<Check> all = new ArrayList<>();
        for (WorkbookSection s : sections) {
            List<Check> own = written.get(s);
            all.addAll(single ? own : prefixed(s.name() + ": ", own));
        }
        all.addAll(prefixed("Inputs: ", inputChecks));
        String master = checks.write(all);
        about.write(single ? sections.get(0).about(provenance, master)
                : WorkbookSection.provenanceAndMaster(provenance, master));
        book.write(out);
        return master;
    }

    /** Results by their type, for {@link #finish}: {@code ReportBook.results(agingReport, dunningReport)}; nulls are left out. */
    public static Map<Class<?>, Object> results(Object... results) {
        Map<Class<?>, Object> m = new LinkedHashMap<>();
        for (Object r : results) {
            if (r != null) {
                m.put(r.getClass(), r);
            }
        }
        return m;
    }

    private static List<Check> prefixed(String prefix, List<Check> checks) {
        return checks.stream().map(c -> new Check(prefix + c.name(), c.expectedFormula(), c.expected(), c.actualFormula(),
                c.actual(), c.note(), c.applicable(), c.isCount())).toList();
    }

    @Override
    public void close() throws IOException {
        book.close();
    }
}
