package dev.retort.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Compiled scripts on disk, by content hash: {@code <dir>/<key>/<binary name>.class}. An entry is
 * written to a temporary folder and renamed into place, so a reader sees all of it or none of it.
 * The cache is best effort: a failing write is ignored.
 */
final class ClassCache {

    /** Changes whenever the way scripts are compiled changes, so old entries are not reused. */
    static final String FORMAT_VERSION = "retort-script-compiler-1";

    private final Path dir;

    /** {@code dir} may be null: no caching. */
    ClassCache(Path dir) {
        this.dir = dir;
    }

    /** SHA-256 of the script's bytes, the synthetic package it is compiled in, and the compiler setup. */
    static String key(byte[] source, String packageName) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(source);
            String context = "\0" + FORMAT_VERSION + "\0" + System.getProperty("java.specification.version")
                    + "\0" + (packageName == null ? "" : packageName);
            sha.update(context.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    Optional<Map<String, byte[]>> get(String key) {
        if (dir == null) {
            return Optional.empty();
        }
        Path entry = dir.resolve(key);
        if (!Files.isDirectory(entry)) {
            return Optional.empty();
        }
        Map<String, byte[]> classes = new LinkedHashMap<>();
        // No glob: a glob's pattern is compiled on every call, and a thousand scripts make a thousand calls.
        try (DirectoryStream<Path> files = Files.newDirectoryStream(entry)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".class")) {
                    continue;
                }
                classes.put(name.substring(0, name.length() - ".class".length()), Files.readAllBytes(f));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return classes.isEmpty() ? Optional.empty() : Optional.of(classes);
    }

    void put(String key, Map<String, byte[]> classes) {
        if (dir == null) {
            return;
        }
        Path entry = dir.resolve(key);
        Path tmp = dir.resolve(key + ".tmp-" + UUID.randomUUID());
        try {
            if (Files.isDirectory(entry)) {
                return;
            }
            Files.createDirectories(tmp);
            for (Map.Entry<String, byte[]> c : classes.entrySet()) {
                Files.write(tmp.resolve(c.getKey() + ".class"), c.getValue());
            }
            Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // Another process won the race, or the cache is read-only: the classes are in memory anyway.
            deleteQuietly(tmp);
        }
    }

    private static void deleteQuietly(Path tree) {
        if (!Files.exists(tree)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(tree)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
