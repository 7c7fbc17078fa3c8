package dev.retort.script;

import dev.retort.error.ErrorCode;
import dev.retort.error.ScriptException;
import dev.retort.script.JavaLexer.Kind;
import dev.retort.script.JavaLexer.LexException;
import dev.retort.script.JavaLexer.Token;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@code @Revision(...)} annotation of a Java script from its source text, without the
 * compiler. Values must be literals: strings (joined with {@code +} if need be), arrays of strings,
 * {@code true}/{@code false}.
 */
final class JavaHeaderReader {

    private static final String ELEMENTS = "id, revises, dependsOn, branchLabels, message, created, transactional, lockTimeout or statementTimeout";

    private final Path file;
    private final JavaLexer lexer;
    private final List<Token> ahead = new ArrayList<>();

    private JavaHeaderReader(Path file, String source) {
        this.file = file;
        this.lexer = new JavaLexer(source);
    }

    static ScriptHeader read(Path file, String source) {
        JavaHeaderReader reader = new JavaHeaderReader(file, source);
        try {
            return reader.readHeader();
        } catch (LexException e) {
            throw new ScriptException(ErrorCode.SCRIPT, file, e.line, e.getMessage());
        }
    }

    /** Whether the source declares a package (its first token is {@code package}). */
    static boolean declaresPackage(String source) {
        try {
            return new JavaLexer(source).next().is(Kind.IDENT, "package");
        } catch (LexException e) {
            return false;
        }
    }

    private Token peek(int k) {
        while (ahead.size() <= k) {
            ahead.add(lexer.next());
        }
        return ahead.get(k);
    }

    private Token take() {
        Token t = peek(0);
        ahead.remove(0);
        return t;
    }

    private ScriptHeader readHeader() {
        while (true) {
            Token t = take();
            if (t.kind() == Kind.EOF) {
                throw error(0, "no @Revision annotation found; a Java script's class needs one, like "
                        + "@Revision(id = \"ab12cd34ef56\", revises = \"0123456789ab\", message = \"add phone\")");
            }
            if (t.isPunct('@')) {
                int names = annotationNameLength();
                if (names > 0) {
                    for (int i = 0; i < names; i++) {
                        take();
                    }
                    return elements(t.line());
                }
            }
        }
    }

    /** Tokens after '@' that name Revision ({@code Revision} or {@code dev.retort.Revision}), or 0. */
    private int annotationNameLength() {
        if (peek(0).is(Kind.IDENT, "Revision")) {
            return 1;
        }
        if (peek(0).is(Kind.IDENT, "dev") && peek(1).isPunct('.') && peek(2).is(Kind.IDENT, "retort")
                && peek(3).isPunct('.') && peek(4).is(Kind.IDENT, "Revision")) {
            return 5;
        }
        return 0;
    }

    private ScriptHeader elements(int line) {
        Token open = take();
        if (!open.isPunct('(')) {
            throw error(open.line(), "@Revision needs its elements in parentheses, like @Revision(id = \"ab12cd34ef56\")");
        }
        Set<String> seen = new HashSet<>();
        String id = null;
        List<String> revises = List.of();
        List<String> dependsOn = List.of();
        List<String> labels = List.of();
        String message = "";
        String created = "";
        boolean transactional = true;
        java.time.Duration lockTimeout = null;
        java.time.Duration statementTimeout = null;
        if (peek(0).isPunct(')')) {
            take();
        } else {
            while (true) {
                Token name = take();
                if (name.kind() != Kind.IDENT || !peek(0).isPunct('=')) {
                    throw error(name.line(), "expected an element like id = \"...\" in @Revision, found '"
                            + name.text() + "'");
                }
                take();
                String n = name.text();
                if (!seen.add(n)) {
                    throw error(name.line(), "@Revision element '" + n + "' is given twice");
                }
                switch (n) {
                    case "id" -> id = string(n);
                    case "message" -> message = string(n);
                    case "created" -> created = string(n);
                    case "revises" -> revises = strings(n);
                    case "dependsOn" -> dependsOn = strings(n);
                    case "branchLabels" -> labels = strings(n);
                    case "transactional" -> transactional = bool(n);
                    case "lockTimeout" -> lockTimeout = duration(name.line(), n);
                    case "statementTimeout" -> statementTimeout = duration(name.line(), n);
                    default -> throw error(name.line(), "unknown @Revision element '" + n + "'; expected " + ELEMENTS);
                }
                Token sep = take();
                if (sep.isPunct(')')) {
                    break;
                }
                if (!sep.isPunct(',')) {
                    throw error(sep.line(), "expected ',' or ')' after @Revision element '" + n + "', found '"
                            + sep.text() + "'; values must be literals, like " + n + " = \"...\"");
                }
            }
        }
        if (id == null) {
            throw error(line, "@Revision has no id; add one, like @Revision(id = \"ab12cd34ef56\", ...)");
        }
        if (id.isBlank()) {
            throw error(line, "@Revision id is empty; give a revision id, like id = \"ab12cd34ef56\"");
        }
        return new ScriptHeader(id, revises, dependsOn, labels, message, created, transactional, line,
                lockTimeout, statementTimeout);
    }

    private java.time.Duration duration(int line, String element) {
        String text = string(element);
        if (text.isBlank()) {
            return null;
        }
        java.time.Duration d = ScriptDurations.parse(text);
        if (d == null) {
            throw error(line, "@Revision " + element + " must be a duration such as \"500ms\", \"2s\" or \"1m\", found \""
                    + text + "\"");
        }
        return d;
    }

    /** A string literal or text block, or several joined with '+'. */
    private String string(String element) {
        StringBuilder value = new StringBuilder(literal(element));
        while (peek(0).isPunct('+')) {
            take();
            value.append(literal(element));
        }
        return value.toString();
    }

    private String literal(String element) {
        Token t = take();
        if (t.kind() != Kind.STRING) {
            throw error(t.line(), "@Revision element '" + element + "' must be a string literal, like "
                    + element + " = \"...\", found '" + t.text() + "'; Retort reads the header without compiling, "
                    + "so constants and expressions are not allowed");
        }
        return t.value();
    }

    /** A string, or an array of strings in braces (possibly empty). */
    private List<String> strings(String element) {
        if (!peek(0).isPunct('{')) {
            return List.of(string(element));
        }
        take();
        List<String> values = new ArrayList<>();
        while (true) {
            if (peek(0).isPunct('}')) {
                take();
                return values;
            }
            if (peek(0).kind() != Kind.STRING) {
                Token t = peek(0);
                throw error(t.line(), "@Revision element '" + element + "' must be a string literal or an array "
                        + "of them, like " + element + " = {\"ab12cd34ef56\", \"0123456789ab\"}, found '" + t.text() + "'");
            }
            values.add(string(element));
            Token sep = peek(0);
            if (sep.isPunct(',')) {
                take();
            } else if (!sep.isPunct('}')) {
                throw error(sep.line(), "expected ',' or '}' in @Revision element '" + element + "', found '"
                        + sep.text() + "'");
            }
        }
    }

    private boolean bool(String element) {
        Token t = take();
        if (t.is(Kind.IDENT, "true")) {
            return true;
        }
        if (t.is(Kind.IDENT, "false")) {
            return false;
        }
        throw error(t.line(), "@Revision element '" + element + "' must be true or false, found '" + t.text() + "'");
    }

    private ScriptException error(int line, String problem) {
        return new ScriptException(ErrorCode.SCRIPT, file, line, problem);
    }
}
