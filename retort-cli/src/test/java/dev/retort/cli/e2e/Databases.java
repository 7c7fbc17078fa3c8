package dev.retort.cli.e2e;

import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The databases end-to-end scripts run against, and how a script's environment points at one. */
final class Databases {
    private Databases() {
    }

    /** {@code sqlite} and {@code postgresql} unless {@code -De2e.databases=sqlite,postgresql,mariadb,h2} says otherwise. */
    static List<String> dialects() {
        return List.of(System.getProperty("e2e.databases", "sqlite,postgresql").split(","));
    }

    /**
     * A database of the test's own; null for SQLite, which uses the {@code jdbc:sqlite:retort.db} that
     * {@code retort init} writes, in the script's folder.
     */
    static TestDatabase open(String dialect, Path dir) {
        return dialect.equals("sqlite") ? null : TestDatabases.of(dialect, dir);
    }

    /** The environment of the script's commands: nothing of this machine's, plus {@code RETORT_URL} for a server. */
    static Map<String, String> env(TestDatabase db) {
        Map<String, String> env = new HashMap<>();
        if (db != null) {
            env.put("RETORT_URL", urlWithCredentials(db));
        }
        return env;
    }

    static String urlWithCredentials(TestDatabase db) {
        if (db.user() == null) {
            return db.url();
        }
        String password = db.password() == null ? "" : db.password();
        if (db.dialect().equals("h2")) {
            return db.url() + ";USER=" + db.user() + ";PASSWORD=" + password;
        }
        String sep = db.url().contains("?") ? "&" : "?";
        return db.url() + sep + "user=" + db.user() + (password.isEmpty() ? "" : "&password=" + password);
    }
}
