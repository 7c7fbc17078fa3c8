package dev.retort.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The INI syntax of {@code alembic.ini} (Python's configparser): sections, {@code key = value}, continuation lines. */
record IniFile(Map<String, String> values) {

    static IniFile read(java.nio.file.Path file) {
        Map<String, String> values = new HashMap<>();
        String section = "";
        String lastKey = null;
        List<String> lines = AlembicImporter.read(file).lines().toList();
        for (String line : lines) {
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith(";")) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0)) && lastKey != null) {
                values.merge(lastKey, "\n" + stripped, String::concat);
            } else if (stripped.startsWith("[") && stripped.endsWith("]")) {
                section = stripped.substring(1, stripped.length() - 1).strip();
                lastKey = null;
            } else {
                int eq = stripped.indexOf('=');
                int colon = stripped.indexOf(':');
                int split = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
                if (split > 0) {
                    lastKey = section + "." + stripped.substring(0, split).strip();
                    values.put(lastKey, stripped.substring(split + 1).strip());
                }
            }
        }
        return new IniFile(values);
    }

    String get(String section, String key) {
        return values.get(section + "." + key);
    }
}
