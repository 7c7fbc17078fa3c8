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

    /**
     * {@code v} as a Java literal when it is null, a string or a boxed primitive ({@code 12L}, {@code (short) 3},
     * {@code Double.NaN}, ...); null for any other value.
     */
    static String primitive(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return string(s);
        }
        if (v instanceof Boolean || v instanceof Integer) {
            return v.toString();
        }
        if (v instanceof Long l) {
            return l + "L";
        }
        if (v instanceof Short s) {
            return "(short) " + s;
        }
        if (v instanceof Byte b) {
            return "(byte) " + b;
        }
        if (v instanceof Double d) {
            return d.isNaN() ? "Double.NaN" : d.isInfinite() ? (d > 0 ? "Double.POSITIVE_INFINITY"
                    : "Double.NEGATIVE_INFINITY") : d.toString();
        }
        if (v instanceof Float f) {
            return f.isNaN() ? "Float.NaN" : f.isInfinite() ? (f > 0 ? "Float.POSITIVE_INFINITY"
                    : "Float.NEGATIVE_INFINITY") : f + "f";
        }
        return v instanceof Character c ? character(c) : null;
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
