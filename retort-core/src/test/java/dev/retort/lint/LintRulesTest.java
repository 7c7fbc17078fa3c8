package dev.retort.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.LintFinding;
import dev.retort.LintResult;
import dev.retort.dialect.Dialect;
import dev.retort.dialects.Dialects;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule fires on what it is about and stays quiet on the safe form, on the dialects it applies to. */
class LintRulesTest {
    private static final String DOWN = "DROP TABLE IF EXISTS nothing_here";

    private static Dialect dialect(String name) {
        return Dialects.forJdbcUrl(switch (name) {
            case "postgresql" -> "jdbc:postgresql://localhost/x";
            case "mariadb" -> "jdbc:mariadb://localhost/x";
            case "sqlite" -> "jdbc:sqlite:x.db";
            default -> "jdbc:h2:mem:x";
        });
    }

    /** The rules found in an upgrade of {@code sql} (statements split on {@code ;}, one per line). */
    static List<String> rules(String dialect, String sql, boolean transactional, String text) {
        List<LintInput.Statement> up = new ArrayList<>();
        String[] parts = sql.split(";");
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isBlank()) {
                up.add(new LintInput.Statement(parts[i].strip(), i + 1));
            }
        }
        LintResult result = new Linter(dialect(dialect)).lint(List.of(new LintInput("r1", Path.of("r1.sql"), text,
                transactional, up, List.of(new LintInput.Statement(DOWN, 9)), null)));
        List<String> rules = new ArrayList<>(result.findings().stream().map(LintFinding::rule).toList());
        result.unusedAllows().forEach(f -> rules.add(f.rule()));
        return rules;
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            not-null-without-default   | postgresql | SET lock_timeout = '5s'; ALTER TABLE account ADD COLUMN age INTEGER NOT NULL
            not-null-without-default   | sqlite     | ALTER TABLE account ADD COLUMN age INTEGER NOT NULL
            set-not-null               | postgresql | SET lock_timeout = '5s'; ALTER TABLE account ALTER COLUMN name SET NOT NULL
            table-rewrite              | postgresql | SET lock_timeout = '5s'; ALTER TABLE account ALTER COLUMN id TYPE BIGINT
            table-rewrite              | mariadb    | ALTER TABLE account MODIFY COLUMN id BIGINT
            index-not-concurrent       | postgresql | SET lock_timeout = '5s'; CREATE INDEX ix_name ON account (name)
            concurrent-in-transaction  | postgresql | CREATE INDEX CONCURRENTLY ix_name ON account (name)
            constraint-not-valid       | postgresql | SET lock_timeout = '5s'; ALTER TABLE account ADD CONSTRAINT fk_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
            constraint-not-valid       | postgresql | SET lock_timeout = '5s'; ALTER TABLE account ADD CONSTRAINT ck_age CHECK (age > 0)
            drop-column                | h2         | ALTER TABLE account DROP COLUMN name
            drop-table                 | mariadb    | DROP TABLE account
            rename-column              | sqlite     | ALTER TABLE account RENAME COLUMN name TO full_name
            rename-table               | h2         | ALTER TABLE account RENAME TO customer
            rename-table               | mariadb    | RENAME TABLE account TO customer
            dml-without-where          | sqlite     | UPDATE account SET name = 'x'
            dml-without-where          | postgresql | DELETE FROM account
            lock-timeout               | postgresql | ALTER TABLE account ADD COLUMN age INTEGER
            """)
    void ruleFires(String rule, String dialect, String sql) {
        assertEquals(List.of(rule), rules(dialect, sql, true, ""), sql);
    }

    @ParameterizedTest(name = "{0} quiet on {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            not-null-without-default   | postgresql | SET lock_timeout = '5s'; ALTER TABLE account ADD COLUMN age INTEGER NOT NULL DEFAULT 0
            not-null-without-default   | sqlite     | CREATE TABLE t (id INTEGER); ALTER TABLE t ADD COLUMN age INTEGER NOT NULL
            set-not-null               | postgresql | SET lock_timeout = '5s'; ALTER TABLE account VALIDATE CONSTRAINT ck_name; ALTER TABLE account ALTER COLUMN name SET NOT NULL
            set-not-null               | mariadb    | ALTER TABLE account ALTER COLUMN name SET NOT NULL
            table-rewrite              | postgresql | SET lock_timeout = '5s'; ALTER TABLE account ALTER COLUMN name TYPE VARCHAR(200)
            table-rewrite              | mariadb    | ALTER TABLE account MODIFY COLUMN name VARCHAR(200), ALGORITHM=INSTANT
            index-not-concurrent       | postgresql | CREATE TABLE t (id INTEGER); CREATE INDEX ix_t ON t (id)
            index-not-concurrent       | mariadb    | CREATE INDEX ix_name ON account (name)
            concurrent-in-transaction  | h2         | CREATE INDEX ix_name ON account (name)
            constraint-not-valid       | postgresql | SET lock_timeout = '5s'; ALTER TABLE account ADD CONSTRAINT ck_age CHECK (age > 0) NOT VALID
            drop-column                | h2         | ALTER TABLE account ALTER COLUMN name DROP NOT NULL
            drop-table                 | mariadb    | CREATE TABLE t (id INTEGER); DROP TABLE t
            rename-column              | sqlite     | ALTER TABLE account ADD COLUMN full_name VARCHAR(50)
            dml-without-where          | sqlite     | UPDATE account SET name = 'x' WHERE name IS NULL
            lock-timeout               | postgresql | SET lock_timeout = '5s'; ALTER TABLE account ADD COLUMN age INTEGER
            """)
    void ruleQuiet(String rule, String dialect, String sql) {
        assertEquals(List.of(), rules(dialect, sql, true, "").stream().filter(rule::equals).toList(), sql);
    }

    /**
     * The rules that hold on every database fire, and stay quiet on the safe form, on each of them (PostgreSQL with a
     * lock_timeout set, so that rule stays out of the way).
     */
    @ParameterizedTest(name = "{0} on every dialect")
    @CsvSource(delimiter = '|', textBlock = """
            not-null-without-default | ALTER TABLE account ADD COLUMN age INTEGER NOT NULL           | ALTER TABLE account ADD COLUMN age INTEGER DEFAULT 0 NOT NULL
            drop-column              | ALTER TABLE account DROP COLUMN name                         | ALTER TABLE account ADD COLUMN nick VARCHAR(20)
            drop-table               | DROP TABLE account                                           | CREATE TABLE t (id INTEGER); DROP TABLE t
            rename-column            | ALTER TABLE account RENAME COLUMN name TO full_name          | ALTER TABLE account ADD COLUMN full_name VARCHAR(50)
            rename-table             | ALTER TABLE account RENAME TO customer                       | CREATE TABLE t (id INTEGER); ALTER TABLE t RENAME TO u
            dml-without-where        | DELETE FROM account                                          | DELETE FROM account WHERE id = 1
            dml-without-where        | UPDATE account SET name = 'x'                                | UPDATE account SET name = 'x' WHERE id = 1
            """)
    void everyDialect(String rule, String fires, String quiet) {
        for (String dialect : List.of("postgresql", "mariadb", "sqlite", "h2")) {
            String prefix = dialect.equals("postgresql") ? "SET lock_timeout = '5s'; " : "";
            assertEquals(List.of(rule), rules(dialect, prefix + fires, true, ""), dialect + ": " + fires);
            assertEquals(List.of(), rules(dialect, prefix + quiet, true, "").stream().filter(rule::equals).toList(),
                    dialect + ": " + quiet);
        }
    }

    /** PostgreSQL's own rules say nothing on the other databases, where the statement takes no such lock or is invalid. */
    @ParameterizedTest(name = "{0} not on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            index-not-concurrent      | sqlite  | CREATE INDEX ix_name ON account (name)
            index-not-concurrent      | h2      | CREATE INDEX ix_name ON account (name)
            constraint-not-valid      | mariadb | ALTER TABLE account ADD CONSTRAINT ck_age CHECK (age > 0)
            constraint-not-valid      | h2      | ALTER TABLE account ADD CONSTRAINT ck_age CHECK (age > 0)
            lock-timeout              | mariadb | ALTER TABLE account ADD COLUMN age INTEGER
            lock-timeout              | sqlite  | ALTER TABLE account ADD COLUMN age INTEGER
            lock-timeout              | h2      | ALTER TABLE account ADD COLUMN age INTEGER
            set-not-null              | h2      | ALTER TABLE account ALTER COLUMN name SET NOT NULL
            table-rewrite             | h2      | ALTER TABLE account ALTER COLUMN name VARCHAR(200)
            """)
    void postgresqlRulesElsewhere(String rule, String dialect, String sql) {
        assertEquals(List.of(), rules(dialect, sql, true, "").stream().filter(rule::equals).toList(), sql);
    }

    @ParameterizedTest(name = "empty downgrade on every dialect: {0}")
    @CsvSource({"mariadb", "h2"})
    void emptyDowngradeElsewhere(String dialect) {
        emptyOrRaisingDowngrade(dialect);
    }

    @ParameterizedTest(name = "concurrent index outside a transaction on {0}")
    @CsvSource({"postgresql"})
    void concurrentIndexInANonTransactionalScriptIsQuiet(String dialect) {
        assertEquals(List.of("lock-timeout"), rules(dialect, "CREATE INDEX CONCURRENTLY ix ON account (name); ALTER TABLE account ADD COLUMN x INT", false, ""));
    }

    @ParameterizedTest(name = "allow comments: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            silences       | -- retort:allow dml-without-where every row is a test fixture |
            needs a reason | -- retort:allow dml-without-where                             | dml-without-where,unused-allow
            unused         | -- retort:allow drop-table nothing dropped here                | dml-without-where,unused-allow
            """)
    void allowComments(String name, String comment, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected.split(","));
        assertEquals(want, rules("sqlite", "UPDATE account SET name = 'x'", true, comment + "\nUPDATE account SET name = 'x';\n"));
    }

    @ParameterizedTest(name = "empty downgrade on {0}")
    @CsvSource({"postgresql", "sqlite"})
    void emptyOrRaisingDowngrade(String dialect) {
        LintInput empty = new LintInput("r1", null, "", true, List.of(new LintInput.Statement("CREATE TABLE t (id INT)", 1)),
                List.of(), null);
        LintInput raising = new LintInput("r2", null, "", true, List.of(new LintInput.Statement("CREATE TABLE u (id INT)", 1)),
                List.of(), "irreversible");
        LintInput fine = new LintInput("r3", null, "", true, List.of(new LintInput.Statement("CREATE TABLE v (id INT)", 1)),
                List.of(new LintInput.Statement("DROP TABLE v", 3)), null);
        List<String> found = new Linter(dialect(dialect)).lint(List.of(empty, raising, fine)).findings().stream()
                .map(f -> f.revision() + " " + f.rule()).toList();
        assertEquals(List.of("r1 empty-downgrade", "r2 empty-downgrade"), found);
    }
}
