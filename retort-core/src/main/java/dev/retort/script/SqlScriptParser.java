package dev.retort.script;

import dev.retort.error.ErrorCode;
import dev.retort.error.ScriptException;
import dev.retort.dialects.Dialects;
import dev.retort.dialect.SqlSyntax;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a SQL script: header comments, then an {@code -- upgrade} line and a {@code -- downgrade} line
 * that start the two sections.
 *
 * <pre>
 * -- revision: 1975ea83b712
 * -- revises: 0123456789ab
 * -- message: add phone column
 *
 * -- upgrade
 * ALTER TABLE account ADD COLUMN phone varchar(20);
 *
 * -- downgrade
 * ALTER TABLE account DROP COLUMN phone;
 * </pre>
 *
 * Section markers are recognised on whole lines outside block comments and multi-line strings (a line counts
 * as inside only when every dialect's {@link SqlSyntax} reads it so, so the parse does not
 * depend on the dialect). A UTF-8 byte order mark at the start is ignored.
 */
final class SqlScriptParser {

    static final List<String> KEYS = List.of(
            "revision", "revises", "depends-on", "branch-labels", "message", "created", "transactional",
            "lock-timeout", "statement-timeout");

    /** A parsed SQL script; each body starts at the one-based line given beside it. */
    record Parsed(ScriptHeader header, String upgrade, int upgradeLine, String downgrade, int downgradeLine) {
    }

    private enum Section { HEADER, UPGRADE, DOWNGRADE }

    /** Compiled once: {@code String.split} compiles a pattern of more than one character on every call. */
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private SqlScriptParser() {
    }

    /**
     * Which of {@code candidates} (the lines that read as section markers) start inside a quote or comment as
     * every dialect's syntax reads the text. Only those lines matter, so the syntaxes after the first are lexed
     * only while one of them is still inside: a script whose markers all stand outside (nearly every script)
     * is lexed once here. The built-in syntaxes go first (each is one of every dialect's, and ANDing one twice
     * changes nothing), so the dialects on the class path are only looked up for such a rare script.
     */
    private static BitSet linesInsideForEverySyntax(String text, BitSet candidates) {
        BitSet inside = (BitSet) candidates.clone();
        andInside(inside, text, Dialects.builtInSqlSyntaxes());
        if (!inside.isEmpty()) {
            andInside(inside, text, Dialects.sqlSyntaxes());
        }
        return inside;
    }

    private static void andInside(BitSet inside, String text, List<SqlSyntax> syntaxes) {
        for (SqlSyntax syntax : syntaxes) {
            if (inside.isEmpty()) {
                return;
            }
            inside.and(StatementSplitter.linesInside(text, syntax));
        }
    }

    /**
     * The header alone, reading only up to the first {@code -- upgrade} line (what opening a script directory
     * needs). Header lines are blank or {@code --} comments, so none can start a block comment or string and
     * no lexing is needed; errors in the header are the ones {@link #parse} reports. The sections are checked
     * by {@link #parse}, when the script runs.
     */
    static ScriptHeader header(Path file, String text) {
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        Map<String, String> values = new HashMap<>();
        Map<String, Integer> keyLines = new HashMap<>();
        int lineNo = 0;
        boolean upgradeFound = false;
        while (start <= text.length()) {
            int end = lineEnd(text, start);
            lineNo++;
            String line = text.substring(start, end);
            String marker = marker(line);
            if ("upgrade".equals(marker)) {
                upgradeFound = true;
                break;
            }
            if ("downgrade".equals(marker)) {
                throw error(file, lineNo, "'-- downgrade' before '-- upgrade'; start the upgrade section "
                        + "with a '-- upgrade' line first");
            }
            headerLine(file, lineNo, line, values, keyLines);
            if (end == text.length()) {
                break;
            }
            start = text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n'
                    ? end + 2 : end + 1;
        }
        requireRevisionAndUpgrade(file, values, keyLines, upgradeFound);
        return header(file, values, keyLines);
    }

