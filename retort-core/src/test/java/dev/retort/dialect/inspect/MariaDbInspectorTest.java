package dev.retort.dialect.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.retort.dialects.Dialects;
import dev.retort.dialect.SchemaInspector;
import org.junit.jupiter.api.Test;

class MariaDbInspectorTest {
    private final SchemaInspector inspector = Dialects.forName("mariadb").inspector();

    @Test
    void normalisesDefaultsToOneSpelling() {
        assertEquals("CURRENT_TIMESTAMP", inspector.normalizeDefault("current_timestamp()"));
        assertEquals("CURRENT_TIMESTAMP", inspector.normalizeDefault("now()"));
        assertEquals("CURRENT_TIMESTAMP", inspector.normalizeDefault("CURRENT_TIMESTAMP"));
        assertEquals("CURRENT_TIMESTAMP(6)", inspector.normalizeDefault("current_timestamp(6)"));
        assertEquals("CURRENT_DATE", inspector.normalizeDefault("curdate()"));
        assertEquals("1", inspector.normalizeDefault("TRUE"));
        assertEquals("'free'", inspector.normalizeDefault("'free'"));
        assertEquals("'NULL'", inspector.normalizeDefault("'NULL'"));
        assertNull(inspector.normalizeDefault("NULL"));
        assertNull(inspector.normalizeDefault(null));
    }
}
