package dev.retort.config;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A database address as a JDBC URL plus the credentials it carries.
 *
 * <p>{@link #parse(String)} accepts JDBC URLs as they are, and the URL forms Alembic and Heroku-style
 * platforms use:
 * <pre>{@code
 * postgresql://app:s3cret@db:5432/app?sslmode=require -> jdbc:postgresql://db:5432/app?sslmode=require, app, s3cret
 * postgres://... , postgresql+psycopg2://...          -> jdbc:postgresql://...
 * mysql://root@db/app , mariadb://root@db/app          -> jdbc:mariadb://db/app, root
 * sqlite:///relative.db , sqlite:////abs/path.db       -> jdbc:sqlite:relative.db , jdbc:sqlite:/abs/path.db
 * h2:mem:test                                          -> jdbc:h2:mem:test
 * }</pre>
 * For a JDBC URL, {@code user} and {@code password} are what its parameters name (left to the driver,
 * known here so messages can hide them).
 *
 * @param jdbcUrl  the URL handed to the driver; never contains the user info of the original form
 * @param user     the user name, or null when the URL names none
 * @param password the password, or null when the URL names none
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {

    private static final String FORMS = "use a jdbc: URL or postgresql://, mysql://, mariadb://, sqlite:///, h2:";

    /**
     * Reads a URL in any of the supported forms.
     *
     * @throws RetortException BAD_ARGUMENT, with a one-line message that never contains the password
     */
    public static DatabaseUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw bad(url, "the database URL is empty");
        }
        String s = url.trim();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:")) {
            return jdbc(s);
        }
        if (lower.startsWith("h2:")) {
            return new DatabaseUrl("jdbc:" + s, parameter(s, "user"), parameter(s, "password"));
        }
        int sep = s.indexOf("://");
        if (sep <= 0) {
            throw bad(s, "not a database URL; " + FORMS);
        }
        String scheme = lower.substring(0, sep);
        // SQLAlchemy names a Python driver after '+' (postgresql+psycopg2); the JVM has its own.
        String base = scheme.contains("+") ? scheme.substring(0, scheme.indexOf('+')) : scheme;
        String rest = s.substring(sep + 3);
        return switch (base) {
            case "postgresql", "postgres" -> network(s, "postgresql", rest);
            case "mysql", "mariadb" -> network(s, "mariadb", rest);
            case "sqlite" -> sqlite(s, rest);
            default -> throw bad(s, "unsupported database URL scheme '" + scheme + "'; " + FORMS);
        };
    }

    /** This URL with the given credentials filling in the ones it does not name itself. */
    public DatabaseUrl withDefaults(String defaultUser, String defaultPassword) {
        return new DatabaseUrl(jdbcUrl, user != null ? user : defaultUser, password != null ? password : defaultPassword);
    }

    /**
     * This URL with a relative SQLite or H2 file made absolute against {@code dir}, so that a
     * {@code jdbc:sqlite:retort.db} means the same file whatever folder Retort runs from.
     */
    public DatabaseUrl resolveFilesAgainst(Path dir) {
        String resolved = FileUrls.resolve(jdbcUrl, dir);
        return resolved.equals(jdbcUrl) ? this : new DatabaseUrl(resolved, user, password);
    }

    /** The JDBC URL with any password hidden, for messages. */
    public String redacted() {
        return Redaction.redact(jdbcUrl, password == null ? List.of() : List.of(password));
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "DatabaseUrl[" + redacted() + ", user=" + user + ", password=" + (password == null ? "null" : Redaction.MASK) + "]";
    }

    /**
     * A JDBC URL as given, except that {@code jdbc:vendor://user:pass@host/...} user info moves into the
     * user and password: the drivers do not read it, and would echo the password as a bad host or port.
     */
    private static DatabaseUrl jdbc(String s) {
        int sep = s.indexOf("://");
        if (sep > 0 && s.substring(0, sep).indexOf('/') < 0) {
            String rest = s.substring(sep + 3);
            int end = indexOfAny(rest, "/?;");
            int at = end == 0 ? -1 : rest.lastIndexOf('@', end - 1);
            if (at >= 0) {
                DatabaseUrl inner = network(s, "x", rest);
                String jdbcUrl = s.substring(0, sep + 3) + rest.substring(at + 1);
                return new DatabaseUrl(jdbcUrl, inner.user(), inner.password());
            }
        }
        return new DatabaseUrl(s, parameter(s, "user"), parameter(s, "password"));
    }

    private static DatabaseUrl network(String original, String jdbcScheme, String rest) {
        int end = indexOfAny(rest, "/?");
        int at = end == 0 ? -1 : rest.lastIndexOf('@', end - 1);
        String userInfo = at < 0 ? null : rest.substring(0, at);
        String hosts = rest.substring(at + 1, end);
        String tail = rest.substring(end);
        String user = null;
        String password = null;
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = PercentDecoder.decode(colon < 0 ? userInfo : userInfo.substring(0, colon),
                    () -> bad(original, "bad percent-encoding in the user name"));
            password = colon < 0 ? null : PercentDecoder.decode(userInfo.substring(colon + 1),
                    () -> bad(original, "bad percent-encoding in the password"));
            if (user.isEmpty()) {
                user = null;
            }
        }
        checkHosts(original, hosts);
        if (hosts.isEmpty()) {
            hosts = "localhost";
        }
        if (user == null) {
            user = parameter(tail, "user");
        }
        if (password == null) {
            password = parameter(tail, "password");
        }
        return new DatabaseUrl("jdbc:" + jdbcScheme + "://" + hosts + tail, user, password);
    }

    private static void checkHosts(String original, String hosts) {
        for (String host : hosts.split(",", -1)) {
            if (host.isEmpty() && !hosts.isEmpty()) {
                throw bad(original, "empty host name in '" + hosts + "'");
            }
            String port = null;
            if (host.startsWith("[")) {
                int close = host.indexOf(']');
                if (close < 0) {
                    throw bad(original, "unclosed '[' in host '" + host + "'");
                }
                String after = host.substring(close + 1);
                if (!after.isEmpty()) {
                    if (!after.startsWith(":")) {
                        throw bad(original, "unexpected '" + after + "' after host '" + host.substring(0, close + 1) + "'");
                    }
                    port = after.substring(1);
                }
            } else if (host.contains(":")) {
                port = host.substring(host.lastIndexOf(':') + 1);
            }
            if (port != null && !validPort(port)) {
                throw bad(original, "port '" + port + "' is not a number from 1 to 65535"
                        + " (a password with ':', '/', '?' or '@' must be percent-encoded)");
            }
            if (host.chars().anyMatch(Character::isWhitespace)) {
                throw bad(original, "host name contains white space");
            }
        }
    }

    private static boolean validPort(String port) {
        if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int n = Integer.parseInt(port);
        return n >= 1 && n <= 65535;
    }

    private static DatabaseUrl sqlite(String original, String rest) {
        if (rest.isEmpty() || rest.equals("/") || rest.equals("/:memory:")) {
            return new DatabaseUrl("jdbc:sqlite::memory:", null, null);
        }
        if (!rest.startsWith("/")) {
            throw bad(original, "a sqlite URL has no host: use sqlite:///relative.db or sqlite:////absolute/path.db");
        }
        return new DatabaseUrl("jdbc:sqlite:" + rest.substring(1), null, null);
    }

    /** The value of {@code name} in a {@code ?a=b&c=d} or {@code ;a=b;c=d} parameter list, percent-decoded where possible. */
    static String parameter(String url, String name) {
        int start = indexOfAny(url, "?;");
        if (start >= url.length()) {
            return null;
        }
        List<String> pairs = new ArrayList<>();
        for (String part : url.substring(start + 1).split("[&;?]")) {
            pairs.add(part);
        }
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).trim().equalsIgnoreCase(name)) {
                String raw = pair.substring(eq + 1);
                String decoded = PercentDecoder.decode(raw, () -> null);
                return decoded == null ? raw : decoded;
            }
        }
        return null;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    private static RetortException bad(String url, String problem) {
        String shown = url == null ? "" : " '" + Redaction.redact(url) + "'";
        return new RetortException(ErrorCode.BAD_ARGUMENT, "bad database URL" + shown + ": " + problem);
    }
}
