package com.arworkbench.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A part of a workbook: the sheets of one capability (aging, dunning, reconciliation, cash
 * application, KPIs). A section declares its sheets on the {@link ReportBook} when it is made, before
 * any row streams, and writes them at the end, returning its checks. The book owns Exceptions, Checks
 * and About; a single job's workbook is a book with one section, the month-end pack one with many.
 */
public interface WorkbookSection {

    /** The section's name, which prefixes its checks when a book hosts more than one ("Dunning: …"). */
    String name();

    /** Writes the section's sheets; returns its checks, in the order they go on Checks. */
    List<Check> write(SectionEnd end);

    /**
     * True for a section that shows what the others wrote (the pack's Dashboard points at the KPI
     * sheets' rows): the book writes it after every other section. Its checks still go on Checks in
     * the order the sections were added.
     */
    default boolean writesLast() {
        return false;
    }

    /**
     * The About entries when this section is the book's only one: by default the run's provenance and
     * the master check. A section adds what describes its own run (policy, GL kind).
     */
    default List<Map.Entry<String, Object>> about(List<Map.Entry<String, Object>> provenance, String masterCheck) {
        return provenanceAndMaster(provenance, masterCheck);
    }

    /** About of a book of several sections, and of a section with nothing of its own to add. */
    static List<Map.Entry<String, Object>> provenanceAndMaster(List<Map.Entry<String, Object>> provenance,
                                                              String masterCheck) {
        List<Map.Entry<String, Object>> entries = new ArrayList<>(provenance);
        entries.add(Map.entry("Master check", masterCheck));
        return entries;
    }
}
