package com.arworkbench.workbook.recon;

import com.arworkbench.recon.ReconRecord;
import com.arworkbench.recon.ReconReport;
import com.arworkbench.workbook.RowTieOut;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** About of a reconciliation workbook: the run's provenance, the cut-off, the GL's kind and what each source put on Recon Data. */
final class ReconAbout {

    private ReconAbout() {
    }

    static List<Map.Entry<String, Object>> entries(List<Map.Entry<String, Object>> provenance, String masterCheck,
                                                   ReconReport report, RowTieOut subledger, ReconTally tally,
                                                   ReconInputsRead inputs) {
        List<Map.Entry<String, Object>> entries = new ArrayList<>(provenance);
        entries.add(Map.entry("As of", report.parameters().asOf()));
        entries.add(Map.entry("GL", report.glHasDocuments() ? "Detail lines: documents matched by reference"
                : "Trial balance: no documents, items not matched one by one"));
        entries.add(Map.entry("Materiality threshold", report.parameters().materiality()));
        entries.add(Map.entry("Reconciliation status", report.status()));
        entries.add(Map.entry("Subledger rows read", subledger.rowsRead()));
        entries.add(Map.entry("Subledger records on Recon Data", tally.count(ReconRecord.SUBLEDGER)));
        entries.add(Map.entry("GL rows read", inputs.glRowsRead()));
        entries.add(Map.entry("GL records on Recon Data", tally.count(ReconRecord.GL)));
        if (tally.count(ReconRecord.REGISTER) + tally.count(ReconRecord.PRIOR) > 0) {
            entries.add(Map.entry("Register records on Recon Data", tally.count(ReconRecord.REGISTER)));
            entries.add(Map.entry("Prior-period records on Recon Data", tally.count(ReconRecord.PRIOR)));
        }
        inputs.otherRowsOnExceptions().forEach((file, n) -> entries.add(Map.entry("Rows of " + file + " on Exceptions", n)));
        entries.add(Map.entry("Note on the GL rows", "Not every GL row is a record: only the AR control accounts are "
                + "compared. The Checks sheet accounts for every GL row (the other accounts' lines counted and summed, "
                + "not listed) and ties the GL lines to the export's own total rows."));
        entries.add(Map.entry("Pivot", "Refreshes from the Recon Data table when the file is opened"));
        entries.add(Map.entry("Master check", masterCheck));
        return entries;
    }
}
