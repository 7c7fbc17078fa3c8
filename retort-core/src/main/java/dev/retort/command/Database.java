package dev.retort.command;

import dev.retort.RetortSettings;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.config.DatabaseUrl;
import dev.retort.config.Redaction;
import dev.retort.dialect.Dialect;
import dev.retort.dialects.Dialects;
import dev.retort.dialect.LeaseLock;
import dev.retort.dialect.MigrationLock;
import dev.retort.dialect.CatalogScope;
import dev.retort.dialect.SchemaInspector;
import dev.retort.migrate.HistoryTable;
import dev.retort.migrate.MigrationSource;
import dev.retort.migrate.Migrator;
import dev.retort.migrate.OfflineWriter;
import dev.retort.migrate.StatementLimits;
import dev.retort.migrate.VersionTable;
import dev.retort.schema.Schema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The facade's side of the database: the migration connection, opened on first need (waiting for the
 * database when told to) and closed with the facade; a second connection that holds the migration lock
 * while a writing command runs; the dialect, known from the URL alone so that offline mode needs no
 * connection.
 */
final class Database implements AutoCloseable {
    private final RetortSettings settings;
    private ConnectionTarget target;
    private Connection connection;
    private Dialect dialect;
    private VersionTable versionTable;
    private HistoryTable historyTable;
    private ConnectionPrefetch prefetch;

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

    /** One per facade: it remembers that it checked its table on the migration connection, and asks no more. */
    VersionTable versionTable() {
        if (versionTable == null) {
            versionTable = new VersionTable(dialect(), settings.versionTableSchema(), settings.versionTable());
        }
        return versionTable;
    }

    /** One per facade, as {@link #versionTable()}. */
    HistoryTable historyTable() {
        if (historyTable == null) {
            historyTable = new HistoryTable(dialect(), settings.versionTableSchema(), settings.historyTable());
        }
        return historyTable;
    }

    Set<String> currentHeads() {
        return versionTable().read(connection());
    }

