package com.arworkbench.cli;

import com.arworkbench.workbook.TemplateGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/** {@code templates}: the default workbook templates, written again to restyle or to replace lost ones. */
@Command(name = "templates", mixinStandardHelpOptions = true,
        description = "Write the default workbook templates to a folder, to restyle them or to replace lost ones.")
final class TemplatesCommand implements CliCommand {

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write them to.")
    Path dir;

    @Override
    public void run(ParseResult parsed, PrintStream out) throws IOException {
        TemplateGenerator.writeAll(dir);
        out.println("default templates written to " + dir.toAbsolutePath());
    }
}
