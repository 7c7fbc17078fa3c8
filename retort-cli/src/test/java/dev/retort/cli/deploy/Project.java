package dev.retort.cli.deploy;

import dev.retort.cli.Main;
import dev.retort.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A migration project in a folder, pointed at a test database, run in this JVM or as separate processes. */
final class Project {
    final Path dir;
    final TestDatabase db;

    Project(Path dir, TestDatabase db) throws IOException {
        this.dir = dir;
        this.db = db;
        Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(dir.resolve("retort.properties"), "script_location = migrations\n"
                + (db.dialect().equals("sqlite") ? "url = " + db.url() + "\n" : ""));
    }

    /** {@code a00000000001}-style ids: the n-th of a linear chain. */
    static String id(int n) {
        return String.format("a%011d", n);
    }

    /** Writes revision {@code n} (revising n-1) as a SQL script with these upgrade statements. */
    Path sql(int n, String upgrade, String downgrade, boolean transactional) throws IOException {
        Path file = dir.resolve("migrations/versions/" + id(n) + "_step_" + n + ".sql");
        Files.writeString(file, "-- revision: " + id(n) + "\n" + (n > 1 ? "-- revises: " + id(n - 1) + "\n" : "")
                + "-- message: step " + n + "\n" + (transactional ? "" : "-- transactional: false\n")
                + "\n-- upgrade\n" + upgrade + "\n\n-- downgrade\n" + downgrade + "\n");
        return file;
    }

    /** The JDBC URL with the user (and password) in it, as RETORT_URL carries it. */
    static String url(TestDatabase db) {
        if (db.user() == null) {
            return db.url();
        }
        String sep = db.url().contains("?") ? "&" : "?";
        return db.url() + sep + "user=" + db.user() + (db.password() == null || db.password().isEmpty() ? ""
                : "&password=" + db.password());
    }

    Map<String, String> env() {
        return db.dialect().equals("sqlite") ? Map.of() : Map.of("RETORT_URL", url(db));
    }

    /** Runs the command line in this JVM. */
    Run run(String... args) {
        return run(env(), args);
    }

    Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Main.run(args, dir, env, o, e);
        }
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Starts {@code retort args...} as a JVM of its own, output to files in the project folder. */
    Process start(String name, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), "dev.retort.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile());
        pb.environment().remove("RETORT_URL");
        pb.environment().remove("DATABASE_URL");
        pb.environment().putAll(env());
        return pb.start();
    }

    String output(String name) throws IOException {
        return Files.readString(dir.resolve(name + ".out")) + Files.readString(dir.resolve(name + ".err"));
    }

    static int await(Process p, int seconds) throws InterruptedException {
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("process did not end in " + seconds + " s");
        }
        return p.exitValue();
    }

    /** Each row of {@code sql} as its columns joined by '|'. */
    List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                int type = rs.getMetaData().getColumnType(i);
                // BOOLEAN prints as t, 1 or true depending on the driver: make it true/false everywhere.
                Object value = type == java.sql.Types.BOOLEAN || type == java.sql.Types.BIT ? (Object) rs.getBoolean(i)
                        : rs.getString(i);
                b.append(i > 1 ? "|" : "").append(value);
                }
                rows.add(b.toString());
            }
        }
        return rows;
    }

    boolean tableExists(String table) throws SQLException {
        try (Connection c = db.connect(); ResultSet rs = c.getMetaData().getTables(
                db.dialect().equals("mariadb") ? db.name() : null,
                db.dialect().equals("postgresql") ? db.name() : null, table, null)) {
            return rs.next();
        }
    }

    /** What one run printed. */
    record Run(int status, String out, String err) {
        @Override
        public String toString() {
            return "exit " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
