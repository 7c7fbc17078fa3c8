package dev.retort.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.error.RetortException;
import dev.retort.model.ModelConfig;
import dev.retort.model.ModelSources;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code jpa_naming_strategy} and {@code jpa_dialect}, as retort.properties gives them. */
class JpaSettingsTest {

    private static Schema load(Map<String, String> properties) {
        Map<String, String> values = new java.util.HashMap<>(properties);
        values.put("model_packages", "dev.retort.jpa.hibernate.library");
        ModelConfig config = ModelConfig.fromProperties(values, Path.of(".")).orElseThrow();
        return ModelSources.of(config, JpaSettingsTest.class.getClassLoader()).load();
    }

    @Test
    void springNamingByDefault() {
        assertEquals(List.of("book", "book_co_writers", "book_subject_codes", "writer"),
                load(Map.of()).tables().stream().map(Table::name).toList());
    }

    @Test
    void hibernateNamingKeepsNamesAsWrittenAndNamesJoinTablesAfterBothTables() {
        Schema schema = load(Map.of("jpa_naming_strategy", "hibernate", "url", "jdbc:mariadb://db/app"));
        assertEquals(List.of("Book", "Book_Writer", "Book_subjectCodes", "Writer"), schema.tables().stream().map(Table::name).toList());
        assertEquals(List.of("id", "bookTitle", "mainWriter_id"), schema.table("Book").orElseThrow().columnNames());
    }

    @Test
    void postgresqlFoldsHibernateNamesToLowerCase() {
        Schema schema = load(Map.of("jpa_naming_strategy", "hibernate", "url", "jdbc:postgresql://db/app"));
        assertEquals(List.of("book", "book_subjectcodes", "book_writer", "writer"), schema.tables().stream().map(Table::name).toList());
    }

    @Test
    void anUnknownStrategyIsOneClearLine() {
        RetortException e = assertThrows(RetortException.class, () -> load(Map.of("jpa_naming_strategy", "legacy")));
        assertEquals("jpa_naming_strategy = legacy is not a naming strategy; use spring (the default) or hibernate", e.getMessage());
    }
}
