package dev.retort.imports;

import java.util.Set;

/** Class names for imported scripts: UpperCamelCase of the message, as {@code retort revision} names them. */
final class ClassNames {
    private ClassNames() {
    }

    /** A name not in {@code taken} (which it joins): {@code "add phone"} gives {@code AddPhone}. */
    static String of(String message, String id, Set<String> taken) {
        StringBuilder name = new StringBuilder();
        for (String part : message.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1).toLowerCase());
            }
        }
        if (name.length() == 0 || Character.isDigit(name.charAt(0))) {
            name.insert(0, "Rev");
        }
        if (Set.of("Migration", "Op", "Revision", "Ddl", "List", "Map", "ConstraintKind").contains(name.toString())) {
            name.append("Migration");
        }
        String candidate = name.toString();
        if (taken.contains(candidate)) {
            candidate = name + "_" + id.replaceAll("[^A-Za-z0-9_]", "_");
        }
        taken.add(candidate);
        return candidate;
    }
}
