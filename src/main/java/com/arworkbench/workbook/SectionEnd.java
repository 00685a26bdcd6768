package com.arworkbench.workbook;

import java.util.List;
import java.util.Map;

/**
 * What every section gets when the book is finished: the open-items export's row tie-out, the finished
 * Exceptions sheet (whose numbered rows count as rows of that export), and the engines' results,
 * looked up by type ({@code end.result(DunningReport.class)}) so one book can carry any mix of sections.
 */
public record SectionEnd(RowTieOut openItems, List<SheetTable.Part> exceptionParts, Map<Class<?>, Object> results) {

    public SectionEnd {
        results = Map.copyOf(results);
    }

    /** The engine result of that type; a section asking for one the job did not give is a programming error. */
    public <T> T result(Class<T> type) {
        Object r = results.get(type);
        if (r == null) {
            throw new IllegalStateException("no " + type.getSimpleName() + " was given to the workbook");
        }
        return type.cast(r);
    }

    /** The result of that type, or null. */
    public <T> T optional(Class<T> type) {
        return type.cast(results.get(type));
    }
}
