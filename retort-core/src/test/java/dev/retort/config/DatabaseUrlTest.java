package dev.retort.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseUrlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            jdbc:postgresql://db:5432/app                           | jdbc:postgresql://db:5432/app                           | -    | -
            jdbc:postgresql://db/app?user=app&password=s3cret       | jdbc:postgresql://db/app?user=app&password=s3cret       | app  | s3cret
            jdbc:h2:mem:x;USER=sa;PASSWORD=s3cret                   | jdbc:h2:mem:x;USER=sa;PASSWORD=s3cret                   | sa   | s3cret
            jdbc:sqlite:retort.db                                   | jdbc:sqlite:retort.db                                   | -    | -
            jdbc:postgresql://app:s3cret@db:5432/app                | jdbc:postgresql://db:5432/app                           | app  | s3cret
            jdbc:mariadb://root:s%40cret@127.0.0.1:3306             | jdbc:mariadb://127.0.0.1:3306                           | root | s@cret
            postgresql://app:s3cret@db:5432/app?sslmode=require     | jdbc:postgresql://db:5432/app?sslmode=require           | app  | s3cret
            postgres://app:s3cret@db/app                            | jdbc:postgresql://db/app                                | app  | s3cret
            postgresql+psycopg2://app:s3cret@db/app                 | jdbc:postgresql://db/app                                | app  | s3cret
            postgresql://app@db/app                                 | jdbc:postgresql://db/app                                | app  | -
            postgresql://db/app                                     | jdbc:postgresql://db/app                                | -    | -
            postgresql:///app                                       | jdbc:postgresql://localhost/app                         | -    | -
            postgresql://a%40b:p%40ss%3Aw%2Frd@db/app               | jdbc:postgresql://db/app                                | a@b  | p@ss:w/rd
            postgresql://app:p@ss@db/app                            | jdbc:postgresql://db/app                                | app  | p@ss
            postgresql://app:pa+ss%C3%A9@db/app                     | jdbc:postgresql://db/app                                | app  | pa+ssé
            postgresql://app:@db/app                                | jdbc:postgresql://db/app                                | app  | ''
            postgresql://u:p@[::1]:5432/app                         | jdbc:postgresql://[::1]:5432/app                        | u    | p
            postgresql://u:p@h1:5432,h2:5433/app                    | jdbc:postgresql://h1:5432,h2:5433/app                   | u    | p
            postgresql://db/app?user=app&password=s3cret            | jdbc:postgresql://db/app?user=app&password=s3cret       | app  | s3cret
            mysql://root:s3cret@127.0.0.1:3306/app                  | jdbc:mariadb://127.0.0.1:3306/app                       | root | s3cret
            mysql+pymysql://root@db/app                             | jdbc:mariadb://db/app                                   | root | -
            mariadb://root:s3cret@db/app?useSsl=true                | jdbc:mariadb://db/app?useSsl=true                       | root | s3cret
            sqlite:///relative.db                                   | jdbc:sqlite:relative.db                                 | -    | -
            sqlite:////abs/path.db                                  | jdbc:sqlite:/abs/path.db                                | -    | -
            sqlite://                                               | jdbc:sqlite::memory:                                    | -    | -
            sqlite:///:memory:                                      | jdbc:sqlite::memory:                                    | -    | -
            h2:mem:test                                             | jdbc:h2:mem:test                                        | -    | -
            h2:./data/app;PASSWORD=s3cret                           | jdbc:h2:./data/app;PASSWORD=s3cret                      | -    | s3cret
            '  postgresql://db/app  '                               | jdbc:postgresql://db/app                                | -    | -
            """)
    void parsesEveryForm(String url, String jdbcUrl, String user, String password) {
        DatabaseUrl parsed = DatabaseUrl.parse(url);
        assertEquals(jdbcUrl, parsed.jdbcUrl());
        assertEquals(user, parsed.user());
        assertEquals(password, parsed.password());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            postgresql://u:s3cret@db:notaport/app       | port 'notaport' is not a number
            postgresql://u:s3cret@db:99999/app          | port '99999' is not a number
            postgresql://u:s3/cret@db/app               | must be percent-encoded
            postgresql://u:s3cret%zz@db/app             | bad percent-encoding in the password
            postgresql://u:s3cret@[::1/app              | unclosed '['
            postgresql://u:s3cret@h1,,h2/app            | empty host name
            oracle://u:s3cret@db/app                    | unsupported database URL scheme 'oracle'
            sqlite://host/s3cret.db                     | a sqlite URL has no host
            s3cret                                      | not a database URL
            """)
    void rejectsBadUrlsWithoutShowingThePassword(String url, String problem) {
        RetortException e = assertThrows(RetortException.class, () -> DatabaseUrl.parse(url));
        assertEquals(ErrorCode.BAD_ARGUMENT, e.code());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        if (url.contains("@")) {
            assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
        }
    }

    @Test
    void emptyUrlIsABadArgument() {
        assertEquals(ErrorCode.BAD_ARGUMENT, assertThrows(RetortException.class, () -> DatabaseUrl.parse(" ")).code());
    }

    @Test
    void toStringNeverShowsThePassword() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://db/app?password=s3cret");
        assertFalse(url.toString().contains("s3cret"), url.toString());
        assertFalse(DatabaseUrl.parse("postgresql://u:s3cret@db/app").toString().contains("s3cret"));
        assertEquals("jdbc:postgresql://db/app?password=***", url.redacted());
    }

    @Test
    void fillsInMissingCredentialsOnly() {
        assertEquals(new DatabaseUrl("jdbc:x", "u", "p"), new DatabaseUrl("jdbc:x", null, null).withDefaults("u", "p"));
        assertEquals(new DatabaseUrl("jdbc:x", "a", "p"), new DatabaseUrl("jdbc:x", "a", null).withDefaults("u", "p"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:sqlite:retort.db                | jdbc:sqlite:/proj/retort.db
            jdbc:sqlite:data/../retort.db?x=1    | jdbc:sqlite:/proj/retort.db?x=1
            jdbc:sqlite:/abs/retort.db           | jdbc:sqlite:/abs/retort.db
            jdbc:sqlite::memory:                 | jdbc:sqlite::memory:
            jdbc:sqlite:file:x.db?mode=memory    | jdbc:sqlite:file:x.db?mode=memory
            jdbc:h2:./data/app;MODE=MySQL        | jdbc:h2:/proj/data/app;MODE=MySQL
            jdbc:h2:file:../app                  | jdbc:h2:file:/app
            jdbc:h2:mem:x                        | jdbc:h2:mem:x
            jdbc:postgresql://db/app             | jdbc:postgresql://db/app
            """)
    void resolvesRelativeDatabaseFiles(String url, String expected) {
        assertEquals(expected, DatabaseUrl.parse(url).resolveFilesAgainst(Path.of("/proj")).jdbcUrl());
    }
}
