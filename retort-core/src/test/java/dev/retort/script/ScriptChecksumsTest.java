package dev.retort.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checksums a folder hashes from the bytes its headers were read from ({@link ScriptDirectory#checksum}). */
class ScriptChecksumsTest {

    @TempDir
    Path tmp;

    private Path folder(String name, int scripts) throws IOException {
        Path location = tmp.resolve(name);
        Path versions = Files.createDirectories(location.resolve("versions"));
        for (int i = 1; i <= scripts; i++) {
            Files.writeString(versions.resolve(String.format("r%03d.sql", i)),
                    ScriptDirectoryTest.sql(String.format("r%03d", i), i == 1 ? null : String.format("r%03d", i - 1)));
        }
        return location;
    }

    @Test
    void checksumsAreThoseOfTheFilesWhetherHashedAheadOrWhenAsked() throws Exception {
        for (int count : new int[] {3, 70}) { // below and above the count hashed on a thread of its own
            Path location = folder("sums" + count, count);
            Files.writeString(location.resolve("versions").resolve("r002.sql"),
                    ScriptDirectoryTest.sql("r002", "r001").replace("\n", "\r\n"));
            for (boolean ahead : new boolean[] {false, true}) {
                ScriptDirectory dir = ScriptDirectory.open(location, List.of());
                if (ahead) {
                    dir.hashAhead();
                }
                for (Script script : dir.scripts()) {
                    assertEquals(ScriptChecksum.of(script.path()), dir.checksum(script), script.path() + ", ahead " + ahead);
                }
            }
        }
    }

    @Test
    void anEditAfterTheReadIsNotHiddenFromTheNextRead() throws Exception {
        Path location = folder("edited", 70);
        ScriptDirectory before = ScriptDirectory.open(location, List.of());
        before.hashAhead();
        Script first = before.script("r001").orElseThrow();
        String was = before.checksum(first);
        Files.writeString(first.path(), ScriptDirectoryTest.sql("r001", null) + "SELECT 2;\n");
        ScriptDirectory after = ScriptDirectory.open(location, List.of());
        String now = after.checksum(after.script("r001").orElseThrow());
        assertEquals(ScriptChecksum.of(first.path()), now);
        org.junit.jupiter.api.Assertions.assertNotEquals(was, now);
    }
}
