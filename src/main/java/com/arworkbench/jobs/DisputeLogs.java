package com.arworkbench.jobs;

import com.arworkbench.dunning.DisputeLog;
import com.arworkbench.dunning.DisputeSettings;
import com.arworkbench.ingest.PreviousDisputesFile;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.model.PreviousDisputes;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Opens the dispute log of a dunning run (the dunning job and the pack's dunning section): its settings from the
 * dunning policy, last run's cases from the previous worklist's Disputes and Closed disputes sheets.
 */
final class DisputeLogs {

    private DisputeLogs() {
    }

    static DisputeLog open(DunningRequest request) throws IOException, UnreadableFileException {
        return open(request.asOf(), request.policy() == null ? null : request.policy().path(),
                request.policy() == null ? null : request.policy().name(), request.templateDir(),
                request.previous() == null ? null : request.previous().path());
    }

    /** The pack's dispute log: the default policy's settings, last run's cases from its previous worklist. */
    static DisputeLog forPack(PackRun run) throws IOException, UnreadableFileException {
        PackInputs.Input previous = run.file(PackRole.PREVIOUS_WORKLIST);
        return open(run.request.asOf(), null, null, run.request.templateDir(), previous == null ? null : previous.file().path());
    }

    /**
     * @param policy       the policy file, or null for the default one
     * @param previousFile last run's workbook, or null for a first run
     */
    static DisputeLog open(LocalDate asOf, Path policy, String policyName, Path templateDir, Path previousFile)
            throws IOException, UnreadableFileException {
        DisputeSettings settings = InputNames.named("dunning policy", () -> DisputeSettings.load(policy, policyName, templateDir));
        PreviousDisputes previous = previousFile == null ? PreviousDisputes.none()
                : InputNames.named("previous worklist", () -> PreviousDisputesFile.read(previousFile));
        return new DisputeLog(asOf, settings, previous);
    }
}
