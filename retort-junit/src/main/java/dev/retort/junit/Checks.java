package dev.retort.junit;

import dev.retort.Diff;
import dev.retort.Retort;
import dev.retort.RetortBuilder;
import dev.retort.RevisionInfo;
import dev.retort.error.MigrationFailedException;
import dev.retort.error.RetortException;
import dev.retort.junit.MigrationCheckError.Target;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** The checks of a {@link MigrationKit}, each on a database from the kit's supplier, starting at base. */
final class Checks {
    private final MigrationKit kit;

    Checks(MigrationKit kit) {
        this.kit = kit;
    }

    List<String> revisions() {
        try (Retort retort = open(null)) {
            List<String> ids = new ArrayList<>(retort.history(null, false).stream().map(RevisionInfo::id).toList());
            Collections.reverse(ids);
            return ids;
        }
    }

    void singleHead() {
        try (Retort retort = open(null)) {
            List<RevisionInfo> heads = retort.heads();
            if (heads.size() > 1) {
                throw fail(MigrationCheck.SINGLE_HEAD, null, heads.size() + " heads; merge them with 'retort merge heads -m \"merge\"'",
                        heads.stream().map(h -> "head " + target(h)).toList(), null);
            }
        }
    }

    void upgradeToHead() {
        try (Session s = session(MigrationCheck.UPGRADE)) {
            for (String id : s.revisions()) {
                s.step(MigrationCheck.UPGRADE, id, "upgrade failed", () -> s.retort.upgrade(id));
            }
        }
    }

    void roundTrips(List<String> revisions) {
        try (Session s = session(MigrationCheck.ROUND_TRIP)) {
            for (String id : revisions) {
                roundTrip(s, id);
            }
        }
    }

    /** Round trips on one database, revision after revision, oldest first. */
    RoundTrips roundTrips() {
        return new RoundTrips(session(MigrationCheck.ROUND_TRIP));
    }

    final class RoundTrips implements AutoCloseable {
        private final Session session;

        private RoundTrips(Session session) {
            this.session = session;
        }

        List<String> revisions() {
            return session.revisions();
        }

        void roundTrip(String revision) {
            Checks.this.roundTrip(session, revision);
        }

        @Override
        public void close() {
            session.close();
        }
    }

    void roundTrip(String revision) {
        try (Session s = session(MigrationCheck.ROUND_TRIP)) {
            roundTrip(s, s.info(revision).id());
        }
    }

    private void roundTrip(Session s, String id) {
        MigrationCheck check = MigrationCheck.ROUND_TRIP;
        belowOnly(s, id);
        Schema before = s.retort.reflect();
        s.step(check, id, "upgrade failed", () -> s.retort.upgrade(id));
        s.step(check, id, "downgrade failed", () -> s.retort.downgrade(id + "-1"));
        List<String> differences = SchemaDifference.between(before, s.retort.reflect());
        if (!differences.isEmpty()) {
            throw fail(check, s.target(id), "the schema after the downgrade differs from the one before the upgrade"
                    + " (before -> after the downgrade)", differences, null);
        }
        s.step(check, id, "upgrade after its downgrade failed", () -> s.retort.upgrade(id));
    }

    /**
     * Puts the database just below {@code id}: its parents applied and nothing else that descends from them (a
     * sibling branch), so that {@code id-1} afterwards reverts {@code id} alone.
     */
    private static void belowOnly(Session s, String id) {
        List<String> parents = s.info(id).revises();
        String problem = "bringing the database to the revision below it failed";
        if (parents.isEmpty()) {
            s.step(MigrationCheck.ROUND_TRIP, id, problem, () -> s.retort.downgrade("base"));
        }
        for (String parent : parents) {
            s.step(MigrationCheck.ROUND_TRIP, id, problem, () -> s.retort.upgrade(parent));
        }
        for (String parent : parents) {
            s.step(MigrationCheck.ROUND_TRIP, id, problem, () -> s.retort.downgrade(parent));
        }
    }

    void modelsMatch() {
        if (kit.models == null) {
            throw new IllegalStateException("the kit has no models; give them with MigrationKit.Builder.models(...)");
        }
        try (Session s = session(MigrationCheck.MODELS_MATCH)) {
            String head = null;
            for (String id : s.revisions()) {
                s.step(MigrationCheck.MODELS_MATCH, id, "upgrade failed", () -> s.retort.upgrade(id));
                head = id;
            }
            Diff diff = s.retort.check();
            if (!diff.isEmpty()) {
                throw fail(MigrationCheck.MODELS_MATCH, head == null ? null : s.target(head),
                        "the models differ from the database at head; write the missing revision with"
                                + " 'retort revision --autogenerate -m \"...\"'", diff.changes(), null);
            }
        }
    }

