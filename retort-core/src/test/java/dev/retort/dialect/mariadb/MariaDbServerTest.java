package dev.retort.dialect.mariadb;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which servers behind a MariaDB/MySQL URL get a lease lock instead of GET_LOCK: version strings as they print. */
class MariaDbServerTest {
    @Test
    void mariadbAndMysqlKeepGetLock() {
        assertTrue(MariaDbServer.getLockHolds("11.4.3-MariaDB-ubu2404", "OFF"));
        assertTrue(MariaDbServer.getLockHolds("8.0.36", null));
    }

    @Test
    void tidbsGetLockIsNotTrusted() {
        assertFalse(MariaDbServer.getLockHolds("8.0.11-TiDB-v7.5.1", null));
        assertFalse(MariaDbServer.getLockHolds("5.7.25-TiDB-v6.5.0", null));
    }

    @Test
    void vitessIsNotTrustedWithGetLock() {
        assertFalse(MariaDbServer.getLockHolds("8.0.30-Vitess", null));
    }

    @Test
    void galeraHoldsGetLockOnOneNodeOnly() {
        assertFalse(MariaDbServer.getLockHolds("10.11.6-MariaDB-log", "ON"));
    }
}
