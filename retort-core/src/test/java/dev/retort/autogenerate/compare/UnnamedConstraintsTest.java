package dev.retort.autogenerate.compare;

import static dev.retort.model.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.CompareOptions;
import dev.retort.autogenerate.SchemaComparator;
import dev.retort.dialect.Dialect;
import dev.retort.dialects.Dialects;
import dev.retort.schema.Schema;
import dev.retort.testing.EachDialect;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On each real database: a schema written by hand (or by Hibernate) without constraint names, so the database
 * names them ({@code pets_type_id_fkey}, {@code users_email_key}, ...), against models whose constraints carry
 * Retort's names: no difference, unless names are compared.
 */
class UnnamedConstraintsTest extends EachDialect {
    private static final Schema MODELS = schema(
            table("types", column("id", bigint()).primaryKey(), column("name", varchar(20)).notNull().unique()),
            table("pets",
                    column("id", bigint()).primaryKey(),
                    column("name", varchar(30)).notNull(),
                    column("type_id", bigint()).references("types", "id").onDelete(CASCADE),
                    uniqueOn("name", "type_id"),
                    indexOn("name")));

    @Test
    void databaseNamedConstraintsMatchTheModels() throws Exception {
        Dialect d = Dialects.forName(dialect);
        try (TestDatabase db = database(); Connection c = db.connect(); Statement s = c.createStatement()) {
            // Quoted, as H2 would fold bare names to upper case.
            s.execute(q(d, "CREATE TABLE `types` (`id` BIGINT NOT NULL PRIMARY KEY, `name` VARCHAR(20) NOT NULL UNIQUE)"));
            s.execute(q(d, "CREATE TABLE `pets` (`id` BIGINT NOT NULL PRIMARY KEY, `name` VARCHAR(30) NOT NULL, "
                    + "`type_id` BIGINT, UNIQUE (`name`, `type_id`), FOREIGN KEY (`type_id`) REFERENCES `types` (`id`) "
                    + "ON DELETE CASCADE)"));
            s.execute(q(d, "CREATE INDEX `pets_by_name` ON `pets` (`name`)"));
            if (!c.getAutoCommit()) {
                c.commit();
            }
            Schema actual = d.inspector().inspect(c, null);
            SchemaComparator comparator = new SchemaComparator(d);
            assertEquals(List.of(), comparator.compare(MODELS, actual, CompareOptions.all()).changes());
            List<String> byName = comparator.compare(MODELS, actual, CompareOptions.all().withConstraintNames(true))
                    .changes();
            assertEquals(true, byName.stream().anyMatch(l -> l.startsWith("+ index ix_pets_name")), byName.toString());
        }
    }

    private static String q(Dialect d, String sql) {
        StringBuilder out = new StringBuilder();
        String[] parts = sql.split("`", -1);
        for (int i = 0; i < parts.length; i++) {
            out.append(i % 2 == 1 ? d.quote(parts[i]) : parts[i]);
        }
        return out.toString();
    }
}
