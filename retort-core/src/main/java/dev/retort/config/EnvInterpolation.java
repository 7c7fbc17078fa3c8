package dev.retort.config;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.Map;

/**
 * Expands {@code ${env:NAME}} and {@code ${env:NAME:-default}} in configuration values, so that
 * secrets stay in the environment and out of {@code retort.properties}. Other {@code ${...}} text is
 * left alone.
 */
final class EnvInterpolation {
    private static final String OPEN = "${env:";

    private EnvInterpolation() {
    }

    /**
     * @param where names the value in messages, such as {@code retort.properties: password}
     * @throws RetortException CONFIG for an unset variable without a default, or an unclosed reference
     */
    static String apply(String value, Map<String, String> env, String where) {
        int open = value.indexOf(OPEN);
        if (open < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        int from = 0;
        while (open >= 0) {
            int close = value.indexOf('}', open);
            if (close < 0) {
                throw new RetortException(ErrorCode.CONFIG, where + ": '" + OPEN + "' without a closing '}'");
            }
            String body = value.substring(open + OPEN.length(), close);
            int dflt = body.indexOf(":-");
            String name = (dflt < 0 ? body : body.substring(0, dflt)).trim();
            if (name.isEmpty()) {
                throw new RetortException(ErrorCode.CONFIG, where + ": '${env:}' names no variable");
            }
            String resolved = env.get(name);
            if (resolved == null) {
                if (dflt < 0) {
                    throw new RetortException(ErrorCode.CONFIG, where + " refers to ${env:" + name
                            + "}, which is not set; export " + name + " or give a default: ${env:" + name + ":-value}");
                }
                resolved = body.substring(dflt + 2);
            }
            out.append(value, from, open).append(resolved);
            from = close + 1;
            open = value.indexOf(OPEN, from);
        }
        return out.append(value.substring(from)).toString();
    }
}
