package com.arworkbench.cli;

import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.ingest.layout.Field;
import com.arworkbench.ingest.layout.MappingSpec;
import com.arworkbench.jobs.Inspection;
import com.arworkbench.jobs.JobOutcome;
import com.arworkbench.request.Input;
import com.arworkbench.request.Job;
import com.arworkbench.request.Param;
import com.arworkbench.request.Requests;
import com.arworkbench.request.Surface;
import com.arworkbench.request.WorkFolder;
import com.arworkbench.request.WorkbookJob;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * A job's command ({@code aging}, {@code pack}, {@code inspect} …), its options built from the request layer's
 * declarations: the job's parameters and files, the reading options, and the command line's own {@code --out}.
 */
final class JobCommand implements CliCommand {

    private static final String OUT = "--out";
    private static final String WRITE_MAPPING = "--write-mapping";

    private final Job job;

    private JobCommand(Job job) {
        this.job = job;
    }

    static CommandLine of(Job job) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(new JobCommand(job)).name(job.command())
                .mixinStandardHelpOptions(true);
        spec.usageMessage().description(job.description()).sortOptions(false).sortSynopsis(false);
        if (job.takesManyFiles()) {
            spec.addPositional(PositionalParamSpec.builder().paramLabel("FILE").arity("0..*").type(List.class)
                    .auxiliaryTypes(Path.class).description("The exports, each recognised by its content: open items, "
                            + "invoice history, GL, payments, remittance advice, customer master, previous worklist. "
                            + "The options below name a file's role instead.").build());
        } else {
            spec.addPositional(PositionalParamSpec.builder().paramLabel(Input.OPEN_ITEMS.label()).arity("1")
                    .type(Path.class).description(Input.OPEN_ITEMS.description()).build());
        }
        job.params().forEach(p -> spec.addOption(option(p, job.requires(p))));
        if (job.writesWorkbook()) {
            spec.addOption(OptionSpec.builder(OUT).paramLabel("FILE").type(Path.class).required(true)
                    .description("The workbook (.xlsx) to write; a failed run leaves an earlier one untouched.").build());
        }
        job.files().forEach(f -> spec.addOption(option(f, job.requires(f))));
        spec.addOption(option(Param.PROFILE, false));
        spec.addOption(option(Input.MAPPING, false));
        Param.READING.stream().filter(p -> p != Param.PROFILE).forEach(p -> spec.addOption(option(p, false)));
        if (job.writesWorkbook()) {
            spec.addOption(option(Param.TEMPLATES, false));
        } else {
            spec.addOption(OptionSpec.builder(WRITE_MAPPING).paramLabel("JSON_FILE").type(Path.class)
                    .description("Also write the mapping the file was read with, complete, to reuse with --mapping.")
                    .build());
        }
        return new CommandLine(spec);
    }

    /** The option of a request parameter: picocli converts its text with the parameter's own reader. */
    private static OptionSpec option(Param<?> p, boolean required) {
        OptionSpec.Builder b = OptionSpec.builder("--" + p.option()).paramLabel(p.label()).description(p.description())
                .required(required).converters(text -> p.read(text, Surface.COMMAND_LINE));
        return (p.repeatable() ? b.type(List.class).auxiliaryTypes(p.type()) : b.type(p.type())).build();
    }

    private static OptionSpec option(Input file, boolean required) {
        return OptionSpec.builder("--" + file.option()).paramLabel(file.label()).type(Path.class)
                .description(file.description()).required(required).build();
    }

    @Override
    public void run(ParseResult parsed, PrintStream out) throws IOException, UnreadableFileException {
        if (!job.writesWorkbook()) {
            inspect(parsed, out);
            return;
        }
        Path target = parsed.matchedOptionValue(OUT, null);
        if (Files.isDirectory(target)) {
            throw new ParameterException(parsed.commandSpec().commandLine(), OUT + " " + target + " is a folder; give a "
                    + "file name such as " + target.resolve(job.command() + ".xlsx"));
        }
        Path dir = target.toAbsolutePath().getParent();
        // The request's work folder sits beside the workbook (same disk, same permissions) and goes after the run.
        Path work = dir.resolve(".ar-workbench-work-" + UUID.randomUUID());
        WorkbookJob workbook = Requests.workbookJob(job, new CommandLineValues(parsed, work));
        Files.createDirectories(work);
        try (TerminalProgress progress = TerminalProgress.start(target.getFileName().toString())) {
            com.arworkbench.ingest.Progress phases = com.arworkbench.ingest.Progress.current();
            JobOutcome outcome = writeAtomically(target, workbook);
            progress.close();
            out.println(outcome.summaryLine() + " -> " + target);
            if (System.getenv("AR_WORKBENCH_STATS") != null) {
                out.println(RunStats.line() + "; phases: " + outcome.timings());
            }
            if (PhaseTimes.wanted()) {
                System.err.println(PhaseTimes.line(phases.phaseNanos()));
            }
        } finally {
            WorkFolder.deleteTree(work, true);
        }
    }

    /** Writes next to the target and moves into place, so a failed run never leaves half a workbook. */
    private static JobOutcome writeAtomically(Path target, WorkbookJob job) throws IOException, UnreadableFileException {
        Path partial = Files.createTempFile(target.toAbsolutePath().getParent(), ".ar-workbench-", ".xlsx.part");
        try {
            JobOutcome outcome;
            try (OutputStream os = Files.newOutputStream(partial)) {
                outcome = job.writeTo(os);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            return outcome;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void inspect(ParseResult parsed, PrintStream out) throws IOException, UnreadableFileException {
        Inspection.Report report = Requests.inspect(new CommandLineValues(parsed, null)).inspect();
        ObjectMapper json = new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT);
        out.println(json.writeValueAsString(report));
        Path file = parsed.matchedOptionValue(WRITE_MAPPING, null);
        if (file != null) {
            if (Files.isDirectory(file)) {
                throw new ParameterException(parsed.commandSpec().commandLine(), WRITE_MAPPING + " " + file
                        + " is a folder; give a file name such as " + file.resolve("mapping.json"));
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, json.writeValueAsBytes(completeSpec(report).toJson()));
        }
    }

    /** The mapping the inspection used, complete: header row and every mapped field by header text (or position). */
    static MappingSpec completeSpec(Inspection.Report report) {
        int width = 0;
        for (Inspection.ColumnUse c : report.columns()) {
            width = Math.max(width, c.index() + 1);
        }
        List<String> headers = new ArrayList<>(Collections.nCopies(width, ""));
        for (Inspection.ColumnUse c : report.columns()) {
            headers.set(c.index(), c.header() == null ? "" : c.header());
        }
        Map<Field, String> columns = new EnumMap<>(Field.class);
        for (Inspection.ColumnUse c : report.columns()) {
            if (c.fieldKey() != null) {
                columns.put(Field.fromKey(c.fieldKey()), MappingSpec.reference(headers, c.index()));
            }
        }
        return new MappingSpec(report.fileName(), (int) report.headerRow(), columns);
    }
}
