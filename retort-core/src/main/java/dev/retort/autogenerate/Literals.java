package dev.retort.autogenerate;

/** Java literals for values that appear in rendered code. */
final class Literals {
    private Literals() {
    }

    /**
     * {@code s} as a Java string literal, quotes included; null gives {@code null}. Control characters become
     * escapes (octal for the low ones, since a unicode escape of a line break would end the literal); other
     * invisible characters become unicode escapes; printable text, accents and emoji included, stays as is.
     */
    static String string(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || (c >= 0x7f && c <= 0xff && Character.isISOControl(c))) {
                        out.append(String.format("\\%03o", (int) c));
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (invisible(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static boolean invisible(char c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || Character.isSurrogate(c) || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SPACE_SEPARATOR && c != ' ';
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
