package com.arworkbench.jobs;

import com.arworkbench.ingest.OpenItemsFile;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.model.RejectedRow;
import com.arworkbench.workbook.Check;
import com.arworkbench.workbook.PackWorkbookWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One month-end pack in the making: its files by role, the sections they give (from {@link PackSection},
 * the one table), and what the reading steps collect for the workbook: rows of other inputs that go
 * on Exceptions, a provenance line per input, the inputs' own total-row checks.
 */
final class PackRun {

    final PackRequest request;
    final PackInputs inputs;
    final Map<PackRole, PackInputs.Input> files;
    final List<PackSection> sections;
    /** The open-items export; a step may replace it with one that knows its currency. */
    OpenItemsFile openItems;
    final List<Map.Entry<String, RejectedRow>> otherRows = new ArrayList<>();
    final List<Map.Entry<String, Object>> sourceLines = new ArrayList<>();
    final List<Check> inputChecks = new ArrayList<>();

    private PackRun(PackRequest request, PackInputs inputs, Map<PackRole, PackInputs.Input> files, OpenItemsFile openItems) {
        this.request = request;
        this.inputs = inputs;
        this.files = files;
        List<PackSection> of = new ArrayList<>(PackSection.of(files.keySet(), request.asked()));
        if (!request.monthEnd()) {
            of.remove(PackSection.STATEMENTS);
            of.remove(PackSection.ALLOWANCE);
        }
        this.sections = List.copyOf(of);
        this.openItems = openItems;
    }

    /** Recognises the files and opens the open-items export. */
    static PackRun start(PackRequest request) throws IOException, UnreadableFileException {
        PackInputs inputs = PackInputs.recognise(request.files());
        Map<PackRole, PackInputs.Input> files = inputs.byRole();
        NamedFile open = files.get(PackRole.OPEN_ITEMS).file();
        return new PackRun(request, inputs, files, OpenItemsFile.open(open.path(), open.name(), request.ingest()));
    }

    boolean has(PackSection section) {
        return sections.contains(section);
    }

    /** The file given for a role, or null. */
    PackInputs.Input file(PackRole role) {
        return files.get(role);
    }

    /** A row of another input that could not be used: it goes on Exceptions under the file's name. */
    void notUsed(String fileName, RejectedRow row) {
        otherRows.add(Map.entry(fileName, row));
    }

    /** The provenance line of an input ("Invoice history" → "history.csv · SHA-256 … · 981 records used"). */
    void source(String label, String line) {
        sourceLines.add(Map.entry(label, line));
    }

    /** The names the summary and the page list for the pack's sections. */
    List<String> sectionParts() {
        List<String> parts = new ArrayList<>();
        sections.forEach(s -> parts.addAll(s.parts()));
        // Strata only for a stratified sample.
        if (request.confirmations() == null
                || request.confirmations().parameters().sampling() != com.arworkbench.confirmations.Sampling.STRATIFIED) {
            parts.remove(PackWorkbookWriter.CONFIRMATION_SHEETS.strata());
        }
        return List.copyOf(parts);
    }
}
