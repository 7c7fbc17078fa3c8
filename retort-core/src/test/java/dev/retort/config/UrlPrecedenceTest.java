package dev.retort.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.config.UrlPrecedence.Source;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlPrecedenceTest {
    private static final Path PROJECT = Path.of("/proj");
    private static final Path CWD = Path.of("/work");

    private static RetortConfig config(String url, String user, String password) {
        Map<String, String> values = new HashMap<>();
        values.put("script_location", "migrations");
        if (url != null) {
            values.put("url", url);
        }
        if (user != null) {
            values.put("user", user);
        }
        if (password != null) {
            values.put("password", password);
        }
        return RetortConfig.of(PROJECT.resolve("retort.properties"), values);
    }

    @ParameterizedTest(name = "option={0} RETORT_URL={1} DATABASE_URL={2} file={3}")
    @CsvSource(nullValues = "-", textBlock = """
            jdbc:h2:mem:o, jdbc:h2:mem:r, jdbc:h2:mem:d, jdbc:h2:mem:f, jdbc:h2:mem:o, OPTION
            -,             jdbc:h2:mem:r, jdbc:h2:mem:d, jdbc:h2:mem:f, jdbc:h2:mem:r, RETORT_URL
            -,             -,             jdbc:h2:mem:d, jdbc:h2:mem:f, jdbc:h2:mem:d, DATABASE_URL
            -,             -,             -,             jdbc:h2:mem:f, jdbc:h2:mem:f, FILE
            """)
    void optionThenRetortUrlThenDatabaseUrlThenFile(String option, String retortUrl, String databaseUrl, String fileUrl,
                                                     String expected, Source source) {
        Map<String, String> env = new HashMap<>();
        if (retortUrl != null) {
            env.put("RETORT_URL", retortUrl);
        }
        if (databaseUrl != null) {
            env.put("DATABASE_URL", databaseUrl);
        }
        assertEquals(Optional.of(new UrlPrecedence.Choice(expected, source)),
                UrlPrecedence.choose(option, env, config(fileUrl, null, null)));
    }

    // An empty value given is a mistake (an unset secret in a deploy), never a reason to migrate the file's database.
    @ParameterizedTest(name = "option={0} RETORT_URL={1} DATABASE_URL={2}")
    @CsvSource(nullValues = "-", textBlock = """
            '',   -,   -,  --url
            '  ', -,   -,  --url
            -,    '',  -,  RETORT_URL is set but empty
            -,    -,   '', DATABASE_URL is set but empty
            -,    '',  jdbc:h2:mem:d, RETORT_URL is set but empty
            """)
    void anEmptyValueGivenIsAnErrorNotAFallBack(String option, String retortUrl, String databaseUrl, String named) {
        Map<String, String> env = new HashMap<>();
        if (retortUrl != null) {
            env.put("RETORT_URL", retortUrl);
        }
        if (databaseUrl != null) {
            env.put("DATABASE_URL", databaseUrl);
        }
        dev.retort.error.RetortException e = org.junit.jupiter.api.Assertions.assertThrows(dev.retort.error.RetortException.class,
                () -> UrlPrecedence.choose(option, env, config("jdbc:h2:mem:f", null, null)));
        assertEquals(dev.retort.error.ErrorCode.CONFIG, e.code());
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith("empty database URL (" + named), e.getMessage());
    }

    @Test
    void noUrlAnywhereIsEmpty() {
        assertEquals(Optional.empty(), UrlPrecedence.resolve(null, Map.of(), config(null, null, null), CWD));
        assertEquals(Optional.empty(), UrlPrecedence.resolve(null, Map.of(), null, CWD));
    }

    @Test
    void theFilesCredentialsFillInWhatTheUrlDoesNotSay() {
        RetortConfig config = config("postgresql://db/app", "app", "s3cret");
        assertEquals(Optional.of(new DatabaseUrl("jdbc:postgresql://db/app", "app", "s3cret")),
                UrlPrecedence.resolve(null, Map.of(), config, CWD));
        assertEquals(Optional.of(new DatabaseUrl("jdbc:postgresql://db/app", "other", "pw")),
                UrlPrecedence.resolve("postgresql://other:pw@db/app", Map.of(), config, CWD));
    }

    @Test
    void relativeSqliteFilesResolveAgainstWhereTheUrlWasWritten() {
        RetortConfig config = config("jdbc:sqlite:retort.db", null, null);
        assertEquals("jdbc:sqlite:/proj/retort.db", UrlPrecedence.resolve(null, Map.of(), config, CWD).orElseThrow().jdbcUrl());
        assertEquals("jdbc:sqlite:/work/other.db",
                UrlPrecedence.resolve("sqlite:///other.db", Map.of(), config, CWD).orElseThrow().jdbcUrl());
        assertEquals("jdbc:sqlite:/work/env.db",
                UrlPrecedence.resolve(null, Map.of("DATABASE_URL", "jdbc:sqlite:env.db"), config, CWD).orElseThrow().jdbcUrl());
    }

    @Test
    void choiceToStringHidesThePassword() {
        assertEquals("Choice[postgresql://u:***@h/db, OPTION]",
                new UrlPrecedence.Choice("postgresql://u:s3cret@h/db", Source.OPTION).toString());
    }
}
