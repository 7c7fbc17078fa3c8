package dev.retort.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON parser for tests (RFC 8259: objects to {@code LinkedHashMap}, arrays to {@code List}, numbers to
 * {@code Long} or {@code Double}), and a validator for the part of JSON Schema 2020-12 that
 * {@code retort-output.schema.json} uses: {@code $ref} (local), {@code oneOf}, {@code type}, {@code required},
 * {@code properties}, {@code additionalProperties: false}, {@code items}, {@code enum}, {@code const},
 * {@code minimum}. An unknown keyword in the schema fails, so the schema cannot quietly use more than is checked.
 */
final class MiniJson {
    private final String text;
    private int at;

    private MiniJson(String text) {
        this.text = text;
    }

    static Object parse(String text) {
        MiniJson p = new MiniJson(text);
        Object value = p.value();
        p.space();
        if (p.at != text.length()) {
            throw p.error("trailing text");
        }
        return value;
    }

    private Object value() {
        space();
        if (at >= text.length()) {
            throw error("unexpected end");
        }
        char c = text.charAt(at);
        switch (c) {
            case '{' -> {
                at++;
                Map<String, Object> map = new LinkedHashMap<>();
                space();
                if (peek('}')) {
                    return map;
                }
                do {
                    space();
                    String key = string();
                    space();
                    expect(':');
                    if (map.put(key, value()) != null) {
                        throw error("duplicate key " + key);
                    }
                    space();
                } while (peek(','));
                expect('}');
                return map;
            }
            case '[' -> {
                at++;
                List<Object> list = new ArrayList<>();
                space();
                if (peek(']')) {
                    return list;
                }
                do {
                    list.add(value());
                    space();
                } while (peek(','));
                expect(']');
                return list;
            }
            case '"' -> {
                return string();
            }
            default -> {
                for (String word : List.of("true", "false", "null")) {
                    if (text.startsWith(word, at)) {
                        at += word.length();
                        return word.equals("null") ? null : Boolean.valueOf(word);
                    }
                }
                int start = at;
                while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                    at++;
                }
                String number = text.substring(start, at);
                if (!number.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) {
                    throw error("bad value");
                }
                return number.matches("-?\\d+") ? (Object) Long.valueOf(number) : Double.valueOf(number);
            }
        }
    }

    private String string() {
        expect('"');
        StringBuilder s = new StringBuilder();
        while (true) {
            if (at >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(at++);
            if (c == '"') {
                return s.toString();
            }
            if (c < 0x20) {
                throw error("control character in string");
            }
            if (c != '\\') {
                s.append(c);
                continue;
            }
            char e = text.charAt(at++);
            switch (e) {
                case '"', '\\', '/' -> s.append(e);
                case 'n' -> s.append('\n');
                case 'r' -> s.append('\r');
                case 't' -> s.append('\t');
                case 'b' -> s.append('\b');
                case 'f' -> s.append('\f');
                case 'u' -> {
                    s.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> throw error("bad escape");
            }
        }
    }

    private void space() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private boolean peek(char c) {
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error("expected '" + c + "'");
        }
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException(problem + " at " + at + ": "
                + text.substring(Math.max(0, at - 20), Math.min(text.length(), at + 20)));
    }

    /** The problems of {@code value} against {@code schema} (the root schema resolves {@code $ref}); empty when valid. */
    @SuppressWarnings("unchecked")
    static List<String> validate(Object value, Map<String, Object> schema, Map<String, Object> root, String path) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Object> k : schema.entrySet()) {
            Object rule = k.getValue();
            switch (k.getKey()) {
                case "$schema", "$id", "title", "description", "$defs" -> { }
                case "$ref" -> {
                    String ref = (String) rule;
                    Map<String, Object> target = (Map<String, Object>) ((Map<String, Object>) root.get("$defs"))
                            .get(ref.substring("#/$defs/".length()));
                    if (target == null) {
                        throw new IllegalArgumentException("unknown $ref " + ref);
                    }
                    problems.addAll(validate(value, target, root, path));
                }
                case "oneOf" -> {
                    long passing = ((List<Object>) rule).stream()
                            .filter(s -> validate(value, (Map<String, Object>) s, root, path).isEmpty()).count();
                    if (passing != 1) {
                        problems.add(path + ": matches " + passing + " of oneOf, not 1");
                    }
                }
                case "type" -> {
                    List<Object> types = rule instanceof List<?> l ? (List<Object>) l : List.of(rule);
                    if (types.stream().noneMatch(t -> isType(value, (String) t))) {
                        problems.add(path + ": " + value + " is not of type " + types);
                    }
                }
                case "enum" -> {
                    if (!((List<Object>) rule).contains(value)) {
                        problems.add(path + ": " + value + " not in " + rule);
                    }
                }
                case "const" -> {
                    if (!String.valueOf(rule).equals(String.valueOf(value))) {
                        problems.add(path + ": " + value + " is not " + rule);
                    }
                }
                case "minimum" -> {
                    if (value instanceof Number n && n.doubleValue() < ((Number) rule).doubleValue()) {
                        problems.add(path + ": " + value + " < " + rule);
                    }
                }
                case "required" -> {
                    if (value instanceof Map<?, ?> m) {
                        ((List<Object>) rule).stream().filter(r -> !m.containsKey(r))
                                .forEach(r -> problems.add(path + ": missing " + r));
                    }
                }
                case "properties" -> {
                    if (value instanceof Map<?, ?> m) {
                        ((Map<String, Object>) rule).forEach((name, sub) -> {
                            if (m.containsKey(name)) {
                                problems.addAll(validate(m.get(name), (Map<String, Object>) sub, root, path + "." + name));
                            }
                        });
                    }
                }
                case "additionalProperties" -> {
                    if (Boolean.FALSE.equals(rule) && value instanceof Map<?, ?> m) {
                        Map<String, Object> declared = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
                        m.keySet().stream().filter(key -> !declared.containsKey(key))
                                .forEach(key -> problems.add(path + ": unexpected " + key));
                    }
                }
                case "items" -> {
                    if (value instanceof List<?> list) {
                        for (int i = 0; i < list.size(); i++) {
                            problems.addAll(validate(list.get(i), (Map<String, Object>) rule, root, path + "[" + i + "]"));
                        }
                    }
                }
                default -> throw new IllegalArgumentException("the validator does not know keyword " + k.getKey());
            }
        }
        return problems;
    }

    private static boolean isType(Object value, String type) {
        return switch (type) {
            case "null" -> value == null;
            case "string" -> value instanceof String;
            case "boolean" -> value instanceof Boolean;
            case "integer" -> value instanceof Long;
            case "number" -> value instanceof Number;
            case "array" -> value instanceof List;
            case "object" -> value instanceof Map;
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }
}
