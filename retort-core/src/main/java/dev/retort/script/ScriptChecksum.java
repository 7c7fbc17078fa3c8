package dev.retort.script;

import dev.retort.error.ErrorCode;
import dev.retort.error.ScriptException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum the history table keeps of each script: SHA-256 of its bytes, hex, with CRLF line ends
 * read as LF so that a checkout on Windows does not count as an edit.
 *
 * <pre>{@code
 * String sum = ScriptChecksum.of(Path.of("migrations/versions/1975ea83b712_create_account.sql"));
 * }</pre>
 */
public final class ScriptChecksum {
    private ScriptChecksum() {
    }

    public static String of(Path file) {
        try {
            return of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ScriptException(ErrorCode.SCRIPT, file, 0, "cannot read the script: " + e, e);
        }
    }

    /** Cloned for each script: a provider look-up per script costs more than hashing a short one. */
    private static final MessageDigest SHA_256;

    static {
        try {
            SHA_256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static String of(byte[] bytes) {
        MessageDigest digest;
        try {
            digest = (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            // A provider whose digest does not clone.
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException missing) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", missing);
            }
        }
        // Most scripts have no CR: hash them as they are, copying only those that need their line ends changed.
        int n = 0;
        byte[] normalised = bytes;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                if (normalised == bytes) {
                    normalised = java.util.Arrays.copyOf(bytes, bytes.length);
                }
                continue;
            }
            if (normalised != bytes) {
                normalised[n] = bytes[i];
            }
            n++;
        }
        digest.update(normalised, 0, n);
        return HexFormat.of().formatHex(digest.digest());
    }
}
