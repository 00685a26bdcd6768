package com.arworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.arworkbench.support.CollectionsScenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three-run collections scenario through the command line: contact log, promises and a payment plan. */
class CollectionsMemoryCliTest {

    @Test
    void threeRunsKeepTheContactLogAndJudgeEveryPromiseAndInstalment(@TempDir Path dir) throws Exception {
        CollectionsScenario.play(dir, (export, previous, asOf) -> {
            Path out = dir.resolve("worklist-" + asOf + ".xlsx");
            List<String> args = new ArrayList<>(List.of("dunning", export.toString(), "--as-of", asOf.toString(),
                    "--out", out.toString()));
            if (previous != null) {
                args.addAll(List.of("--previous", previous.toString()));
            }
            CliRun.Result r = CliRun.run(args.toArray(String[]::new));
            assertEquals(0, r.code(), r.err());
            return out;
        });
    }
}
