package dev.retort.junit;

import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.sql.DataSource;

/** A fresh database of a dialect for each check of the kit, dropped by {@link #dropAll()}. */
final class Databases {
    private static final Queue<TestDatabase> OPEN = new ConcurrentLinkedQueue<>();
    private static Path sqliteDir;

    private Databases() {
    }

    static DataSource fresh(String dialect) {
        TestDatabase db = TestDatabases.of(dialect, sqliteDir());
        OPEN.add(db);
        // H2 folds unquoted names to upper case unless told otherwise; the models name tables in lower case.
        String url = dialect.equals("h2") ? db.url() + ";DATABASE_TO_UPPER=FALSE" : db.url();
        return new UrlDataSource(url, db.user(), db.password());
    }

    static synchronized Path sqliteDir() {
        if (sqliteDir == null) {
            try {
                sqliteDir = Files.createTempDirectory("retort-junit");
                sqliteDir.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sqliteDir;
    }

    static void dropAll() {
        for (TestDatabase db; (db = OPEN.poll()) != null; ) {
            db.close();
        }
    }

    static Path migrations(String set) {
        return Path.of("src/test/resources/migrations", set);
    }
}
