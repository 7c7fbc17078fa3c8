package dev.retort.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The {@code --version} line, {@code retort 0.1.0 (Java 17.0.15+6)}: the Maven project version, filtered into
 * {@code version.properties} at build time, and the running Java's. Loads nothing of picocli, so that
 * {@code retort --version} costs little more than the JVM's own start.
 */
final class Version {
    private Version() {
    }

    static String line() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The property Runtime.version() parses, as it prints it (Runtime.Version's toString spins up streams).
        String java = System.getProperty("java.runtime.version", System.getProperty("java.version"));
        return "retort " + p.getProperty("version", "unknown") + " (Java " + java + ")";
    }
}