    /**
     * The lock at once when it is free; otherwise tells the listener who holds it, waits up to the lock timeout,
     * and tells how long it waited, so that many waiting processes do not sit silent.
     */
    private MigrationLock lockOrWait(Connection lockConnection) throws SQLException {
        try {
            return dialect().lock(lockConnection, settings.versionTableSchema(), settings.versionTable(), java.time.Duration.ZERO);
        } catch (RetortException busy) {
            if (busy.code() != ErrorCode.LOCKED || settings.lockTimeout().isZero()) {
                throw busy;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("holds the migration lock \\((.*)\\); waited")
                    .matcher(String.valueOf(busy.getMessage()));
            settings.listener().waitingForLock(m.find() ? m.group(1) : "held by another process", settings.lockTimeout());
            long started = System.nanoTime();
            MigrationLock lock = dialect().lock(lockConnection, settings.versionTableSchema(), settings.versionTable(),
                    settings.lockTimeout());
            settings.listener().lockAcquired(java.time.Duration.ofNanos(System.nanoTime() - started));
            return lock;
        }
    }

    /** CONFIG when {@code version_table_schema} names a schema the database does not have (else nothing would show). */
    void requireVersionTableSchema() {
        String schema = settings.versionTableSchema();
        if (schema == null || schema.isBlank()) {
            return;
        }
        try {
            if (!dialect().schemaExists(connection(), schema)) {
                throw new RetortException(ErrorCode.CONFIG, "version_table_schema '" + schema + "' does not exist in the "
                        + "database; create it, or fix version_table_schema in the configuration");
            }
        } catch (SQLException e) {
            throw new RetortException(ErrorCode.CONNECTION, "cannot list the database's schemas: " + e.getMessage(), e);
        }
    }

    /**
     * Takes the migration lock on a connection of its own; closing the result releases it and closes that
     * connection. Taken before the version table is read, held until the command ends.
     */
    MigrationLock lock() {
        connection(); // waits for the database first, when told to
        Connection lockConnection = target().connect();
        try {
            MigrationLock lock = lease(lockConnection)
                    ? LeaseLock.acquire(dialect(), lockConnection, settings.versionTableSchema(), settings.versionTable(),
                            settings.lockTimeout(), settings.leaseDuration(), settings.listener()::notice)
                    : lockOrWait(lockConnection);
            return new MigrationLock() {
                @Override
                public void requireHeld() {
                    lock.requireHeld();
                }

                @Override
                public void close() {
                    try {
                        lock.close();
                    } finally {
                        closeQuietly(lockConnection);
                    }
                }
            };
        } catch (SQLException e) {
            closeQuietly(lockConnection);
            throw new RetortException(ErrorCode.LOCKED, "cannot take the migration lock: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(lockConnection);
            throw e;
        }
    }

    /** Whether this run holds its lock as a lease: when told so, or where the database's session locks do not hold. */
    private boolean lease(Connection lockConnection) throws SQLException {
        return switch (settings.lockStrategy()) {
            case LEASE -> true;
            case SESSION -> false;
            case AUTO -> !dialect().sessionLocksHold(lockConnection);
        };
    }

    Connection connection() {
        if (connection == null) {
            if (prefetch != null) {
                ConnectionPrefetch early = prefetch;
                prefetch = null;
                connection = early.take();
            } else {
                connection = ConnectionWait.connect(() -> target().connect(), settings.connectWait(), settings.listener());
            }
        }
        return connection;
    }

    /**
     * Starts opening the migration connection in the background, for a command about to read its scripts before
     * it reads the database. Only from a URL (a data source's pool hands out connections at once), and never when
     * the URL is missing or malformed: {@link #connection()} says so where it always did.
     */
    void prefetch() {
        if (connection != null || prefetch != null || settings.dataSource() != null) {
            return;
        }
        ConnectionTarget resolved;
        try {
            resolved = target();
        } catch (RuntimeException e) {
            return;
        }
        prefetch = ConnectionPrefetch.start(resolved::connect, settings.connectWait(), settings.listener());
    }

    /** A further connection to the configured database, for a scratch place on the same server. */
    Connection connectAnother() {
        return target().connect();
    }

    Migrator migrator(MigrationSource source, Map<String, Integer> resume) {
        return new Migrator(connection(), dialect(), versionTable(), source, settings.arguments(), settings.listener())
                .withHistory(historyTable(), appliedBy())
                .resuming(resume)
                .limited(new StatementLimits(settings.ddlLockTimeout(), settings.statementTimeout(), settings.retries()));
    }

    /** {@code dbuser (osuser)}, or the OS user alone for a database without users: who ran a migration, as the history table records it. */
    String appliedBy() {
        String dbUser;
        try {
            dbUser = connection().getMetaData().getUserName();
        } catch (SQLException e) {
            dbUser = null;
        }
        String os = System.getProperty("user.name");
        if (dbUser == null || dbUser.isBlank()) {
            return os == null ? "?" : os;
        }
        return dbUser + (os == null ? "" : " (" + os + ")");
    }

    void writeOffline(dev.retort.revision.Plan plan, MigrationSource source, Appendable out) {
        new OfflineWriter(dialect(), versionTable(), source, settings.arguments()).write(plan, out);
    }

    void writeRepeatablesOffline(List<dev.retort.migrate.RepeatableRunner.Repeatable> repeatables, Appendable out) {
        new OfflineWriter(dialect(), versionTable(), (MigrationSource) revisions -> Map.of(), settings.arguments())
                .writeRepeatables(repeatables, out);
    }

    void writeStampOffline(Set<String> start, Set<String> rows, MigrationSource source, Appendable out) {
        new OfflineWriter(dialect(), versionTable(), source, settings.arguments()).writeStamp(start, rows, out);
    }

    /**
     * The tables of {@code schema} (null: the current one) that {@code include} accepts, as the dialect's inspector
     * reads them, never the version table.
     */
    Schema reflect(String schema, Predicate<String> include) {
        Predicate<String> filter = SchemaInspector.excluding(List.of(settings.versionTable(), settings.historyTable(),
                dev.retort.schema.RetortTables.LOCK_TABLE))
                .and(include);
        try {
            return dialect().inspector().inspect(connection(), schema, filter);
        } catch (SQLException e) {
            throw new RetortException(ErrorCode.CONNECTION, "cannot read the database's schema: " + e.getMessage(), e);
        }
    }

    /** The name of the connection's current schema (a catalog where schemas are catalogs), null if none. */
    String currentSchema() {
        try {
            CatalogScope scope = dialect().catalogScope(connection(), null);
            return scope.schema() != null ? scope.schema() : scope.catalog();
        } catch (SQLException e) {
            throw new RetortException(ErrorCode.CONNECTION, "cannot read the current schema: " + e.getMessage(), e);
        }
    }

    private static String jdbcUrlOf(Connection connection) {
        try {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new RetortException(ErrorCode.CONNECTION, "cannot tell which database the data source is: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // Closing is best effort: the server drops the session, and its lock, anyway.
        }
    }

    @Override
    public void close() {
        if (prefetch != null) {
            prefetch.abandon();
            prefetch = null;
        }
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
    record ConnectionTarget(String jdbcUrl, String user, String password, javax.sql.DataSource dataSource, String driver) {
        static ConnectionTarget of(RetortSettings s) {
            if (s.dataSource() != null) {
                return new ConnectionTarget(null, null, null, s.dataSource(), null);
            }
            if (s.url() == null || s.url().isBlank()) {
                throw new RetortException(ErrorCode.CONFIG,
                        "no database URL; set url in retort.properties, RETORT_URL, DATABASE_URL or --url");
            }
            DatabaseUrl url = DatabaseUrl.parse(s.url()).withDefaults(s.user(), s.password());
            String driver;
            try {
                driver = Dialects.forJdbcUrl(url.jdbcUrl()).jdbcDriverClass();
            } catch (RetortException e) {
                driver = null; // no dialect for the URL: said where the dialect is asked for
            }
            return new ConnectionTarget(url.jdbcUrl(), url.user(), url.password(), null, driver);
        }

        Connection connect() {
            try {
                if (dataSource != null) {
                    return dataSource.getConnection();
                }
                DriverManager.setLoginTimeout(10);
                java.util.Properties info = new java.util.Properties();
                if (user != null) {
                    info.put("user", user);
                    info.put("password", password == null ? "" : password);
                }
                Connection direct = direct(info);
                return direct != null ? direct : DriverManager.getConnection(jdbcUrl, info);
            } catch (SQLException e) {
                List<String> secrets = password == null || password.isEmpty() ? List.of() : List.of(password);
                String where = dataSource != null ? "the data source" : jdbcUrl;
                throw new RetortException(ErrorCode.CONNECTION, Redaction.redact(
                        "cannot connect to " + where + ": " + e.getMessage() + unknownHost(e), secrets)
                        .replaceAll("\\s*\\R\\s*", " "), e);
            }
        }

        /**
         * A connection from the dialect's driver, asked directly: {@code DriverManager}'s first look-up loads every
         * driver on the class path (four in the CLI's jar), on the connection's critical path. Null when there is no
         * such driver class, or it declines the URL: then {@code DriverManager} is asked, as always.
         */
        private Connection direct(java.util.Properties info) throws SQLException {
            if (driver == null) {
                return null;
            }
            java.sql.Driver jdbc;
            try {
                ClassLoader context = Thread.currentThread().getContextClassLoader();
                jdbc = (java.sql.Driver) Class.forName(driver, true, context != null ? context : Database.class.getClassLoader())
                        .getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
                return null;
            }
            return jdbc.connect(jdbcUrl, info);
        }

        /** {@code (unknown host 'db.internal')} when the driver's message hides that cause (pgjdbc's "The connection attempt failed."). */
        private static String unknownHost(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof java.net.UnknownHostException u && !String.valueOf(e.getMessage()).contains("nknown host")) {
                    return " (unknown host '" + u.getMessage() + "': check the host name in the URL)";
                }
            }
            return "";
        }

        /** Never shows the password. */
        @Override
        public String toString() {
            return dataSource != null ? "the data source" : Redaction.redact(jdbcUrl);
        }
    }
}
