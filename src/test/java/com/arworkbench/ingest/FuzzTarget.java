package com.arworkbench.ingest;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** What every fuzz target class shares: the time budget applied before Jazzer starts, and a folder for inputs. */
abstract class FuzzTarget {

    @TempDir
    static Path temp;

    @BeforeAll
    static void budget() {
        FuzzBudget.apply();
    }
}
