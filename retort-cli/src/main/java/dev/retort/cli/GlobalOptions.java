package dev.retort.cli;

import java.util.Set;

/**
 * The root command's options as {@code --version} and the one-command model need them before picocli is loaded:
 * which take a value and which are flags ({@code CommandLinesTest} checks them against {@link RetortCommand}'s
 * annotations). Uses nothing of picocli, so that {@code retort --url X --version} loads none of it.
 */
final class GlobalOptions {
    static final Set<String> WITH_VALUE = Set.of("-c", "--config", "--url", "-x", "--output");
    static final Set<String> FLAGS = Set.of("-q", "--quiet");

    private GlobalOptions() {
    }

    /** Whether {@code args} are global options spelled out, then {@code -V} or {@code --version} alone. */
    static boolean versionOnly(String[] args) {
        int last = args.length - 1;
        return last >= 0 && (args[last].equals("-V") || args[last].equals("--version"))
                && after(java.util.Arrays.copyOf(args, last)) == last;
    }

    /** The index of the first argument that is not a global option or its value; -1 for an option it cannot place. */
    static int after(String[] args) {
        if (args.length == 0) {
            return 0;
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-")) {
                return i;
            }
            int equals = arg.indexOf('=');
            String name = equals > 0 && arg.startsWith("--") ? arg.substring(0, equals) : arg;
            Boolean value = WITH_VALUE.contains(name) ? Boolean.TRUE : FLAGS.contains(name) ? Boolean.FALSE : null;
            if (value == null || (value && equals < 0 && i + 1 == args.length)) {
                return -1;
            }
            if (value && equals < 0) {
                i++;
            }
        }
        return args.length;
    }
}
