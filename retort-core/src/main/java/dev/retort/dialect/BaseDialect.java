package dev.retort.dialect;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The shared rules of quoting and literals; each database's dialect states only how it differs.
 *
 * <p>An identifier is left bare when it is plain ({@code [A-Za-z_][A-Za-z0-9_]*}, ASCII only), already
 * in the case the database folds bare names to, and not a reserved word; otherwise it is wrapped in
 * {@link #quoteChar()} with that character doubled inside. So {@code users} stays {@code users} on
 * PostgreSQL and becomes {@code "users"} on H2, which would otherwise store it as {@code USERS}.
 */
public abstract class BaseDialect implements Dialect {
    /** How a database stores a bare (unquoted) identifier. */
    protected enum Folding {
        LOWER, UPPER, NONE
    }

    private final String name;
    private final List<String> urlPrefixes;
    private final Set<String> reservedWords;

    /**
     * @param reservedWords upper-case words that must be quoted when used as identifiers
     */
    protected BaseDialect(String name, List<String> urlPrefixes, Set<String> reservedWords) {
        this.name = Objects.requireNonNull(name, "name");
        this.urlPrefixes = List.copyOf(urlPrefixes);
        this.reservedWords = Set.copyOf(reservedWords);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public List<String> urlPrefixes() {
        return urlPrefixes;
    }

    @Override
    public boolean acceptsUrl(String jdbcUrl) {
        if (jdbcUrl == null) {
            return false;
        }
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        return urlPrefixes.stream().anyMatch(lower::startsWith);
    }

    /** The case bare identifiers fold to. */
    protected abstract Folding folding();

    /** The character that quotes identifiers: {@code "} by the SQL standard. */
    protected char quoteChar() {
        return '"';
    }

    @Override
    public String quote(String identifier) {
        if (identifier == null || identifier.isEmpty()) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT, "an identifier cannot be empty");
        }
        if (identifier.indexOf('\0') >= 0) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT,
                    "identifier " + identifier.replace('\0', '?') + " holds a NUL character, which no database accepts");
        }
        if (isBare(identifier)) {
            return identifier;
        }
        String q = String.valueOf(quoteChar());
        return q + identifier.replace(q, q + q) + q;
    }

    /** True when {@code word} is reserved here (compared ignoring case). */
    public boolean isReserved(String word) {
        return reservedWords.contains(word.toUpperCase(Locale.ROOT));
    }

    private boolean isBare(String id) {
        char first = id.charAt(0);
        if (!(isAsciiLetter(first) || first == '_')) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(isAsciiLetter(c) || c == '_' || (c >= '0' && c <= '9'))) {
                return false;
            }
            if (folding() == Folding.LOWER && c >= 'A' && c <= 'Z') {
                return false;
            }
            if (folding() == Folding.UPPER && c >= 'a' && c <= 'z') {
                return false;
            }
        }
        return !isReserved(id);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    @Override
    public String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof CharSequence || value instanceof Character || value instanceof UUID) {
            return stringLiteral(value.toString());
        }
        if (value instanceof Boolean b) {
            return booleanLiteral(b);
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new RetortException(ErrorCode.BAD_ARGUMENT, "cannot write " + value
                        + " as an SQL literal for " + name + "; write it into the statement's SQL instead");
            }
            return value.toString();
        }
        if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long
                || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof byte[] bytes) {
            return bytesLiteral(HexFormat.of().withUpperCase().formatHex(bytes));
        }
        if (value instanceof LocalDate d) {
            return dateLiteral(d.toString());
        }
        if (value instanceof LocalTime t) {
            return timeLiteral(time(t));
        }
        if (value instanceof LocalDateTime t) {
            return timestampLiteral(timestamp(t));
        }
        if (value instanceof OffsetDateTime t) {
            return offsetTimestampLiteral(t);
        }
        if (value instanceof ZonedDateTime t) {
            return offsetTimestampLiteral(t.toOffsetDateTime());
        }
        if (value instanceof Instant t) {
            return offsetTimestampLiteral(t.atOffset(ZoneOffset.UTC));
        }
        if (value instanceof Enum<?> e) {
            return stringLiteral(e.name());
        }
        throw new RetortException(ErrorCode.BAD_ARGUMENT, "cannot write a " + value.getClass().getName()
                + " as an SQL literal for " + name + "; pass a String, number, Boolean, byte[] or java.time value");
    }

    /** A string in single quotes, quotes doubled. */
    protected String stringLiteral(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    protected String booleanLiteral(boolean b) {
        return b ? "TRUE" : "FALSE";
    }

    /** @param hex upper-case hex digits of the bytes */
    protected String bytesLiteral(String hex) {
        return "X'" + hex + "'";
    }

    protected String dateLiteral(String isoDate) {
        return "DATE '" + isoDate + "'";
    }

    protected String timeLiteral(String time) {
        return "TIME '" + time + "'";
    }

    protected String timestampLiteral(String timestamp) {
        return "TIMESTAMP '" + timestamp + "'";
    }

    /** A moment with an offset; by default {@code TIMESTAMP WITH TIME ZONE '... +01:00'}. */
    protected String offsetTimestampLiteral(OffsetDateTime t) {
        return "TIMESTAMP WITH TIME ZONE '" + timestamp(t.toLocalDateTime()) + t.getOffset().getId().replace("Z", "+00:00") + "'";
    }

    /** The moment in UTC, for databases without a time zone type. */
    protected static String utcTimestamp(OffsetDateTime t) {
        return timestamp(t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
    }

    /** {@code 2024-01-31 13:05:00}, with a fraction of a second only when there is one. */
    protected static String timestamp(LocalDateTime t) {
        return t.toLocalDate() + " " + time(t.toLocalTime());
    }

    /** {@code 13:05:00}, with a fraction of a second only when there is one. */
    protected static String time(LocalTime t) {
        String s = String.format(Locale.ROOT, "%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
        if (t.getNano() == 0) {
            return s;
        }
        String fraction = String.format(Locale.ROOT, "%09d", t.getNano()).replaceAll("0+$", "");
        return s + "." + fraction;
    }

    @Override
    public String toString() {
        return name;
    }
}
