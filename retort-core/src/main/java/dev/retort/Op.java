package dev.retort;

import java.sql.Connection;
import java.util.Map;

/**
 * What a migration script uses to change the database.
 *
 * <p>Online, each call runs at once on the migration's connection, inside the migration's
 * transaction. Offline ({@code --sql}), each call is rendered as SQL text and printed instead.
 */
public interface Op {
    /** Runs one SQL statement (or prints it, offline). */
    void execute(String sql);

    /**
     * Runs one SQL statement with {@code ?} placeholders bound to {@code parameters}. Offline, the
     * parameters are rendered as SQL literals.
     */
    void execute(String sql, Object... parameters);

    /**
     * The JDBC connection of the running migration, for work the {@code op} API does not cover.
     *
     * @throws RetortException with {@link ErrorCode#OFFLINE_UNSUPPORTED} in {@code --sql} mode
     */
    Connection connection();

    /** True in {@code --sql} mode, where nothing reaches a database. */
    boolean offline();

    /** The {@code -x key=value} arguments given on the command line (Alembic's {@code get_x_argument}). */
    Map<String, String> arguments();

    /** The name of the database dialect, such as {@code postgresql}, {@code sqlite}, {@code mariadb}, {@code h2}. */
    String dialect();
}