    /** The index of the line break ending the line that starts at {@code start}, or the text's length. */
    private static int lineEnd(String text, int start) {
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    private static void requireRevisionAndUpgrade(Path file, Map<String, String> values,
                                                  Map<String, Integer> keyLines, boolean upgradeFound) {
        if (!values.containsKey("revision")) {
            throw error(file, 1, "no '-- revision: <id>' header line; a SQL script starts with one, "
                    + "like '-- revision: ab12cd34ef56'");
        }
        if (!upgradeFound) {
            throw error(file, keyLines.get("revision"), "no '-- upgrade' line; after the header, a SQL script "
                    + "needs a '-- upgrade' line and a '-- downgrade' line that start its two sections");
        }
    }

    static Parsed parse(Path file, String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = LINE_BREAK.split(text, -1);
        BitSet markers = new BitSet();
        for (int i = 0; i < lines.length; i++) {
            if (marker(lines[i]) != null) {
                markers.set(i + 1);
            }
        }
        BitSet inside = linesInsideForEverySyntax(text, markers);
        Map<String, String> values = new HashMap<>();
        Map<String, Integer> keyLines = new HashMap<>();
        Section section = Section.HEADER;
        int upgradeMarker = 0;
        int downgradeMarker = 0;
        StringBuilder upgrade = new StringBuilder();
        StringBuilder downgrade = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            String marker = inside.get(lineNo) ? null : marker(line);
            if ("upgrade".equals(marker)) {
                if (upgradeMarker > 0) {
                    throw error(file, lineNo, "a second '-- upgrade' line (the first is on line " + upgradeMarker
                            + "); a SQL script has one upgrade section and one downgrade section");
                }
                upgradeMarker = lineNo;
                section = Section.UPGRADE;
                continue;
            }
            if ("downgrade".equals(marker)) {
                if (downgradeMarker > 0) {
                    throw error(file, lineNo, "a second '-- downgrade' line (the first is on line " + downgradeMarker
                            + "); a SQL script has one upgrade section and one downgrade section");
                }
                if (upgradeMarker == 0) {
                    throw error(file, lineNo, "'-- downgrade' before '-- upgrade'; start the upgrade section "
                            + "with a '-- upgrade' line first");
                }
                downgradeMarker = lineNo;
                section = Section.DOWNGRADE;
                continue;
            }
            switch (section) {
                case HEADER -> headerLine(file, lineNo, line, values, keyLines);
                case UPGRADE -> upgrade.append(line).append('\n');
                case DOWNGRADE -> downgrade.append(line).append('\n');
            }
        }
        requireRevisionAndUpgrade(file, values, keyLines, upgradeMarker > 0);
        if (downgradeMarker == 0) {
            throw error(file, upgradeMarker, "no '-- downgrade' line after '-- upgrade'; add one at the end "
                    + "(the downgrade section may be empty)");
        }
        return new Parsed(header(file, values, keyLines), upgrade.toString(), upgradeMarker + 1,
                downgrade.toString(), downgradeMarker + 1);
    }

    /** "upgrade" or "downgrade" for a section marker line, else null. */
    private static String marker(String line) {
        String t = line.strip();
        if (!t.startsWith("--")) {
            return null;
        }
        String word = t.substring(2).strip().toLowerCase(Locale.ROOT);
        return word.equals("upgrade") || word.equals("downgrade") ? word : null;
    }

    private static void headerLine(Path file, int lineNo, String line, Map<String, String> values,
                                   Map<String, Integer> keyLines) {
        String t = line.strip();
        if (t.isEmpty()) {
            return;
        }
        if (!t.startsWith("--")) {
            throw error(file, lineNo, "SQL before the '-- upgrade' line; put statements after a '-- upgrade' "
                    + "line (the header holds only '-- key: value' comments)");
        }
        String body = t.substring(2).strip();
        int colon = body.indexOf(':');
        if (colon <= 0 || !isKey(body.substring(0, colon))) {
            return; // a free comment
        }
        String key = body.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        if (!KEYS.contains(key)) {
            throw error(file, lineNo, "unknown header key '" + body.substring(0, colon).strip()
                    + "'; expected one of " + String.join(", ", KEYS)
                    + " (write other comments without a colon after the first word)");
        }
        if (values.containsKey(key)) {
            throw error(file, lineNo, "header key '" + key + "' is given twice (first on line "
                    + keyLines.get(key) + ")");
        }
        values.put(key, body.substring(colon + 1).strip());
        keyLines.put(key, lineNo);
    }

    /** A single word of letters, digits, '-' and '_', optionally followed by spaces. */
    private static boolean isKey(String s) {
        String k = s.stripTrailing();
        if (k.isEmpty() || !Character.isLetter(k.charAt(0))) {
            return false;
        }
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '-' && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static ScriptHeader header(Path file, Map<String, String> values, Map<String, Integer> keyLines) {
        int line = keyLines.get("revision");
        String id = values.get("revision");
        if (id.isEmpty() || id.contains(",") || id.chars().anyMatch(Character::isWhitespace)) {
            throw error(file, line, "'-- revision:' needs one revision id, like '-- revision: ab12cd34ef56'");
        }
        boolean transactional = true;
        String tx = values.get("transactional");
        if (tx != null) {
            switch (tx.toLowerCase(Locale.ROOT)) {
                case "true" -> transactional = true;
                case "false" -> transactional = false;
                default -> throw error(file, keyLines.get("transactional"),
                        "'-- transactional:' must be true or false, found '" + tx + "'");
            }
        }
        return new ScriptHeader(id, list(values.get("revises")), list(values.get("depends-on")),
                list(values.get("branch-labels")), values.get("message"), values.get("created"), transactional, line,
                duration(file, values, keyLines, "lock-timeout"), duration(file, values, keyLines, "statement-timeout"));
    }

    private static java.time.Duration duration(Path file, Map<String, String> values, Map<String, Integer> keyLines,
            String key) {
        String text = values.get(key);
        if (text == null || text.isBlank()) {
            return null;
        }
        java.time.Duration d = ScriptDurations.parse(text);
        if (d == null) {
            throw error(file, keyLines.get(key), "'-- " + key + ":' must be a duration such as 500ms, 2s or 1m, found '"
                    + text + "'");
        }
        return d;
    }

    /** Comma-separated values; absent or empty means none. */
    static List<String> list(String value) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        for (String part : value.split(",")) {
            String p = part.strip();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    private static ScriptException error(Path file, int line, String problem) {
        return new ScriptException(ErrorCode.SCRIPT, file, line, problem);
    }
}
