package com.arworkbench.jobs;

import com.arworkbench.allowance.AllowanceParameters;
import com.arworkbench.ingest.IngestOptions;
import java.nio.file.Path;

/**
 * One allowance run. {@code writeOffs} (a write-offs export), {@code trialBalance} and {@code previous} (last run's
 * allowance workbook, for the outlook and specific provisions typed on it) may be null; {@code allowanceAccount}
 * and {@code expenseAccount} null when recognised by name.
 */
public record AllowanceRequest(NamedFile openItems, NamedFile history, NamedFile writeOffs, NamedFile trialBalance,
                               NamedFile previous, AllowanceParameters parameters, String allowanceAccount,
                               String expenseAccount, IngestOptions ingest, Path templateDir, Path workFolder) {
}
