package dev.retort.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptTemplatesTest {

    @TempDir
    Path tmp;

    @Test
    void initCreatesAnEnvironmentThatOpens() throws IOException {
        Path location = tmp.resolve("migrations");
        ScriptTemplates.init(location);
        assertTrue(Files.isDirectory(location.resolve("versions")));
        assertEquals(ScriptTemplates.builtIn(ScriptFormat.JAVA), Files.readString(location.resolve("script.java.template")));
        assertEquals(ScriptTemplates.builtIn(ScriptFormat.SQL), Files.readString(location.resolve("script.sql.template")));
        ScriptDirectory dir = ScriptDirectory.open(location, List.of());
        assertEquals(List.of(), dir.scripts());
    }

    @Test
    void initAcceptsAnEmptyFolder() throws IOException {
        Path location = Files.createDirectories(tmp.resolve("migrations"));
        ScriptTemplates.init(location);
        assertTrue(Files.isDirectory(location.resolve("versions")));
    }

    @Test
    void initRefusesAFolderThatIsNotEmpty() throws IOException {
        Path location = Files.createDirectories(tmp.resolve("migrations"));
        Files.writeString(location.resolve("keep.txt"), "mine");
        RetortException e = assertThrows(RetortException.class, () -> ScriptTemplates.init(location));
        assertEquals(ErrorCode.FILE_EXISTS, e.code());
        assertEquals(location + " already exists and is not empty; choose another folder for 'retort init'", e.getMessage());
        assertEquals(List.of(location.resolve("keep.txt")), Files.list(location).toList());
    }
}
