package com.arworkbench.cli;

import java.io.PrintStream;
import picocli.CommandLine.ParseResult;

/** One command, run once picocli has parsed its options; {@link Main} turns what it throws into the exit code. */
interface CliCommand {

    void run(ParseResult parsed, PrintStream out) throws Exception;
}
