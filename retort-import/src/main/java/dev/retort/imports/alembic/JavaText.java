package dev.retort.imports.alembic;

import java.util.List;
import java.util.stream.Collectors;

/** Java source text for values: string literals (text blocks for several lines), string lists. */
final class JavaText {
    private JavaText() {
    }

    /** A Java string literal with {@code value}; a text block when it spans lines. */
    static String literal(String value) {
        if (value == null) {
            return "null";
        }
        if (value.strip().contains("\n")) {
            return textBlock(value);
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }

    /**
     * A text block of {@code value}'s lines with their common indentation removed (as Python's
     * {@code textwrap.dedent}), the first and last blank lines dropped; it ends with a newline.
     */
    private static String textBlock(String value) {
        boolean hanging = !Character.isWhitespace(value.charAt(0));
        List<String> lines = value.stripTrailing().lines().dropWhile(String::isBlank).toList();
        int indent = lines.stream().skip(hanging ? 1 : 0).filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder b = new StringBuilder("\"\"\"\n");
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 && hanging ? lines.get(0)
                    : lines.get(i).length() >= indent ? lines.get(i).substring(indent) : lines.get(i).strip();
            b.append("        ").append(line.replace("\\", "\\\\").replace("\"\"\"", "\\\"\"\"")).append('\n');
        }
        return b.append("        \"\"\"").toString();
    }

    static String literals(List<String> values) {
        return values.stream().map(JavaText::literal).collect(Collectors.joining(", "));
    }
}
