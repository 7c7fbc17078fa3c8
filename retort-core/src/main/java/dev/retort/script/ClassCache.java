package dev.retort.script;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Compiled scripts on disk, by content hash: one file {@code <dir>/<key>} per script holding all of its class
 * files, so a cached script costs one open and one read (a folder per script, as before, cost a {@code stat}, a
 * directory listing and a read per class: 1,000 cached scripts took about 50 ms more to load). An entry is written
 * to a temporary file and renamed into place, so a reader sees all of it or none of it. The cache is best effort:
 * a failing write is ignored, and an entry that cannot be read is compiled again and rewritten.
 *
 * <p>An entry: the bytes {@code RCC1}, the number of classes (int), then per class its binary name
 * ({@link DataOutputStream#writeUTF}), its length (int) and its bytes.
 */
final class ClassCache {

    /** Changes whenever the way scripts are compiled or kept changes, so old entries are not reused. */
    static final String FORMAT_VERSION = "retort-script-compiler-2";

    private static final int MAGIC = 0x52434331; // "RCC1"

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
        byte[] entry;
        try {
            entry = Files.readAllBytes(dir.resolve(key));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // a folder of the first format under this name, or unreadable: compile
        }
        Map<String, byte[]> classes = decode(entry);
        return classes.isEmpty() ? Optional.empty() : Optional.of(classes);
    }

    void put(String key, Map<String, byte[]> classes) {
        if (dir == null || classes.isEmpty()) {
            return;
        }
        Path entry = dir.resolve(key);
        Path tmp = dir.resolve(key + ".tmp-" + UUID.randomUUID());
        try {
            if (Files.isRegularFile(entry) && !decode(Files.readAllBytes(entry)).isEmpty()) {
                return; // another process wrote it since this one looked
            }
            Files.createDirectories(dir);
            Files.write(tmp, encode(classes));
            Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            // The cache is read-only, not a folder, or its entry is a folder: the classes are in memory anyway.
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException | RuntimeException ignored) {
                // best effort
            }
        }
    }

    static byte[] encode(Map<String, byte[]> classes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(classes.size());
            for (Map.Entry<String, byte[]> c : classes.entrySet()) {
                out.writeUTF(c.getKey());
                out.writeInt(c.getValue().length);
                out.write(c.getValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot happen in memory", e);
        }
        return bytes.toByteArray();
    }

    /** The classes of an entry, or none when it is not one whole entry (truncated, another format). */
    static Map<String, byte[]> decode(byte[] entry) {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry))) {
            if (entry.length < 8 || in.readInt() != MAGIC) {
                return Map.of();
            }
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                int length = in.readInt();
                if (length < 0 || length > in.available()) {
                    return Map.of();
                }
                classes.put(name, in.readNBytes(length));
            }
            return in.available() == 0 ? classes : Map.of();
        } catch (IOException e) {
            return Map.of();
        }
    }
}
