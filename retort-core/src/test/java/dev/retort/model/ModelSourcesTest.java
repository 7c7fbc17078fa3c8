package dev.retort.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelSourcesTest {
    private static final String APP_SCHEMA = """
            package com.example.db;

            import static dev.retort.model.Dsl.*;
            import dev.retort.model.SchemaDefinition;
            import dev.retort.schema.Schema;

            public class AppSchema implements SchemaDefinition {
                public Schema define() {
                    return schema(table("plans", column("id", bigint()).primaryKey().autoIncrement()));
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void loadsADefinitionClassFromADirectory() throws Exception {
        Path classes = compile(dir.resolve("classes"), APP_SCHEMA);
        Schema schema = ModelSources.of(ModelConfig.definition(List.of(classes), "com.example.db.AppSchema")).load();
        assertEquals(new Schema(List.of(Table.builder("plans")
                .column(new Column("id", ColumnType.bigint(), false, null, true, null))
                .primaryKey(new PrimaryKey("pk_plans", List.of("id")))
                .build())), schema);
    }

    @Test
    void loadsADefinitionClassFromJarsInAFolder() throws Exception {
        Path classes = compile(dir.resolve("classes"), APP_SCHEMA);
        Path lib = Files.createDirectories(dir.resolve("lib"));
        jar(classes, lib.resolve("models.jar"));
        Schema schema = ModelSources.of(ModelConfig.fromProperties(
                java.util.Map.of("model_classpath", "lib/*", "model_class", "com.example.db.AppSchema"), dir).orElseThrow()).load();
        assertEquals(List.of("plans"), schema.tables().stream().map(Table::name).toList());
    }

    @Test
    void aDefinitionOnTheApplicationClasspathNeedsNoModelClasspath() {
        Schema schema = ModelSources.of(ModelConfig.definition(List.of(), TestSchema.class.getName())).load();
        assertEquals(List.of("t"), schema.tables().stream().map(Table::name).toList());
    }

    @Test
    void mistakesInTheDefinitionClass() throws Exception {
        Path classes = compile(dir.resolve("classes"),
                "package x; public class NotADefinition {}",
                "package x; public class NoConstructor implements dev.retort.model.SchemaDefinition {"
                        + " public NoConstructor(int a) {} public dev.retort.schema.Schema define() { return null; } }",
                "package x; public class Broken implements dev.retort.model.SchemaDefinition {"
                        + " public dev.retort.schema.Schema define() { return dev.retort.model.Dsl.schema("
                        + " dev.retort.model.Dsl.table(\"t\", dev.retort.model.Dsl.indexOn(\"nope\"))); } }",
                "package x; public class Nothing implements dev.retort.model.SchemaDefinition {"
                        + " public dev.retort.schema.Schema define() { return null; } }");
        assertConfigError("model_class x.Missing is not on model_classpath [" + classes + "]; compile it and add its"
                + " directory or jar to model_classpath", classes, "x.Missing");
        assertConfigError("model_class x.NotADefinition does not implement dev.retort.model.SchemaDefinition;"
                + " add 'implements SchemaDefinition' and a 'Schema define()' method", classes, "x.NotADefinition");
        assertConfigError("model_class x.NoConstructor needs a public no-argument constructor in a public class",
                classes, "x.NoConstructor");
        assertConfigError("x.Broken.define() failed: table t has a index on unknown column nope; its columns are []",
                classes, "x.Broken");
        assertConfigError("x.Nothing.define() returned null; return a Schema, e.g. schema(table(...))", classes, "x.Nothing");
    }

    @Test
    void packagesNeedRetortJpa() {
        RetortException e = assertThrows(RetortException.class,
                () -> ModelSources.of(ModelConfig.packages(List.of(), "com.example")).load());
        assertEquals(ErrorCode.CONFIG, e.code());
        assertEquals("model_packages needs retort-jpa on the classpath; add the retort-jpa jar to model_classpath,"
                + " or use model_class with a SchemaDefinition", e.getMessage());
    }

    @Test
    void aMissingClasspathEntry() {
        Path missing = dir.resolve("target/classes");
        RetortException e = assertThrows(RetortException.class,
                () -> ModelSources.of(ModelConfig.definition(List.of(missing), "a.B")).load());
        assertEquals("model_classpath entry " + missing + " does not exist; entries are relative to retort.properties,"
                + " and classes must be compiled first", e.getMessage());
    }

    /** On the test classpath, so found through the parent class loader. */
    public static class TestSchema implements SchemaDefinition {
        @Override
        public Schema define() {
            return Dsl.schema(Dsl.table("t", Dsl.column("id", Dsl.bigint())));
        }
    }

    private static void assertConfigError(String message, Path classes, String className) {
        RetortException e = assertThrows(RetortException.class,
                () -> ModelSources.of(ModelConfig.definition(List.of(classes), className)).load());
        assertEquals(ErrorCode.CONFIG, e.code());
        assertEquals(message, e.getMessage());
    }

    static Path compile(Path out, String... sources) throws IOException, URISyntaxException {
        Path src = Files.createDirectories(out.resolveSibling(out.getFileName() + "-src"));
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-classpath",
                Path.of(SchemaDefinition.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString()));
        for (int i = 0; i < sources.length; i++) {
            Path file = Files.createDirectories(src.resolve(String.valueOf(i))).resolve(className(sources[i]) + ".java");
            Files.writeString(file, sources[i]);
            args.add(file.toString());
        }
        Files.createDirectories(out);
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)));
        return out;
    }

    private static String className(String source) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("public class (\\w+)").matcher(source);
        assertTrue(m.find());
        return m.group(1);
    }

    static void jar(Path classes, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> walk = Files.walk(classes)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(p));
                out.closeEntry();
            }
        }
    }
}
