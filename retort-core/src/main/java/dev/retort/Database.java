package dev.retort;

import dev.retort.config.DatabaseUrl;
import dev.retort.config.Redaction;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.migrate.Migrator;
import dev.retort.migrate.OfflineWriter;
import dev.retort.migrate.VersionTable;
import dev.retort.revision.Plan;
import dev.retort.script.ScriptDirectory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * The facade's side of the database: one connection, opened on first need and closed with the
 * facade; the dialect, known from the URL alone so that offline mode needs no connection.
 */
final class Database implements AutoCloseable {
    private final RetortSettings settings;
    private ConnectionTarget target;
    private Connection connection;
    private Dialect dialect;

    Database(RetortSettings settings) {
        this.settings = settings;
    }

    /** Resolved on first need, so read-only commands work without a URL. */
    private ConnectionTarget target() {
        if (target == null) {
            target = ConnectionTarget.of(settings);
        }
        return target;
    }

    Dialect dialect() {
        if (dialect == null) {
            dialect = target().jdbcUrl() != null ? Dialects.forJdbcUrl(target().jdbcUrl()) : Dialects.forJdbcUrl(jdbcUrlOf(connection()));
        }
        return dialect;
    }

    VersionTable versionTable() {
        return new VersionTable(dialect(), settings.versionTableSchema(), settings.versionTable());
    }

    Set<String> currentHeads() {
        return versionTable().read(connection());
    }

    void run(Plan plan, ScriptDirectory scripts) {
        if (plan.isEmpty()) {
            return;
        }
        migrator(scripts).run(plan);
    }

    void stamp(Set<String> rows, ScriptDirectory scripts) {
        migrator(scripts).stamp(rows);
    }

    void writeOffline(Plan plan, ScriptDirectory scripts, Appendable out) {
        new OfflineWriter(dialect(), versionTable(), new ScriptMigrationSource(scripts, settings.cacheDir()),
                settings.arguments()).write(plan, out);
    }

    void writeStampOffline(Set<String> start, Set<String> rows, ScriptDirectory scripts, Appendable out) {
        new OfflineWriter(dialect(), versionTable(), new ScriptMigrationSource(scripts, settings.cacheDir()),
                settings.arguments()).writeStamp(start, rows, out);
    }

    private Migrator migrator(ScriptDirectory scripts) {
        return new Migrator(connection(), dialect(), versionTable(),
                new ScriptMigrationSource(scripts, settings.cacheDir()), settings.arguments(), settings.listener());
    }

    private Connection connection() {
        if (connection == null) {
            connection = target().connect();
        }
        return connection;
    }

    private static String jdbcUrlOf(Connection connection) {
        try {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new RetortException(ErrorCode.CONNECTION, "cannot tell which database the data source is: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Closing is best effort: the work is committed or rolled back already.
            } finally {
                connection = null;
            }
        }
    }

    /** Where connections come from: a data source, or a JDBC URL with optional credentials. */
    record ConnectionTarget(String jdbcUrl, String user, String password, javax.sql.DataSource dataSource) {
        static ConnectionTarget of(RetortSettings s) {
            if (s.dataSource() != null) {
                return new ConnectionTarget(null, null, null, s.dataSource());
            }
            if (s.url() == null || s.url().isBlank()) {
                throw new RetortException(ErrorCode.CONFIG,
                        "no database URL; set url in retort.properties, RETORT_URL, DATABASE_URL or --url");
            }
            DatabaseUrl url = DatabaseUrl.parse(s.url()).withDefaults(s.user(), s.password());
            return new ConnectionTarget(url.jdbcUrl(), url.user(), url.password(), null);
        }

        Connection connect() {
            try {
                if (dataSource != null) {
                    return dataSource.getConnection();
                }
                DriverManager.setLoginTimeout(10);
                return user == null ? DriverManager.getConnection(jdbcUrl)
                        : DriverManager.getConnection(jdbcUrl, user, password == null ? "" : password);
            } catch (SQLException e) {
                List<String> secrets = password == null || password.isEmpty() ? List.of() : List.of(password);
                throw new RetortException(ErrorCode.CONNECTION, Redaction.redact(
                        "cannot connect to " + jdbcUrl + ": " + e.getMessage(), secrets), e);
            }
        }

        /** Never shows the password. */
        @Override
        public String toString() {
            return dataSource != null ? "the data source" : Redaction.redact(jdbcUrl);
        }
    }
}
