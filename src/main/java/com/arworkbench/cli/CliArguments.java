package com.arworkbench.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code command POSITIONAL... --name value --flag}: small enough not to need a library. */
final class CliArguments {

    private final String command;
    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();
    /** Every value of each option, in order, for the repeatable ones ({@code --column A=B --column C=D}). */
    private final Map<String, List<String>> all = new HashMap<>();

    private CliArguments(String command) {
        this.command = command;
    }

    static CliArguments parse(String[] args, Set<String> valueOptions) {
        if (args.length == 0) {
            return new CliArguments("help");
        }
        CliArguments a = new CliArguments(args[0]);
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                } else if (valueOptions.contains(name)) {
                    if (i + 1 >= args.length) {
                        throw new UsageException("--" + name + " needs a value");
                    }
                    value = args[++i];
                }
                if (!valueOptions.contains(name) && value != null) {
                    throw new UsageException("--" + name + " takes no value");
                }
                a.options.put(name, value == null ? "true" : value);
                a.all.computeIfAbsent(name, k -> new ArrayList<>()).add(value == null ? "true" : value);
            } else {
                a.positional.add(arg);
            }
        }
        return a;
    }

    String command() {
        return command;
    }

    List<String> positional() {
        return positional;
    }

    String option(String name) {
        return options.get(name);
    }

    /** Every value given for a repeatable option, in order; empty when not given. */
    List<String> options(String name) {
        return all.getOrDefault(name, List.of());
    }

    String require(String name, String example) {
        String v = options.get(name);
        if (v == null || v.isBlank()) {
            throw new UsageException("missing --" + name + " (e.g. --" + name + " " + example + ")");
        }
        return v;
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    /** An argument the command does not know is a mistake worth naming, not something to ignore. */
    void allowOnly(Set<String> known) {
        for (String k : options.keySet()) {
            if (!known.contains(k)) {
                throw new UsageException("unknown option --" + k + " for '" + command + "'");
            }
        }
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
