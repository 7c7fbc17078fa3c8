package dev.retort.migrate;

import dev.retort.Migration;
import dev.retort.dialect.Dialect;
import dev.retort.op.Execute;
import dev.retort.op.Operation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import dev.retort.render.DefaultOp;

/**
 * A short hash of each statement a tracked migration committed, kept in the history table's
 * {@code statement_hashes} column so that {@code --resume} can refuse when the statements that committed
 * are no longer the script's first ones (the script was edited above the statement that failed).
 *
 * <pre>{@code
 * String h = StatementHashes.of(Execute.of("CREATE TABLE t (id INT)"));   // "3f2a9c01"
 * String column = StatementHashes.join(List.of(h, ...));                 // "3f2a9c01 77e0b1d2 ..."
 * }</pre>
 */
public final class StatementHashes {
    /** The column's width: 222 hashes of 8 hex digits and a space; later ones are not recorded. */
    public static final int WIDTH = 2000;
    private static final int DIGITS = 8;

    private StatementHashes() {
    }

    /** The first 8 hex digits of the SHA-256 of a statement's text (CRLF read as LF, stripped) and parameters. */
    public static String of(Operation operation) {
        String text = operation instanceof Execute e
                ? e.sql().replace("\r\n", "\n").strip() + (e.parameters().isEmpty() ? "" : " " + e.parameters())
                : operation.toString();
        byte[] sum = sha256().digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sum, 0, DIGITS / 2);
    }

    /** A fresh SHA-256 digest: a copy of one made once (a provider look-up per statement was 2 % of a run's CPU). */
    private static MessageDigest sha256() {
        try {
            return (MessageDigest) Sha256.PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return Sha256.create();
        }
    }

    private static final class Sha256 {
        static final MessageDigest PROTOTYPE = create();

        static MessageDigest create() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JDK has SHA-256", e);
            }
        }
    }

    /** A statement a migration runs: its hash and its text. */
    public record Statement(String hash, String text) {
    }

    /**
     * The statements {@code migration} runs in one direction, collected without running them (for a SQL
     * script; a Java script that reads the database cannot be collected this way).
     */
    public static List<Statement> collect(Migration migration, boolean upgrade, Dialect dialect) throws Exception {
        return collect(migration, upgrade, dialect, Map.of());
    }

    /** {@link #collect(Migration, boolean, Dialect)} with the script arguments (a SQL script's placeholders). */
    public static List<Statement> collect(Migration migration, boolean upgrade, Dialect dialect,
            Map<String, String> arguments) throws Exception {
        List<Statement> out = new ArrayList<>();
        DefaultOp op = new DefaultOp(o -> out.add(new Statement(of(o), o instanceof Execute e ? e.sql() : o.toString())),
                dialect, arguments, null);
        if (upgrade) {
            migration.upgrade(op);
        } else {
            migration.downgrade(op);
        }
        return out;
    }

    /** The hashes space-separated, as many as fit in {@link #WIDTH}. */
    public static String join(List<String> hashes) {
        int fit = Math.min(hashes.size(), (WIDTH + 1) / (DIGITS + 1));
        return String.join(" ", hashes.subList(0, fit));
    }

    /** The column's hashes; empty for null. */
    public static List<String> split(String column) {
        return column == null || column.isBlank() ? List.of() : new ArrayList<>(Arrays.asList(column.strip().split(" +")));
    }
}
