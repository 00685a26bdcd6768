package com.arworkbench.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every input the fuzzing found a crash with (issue 7), kept in
 * src/test/resources/fuzz-regressions/: a {@code *.values.txt} file holds strings for the value
 * parsers (the whole file and each line), any other file is handed to every file and bank reader
 * under the ingest contract. Runs in the normal suite, without Jazzer.
 */
class FuzzRegressionsTest {

    private static final Path FOLDER = Paths.get("src", "test", "resources", "fuzz-regressions");

    @TestFactory
    Stream<DynamicTest> everyFindingStaysFixed() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(FOLDER)) {
            files = list.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no regression inputs in " + FOLDER);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String name = file.getFileName().toString();
            if (name.endsWith(".values.txt")) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                ValueChecks.check(text);
                text.lines().forEach(ValueChecks::check);
            } else {
                FuzzSupport.readEverything(file, name);
                FuzzSupport.readBankFile(file, name);
            }
        }));
    }
}
