package dev.retort.dialect;

import dev.retort.dialects.Dialects;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LiteralTest {
    static final String TRICKY = "it's a \\ back'slash \"and\" ünïcødé";

    @TempDir
    Path dir;

    @Test
    void goldenLiterals() {
        Map<String, List<String>> expected = Map.of(
                "postgresql", List.of("NULL", "'it''s'", "'a\\b'", "42", "-7", "12.50", "1.5", "TRUE", "FALSE",
                        "'\\xDEAD00'::bytea", "DATE '2024-01-31'", "TIME '13:05:00'",
                        "TIMESTAMP '2024-01-31 13:05:00.25'", "TIMESTAMP WITH TIME ZONE '2024-01-31 13:05:00+02:00'"),
                "mariadb", List.of("NULL", "'it''s'", "'a\\\\b'", "42", "-7", "12.50", "1.5", "TRUE", "FALSE",
                        "X'DEAD00'", "DATE '2024-01-31'", "TIME '13:05:00'",
                        "TIMESTAMP '2024-01-31 13:05:00.25'", "TIMESTAMP '2024-01-31 11:05:00'"),
                "sqlite", List.of("NULL", "'it''s'", "'a\\b'", "42", "-7", "12.50", "1.5", "1", "0",
                        "X'DEAD00'", "'2024-01-31'", "'13:05:00'", "'2024-01-31 13:05:00.25'", "'2024-01-31 11:05:00'"),
                "h2", List.of("NULL", "'it''s'", "'a\\b'", "42", "-7", "12.50", "1.5", "TRUE", "FALSE",
                        "X'DEAD00'", "DATE '2024-01-31'", "TIME '13:05:00'",
                        "TIMESTAMP '2024-01-31 13:05:00.25'", "TIMESTAMP WITH TIME ZONE '2024-01-31 13:05:00+02:00'"));
        List<Object> values = java.util.Arrays.asList(null, "it's", "a\\b", 42, -7L, new BigDecimal("12.50"), 1.5d,
                true, false, new byte[] {(byte) 0xde, (byte) 0xad, 0}, LocalDate.of(2024, 1, 31), LocalTime.of(13, 5),
                LocalDateTime.of(2024, 1, 31, 13, 5, 0, 250_000_000),
                OffsetDateTime.of(2024, 1, 31, 13, 5, 0, 0, ZoneOffset.ofHours(2)));
        expected.forEach((name, literals) -> {
            Dialect dialect = Dialects.forName(name);
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                assertEquals(literals.get(i), dialect.literal(value), () -> name + " literal of " + value);
            }
        });
    }

    @Test
    void valuesWithoutALiteralFormAreRefusedNamingTheFix() {
        RetortException e = assertThrows(RetortException.class, () -> Dialects.forName("h2").literal(new Object()));
        assertEquals(ErrorCode.BAD_ARGUMENT, e.code());
        assertEquals(ErrorCode.BAD_ARGUMENT,
                assertThrows(RetortException.class, () -> Dialects.forName("h2").literal(Double.NaN)).code());
    }

    /** What an offline script inserts is what the database then holds: the same as binding the values. */
    @ParameterizedTest
    @MethodSource("dev.retort.testing.TestDatabases#dialects")
    void literalsReadBackAsTheValuesTheyWrite(String dialectName) throws Exception {
        Dialect d = Dialects.forName(dialectName);
        String bytes = Map.of("postgresql", "BYTEA", "mariadb", "VARBINARY(10)").getOrDefault(dialectName, "BLOB");
        String text = dialectName.equals("mariadb") ? "VARCHAR(100) CHARACTER SET utf8mb4" : "VARCHAR(100)";
        byte[] blob = {(byte) 0xde, (byte) 0xad, 0, 1};
        try (TestDatabase db = TestDatabases.of(dialectName, dir); Connection c = db.connect();
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE lit (s " + text + ", n INTEGER, dec_value DECIMAL(10, 2), b " + bytes
                    + ", d DATE, absent INTEGER)");
            s.execute("INSERT INTO lit VALUES (" + d.literal(TRICKY) + ", " + d.literal(-42) + ", "
                    + d.literal(new BigDecimal("12.50")) + ", " + d.literal(blob) + ", "
                    + d.literal(LocalDate.of(2024, 1, 31)) + ", " + d.literal(null) + ")");
            try (ResultSet rs = s.executeQuery("SELECT s, n, dec_value, b, d, absent FROM lit")) {
                rs.next();
                assertEquals(TRICKY, rs.getString(1));
                assertEquals(-42, rs.getInt(2));
                assertEquals(0, new BigDecimal("12.50").compareTo(rs.getBigDecimal(3)));
                assertArrayEquals(blob, rs.getBytes(4));
                assertEquals("2024-01-31", rs.getString(5));
                assertEquals(null, rs.getObject(6));
            }
        }
    }
}
