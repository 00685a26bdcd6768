package com.arworkbench.jobs;

import com.arworkbench.allowance.LedgerAllowance;
import com.arworkbench.ingest.UnreadableFileException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pack's allowance against the GL file when that is a trial balance with an allowance account. The GL file is
 * the reconciliation's first: one that is account detail, or has no allowance account, leaves the allowance not
 * compared (said on its sheet and on About) rather than stopping the pack.
 */
final class PackAllowance {

    /** @param allowance null when not compared; {@code note} says against what, or why not. */
    record Ledger(LedgerAllowance allowance, String note) {
    }

    private PackAllowance() {
    }

    static Ledger ledger(PackRun run) throws IOException {
        PackInputs.Input gl = run.file(PackRole.GENERAL_LEDGER);
        if (gl == null) {
            return new Ledger(null, "no trial balance given");
        }
        List<Map.Entry<String, Object>> sources = new ArrayList<>();
        try {
            // Its rows not used are the reconciliation's to list.
            LedgerAllowance a = LedgerAllowances.read(gl.file(), null, null, (f, r) -> { }, sources);
            sources.forEach(e -> run.source("Allowance per trial balance", String.valueOf(e.getValue())));
            return new Ledger(a, "allowance account " + a.account() + " " + a.accountName() + " in " + a.file());
        } catch (UnreadableFileException e) {
            run.source("Allowance per trial balance", "not compared: " + e.getMessage());
            return new Ledger(null, "not compared with the GL file: " + e.getMessage());
        }
    }
}
