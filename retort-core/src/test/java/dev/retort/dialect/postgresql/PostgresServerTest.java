package dev.retort.dialect.postgresql;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which servers behind a PostgreSQL URL get a lease lock instead of an advisory lock: version strings as they print. */
class PostgresServerTest {
    @Test
    void postgresqlKeepsItsAdvisoryLock() {
        assertTrue(PostgresServer.advisoryLocksHold("PostgreSQL 16.4 (Debian 16.4-1.pgdg120+1) on x86_64-pc-linux-gnu, "
                + "compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit", null));
    }

    @Test
    void cockroachDbsAdvisoryLockIsAStub() {
        assertFalse(PostgresServer.advisoryLocksHold("CockroachDB CCL v23.1.11 (x86_64-pc-linux-gnu, built "
                + "2023/09/27 01:53:43, go1.19.10)", null));
    }

    @Test
    void yugabyteDbHoldsOnlyWithAdvisoryLocksEnabled() {
        String yb = "PostgreSQL 11.2-YB-2.20.1.0-b0 on x86_64-pc-linux-gnu, compiled by clang version 16.0.6, 64-bit";
        assertFalse(PostgresServer.advisoryLocksHold(yb, null));
        assertFalse(PostgresServer.advisoryLocksHold(yb, "off"));
        assertTrue(PostgresServer.advisoryLocksHold(yb, "on"));
    }
}
