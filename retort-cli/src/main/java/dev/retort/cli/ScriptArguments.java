package dev.retort.cli;

import dev.retort.config.RetortConfig;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The script arguments a command passes on ({@code Op.arguments()} in Java scripts, {@code ${name}} placeholders
 * in SQL scripts), from three places, the first that names a key winning (names compared ignoring case):
 * {@code -x name=value}, then the environment's {@code RETORT_PLACEHOLDER_NAME} (the name lower-cased), then
 * {@code placeholders.name = value} in {@code retort.properties}.
 */
final class ScriptArguments {
    static final String ENV_PREFIX = "RETORT_PLACEHOLDER_";
    static final String CONFIG_PREFIX = "placeholders.";

    private ScriptArguments() {
    }

    static Map<String, String> of(Map<String, String> given, RetortConfig config, Map<String, String> env) {
        Map<String, String> out = new LinkedHashMap<>(given);
        env.forEach((key, value) -> {
            if (key.startsWith(ENV_PREFIX) && key.length() > ENV_PREFIX.length()) {
                addUnlessNamed(out, key.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT), value);
            }
        });
        config.properties().forEach((key, value) -> {
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
