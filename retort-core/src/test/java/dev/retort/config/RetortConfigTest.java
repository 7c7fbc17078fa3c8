package dev.retort.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetortConfigTest {
    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path file = dir.resolve("retort.properties");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void readsEveryKeyAndResolvesPathsAgainstTheFilesFolder() throws IOException {
        Path file = write("""
                script_location = migrations
                url = postgresql://app@db/app
                user = app
                password = s3cret
                version_locations = migrations/versions, shared/versions ,
                version_table = alembic_version
                version_table_schema = audit
                cache_dir = .retort-cache
                revision_format = sql
                model_classpath = target/classes
                """);
        RetortConfig config = RetortConfig.load(file, Map.of());
        assertEquals(dir.resolve("migrations"), config.scriptLocation());
        assertEquals("postgresql://app@db/app", config.url());
        assertEquals("app", config.user());
        assertEquals("s3cret", config.password());
        assertEquals(List.of(dir.resolve("migrations/versions"), dir.resolve("shared/versions")), config.versionLocations());
        assertEquals("alembic_version", config.versionTable());
        assertEquals("audit", config.versionTableSchema());
        assertEquals(dir.resolve(".retort-cache"), config.cacheDir());
        assertEquals("sql", config.revisionFormat());
        assertEquals(Optional.of("target/classes"), config.property("model_classpath"));
        assertEquals(dir, config.directory());
        assertFalse(config.toString().contains("s3cret"), config.toString());
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstKey() throws IOException {
        Path file = dir.resolve("bom.properties");
        Files.write(file, ("\uFEFFscript_location = migrations\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(dir.resolve("migrations"), RetortConfig.load(file, Map.of()).scriptLocation());
    }

    @Test
    void aBinaryFileSaysItIsNotText() throws IOException {
        Path file = dir.resolve("retort.db");
        Files.write(file, new byte[] {'S', 'Q', 'L', 0, (byte) 0xff, (byte) 0xfe, 1, 2});
        RetortException e = org.junit.jupiter.api.Assertions.assertThrows(RetortException.class,
                () -> RetortConfig.load(file, Map.of()));
        assertEquals(file + " is not a text file in UTF-8; a configuration is a properties file such as the one "
                + "'retort init' writes (script_location = migrations)", e.getMessage());
    }

    @Test
    void appliesDefaults() throws IOException {
        RetortConfig config = RetortConfig.load(write("script_location=/abs/m\n"), Map.of());
        assertEquals(Path.of("/abs/m"), config.scriptLocation());
        assertNull(config.url());
        assertEquals(List.of(), config.versionLocations());
        assertEquals("retort_version", config.versionTable());
        assertNull(config.versionTableSchema());
        assertNull(config.cacheDir());
        assertEquals("java", config.revisionFormat());
        assertEquals(Optional.empty(), config.property("model_classpath"));
    }

    @Test
    void aFolderMeansTheFileInside() throws IOException {
        write("script_location=m\n");
        assertEquals(dir.resolve("m"), RetortConfig.load(dir, Map.of()).scriptLocation());
    }

    @Test
    void expandsEnvironmentReferences() throws IOException {
        Path file = write("""
                script_location = ${env:MIGRATIONS:-migrations}
                url = postgresql://${env:DB_USER}@${env:DB_HOST}/app
                password = ${env:DB_PASSWORD}
                other = ${notenv} stays
                """);
        RetortConfig config = RetortConfig.load(file, Map.of("DB_USER", "app", "DB_HOST", "db:5432", "DB_PASSWORD", "s3cret"));
        assertEquals(dir.resolve("migrations"), config.scriptLocation());
        assertEquals("postgresql://app@db:5432/app", config.url());
        assertEquals("s3cret", config.password());
        assertEquals(Optional.of("${notenv} stays"), config.property("other"));
    }

    @Test
    void anUnsetVariableIsAConfigErrorThatNamesIt() throws IOException {
        Path file = write("script_location = m\npassword = ${env:DB_PASSWORD}\n");
        RetortException e = assertThrows(RetortException.class, () -> RetortConfig.load(file, Map.of()));
        assertEquals(ErrorCode.CONFIG, e.code());
        assertEquals("retort.properties: password refers to ${env:DB_PASSWORD}, which is not set;"
                + " export DB_PASSWORD or give a default: ${env:DB_PASSWORD:-value}", e.getMessage());
    }

    @Test
    void anUnclosedReferenceIsAConfigError() throws IOException {
        Path file = write("script_location = ${env:X\n");
        assertEquals(ErrorCode.CONFIG, assertThrows(RetortException.class, () -> RetortConfig.load(file, Map.of("X", "x"))).code());
    }

    @Test
    void aMissingFileSaysWhatToDo() {
        RetortException e = assertThrows(RetortException.class,
                () -> RetortConfig.load(dir.resolve("retort.properties"), Map.of()));
        assertEquals(ErrorCode.CONFIG, e.code());
        assertEquals("no retort.properties in " + dir + "; run 'retort init <dir>' or pass -c FILE", e.getMessage());
        RetortException other = assertThrows(RetortException.class, () -> RetortConfig.load(dir.resolve("x.properties"), Map.of()));
        assertTrue(other.getMessage().startsWith("config file " + dir.resolve("x.properties") + " does not exist"), other.getMessage());
    }

    @Test
    void scriptLocationIsRequired() throws IOException {
        Path file = write("url = jdbc:sqlite:x.db\n");
        RetortException e = assertThrows(RetortException.class, () -> RetortConfig.load(file, Map.of()));
        assertEquals(ErrorCode.CONFIG, e.code());
        assertTrue(e.getMessage().contains("script_location is not set"), e.getMessage());
    }

    @Test
    void rejectsAnUnknownRevisionFormat() throws IOException {
        Path file = write("script_location = m\nrevision_format = kotlin\n");
        assertEquals(ErrorCode.CONFIG, assertThrows(RetortException.class, () -> RetortConfig.load(file, Map.of())).code());
    }
}
