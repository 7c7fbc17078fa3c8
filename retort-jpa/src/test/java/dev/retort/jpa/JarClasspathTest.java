package dev.retort.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.model.ModelConfig;
import dev.retort.model.ModelSources;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import jakarta.persistence.Entity;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entities that only a jar of model_classpath holds, found through retort.properties keys. */
class JarClasspathTest {
    @TempDir
    Path dir;

    @Test
    void scansAJarOfTheModelClasspath() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/com/example/shop"));
        Files.writeString(src.resolve("ShopItem.java"), """
                package com.example.shop;

                @jakarta.persistence.Entity
                public class ShopItem {
                    @jakarta.persistence.Id
                    long id;

                    String displayName;
                }
                """);
        Files.writeString(src.resolve("Helper.java"), "package com.example.shop; public class Helper {}");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String api = Path.of(Entity.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                "-classpath", api, src.resolve("ShopItem.java").toString(), src.resolve("Helper.java").toString()));
        Path jar = Files.createDirectories(dir.resolve("lib")).resolve("shop.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> walk = Files.walk(classes)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(p));
                out.closeEntry();
            }
        }

        ModelConfig config = ModelConfig.fromProperties(
                Map.of("model_classpath", "lib/shop.jar", "model_packages", "com.example"), dir).orElseThrow();
        Schema schema = ModelSources.of(config).load();

        assertEquals(new Schema(List.of(Table.builder("shop_item")
                .column(Column.of("id", ColumnType.bigint()).notNull())
                .column(Column.of("display_name", ColumnType.varchar(255)))
                .primaryKey(new PrimaryKey("pk_shop_item", List.of("id")))
                .build())), schema);
    }
}
