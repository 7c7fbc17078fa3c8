package dev.retort.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The command lines a deploy and an operator type most, parsed without picocli: {@code upgrade}, {@code downgrade},
 * {@code current}, {@code heads} and {@code history} with the global options and their everyday options. Building
 * picocli's model of even one command (its annotations read through reflection and proxies) is about 60 ms of a
 * 0.45 s no-op {@code upgrade head} (issue 12).
 *
 * <p>Anything else is declined ({@link #parse} returns null) and picocli parses the line as always, with its help,
 * suggestions and errors: another command, help or version options, an option it does not know (fleet options,
 * clustered flags such as {@code -qv}), a repeated option, {@code --}, an {@code @file}, a value that starts with
 * {@code -} or {@code @}, a flag given a value, a value picocli would have to convert or reject (a {@code --retries}
 * that is not plain digits, an {@code --output} other than text or json, a {@code -x} without {@code =}), a missing
 * or extra positional argument, {@code -x} both before and after the command (picocli keeps only those after).
 * {@code QuickCommandLineTest} checks that each line taken leaves every field as
 * picocli's parse of it does, and that every option of these commands is taken or declined on purpose.
 */
final class QuickCommandLine {
    /** The options each command takes here, long name first: {@code true} when it takes a value. */
    private static final Map<String, Map<String, Boolean>> OPTIONS = Map.of(
            "upgrade", Map.of("--sql", false, "--lock-timeout", true, "--wait", true, "--retries", true,
                    "--allow-changed", false, "--resume", false, "--retry", false, "--no-lint", false),
            "downgrade", Map.of("--sql", false, "--lock-timeout", true, "--wait", true, "--retries", true,
                    "--allow-changed", false, "--resume", false, "--retry", false),
            "current", Map.of("--verbose", false),
            "heads", Map.of("--verbose", false),
            "history", Map.of("--rev-range", true, "--verbose", false, "--indicate-current", false, "--applied", false,
                    "--graph", false));
    /** The global options (the root's), long name first. */
    private static final Map<String, Boolean> GLOBAL = Map.of("--config", true, "--url", true, "-x", true,
            "--output", true, "--quiet", false);
    /** Short names, as aliases of the long ones. */
    private static final Map<String, String> SHORT = Map.of("-c", "--config", "-q", "--quiet", "-v", "--verbose",
            "-r", "--rev-range", "-i", "--indicate-current");

    private QuickCommandLine() {
    }

    /** The names of the commands taken here. */
    static Set<String> commands() {
        return OPTIONS.keySet();
    }

    /** The options of {@code command} taken here, short names included, globals excluded. */
    static Set<String> options(String command) {
        Set<String> names = new HashSet<>(OPTIONS.get(command).keySet());
        SHORT.forEach((s, l) -> {
            if (names.contains(l)) {
                names.add(s);
            }
        });
        return names;
    }

    /** The command {@code args} run, its fields set as picocli's parse would set them; null where picocli must parse. */
    static BaseCommand parse(Invocation invocation, String[] args) {
        Line line = new Line(new RetortCommand(invocation));
        line.root.output = RetortCommand.Output.TEXT;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("@")) {
                return null;
            }
            if (!arg.startsWith("-")) {
                if (line.command != null) {
                    line.positional.add(arg);
                } else if ((line.command = create(arg)) == null) {
                    return null;
                } else {
                    line.name = arg;
                }
                continue;
            }
            i = line.option(args, i);
            if (i < 0) {
                return null;
            }
        }
        return line.finish();
    }

    /** What the arguments read so far say. */
    private static final class Line {
        final RetortCommand root;
        final List<String> positional = new ArrayList<>();
        final Set<String> seen = new HashSet<>();
        BaseCommand command;
        String name;

        Line(RetortCommand root) {
            this.root = root;
        }

        /** Reads the option at {@code args[i]} and its value: the index of the last argument read; -1 to decline. */
        int option(String[] args, int i) {
            String arg = args[i];
            int equals = arg.startsWith("--") ? arg.indexOf('=') : -1;
            String spelled = equals > 0 ? arg.substring(0, equals) : arg;
            String option = SHORT.getOrDefault(spelled, spelled);
            Boolean takesValue = GLOBAL.containsKey(option) ? GLOBAL.get(option)
                    : command == null ? null : OPTIONS.get(name).get(option);
            // -x repeats, before and after the command alike (picocli's path keeps both: CommandLines.keepGlobalOptions).
            boolean again = !seen.add(option + (command == null ? "" : " after"));
            boolean repeats = option.equals("-x");
            if (takesValue == null || again && !repeats || !takesValue && equals > 0
                    || !repeats && seen.contains(option) && seen.contains(option + " after")) {
                return -1;
            }
            String value = null;
            if (takesValue) {
                if (equals < 0 && i + 1 == args.length) {
                    return -1;
                }
                value = equals > 0 ? arg.substring(equals + 1) : args[++i];
                if (value.startsWith("-") || value.startsWith("@")) {
                    return -1;
                }
            }
            return (GLOBAL.containsKey(option) ? global(root, option, value) : set(command, option, value)) ? i : -1;
        }

        /** The command, once every argument is read; null when its positional arguments are not what it takes. */
        BaseCommand finish() {
            if (command == null || positional.size() != (command instanceof MigrateCommand ? 1 : 0)) {
                return null;
            }
            if (command instanceof UpgradeCommand upgrade) {
                upgrade.target = positional.get(0);
            } else if (command instanceof DowngradeCommand downgrade) {
                downgrade.target = positional.get(0);
            }
            command.root = root;
            command.quickName = name;
            return command;
        }
    }

    /** Runs {@code command} as picocli's {@code execute} would: its status, or its failure as {@link ErrorReporter} puts it. */
    static int execute(BaseCommand command, Invocation invocation) {
        try {
            return command.call();
        } catch (Exception e) {
            return new ErrorReporter(invocation).report(e, null);
        }
    }

    private static BaseCommand create(String name) {
        return switch (name) {
            case "upgrade" -> new UpgradeCommand();
            case "downgrade" -> new DowngradeCommand();
            case "current" -> new CurrentCommand();
            case "heads" -> new HeadsCommand();
            case "history" -> new HistoryCommand();
            default -> null;
        };
    }

    private static boolean global(RetortCommand root, String option, String value) {
        switch (option) {
            case "--config" -> root.config = value;
            case "--url" -> root.url = value;
            case "--quiet" -> root.quiet = true;
            case "-x" -> {
                int equals = value.indexOf('=');
                if (equals < 0) {
                    return false;
                }
                root.arguments.put(value.substring(0, equals), value.substring(equals + 1));
            }
            case "--output" -> {
                switch (value.toLowerCase(Locale.ROOT)) {
                    case "text" -> root.output = RetortCommand.Output.TEXT;
                    case "json" -> root.output = RetortCommand.Output.JSON;
                    default -> {
                        return false;
                    }
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean set(BaseCommand command, String option, String value) {
        if (command instanceof MigrateCommand migrate) {
            RecoveryOptions recovery = command instanceof UpgradeCommand u ? u.recovery : ((DowngradeCommand) command).recovery;
            switch (option) {
                case "--sql" -> migrate.sql = true;
                case "--lock-timeout" -> migrate.lockTimeout = value;
                case "--wait" -> migrate.wait = value;
                case "--retries" -> {
                    if (!value.matches("[0-9]{1,9}")) {
                        return false;
                    }
                    migrate.retryOptions.retries = Integer.parseInt(value);
                }
                case "--allow-changed" -> recovery.allowChanged = true;
                case "--resume" -> recovery.resume = true;
                case "--retry" -> recovery.retry = true;
                case "--no-lint" -> ((UpgradeCommand) command).noLint = true;
                default -> {
                    return false;
                }
            }
            return true;
        }
        if (command instanceof CurrentCommand current && option.equals("--verbose")) {
            current.verbose = true;
        } else if (command instanceof HeadsCommand heads && option.equals("--verbose")) {
            heads.verbose = true;
        } else if (command instanceof HistoryCommand history) {
            switch (option) {
                case "--rev-range" -> history.range = value;
                case "--verbose" -> history.verbose = true;
                case "--indicate-current" -> history.indicateCurrent = true;
                case "--applied" -> history.applied = true;
                case "--graph" -> history.graph = true;
                default -> {
                    return false;
                }
            }
        } else {
            return false;
        }
        return true;
    }
}
