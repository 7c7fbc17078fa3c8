package dev.retort.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The script arguments a command passes on ({@code Op.arguments()} in Java scripts, {@code ${name}} placeholders
 * in SQL scripts), from three places, the first that names a key winning (names compared ignoring case):
 * {@code -x name=value}, then the environment's {@code RETORT_PLACEHOLDER_NAME} (the name lower-cased), then
 * {@code placeholders.name = value} in {@code retort.properties}. The command line and the Maven plugin read
 * them so; an application passes its own map to {@code RetortBuilder.arguments}.
 *
 * <pre>{@code
 * Map<String, String> arguments = ScriptArguments.of(Map.of("tier", "gold"), config, System.getenv());
 * }</pre>
 */
public final class ScriptArguments {
    /** The environment variables' prefix: {@code RETORT_PLACEHOLDER_SCHEMA} is {@code ${schema}}. */
    public static final String ENV_PREFIX = "RETORT_PLACEHOLDER_";
    /** The configuration file's prefix: {@code placeholders.schema = billing}. */
    public static final String CONFIG_PREFIX = "placeholders.";

    private ScriptArguments() {
    }

    /**
     * @param given  the arguments given on the command line ({@code -x}) or in the POM; they win
     * @param config the configuration file, or null for none
     * @param env    the environment
     */
    public static Map<String, String> of(Map<String, String> given, RetortConfig config, Map<String, String> env) {
        Map<String, String> out = new LinkedHashMap<>(given);
        env.forEach((key, value) -> {
            if (key.startsWith(ENV_PREFIX) && key.length() > ENV_PREFIX.length()) {
                addUnlessNamed(out, key.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT), value);
            }
        });
        Map<String, String> file = config == null ? Map.of() : config.properties();
        file.forEach((key, value) -> {
            if (key.startsWith(CONFIG_PREFIX) && key.length() > CONFIG_PREFIX.length()) {
                addUnlessNamed(out, key.substring(CONFIG_PREFIX.length()), value);
            }
        });
        return out;
    }

    private static void addUnlessNamed(Map<String, String> out, String name, String value) {
        if (out.keySet().stream().noneMatch(k -> k.equalsIgnoreCase(name))) {
            out.put(name, value);
        }
    }
}
