package dev.retort.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            postgresql://app:s3cret@db:5432/app                | postgresql://app:***@db:5432/app
            postgres://app:s3cret@db/app?sslmode=require       | postgres://app:***@db/app?sslmode=require
            postgresql+psycopg2://app:s3cret@db/app            | postgresql+psycopg2://app:***@db/app
            mysql://root:s3cret@127.0.0.1:3306/app             | mysql://root:***@127.0.0.1:3306/app
            jdbc:postgresql://app:s3cret@db/app                | jdbc:postgresql://app:***@db/app
            postgresql://app:p@ss@db/app                       | postgresql://app:***@db/app
            postgresql://app:p%40ss@db/app                     | postgresql://app:***@db/app
            postgresql://app@db/app                            | postgresql://app@db/app
            postgresql://db:5432/app                           | postgresql://db:5432/app
            jdbc:postgresql://db/app?user=app&password=s3cret  | jdbc:postgresql://db/app?user=app&password=***
            jdbc:postgresql://db/app?password=s3cret&ssl=true  | jdbc:postgresql://db/app?password=***&ssl=true
            jdbc:mariadb://db/app?user=root&PASSWORD=s3cret    | jdbc:mariadb://db/app?user=root&PASSWORD=***
            jdbc:h2:mem:x;USER=sa;PASSWORD=s3cret;MODE=MySQL   | jdbc:h2:mem:x;USER=sa;PASSWORD=***;MODE=MySQL
            jdbc:sqlserver://db;user=sa;pwd=s3cret             | jdbc:sqlserver://db;user=sa;pwd=***
            jdbc:mysql://db/app?sslpassword=s3cret             | jdbc:mysql://db/app?sslpassword=***
            jdbc:x://db?keystorePassword=s3cret&a=b            | jdbc:x://db?keystorePassword=***&a=b
            "cannot connect to 'postgresql://u:s3cret@h/db'"   | "cannot connect to 'postgresql://u:***@h/db'"
            "two: mysql://a:s3cret@h/x and mysql://b:s3cret@h" | "two: mysql://a:***@h/x and mysql://b:***@h"
            password=s3cret given                              | password=*** given
            "empty: jdbc:x://h?password=&user=u"               | "empty: jdbc:x://h?password=&user=u"
            no secret here                                     | no secret here
            """)
    void hidesPasswordsInEveryUrlShape(String text, String expected) {
        assertEquals(expected, Redaction.redact(text));
        assertFalse(Redaction.redact(text).contains("s3cret"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            FATAL: password authentication failed (s3cret)        | s3cret   | FATAL: password authentication failed (***)
            bad login 'p@ss w/rd' for u                           | p@ss w/rd | bad login '***' for u
            url had p%40ss%20w%2Frd in it                         | p@ss w/rd | url had *** in it
            url had p%40ss+w%2Frd in it                           | p@ss w/rd | url had *** in it
            nothing to hide                                       | s3cret   | nothing to hide
            """)
    void hidesKnownSecretsAnywhere(String text, String secret, String expected) {
        assertEquals(expected, Redaction.redact(text, List.of(secret)));
    }

    @org.junit.jupiter.api.Test
    void ignoresEmptyAndNullSecretsAndText() {
        assertEquals("abc", Redaction.redact("abc", java.util.Arrays.asList("", null)));
        assertEquals(null, Redaction.redact(null));
        assertEquals("", Redaction.redact(""));
    }
}
