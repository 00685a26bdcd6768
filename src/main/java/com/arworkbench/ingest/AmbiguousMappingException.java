package com.arworkbench.ingest;

import com.arworkbench.ingest.layout.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * A required field could come from more than one column, and guessing would give a wrong total
 * without anyone noticing: the reader stops and names the candidates. The page asks the user with a
 * drop-down per field; the CLI names the flag that decides ({@code --column FIELD="HEADER"}).
 */
public final class AmbiguousMappingException extends UnreadableFileException {

    /**
     * One uncertain field and the columns it could come from.
     *
     * @param candidates what a mapping names the column by: the header text, or the 1-based position
     *                   when the header text is not unique in the row
     */
    public record Choice(Field field, List<String> candidates) {

        public Choice {
            candidates = List.copyOf(candidates);
        }
    }

    private final List<Choice> choices;

    /** Builds the message from the choices: which field, which columns. */
    public AmbiguousMappingException(List<Choice> choices) {
        this(null, choices);
    }

    /** @param fileName the file as the user named it, for the message; null when not known */
    public AmbiguousMappingException(String fileName, List<Choice> choices) {
        super((fileName == null ? "" : fileName + ": ") + describe(choices));
        this.choices = List.copyOf(choices);
    }

    public List<Choice> choices() {
        return choices;
    }

    static String describe(List<Choice> choices) {
        List<String> parts = new ArrayList<>();
        for (Choice c : choices) {
            parts.add(c.field().label() + (c.candidates().isEmpty() ? ": no column looks like it"
                    : " could be " + quoted(c.candidates())));
        }
        return String.join("; ", parts) + ". Choose the column instead of letting the tool guess.";
    }

    /** One line for the command line: the candidates and the flag that decides. */
    public String commandLineHint() {
        List<String> parts = new ArrayList<>();
        for (Choice c : choices) {
            String first = c.candidates().isEmpty() ? "HEADER" : c.candidates().get(0);
            parts.add(c.field().label().toLowerCase() + " is uncertain: candidates " + quoted(c.candidates())
                    + "; decide with --column " + c.field().key() + "=\"" + first + "\"");
        }
        return String.join("; ", parts) + " (or give a complete mapping with --mapping FILE.json, see 'inspect --write-mapping')";
    }

    private static String quoted(List<String> values) {
        List<String> q = new ArrayList<>();
        for (String v : values) {
            q.add(v.matches("\\d+") ? "column " + v : "'" + v + "'");
        }
        return String.join(", ", q);
    }
}
