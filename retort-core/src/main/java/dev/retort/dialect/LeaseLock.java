package dev.retort.dialect;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.RetortTables;
import dev.retort.schema.Table;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A migration lock that trusts nothing but a row: one row per version table in {@code retort_lock}, naming its
 * holder (owner token, host, pid), renewed by a heartbeat thread while the migration runs. For databases whose
 * session locks do not hold (CockroachDB, YugabyteDB without advisory locks, TiDB, Galera), and anywhere
 * {@code lock_strategy = lease} asks for it.
 *
 * <p>A waiter takes a lease over when the row has not been renewed for a whole lease duration as measured by the
 * waiter's own clock (the row's renewal counter did not move), so clocks that disagree between hosts do not
 * matter; the takeover is one conditional {@code UPDATE}, so two waiters cannot both win it.
 *
 * <pre>{@code
 * try (MigrationLock lock = LeaseLock.acquire(dialect, lockConnection, null, "retort_version",
 *         Duration.ofMinutes(5), Duration.ofSeconds(30), System.err::println)) {
 *     // migrate
 * }
 * }</pre>
 */
public final class LeaseLock implements MigrationLock {
    /** How long a lease lasts without a heartbeat unless configured otherwise. */
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);

    private static final String NAME = "lock_name";
    private static final String OWNER = "owner";
    private static final String HOST = "host";
    private static final String PID = "pid";
    private static final String RENEWALS = "renewals";
    private static final String EXPIRES = "expires_at";

    private final LeaseTable table;
    private final Connection connection;
    private final String name;
    private final Holder self;
    private final Duration lease;
    private final ScheduledExecutorService heartbeat;
    private volatile boolean lost;
    /** When the heartbeat last renewed the lease (System.nanoTime()). */
    private volatile long renewedAt = System.nanoTime();

    private LeaseLock(LeaseTable table, Connection connection, String name, Holder self, Duration lease,
            Consumer<String> notices) {
        this.table = table;
        this.connection = connection;
        this.name = name;
        this.self = self;
        this.lease = lease;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "retort-lease-heartbeat");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, lease.toMillis() / 3);
        heartbeat.scheduleWithFixedDelay(() -> renew(notices), every, every, TimeUnit.MILLISECONDS);
    }

    /** Who holds a lease: as written in the row. */
    record Holder(String owner, String host, long pid, long renewals) {
        static Holder self() {
            byte[] token = new byte[6];
            new SecureRandom().nextBytes(token);
            String host;
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (Exception e) {
                host = "unknown";
            }
            return new Holder("retort-" + HexFormat.of().formatHex(token), host, ProcessHandle.current().pid(), 0);
        }

        boolean sameLease(Holder other) {
            return other != null && owner.equals(other.owner) && renewals == other.renewals;
        }

        @Override
        public String toString() {
            return owner + " (host " + host + ", pid " + pid + ")";
        }
    }

    /**
     * Takes the lease on the version table {@code versionTable}, creating the lock table in {@code schema} when
     * it is missing, waiting up to {@code timeout}.
     *
     * @param lease   how long a lease lives without a heartbeat; the heartbeat renews it every third of that
     * @param notices told when an expired lease is taken over, naming its old holder
     * @throws RetortException LOCKED when a live holder keeps it longer than {@code timeout}
     */
    public static LeaseLock acquire(Dialect dialect, Connection connection, String schema, String versionTable,
            Duration timeout, Duration lease, Consumer<String> notices) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.setAutoCommit(true);
        }
        LeaseTable table = new LeaseTable(dialect, schema);
        table.ensure(connection);
        Holder self = Holder.self();
        long leaseNanos = lease.toNanos();
        long pollMs = Math.max(10, Math.min(200, lease.toMillis() / 5));
        long deadline = System.nanoTime() + timeout.toNanos();
        Holder seen = null;
        long seenAt = 0;
        while (true) {
            if (table.insert(connection, versionTable, self, lease)) {
                return new LeaseLock(table, connection, versionTable, self, lease, notices);
            }
            Holder current = table.read(connection, versionTable);
            if (current != null && !current.sameLease(seen)) {
                seen = current;
                seenAt = System.nanoTime();
            } else if (current != null && System.nanoTime() - seenAt >= leaseNanos) {
                if (table.takeOver(connection, versionTable, current, self, lease)) {
                    notices.accept("took over the migration lock lease of " + current + " on "
                            + table.qualified() + ": it was not renewed for " + LockTimeouts.human(lease));
                    return new LeaseLock(table, connection, versionTable, self, lease, notices);
                }
                seen = null;
            }
            if (current != null && System.nanoTime() >= deadline) {
                throw LockTimeouts.timedOut("lease '" + versionTable + "' in " + table.qualified(), timeout,
                        current.toString());
            }
            LockTimeouts.pause(pollMs + (long) (Math.random() * pollMs));
        }
    }

    private void renew(Consumer<String> notices) {
        if (lost) {
            return;
        }
        try {
            if (table.renew(connection, name, self, lease)) {
                renewedAt = System.nanoTime();
            } else {
                lost = true;
                notices.accept("lost the migration lock lease on " + table.qualified()
                        + ": another process took it over after a heartbeat did not reach the database in time");
            }
        } catch (SQLException e) {
            // A heartbeat that cannot reach the database is retried at the next beat; the lease covers three.
        }
    }

    /** True when the heartbeat found the lease taken over by another process. */
    public boolean lost() {
        return lost;
    }

    /**
     * Throws LOCKED when the heartbeat found the lease taken over, or could not renew it for a whole lease (a
     * waiter may have taken it over since): the migration must not go on.
     */
    @Override
    public void requireHeld() {
        long silent = System.nanoTime() - renewedAt;
        if (lost || silent >= lease.toNanos()) {
            throw new RetortException(ErrorCode.LOCKED, "lost the migration lock lease on " + table.qualified() + " ("
                    + (lost ? "another process took it over" : "not renewed for " + LockTimeouts.human(
                            Duration.ofNanos(silent))) + "): the migration stopped before its next statement; "
                    + "see 'retort current' and 'retort history --applied' before running it again");
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        try {
            heartbeat.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            table.release(connection, name, self);
        } catch (SQLException e) {
            // The lease expires by itself: the next process takes it over then.
        }
    }

    /** The lock table and its statements; every statement runs in auto-commit on the lock's connection. */
    static final class LeaseTable {
        private final Dialect dialect;
        private final String schema;

        LeaseTable(Dialect dialect, String schema) {
            this.dialect = dialect;
            this.schema = schema == null || schema.isBlank() ? null : schema;
        }

        /** The table as a schema value: one row per version table whose lock is held. */
        Table definition() {
            String name = RetortTables.LOCK_TABLE;
            return Table.builder(name).schema(schema)
                    .column(Column.of(NAME, ColumnType.varchar(255)).notNull())
                    .column(Column.of(OWNER, ColumnType.varchar(64)).notNull())
                    .column(Column.of(HOST, ColumnType.varchar(255)))
                    .column(Column.of(PID, ColumnType.bigint()))
                    .column(Column.of(RENEWALS, ColumnType.bigint()).notNull())
                    .column(Column.of(EXPIRES, ColumnType.bigint()).notNull())
                    .primaryKey(new PrimaryKey(name + "_pkc", List.of(NAME)))
                    .build();
        }

        String qualified() {
            return dialect.qualify(schema, RetortTables.LOCK_TABLE);
        }

        void ensure(Connection c) throws SQLException {
            if (dialect.findTable(c, schema, RetortTables.LOCK_TABLE).isPresent()) {
                return;
            }
            try (Statement s = c.createStatement()) {
                for (String sql : dialect.ddl().createTable(definition(), true)) {
                    s.execute(sql);
                }
            } catch (SQLException e) {
                // Another process may have created it at the same moment.
                if (dialect.findTable(c, schema, RetortTables.LOCK_TABLE).isEmpty()) {
                    throw new RetortException(ErrorCode.LOCKED, "cannot create the lock table " + qualified() + ": "
                            + e.getMessage(), e);
                }
            }
        }

        boolean insert(Connection c, String name, Holder self, Duration lease) throws SQLException {
            String sql = "INSERT INTO " + qualified() + " (" + cols(NAME, OWNER, HOST, PID, RENEWALS, EXPIRES)
                    + ") VALUES (?, ?, ?, ?, 0, ?)";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, name);
                ps.setString(2, self.owner());
                ps.setString(3, self.host());
                ps.setLong(4, self.pid());
                ps.setLong(5, expiry(lease));
                return ps.executeUpdate() == 1;
            } catch (SQLException e) {
                String state = e.getSQLState();
                // 23: the row exists (held); 40: a distributed engine refused one of two racing inserts.
                if (state != null && (state.startsWith("23") || state.startsWith("40"))
                        || read(c, name) != null) {
                    return false;
                }
                throw e;
            }
        }

        Holder read(Connection c, String name) throws SQLException {
            String sql = "SELECT " + cols(OWNER, HOST, PID, RENEWALS) + " FROM " + qualified() + " WHERE "
                    + dialect.quote(NAME) + " = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new Holder(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)) : null;
                }
            }
        }

        boolean takeOver(Connection c, String name, Holder old, Holder self, Duration lease) throws SQLException {
            String sql = "UPDATE " + qualified() + " SET " + dialect.quote(OWNER) + " = ?, " + dialect.quote(HOST)
                    + " = ?, " + dialect.quote(PID) + " = ?, " + dialect.quote(RENEWALS) + " = 0, "
                    + dialect.quote(EXPIRES) + " = ? WHERE " + dialect.quote(NAME) + " = ? AND " + dialect.quote(OWNER)
                    + " = ? AND " + dialect.quote(RENEWALS) + " = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, self.owner());
                ps.setString(2, self.host());
                ps.setLong(3, self.pid());
                ps.setLong(4, expiry(lease));
                ps.setString(5, name);
                ps.setString(6, old.owner());
                ps.setLong(7, old.renewals());
                return ps.executeUpdate() == 1;
            } catch (SQLException e) {
                if (e.getSQLState() != null && e.getSQLState().startsWith("40")) {
                    return false;
                }
                throw e;
            }
        }

        boolean renew(Connection c, String name, Holder self, Duration lease) throws SQLException {
            String sql = "UPDATE " + qualified() + " SET " + dialect.quote(RENEWALS) + " = " + dialect.quote(RENEWALS)
                    + " + 1, " + dialect.quote(EXPIRES) + " = ? WHERE " + dialect.quote(NAME) + " = ? AND "
                    + dialect.quote(OWNER) + " = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, expiry(lease));
                ps.setString(2, name);
                ps.setString(3, self.owner());
                return ps.executeUpdate() == 1;
            }
        }

        void release(Connection c, String name, Holder self) throws SQLException {
            String sql = "DELETE FROM " + qualified() + " WHERE " + dialect.quote(NAME) + " = ? AND "
                    + dialect.quote(OWNER) + " = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, name);
                ps.setString(2, self.owner());
                ps.executeUpdate();
            }
        }

        /** For people reading the row: when the holder's clock says the lease ends. Waiters do not trust it. */
        private static long expiry(Duration lease) {
            return Instant.now().plus(lease).toEpochMilli();
        }

        private String cols(String... names) {
            StringBuilder b = new StringBuilder();
            for (String n : names) {
                b.append(b.length() == 0 ? "" : ", ").append(dialect.quote(n));
            }
            return b.toString();
        }
    }
}
