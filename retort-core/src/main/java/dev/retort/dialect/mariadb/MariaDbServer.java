package dev.retort.dialect.mariadb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * What the server behind a MariaDB or MySQL URL really is, as far as the migration lock cares: TiDB's
 * {@code GET_LOCK} was a no-op for years (and is per TiDB node at best), and on a Galera cluster
 * ({@code wsrep_on}) {@code GET_LOCK} holds on one node only (flyway#1975); Vitess (PlanetScale) serves
 * {@code GET_LOCK} from one shard's reserved connection, not the keyspace.
 */
final class MariaDbServer {
    private MariaDbServer() {
    }

    /** Reads {@code VERSION()} and {@code wsrep_on} on {@code connection}. */
    static boolean getLockHolds(Connection connection) throws SQLException {
        String version;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT VERSION()")) {
            version = rs.next() ? rs.getString(1) : "";
        }
        String wsrep = null;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SHOW VARIABLES LIKE 'wsrep_on'")) {
            wsrep = rs.next() ? rs.getString(2) : null;
        } catch (SQLException e) {
            wsrep = null; // a server that cannot show it runs no Galera
        }
        return getLockHolds(version, wsrep);
    }

    /**
     * @param version {@code SELECT VERSION()}
     * @param wsrepOn the {@code wsrep_on} variable, null where the server has none
     */
    static boolean getLockHolds(String version, String wsrepOn) {
        String v = version == null ? "" : version.toLowerCase(Locale.ROOT);
        // Vitess's vtgate announces itself as 8.0.x-Vitess; its GET_LOCK lives on one shard's connection.
        if (v.contains("tidb") || v.contains("vitess")) {
            return false;
        }
        return wsrepOn == null || !(wsrepOn.equalsIgnoreCase("on") || wsrepOn.equals("1"));
    }
}
