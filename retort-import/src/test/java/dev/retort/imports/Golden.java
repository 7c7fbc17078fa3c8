package dev.retort.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Golden files under src/test/resources/golden; {@code -Dretort.golden.update=true} rewrites them. */
final class Golden {
    private Golden() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path file = Path.of("src/test/resources/golden", name);
        if (Boolean.getBoolean("retort.golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual);
        }
        assertEquals(Files.exists(file) ? Files.readString(file) : "(no golden file " + file + ")", actual,
                () -> "output differs from " + file + "; -Dretort.golden.update=true rewrites it");
    }

    static Path resource(String name) {
        return Path.of("src/test/resources", name);
    }
}
