package dev.retort.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelConfigTest {
    private static final Path DIR = Path.of("/srv/app");

    @Test
    void packagesWithARelativeClasspath() {
        ModelConfig config = ModelConfig.fromProperties(Map.of(
                "model_classpath", "target/classes: ../lib/models.jar:lib/*",
                "model_packages", "com.example.billing, com.example.users,"), DIR).orElseThrow();
        assertEquals(new ModelConfig(List.of(Path.of("/srv/app/target/classes"), Path.of("/srv/lib/models.jar"),
                Path.of("/srv/app/lib/*")), List.of("com.example.billing", "com.example.users"), null), config);
    }

    @Test
    void theEntityReaderGetsItsKeysAndTheDatabaseOfTheUrl() {
        assertEquals(Map.of("jpa_naming_strategy", "hibernate", "jpa_dialect", "postgresql"), ModelConfig.fromProperties(Map.of(
                "model_packages", "a", "jpa_naming_strategy", " hibernate ", "url", "jdbc:postgresql://db/app",
                "password", "secret"), DIR).orElseThrow().settings());
        assertEquals(Map.of("jpa_dialect", "mysql"), ModelConfig.fromProperties(Map.of(
                "model_packages", "a", "url", "mysql+pymysql://u@db/app"), DIR).orElseThrow().settings());
        assertEquals(Map.of("jpa_dialect", "h2"), ModelConfig.fromProperties(Map.of(
                "model_packages", "a", "url", "jdbc:postgresql://db/app", "jpa_dialect", "h2"), DIR).orElseThrow().settings());
    }

    @Test
    void aDefinitionClassWithoutClasspath() {
        assertEquals(Optional.of(ModelConfig.definition(List.of(), "com.example.AppSchema")),
                ModelConfig.fromProperties(Map.of("model_class", " com.example.AppSchema "), DIR));
    }

    @Test
    void nothingConfigured() {
        assertEquals(Optional.empty(), ModelConfig.fromProperties(Map.of("url", "sqlite:///x.db", "model_class", " "), DIR));
    }

    @Test
    void bothOrOnlyTheClasspathIsAMistake() {
        RetortException both = assertThrows(RetortException.class, () -> ModelConfig.fromProperties(
                Map.of("model_class", "a.B", "model_packages", "a"), DIR));
        assertEquals(ErrorCode.CONFIG, both.code());
        assertEquals("both model_packages and model_class are set; keep model_packages for JPA entities"
                + " or model_class for a SchemaDefinition", both.getMessage());
        RetortException classpathOnly = assertThrows(RetortException.class, () -> ModelConfig.fromProperties(
                Map.of("model_classpath", "target/classes"), DIR));
        assertEquals("model_classpath is set but neither model_packages nor model_class is; add one of them",
                classpathOnly.getMessage());
    }
}
