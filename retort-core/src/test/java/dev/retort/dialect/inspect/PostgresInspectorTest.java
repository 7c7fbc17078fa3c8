package dev.retort.dialect.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.retort.dialects.Dialects;
import dev.retort.dialect.SchemaInspector;
import org.junit.jupiter.api.Test;

class PostgresInspectorTest {
    private final SchemaInspector inspector = Dialects.forName("postgresql").inspector();

    @Test
    void normalisesDefaultsToOneSpelling() {
        assertEquals("'free'", inspector.normalizeDefault("'free'::character varying"));
        assertEquals("'it''s'", inspector.normalizeDefault("'it''s'::text"));
        assertEquals("-1", inspector.normalizeDefault("'-1'::integer"));
        assertEquals("-2.5", inspector.normalizeDefault("'-2.5'::numeric"));
        assertEquals("0", inspector.normalizeDefault("(0)::numeric(10,2)"));
        assertEquals("'1'", inspector.normalizeDefault("'1'::text"));
        assertEquals("'ok'", inspector.normalizeDefault("'ok'::\"Mood\""));
        assertEquals("'2024-01-01 00:00:00'",
                inspector.normalizeDefault("'2024-01-01 00:00:00'::timestamp without time zone"));
        assertEquals("now()", inspector.normalizeDefault(" now() "));
        assertNull(inspector.normalizeDefault("NULL::character varying"));
        assertNull(inspector.normalizeDefault(null));
        assertEquals("'free'", inspector.normalizeDefault(inspector.normalizeDefault("'free'::character varying")));
    }
}
