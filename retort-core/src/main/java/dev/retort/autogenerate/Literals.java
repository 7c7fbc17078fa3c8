package dev.retort.autogenerate;

import dev.retort.script.JavaStrings;

/** Java literals for values that appear in rendered code. */
final class Literals {
    private Literals() {
    }

    /** {@code s} as a Java string literal, quotes included; null gives {@code null}. */
    static String string(String s) {
        return JavaStrings.literal(s);
    }

    static String character(char c) {
        return switch (c) {
            case '\'' -> "'\\''";
            case '"' -> "'\"'";
            default -> {
                String inner = string(String.valueOf(c));
                yield "'" + inner.substring(1, inner.length() - 1) + "'";
            }
        };
    }
}
