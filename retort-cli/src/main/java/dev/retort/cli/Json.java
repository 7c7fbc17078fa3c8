package dev.retort.cli;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/**
 * Writes {@code --output json}: records become objects (components in declaration order), collections
 * arrays, strings, numbers, booleans and null themselves. No library: the CLI's documents are small records.
 *
 * <pre>{@code
 * Json.write(new JsonOutput.Heads(1, "heads", List.of(...)))   // {"schemaVersion":1,"command":"heads",...}
 * }</pre>
 */
final class Json {
    private Json() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Enum<?> e) {
            string(e.name().toLowerCase(java.util.Locale.ROOT), out);
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            int i = 0;
            for (Object item : items) {
                out.append(i++ > 0 ? "," : "");
                write(item, out);
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(i++ > 0 ? "," : "");
                string(String.valueOf(e.getKey()), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (value.getClass().isRecord()) {
            record(value, out);
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    private static void record(Object value, StringBuilder out) {
        out.append('{');
        RecordComponent[] components = value.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            out.append(i > 0 ? "," : "");
            string(components[i].getName(), out);
            out.append(':');
            try {
                components[i].getAccessor().setAccessible(true);
                write(components[i].getAccessor().invoke(value), out);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + components[i], e);
            }
        }
        out.append('}');
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
