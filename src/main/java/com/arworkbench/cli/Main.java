package com.arworkbench.cli;

import com.arworkbench.ingest.AmbiguousMappingException;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.ingest.layout.ErpProfiles;
import com.arworkbench.ingest.table.PoiLimits;
import com.arworkbench.jobs.AppVersion;
import com.arworkbench.request.Job;
import com.arworkbench.request.RequestException;
import com.arworkbench.web.PortInUseException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Command line: the jobs ({@code aging}, {@code dunning}, {@code recon}, {@code cashapp}, {@code kpi}, {@code pack},
 * {@code inspect}), {@code serve}, {@code bench}, {@code templates}. picocli parses the options and writes the usage
 * text; the jobs' options come from the request layer. Exit 0 on success; on failure one readable line on stderr
 * and exit 2 (usage) or 1 (the file).
 */
public final class Main {

    static final int EXIT_OK = 0;
    static final int EXIT_FILE = 1;
    static final int EXIT_USAGE = 2;
    /** Wide enough for the options' descriptions, fixed so docs/cli.md renders the same everywhere. */
    static final int USAGE_WIDTH = 100;
    /**
     * The collector the README runs the jar with. A job is a batch: the throughput collector spends a quarter less
     * CPU than G1, the JVM's default, on the large ones (G1's concurrent refinement and barriers cost the pack 12 s
     * of CPU on 2 cores), and its pauses do not matter here (docs/performance.md).
     */
    static final String THROUGHPUT_GC = "-XX:+UseParallelGC";
    private static final String SYNOPSES = "synopses";

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != EXIT_OK || !(args.length > 0 && args[0].equals("serve"))) {
            System.exit(code);
        }
    }

    @Command(name = "ar-workbench", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "ERP accounts-receivable exports to auditor-ready Excel workbooks.")
    static final class Root implements CliCommand {
        @Override
        public void run(ParseResult parsed, PrintStream out) {
            parsed.commandSpec().commandLine().usage(out);
        }
    }

    @Command(name = "version", description = "Print the version.")
    static final class Version implements CliCommand, IVersionProvider {
        @Override
        public void run(ParseResult parsed, PrintStream out) {
            out.println(getVersion()[0]);
        }

        @Override
        public String[] getVersion() {
            return new String[] {"AR Workbench " + AppVersion.get()};
        }
    }

    /** Every command, its options and its usage text; also what the docs' command reference is rendered from. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Root());
        for (Job job : Job.values()) {
            cli.addSubcommand(JobCommand.of(job));
        }
        cli.addSubcommand(new ServeCommand());
        cli.addSubcommand(new Benchmark());
        cli.addSubcommand(new TemplatesCommand());
        cli.addSubcommand(new WarmUpCommand());
        cli.addSubcommand(new Version());
        cli.addSubcommand(new CommandLine.HelpCommand());
        cli.getSubcommands().values().forEach(c -> c.getCommandSpec().versionProvider(new Version()));
        UsageMessageSpec usage = cli.getCommandSpec().usageMessage();
        usage.footer("%nProfiles (--profile): " + ErpProfiles.ids());
        List<String> sections = new ArrayList<>(usage.sectionKeys());
        sections.add(sections.indexOf(UsageMessageSpec.SECTION_KEY_COMMAND_LIST) + 1, SYNOPSES);
        usage.sectionKeys(sections);
        usage.sectionMap().put(SYNOPSES, Main::synopses);
        // Settings below reach every command added above.
        cli.setUsageHelpWidth(USAGE_WIDTH);
        cli.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
        cli.setExpandAtFiles(false); // an export may well be named @something.csv
        cli.setOverwrittenOptionsAllowed(true); // as before: the last --as-of given counts
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    /** The top-level help also shows each command's synopsis, so one page names every option. */
    private static String synopses(Help help) {
        StringBuilder text = new StringBuilder(String.format("%nWhat each command takes ('help COMMAND' explains):%n"));
        help.subcommands().forEach((name, sub) -> {
            if (!sub.commandSpec().options().isEmpty() && !name.equals("help")) {
                text.append("  ").append(sub.synopsis(2));
            }
        });
        return text.toString();
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        PoiLimits.apply();
        CommandLine cli = commandLine();
        cli.setOut(new PrintWriter(out, true));
        try {
            ParseResult parsed = cli.parseArgs(args);
            Integer helped = CommandLine.executeHelpRequest(parsed);
            if (helped != null) {
                return helped;
            }
            while (parsed.hasSubcommand()) {
                parsed = parsed.subcommand();
            }
            ((CliCommand) parsed.commandSpec().userObject()).run(parsed, out);
            return EXIT_OK;
        } catch (ParameterException e) {
            if (e.getCause() instanceof RequestException r) {
                return requestError(r, err);
            }
            return usageError(unknownCommand(e, args), err);
        } catch (RequestException e) {
            return requestError(e, err);
        } catch (IllegalArgumentException e) {
            return usageError(e.getMessage(), err);
        } catch (AmbiguousMappingException e) {
            return fileError(e.commandLineHint(), err);
        } catch (UnreadableFileException | PortInUseException e) {
            return fileError(e.getMessage(), err);
        } catch (IOException e) {
            return fileError((e instanceof NoSuchFileException ? "file not found: " : "") + e.getMessage(), err);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // POI's own advice: a hostile file can provoke any error. Still one line, never a stack trace.
            return fileError("the input could not be processed within this program's memory or nesting limits ("
                    + e.getClass().getSimpleName() + "); the file may be hostile or far larger than an export.", err);
        } catch (Exception e) {
            // A bug, not the user's fault: still one line, with enough to report it.
            return fileError("unexpected failure (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "). Please report it with the input file's layout.", err);
        }
    }

    /** "unknown command 'x' (commands: …)" rather than picocli's "Unmatched argument at index 0". */
    private static String unknownCommand(ParameterException e, String[] args) {
        if (e instanceof UnmatchedArgumentException u && u.getCommandLine().getParent() == null && args.length > 0
                && args[0].equals(u.getUnmatched().get(0))) {
            return "unknown command '" + args[0] + "' (commands: "
                    + String.join(", ", u.getCommandLine().getSubcommands().keySet()) + ")";
        }
        return e.getMessage();
    }

    private static int requestError(RequestException e, PrintStream err) {
        return e.inAFile() ? fileError(e.getMessage(), err) : usageError(e.getMessage(), err);
    }

    private static int usageError(String message, PrintStream err) {
        err.println("error: " + message + ". Run 'ar-workbench help' for usage.");
        return EXIT_USAGE;
    }

    private static int fileError(String message, PrintStream err) {
        err.println("error: " + message);
        return EXIT_FILE;
    }
}
