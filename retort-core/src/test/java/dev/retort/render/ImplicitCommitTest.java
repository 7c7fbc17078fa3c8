package dev.retort.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.dialect.SqlSyntax;
import dev.retort.dialect.h2.H2Dialect;
import dev.retort.dialect.mariadb.MariaDbDialect;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImplicitCommitTest {
    private static final SqlSyntax MARIADB = new MariaDbDialect().sqlSyntax();
    private static final SqlSyntax H2 = new H2Dialect().sqlSyntax();

    static Stream<Arguments> firstKeywords() {
        return Stream.of(
                Arguments.of(H2, "create table t (x int)", "CREATE"),
                Arguments.of(H2, "  -- note\n/* a /* nested */ b */ (ALTER TABLE t)", "ALTER"),
                Arguments.of(H2, "insert into t values (1)", "INSERT"),
                Arguments.of(H2, "'CREATE'", ""),
                Arguments.of(H2, "DROP2 x", "DROP"),
                Arguments.of(MARIADB, "# note\nCREATE TABLE t (x int)", "CREATE"),
                Arguments.of(MARIADB, "/* a /* b */ CREATE", "CREATE"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("firstKeywords")
    void readsTheFirstKeywordPastCommentsAndParentheses(SqlSyntax syntax, String sql, String keyword) {
        assertEquals(keyword, ImplicitCommit.firstKeyword(sql, syntax));
    }
}
