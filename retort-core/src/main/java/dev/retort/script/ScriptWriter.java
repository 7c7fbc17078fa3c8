package dev.retort.script;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writes a new script from the location's template (or the built-in one) as
 * {@code <id>_<slug>.<ext>}, atomically, never over an existing file.
 *
 * <pre>{@code
 * ScriptHeader header = new ScriptHeader(ScriptWriter.randomId(), List.of(head), List.of(), List.of(),
 *         "add phone column", Instant.now().toString(), true, 0);
 * Path file = new ScriptWriter(location).write(directory.versionsDir(), ScriptFormat.JAVA, header);
 * }</pre>
 */
public final class ScriptWriter {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_SLUG = 40;
    /** Names the template or typical bodies refer to; a class with such a name would shadow them. */
    private static final Set<String> RESERVED = Set.of("Migration", "Op", "Revision", "Override", "Exception",
            "Object", "String", "Integer", "Long", "Boolean", "System", "Math", "Class", "Thread", "Deprecated",
            "SuppressWarnings", "Map", "List", "Set", "Connection", "Statement", "Runnable", "Iterable");

    private final Path templateLocation;

    /** @param templateLocation the script location holding the templates; null for the built-in ones */
    public ScriptWriter(Path templateLocation) {
        this.templateLocation = templateLocation;
    }

    /** How this JVM encodes file names. */
    private static final java.nio.charset.Charset FILE_NAMES = fileNameCharset();

    private static java.nio.charset.Charset fileNameCharset() {
        try {
            return java.nio.charset.Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (RuntimeException e) {
            return java.nio.charset.StandardCharsets.UTF_8;
        }
    }

    /** Twelve random lowercase hex digits, like Alembic's revision ids. */
    public static String randomId() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * The message lower-cased, runs of other characters than letters and digits (of any script, as Alembic's
     * {@code \\w} keeps them: {@code descrição da mudança} is {@code descrição_da_mudança}) as '_', at most 40
     * characters.
     */
    public static String slug(String message) {
        String s = java.text.Normalizer.normalize(message == null ? "" : message, java.text.Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_");
        if (!FILE_NAMES.newEncoder().canEncode(s)) {
            // A JVM whose file names are ASCII (a C locale) cannot write "ç": keep the letters without their accents.
            s = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                    .replaceAll("[^a-z0-9]+", "_");
        }
        s = trimUnderscores(s);
        if (s.length() > MAX_SLUG) {
            s = trimUnderscores(s.substring(0, MAX_SLUG));
        }
        return s;
    }

    private static String trimUnderscores(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && s.charAt(b) == '_') {
            b++;
        }
        while (e > b && s.charAt(e - 1) == '_') {
            e--;
        }
        return s.substring(b, e);
    }

    /** {@code <id>_<slug>.<ext>}, or {@code <id>.<ext>} when the message gives no slug. */
    public static String fileName(String id, String message, ScriptFormat format) {
        String slug = slug(message);
        return id + (slug.isEmpty() ? "" : "_" + slug) + "." + format.extension();
    }

    /** UpperCamelCase of the slug ("add phone" gives AddPhone), never starting with a digit. */
    public static String className(String message, String id) {
        StringBuilder name = new StringBuilder();
        for (String part : slug(message).split("_")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
            }
        }
        if (name.length() == 0) {
            String suffix = id.replaceAll("[^A-Za-z0-9]", "");
            name.append("Rev").append(suffix.isEmpty() ? "" : Character.toUpperCase(suffix.charAt(0)) + suffix.substring(1));
        } else if (Character.isDigit(name.charAt(0))) {
            name.insert(0, "Rev");
        }
        return RESERVED.contains(name.toString()) ? name + "Migration" : name.toString();
    }

    /** Writes a script with the template's TODO hints as bodies. */
    public Path write(Path versionsDir, ScriptFormat format, ScriptHeader header) {
        return write(versionsDir, format, header, null, null);
    }

