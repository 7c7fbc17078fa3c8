package dev.retort.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.retort.dialects.Dialects;
import dev.retort.testing.EachDialect;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Driver;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Each dialect names the driver its URLs are for, and that driver, asked directly (as Retort connects, skipping
 * DriverManager's scan of every driver), takes the test database's URL: a wrong name would only fall back to
 * DriverManager, slower, so nothing else would notice.
 */
class JdbcDriverClassTest extends EachDialect {
    @Test
    void theNamedDriverAcceptsTheDialectsUrlAndConnects() throws Exception {
        Dialect dialect = Dialects.forName(this.dialect);
        assertNotNull(dialect.jdbcDriverClass(), this.dialect);
        Driver driver = (Driver) Class.forName(dialect.jdbcDriverClass()).getDeclaredConstructor().newInstance();
        try (TestDatabase db = database()) {
            assertEquals(true, driver.acceptsURL(db.url()), db.url());
            assertEquals(dialect.name(), Dialects.forJdbcUrl(db.url()).name());
            Properties info = new Properties();
            if (db.user() != null) {
                info.put("user", db.user());
                info.put("password", db.password() == null ? "" : db.password());
            }
            try (Connection c = driver.connect(db.url(), info)) {
                assertEquals(true, c.isValid(5));
            }
        }
    }
}
