package dev.retort.dialects;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.SqlSyntax;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.dialect.h2.H2Dialect;
import dev.retort.dialect.mariadb.MariaDbDialect;
import dev.retort.dialect.postgresql.PostgresDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the {@link Dialect} for a database: the four built in, then any listed in
 * {@code META-INF/services/dev.retort.dialect.Dialect}.
 *
 * <pre>{@code
 * Dialect d = Dialects.forJdbcUrl("jdbc:postgresql://db/app");   // PostgresDialect
 * d.quote("user");                                              // "user"
 * }</pre>
 */
public final class Dialects {
    private Dialects() {
    }

    /** Every dialect: the built-in ones first, then those found by {@link ServiceLoader} on the context class loader. */
    public static List<Dialect> all() {
        return all(Thread.currentThread().getContextClassLoader());
    }

    /** Every dialect: the built-in ones first, then those {@code loader} lists as services. */
    public static List<Dialect> all(ClassLoader loader) {
        List<Dialect> dialects = new ArrayList<>(List.of(
                new PostgresDialect(), new MariaDbDialect(), new SqliteDialect(), new H2Dialect()));
        Set<String> names = dialects.stream().map(Dialect::name).collect(Collectors.toSet());
        for (Dialect extra : ServiceLoader.load(Dialect.class, loader)) {
            if (names.add(extra.name())) {
                dialects.add(extra);
            }
        }
        return List.copyOf(dialects);
    }

    /** The dialect for a JDBC URL; UNSUPPORTED, listing the URLs that are, when none accepts it. */
    public static Dialect forJdbcUrl(String jdbcUrl) {
        return forJdbcUrl(jdbcUrl, all());
    }

    static Dialect forJdbcUrl(String jdbcUrl, List<Dialect> dialects) {
        for (Dialect d : dialects) {
            if (d.acceptsUrl(jdbcUrl)) {
                return d;
            }
        }
        Set<String> supported = new LinkedHashSet<>();
        for (Dialect d : dialects) {
            supported.addAll(d.urlPrefixes().isEmpty() ? List.of(d.name()) : d.urlPrefixes());
        }
        throw new RetortException(ErrorCode.UNSUPPORTED, "no database dialect for the URL " + scheme(jdbcUrl)
                + "; supported URLs start with " + String.join(", ", supported));
    }

    /** The dialect called {@code name} (ignoring case); UNSUPPORTED, listing the names, when none is. */
    public static Dialect forName(String name) {
        List<Dialect> dialects = all();
        for (Dialect d : dialects) {
            if (d.name().equalsIgnoreCase(name)) {
                return d;
            }
        }
        throw new RetortException(ErrorCode.UNSUPPORTED, "no database dialect named " + name + "; known: "
                + dialects.stream().map(Dialect::name).collect(Collectors.joining(", ")));
    }

    /**
     * How the dialect called {@code name} (ignoring case) reads SQL; the standard syntax when no dialect has
     * that name (a test double's {@link dev.retort.Op#dialect()}).
     */
    public static SqlSyntax sqlSyntax(String name) {
        // The built-in dialects come first in all(), so one of theirs wins without a look through the services:
        // a SQL script asks this before each run of its statements.
        for (Dialect d : BuiltIn.DIALECTS) {
            if (d.name().equalsIgnoreCase(name)) {
                return d.sqlSyntax();
            }
        }
        return all().stream().filter(d -> d.name().equalsIgnoreCase(name)).findFirst()
                .map(Dialect::sqlSyntax).orElse(SqlSyntax.STANDARD);
    }

    /** The distinct syntaxes of the built-in dialects: each is one of {@link #sqlSyntaxes()}, found without a service look-up. */
    public static List<SqlSyntax> builtInSqlSyntaxes() {
        return BuiltIn.SYNTAXES;
    }

    /** The built-in dialects, made once (dialects hold no state), for the look-ups that run per script. */
    private static final class BuiltIn {
        static final List<Dialect> DIALECTS = List.of(
                new PostgresDialect(), new MariaDbDialect(), new SqliteDialect(), new H2Dialect());
        static final List<SqlSyntax> SYNTAXES = DIALECTS.stream().map(Dialect::sqlSyntax).distinct().toList();
    }

    /** The distinct syntaxes of every dialect on the class path, for reading text whose database is unknown. */
    public static List<SqlSyntax> sqlSyntaxes() {
        return all().stream().map(Dialect::sqlSyntax).distinct().toList();
    }

    // Only "jdbc:vendor:" is repeated back: the rest of a URL may hold a password.
    private static String scheme(String url) {
        int second = url == null ? -1 : url.indexOf(':', 5);
        if (second < 0 || !url.toLowerCase(Locale.ROOT).startsWith("jdbc:")) {
            return "(not a jdbc: URL)";
        }
        return url.substring(0, second + 1) + "...";
    }
}
