package dev.retort.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.Retort;
import dev.retort.RetortBuilder;
import dev.retort.dialect.Dialect;
import dev.retort.dialects.Dialects;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The import's promise: Alembic (Debian's python3-alembic) runs the original revision files on one
 * database, Retort runs the imported scripts on another; the reflected schemas and the version tables
 * are equal, downgrades too; then Retort takes over the Alembic-migrated database and adds a revision.
 * Skipped without python3-alembic, except in CI.
 */
class AlembicRoundTripTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"sqlite, portable", "postgresql, portable", "postgresql, postgresql"})
    void alembicAndTheImportedScriptsBuildTheSameSchema(String dialectName, String corpus) throws Exception {
        assumeTrue(TestDatabases.ci() || alembicInstalled(), "python3-alembic is not installed");
        Path ini = Golden.resource("alembic/" + corpus + "/alembic.ini");
        ImportReport report = AlembicImporter.importProject(ini, dir.resolve("migrations"), dir.resolve("retort.properties"));
        Dialect dialect = Dialects.forName(dialectName);
        try (TestDatabase byAlembic = TestDatabases.of(dialectName, dir); TestDatabase byRetort = TestDatabases.of(dialectName, dir)) {
            alembic(byAlembic, ini, "upgrade", "heads");
            Retort retort = retort(byRetort);
            retort.upgrade("heads");
            assertEquals(reflect(dialect, byAlembic), reflect(dialect, byRetort), "schema after upgrade heads");
            assertEquals(versions(byAlembic), versions(byRetort), "alembic_version after upgrade heads");
            assertEquals(report.files().size(), report.count(ImportReport.Status.TRANSLATED));

            alembic(byAlembic, ini, "downgrade", "base");
            retort.downgrade("base");
            assertEquals(reflect(dialect, byAlembic), reflect(dialect, byRetort), "schema after downgrade base");

            alembic(byAlembic, ini, "upgrade", "heads");
            Path next = dir.resolve("migrations/versions/f00dfeed0001_add_note.sql");
            Files.writeString(next, "-- revision: f00dfeed0001\n-- revises: " + String.join(", ", versions(byAlembic))
                    + "\n-- message: add note\n\n-- upgrade\nCREATE TABLE notes (id INTEGER PRIMARY KEY);\n\n"
                    + "-- downgrade\nDROP TABLE notes;\n");
            Retort takeover = retort(byAlembic);
            takeover.upgrade("head");
            assertEquals(List.of("f00dfeed0001"), versions(byAlembic), "Retort continues Alembic's database");
            retort.close();
            takeover.close();
        }
    }

    private Retort retort(TestDatabase db) {
        RetortBuilder b = Retort.builder().scriptLocation(dir.resolve("migrations")).versionTable("alembic_version")
                .cacheDir(dir.resolve("cache")).url(db.url());
        if (db.user() != null) {
            b.user(db.user()).password(db.password());
        }
        return b.build();
    }

    private static Schema reflect(Dialect dialect, TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            Schema s = dialect.inspector().inspect(c, null, t -> !t.equals("alembic_version") && !t.startsWith("retort_"));
            List<Table> tables = new ArrayList<>(s.tables());
            return new Schema(tables);
        }
    }

    private static List<String> versions(TestDatabase db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version_num FROM alembic_version ORDER BY version_num")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private void alembic(TestDatabase db, Path ini, String... command) throws Exception {
        List<String> args = new ArrayList<>(List.of(PYTHON.toString(), "-m", "alembic", "-c", ini.toAbsolutePath().toString()));
        args.addAll(List.of(command));
        ProcessBuilder pb = new ProcessBuilder(args).redirectErrorStream(true);
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        pb.environment().put("ALEMBIC_TEST_URL", sqlAlchemyUrl(db));
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("alembic " + String.join(" ", command) + " failed:\n" + output);
        }
    }

    private static String sqlAlchemyUrl(TestDatabase db) {
        if (db.dialect().equals("sqlite")) {
            return "sqlite:///" + db.url().substring("jdbc:sqlite:".length());
        }
        // jdbc:postgresql://host:port/db?currentSchema=s -> search_path=s for psycopg2
        String rest = db.url().substring("jdbc:postgresql://".length());
        String hostAndDb = rest.substring(0, rest.indexOf('?'));
        return "postgresql+psycopg2://" + db.user() + "@" + hostAndDb + "?options=-csearch_path%3D" + db.name();
    }

    private static boolean alembicInstalled() {
        try {
            Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import alembic, sqlalchemy, psycopg2")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