    void downgradeToBase() {
        try (Session s = session(MigrationCheck.DOWNGRADE_TO_BASE)) {
            Map<String, String> createdBy = new LinkedHashMap<>();
            for (String id : s.revisions()) {
                s.step(MigrationCheck.DOWNGRADE_TO_BASE, id, "upgrade failed", () -> s.retort.upgrade(id));
                s.retort.reflect().tables().forEach(t -> createdBy.putIfAbsent(t.name(), id));
            }
            try {
                s.retort.downgrade("base");
            } catch (MigrationFailedException e) {
                throw fail(MigrationCheck.DOWNGRADE_TO_BASE, s.target(e.revision()), "downgrade failed: " + e.getMessage(), List.of(), e);
            }
            List<Table> left = s.retort.reflect().tables();
            if (!left.isEmpty()) {
                String first = createdBy.getOrDefault(left.get(0).name(), null);
                throw fail(MigrationCheck.DOWNGRADE_TO_BASE, first == null ? null : s.target(first),
                        "downgrade to base left " + left.size() + " table(s) besides the version and history tables",
                        left.stream().map(t -> "table " + t.name() + " (created by "
                                + (createdBy.containsKey(t.name()) ? s.target(createdBy.get(t.name())) : "no revision") + ")").toList(),
                        null);
            }
        }
    }

    void dataFixtures() {
        try (Session s = session(MigrationCheck.DATA_FIXTURES)) {
            List<String> revisions = s.revisions();
            for (String revision : kit.fixtures.keySet()) {
                if (!revisions.contains(revision)) {
                    throw new IllegalStateException("a data fixture names revision " + revision + ", which no script has");
                }
            }
            for (String id : revisions) {
                DataFixture fixture = kit.fixtures.get(id);
                if (fixture != null) {
                    s.fixture(id, "inserting its rows before the upgrade failed", fixture::before);
                }
                s.step(MigrationCheck.DATA_FIXTURES, id, "upgrade failed", () -> s.retort.upgrade(id));
                if (fixture != null) {
                    s.fixture(id, "its rows are not as expected after the upgrade", fixture::after);
                }
            }
        }
    }

    // ---- helpers ----------------------------------------------------------------------------

    private Retort open(DataSource database) {
        RetortBuilder builder = Retort.builder();
        kit.scripts.accept(builder);
        if (kit.models != null) {
            builder.models(kit.models);
        }
        if (database != null) {
            builder.dataSource(database);
        }
        return builder.build();
    }

    /** A database from the kit at base: downgraded to base if it is not, and then holding no table. */
    private Session session(MigrationCheck check) {
        DataSource database = kit.databases.get();
        Session s = new Session(database, open(database));
        try {
            if (!s.retort.current().isEmpty()) {
                s.retort.downgrade("base");
            }
            List<Table> tables = s.retort.reflect().tables();
            if (!tables.isEmpty()) {
                throw fail(check, null, "the database is not empty at base, so the check cannot trust what it sees;"
                        + " give the kit a fresh database for each check (MigrationKit.Builder.database(...))",
                        tables.stream().map(t -> "table " + t.name()).toList(), null);
            }
            return s;
        } catch (RuntimeException | Error e) {
            s.close();
            throw e;
        }
    }

    static MigrationCheckError fail(MigrationCheck check, Target target, String problem, List<String> differences, Throwable cause) {
        return new MigrationCheckError(check, target, problem, differences, cause);
    }

    static Target target(RevisionInfo info) {
        return new Target(info.id(), info.message(), info.path());
    }

    /** An action of a check on the database. */
    interface Action {
        void run() throws SQLException;
    }

    /** A fixture's half. */
    interface FixtureStep {
        void run(Connection connection) throws SQLException;
    }

    /** One check's database and Retort. */
    private final class Session implements AutoCloseable {
        final DataSource database;
        final Retort retort;
        private final Map<String, RevisionInfo> infos = new LinkedHashMap<>();

        Session(DataSource database, Retort retort) {
            this.database = database;
            this.retort = retort;
        }

        List<String> revisions() {
            List<RevisionInfo> newestFirst = retort.history(null, false);
            List<String> ids = new ArrayList<>();
            for (int i = newestFirst.size() - 1; i >= 0; i--) {
                infos.put(newestFirst.get(i).id(), newestFirst.get(i));
                ids.add(newestFirst.get(i).id());
            }
            return ids;
        }

        RevisionInfo info(String revision) {
            if (infos.containsKey(revision)) {
                return infos.get(revision);
            }
            List<RevisionInfo> found = retort.show(revision);
            if (found.size() != 1) {
                throw new IllegalArgumentException("'" + revision + "' names " + found.size() + " revisions; name one");
            }
            infos.put(found.get(0).id(), found.get(0));
            return found.get(0);
        }

        Target target(String id) {
            return Checks.target(info(id));
        }

        void step(MigrationCheck check, String id, String problem, Action action) {
            try {
                action.run();
            } catch (MigrationFailedException e) {
                String at = e.revision() == null ? id : e.revision();
                throw fail(check, target(at), problem + ": " + e.getMessage(), List.of(), e);
            } catch (RetortException | SQLException e) {
                throw fail(check, target(id), problem + ": " + e.getMessage(), List.of(), e);
            }
        }

        void fixture(String id, String problem, FixtureStep step) {
            try (Connection c = database.getConnection()) {
                c.setAutoCommit(true);
                step.run(c);
            } catch (SQLException | AssertionError e) {
                throw fail(MigrationCheck.DATA_FIXTURES, target(id), problem, List.of(e.getMessage()), e);
            }
        }

        @Override
        public void close() {
            retort.close();
        }
    }
}
