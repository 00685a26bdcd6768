package com.arworkbench.ingest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A required field could be read from more than one column and nothing in the file decides which:
 * the user chooses (the page shows the candidates; the CLI names them and the flag that decides).
 */
public final class AmbiguousMappingException extends UnreadableFileException {

    /** One undecided field and the headers of the columns that could hold it. */
    public record Choice(Field field, List<String> candidates) {
    }

    private final List<Choice> choices;

    public AmbiguousMappingException(List<Choice> choices) {
        this("the file", choices);
    }

    public AmbiguousMappingException(String fileName, List<Choice> choices) {
        super(message(fileName, choices));
        this.choices = List.copyOf(choices);
    }

    public List<Choice> choices() {
        return choices;
    }

    private static String message(String fileName, List<Choice> choices) {
        return choices.stream().map(c -> "Which column of " + fileName + " is the " + c.field().label().toLowerCase(java.util.Locale.ROOT)
                + "? " + c.candidates().stream().map(h -> "'" + h + "'").collect(Collectors.joining(" or "))
                + " could both be it. Choose with --column " + c.field().key() + "=\"" + c.candidates().get(0)
                + "\" (or a --mapping file; on the page, pick it in the column list).")
                .collect(Collectors.joining(" "));
    }
}
