package com.arworkbench.jobs;

import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.ingest.recognition.FileRecognizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The files of a pack with their roles: given by the user, or recognised by content. The page
 * shows this before building; the pack refuses what it cannot use with a message naming the file.
 */
public final class PackInputs {

    /** One file as the pack will use it. {@code how} says whether the role was given or recognised, and why. */
    public record Input(NamedFile file, PackRole role, String description, String how) {
    }

    private final List<Input> inputs;

    private PackInputs(List<Input> inputs) {
        this.inputs = List.copyOf(inputs);
    }

    /** Recognises every file without a role. Files that are not recognised get a null role. */
    public static PackInputs recognise(List<PackRequest.PackFile> files) throws IOException {
        List<Input> list = new ArrayList<>();
        for (PackRequest.PackFile f : files) {
            FileRecognizer.Recognition r = FileRecognizer.recognize(f.file().path(), f.file().name());
            if (f.role() != null) {
                list.add(new Input(f.file(), f.role(), r.description(), "given as " + f.role().label().toLowerCase()));
            } else if (r.role() == com.arworkbench.ingest.recognition.FileRole.INVOICE_HISTORY
                    && WriteOffsEvidence.find(f.file().path()) != null) {
                // Write-offs have the history's columns; their title or document types tell them apart.
                list.add(new Input(f.file(), PackRole.WRITE_OFFS, r.description().replaceFirst("^Invoice history",
                        PackRole.WRITE_OFFS.label()), "Has an invoice history's columns, and "
                        + WriteOffsEvidence.find(f.file().path()) + ". " + r.detail()));
            } else {
                list.add(new Input(f.file(), PackRole.of(r.role()), r.description(), r.detail()));
            }
        }
        return new PackInputs(list);
    }

    public List<Input> all() {
        return inputs;
    }

    /**
     * The one file per role; refuses unrecognised files, a missing open-items export and two files
     * for one role, each with what was expected and what was found.
     */
    public Map<PackRole, Input> byRole() throws UnreadableFileException {
        Map<PackRole, Input> m = new EnumMap<>(PackRole.class);
        for (Input i : inputs) {
            if (i.role() == null) {
                throw new UnreadableFileException(i.file().name() + " was not recognised as any AR export (" + i.how()
                        + "). Expected open items, an invoice history, a GL export, payments, a remittance advice, a "
                        + "customer master or a previous worklist; remove it or choose its role in its Role menu.");
            }
            Input before = m.putIfAbsent(i.role(), i);
            if (before != null) {
                throw new UnreadableFileException("Two files are read as " + i.role().label().toLowerCase() + ": "
                        + before.file().name() + " and " + i.file().name() + ", and the pack takes one file per role. "
                        + (i.role() == PackRole.OPEN_ITEMS
                        ? "If one is last period's open items, choose 'Prior-period open items' in its Role menu "
                        + "(command line: --prior FILE)."
                        : i.role() == PackRole.INVOICE_HISTORY
                        ? "If one holds the write-offs (bad debts), choose 'Write-offs' in its Role menu "
                        + "(command line: --write-offs FILE); if both are histories, remove one."
                        : "Choose the right role for each in its Role menu, or remove the one that is not needed."));
            }
        }
        if (!m.containsKey(PackRole.OPEN_ITEMS)) {
            throw new UnreadableFileException("No open-items export among the " + inputs.size() + " file(s) ("
                    + String.join(", ", inputs.stream().map(i -> i.file().name() + ": " + i.role().label().toLowerCase())
                    .toList()) + "). The pack needs the open items (AR aging detail) at the as-of date.");
        }
        return m;
    }
}