    /**
     * Writes a script.
     *
     * @param upgradeBody   the upgrade method's (or section's) statements, unindented; null for a TODO
     *                      hint, empty for nothing
     * @param downgradeBody likewise for the downgrade
     * @return the file written
     * @throws RetortException FILE_EXISTS when the file exists or cannot be written
     */
    public Path write(Path versionsDir, ScriptFormat format, ScriptHeader header, String upgradeBody,
                      String downgradeBody) {
        return write(versionsDir, format, header, List.of(), upgradeBody, downgradeBody);
    }

    /**
     * Writes a script whose bodies need {@code imports} (whole lines such as {@code import static dev.retort.Ddl.*;}),
     * placed at the template's {@code ${imports}}, or after its last import line when it has no such placeholder.
     * SQL scripts ignore them.
     */
    public Path write(Path versionsDir, ScriptFormat format, ScriptHeader header, List<String> imports,
                      String upgradeBody, String downgradeBody) {
        String text = render(format, header, imports, upgradeBody, downgradeBody);
        Path target = versionsDir.resolve(fileName(header.id(), header.message(), format));
        if (Files.exists(target)) {
            throw new RetortException(ErrorCode.FILE_EXISTS, target + " already exists; choose another revision id");
        }
        Path tmp = versionsDir.resolve("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            Files.createDirectories(versionsDir);
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target);
            return target;
        } catch (FileAlreadyExistsException e) {
            throw new RetortException(ErrorCode.FILE_EXISTS, target + " already exists; choose another revision id", e);
        } catch (IOException e) {
            throw new RetortException(ErrorCode.FILE_EXISTS, "cannot write " + target + ": " + e, e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a leftover hidden temp file is ignored by ScriptDirectory
            }
        }
    }

    /** The script's text, from the template of {@code format}. */
    public String render(ScriptFormat format, ScriptHeader header, String upgradeBody, String downgradeBody) {
        return render(format, header, List.of(), upgradeBody, downgradeBody);
    }

    /** The script's text, from the template of {@code format}, with {@code imports} for a Java script. */
    public String render(ScriptFormat format, ScriptHeader header, List<String> imports, String upgradeBody,
                         String downgradeBody) {
        String template = ScriptTemplates.load(templateLocation, format);
        Map<String, String> values;
        if (format == ScriptFormat.JAVA) {
            values = javaValues(header, upgradeBody, downgradeBody);
            values.put("class_name", unshadowed(values.get("class_name"), imports));
            List<String> missing = missingImports(template, imports);
            if (!missing.isEmpty() && !template.contains(IMPORTS)) {
                template = withImportsPlaceholder(template);
            }
            values.put("imports", String.join("\n", missing));
        } else {
            values = sqlValues(header, upgradeBody, downgradeBody);
            values.put("imports", "");
        }
        return substitute(template, values);
    }

    private static final String IMPORTS = "${imports}";

    /** {@code name}, or {@code name + "Migration"} when an import brings in a type of that simple name. */
    private static String unshadowed(String name, List<String> imports) {
        for (String line : imports) {
            String imported = line.strip().replaceFirst(";$", "");
            if (imported.endsWith("." + name) && !imported.startsWith("import static")) {
                return name + "Migration";
            }
        }
        return name;
    }

    /** The lines of {@code imports} the template does not already have. */
    private static List<String> missingImports(String template, List<String> imports) {
        Set<String> present = new HashSet<>();
        template.lines().map(String::strip).filter(l -> l.startsWith("import ")).forEach(present::add);
        return imports.stream().map(String::strip).distinct().filter(i -> !present.contains(i)).toList();
    }

    /** A user's template from before {@code ${imports}}: the placeholder goes after its last import line. */
    private static String withImportsPlaceholder(String template) {
        List<String> lines = new ArrayList<>(List.of(template.split("\n", -1)));
        int at = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.startsWith("import ") || l.startsWith("package ")) {
                at = i + 1;
            }
        }
        lines.add(at, IMPORTS);
        return String.join("\n", lines);
    }

    private static Map<String, String> javaValues(ScriptHeader h, String up, String down) {
        Map<String, String> v = new HashMap<>();
        v.put("id", javaEscape(h.id()));
        v.put("revises", javaElement("revises", h.revises()));
        v.put("depends_on", javaElement("dependsOn", h.dependsOn()));
        v.put("branch_labels", javaElement("branchLabels", h.branchLabels()));
        v.put("transactional", h.transactional() ? "" : ", transactional = false");
        v.put("message", javaEscape(h.message()));
        v.put("created", javaEscape(h.created()));
        v.put("class_name", className(h.message(), h.id()));
        v.put("upgrade", indent(up != null ? up : "// TODO: write the upgrade, e.g. "
                + "op.execute(\"ALTER TABLE account ADD COLUMN phone varchar(20)\");", "        "));
        v.put("downgrade", indent(down != null ? down : "// TODO: undo the upgrade, e.g. "
                + "op.execute(\"ALTER TABLE account DROP COLUMN phone\");", "        "));
        return v;
    }

    private static Map<String, String> sqlValues(ScriptHeader h, String up, String down) {
        Map<String, String> v = new HashMap<>();
        v.put("id", sqlHeaderValue(h.id()));
        v.put("revises", sqlList(h.revises()));
        v.put("depends_on", sqlList(h.dependsOn()));
        v.put("branch_labels", sqlList(h.branchLabels()));
        v.put("transactional", h.transactional() ? "" : "-- transactional: false");
        v.put("message", sqlHeaderValue(h.message()));
        v.put("created", sqlHeaderValue(h.created()));
        v.put("class_name", className(h.message(), h.id()));
        v.put("upgrade", up != null ? up.strip() : "-- TODO: write the upgrade statements, each ending with ';'");
        v.put("downgrade", down != null ? down.strip() : "-- TODO: undo the upgrade, each statement ending with ';'");
        return v;
    }

    private static String javaElement(String name, List<String> values) {
        if (values.isEmpty()) {
            return "";
        }
        if (values.size() == 1) {
            return ", " + name + " = \"" + javaEscape(values.get(0)) + "\"";
        }
        StringBuilder out = new StringBuilder(", ").append(name).append(" = {");
        for (int i = 0; i < values.size(); i++) {
            out.append(i > 0 ? ", " : "").append('"').append(javaEscape(values.get(i))).append('"');
        }
        return out.append('}').toString();
    }

    static String javaEscape(String s) {
        return JavaStrings.escape(s);
    }

    /** A header value must stay on its line: line breaks and the space around them become one space. */
    static String sqlHeaderValue(String s) {
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    private static String sqlList(List<String> values) {
        return String.join(", ", values.stream().map(ScriptWriter::sqlHeaderValue).toList());
    }

    private static String indent(String body, String prefix) {
        String b = body.strip();
        if (b.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String line : body.stripTrailing().replaceFirst("^\\s*\\n", "").split("\r?\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line.isBlank() ? "" : prefix + line);
        }
        return out.toString();
    }

    /**
     * Replaces {@code ${name}} placeholders in one pass (values are not rescanned); a line holding only
     * a placeholder that renders empty is dropped, and trailing spaces left by substitution are trimmed.
     */
    static String substitute(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 256);
        for (String line : template.split("\n", -1)) {
            StringBuilder l = new StringBuilder();
            boolean substituted = false;
            int i = 0;
            while (i < line.length()) {
                int open = line.indexOf("${", i);
                int close = open < 0 ? -1 : line.indexOf('}', open);
                String name = close < 0 ? null : line.substring(open + 2, close);
                if (name == null || !values.containsKey(name)) {
                    int end = open < 0 ? line.length() : open + 2;
                    l.append(line, i, end);
                    i = end;
                    continue;
                }
                l.append(line, i, open).append(values.get(name));
                substituted = true;
                i = close + 1;
            }
            if (substituted && l.toString().isBlank() && !line.isBlank()) {
                continue;
            }
            out.append(substituted ? stripTrailingSpaces(l) : l).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private static String stripTrailingSpaces(CharSequence s) {
        int e = s.length();
        while (e > 0 && (s.charAt(e - 1) == ' ' || s.charAt(e - 1) == '\t')) {
            e--;
        }
        return s.subSequence(0, e).toString();
    }
}
