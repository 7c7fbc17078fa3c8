package dev.retort.imports.alembic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Python subset: module-level declarations in each form Alembic's templates have written, strings, bodies. */
class AlembicRevisionFileTest {

    @Test
    void readsTupleParentsLabelsDependenciesAndTheDocstring() {
        AlembicRevisionFile f = AlembicRevisionFile.parse("m.py", """
                r'''merge heads

                Revision ID: abc
                Revises: a1, b2
                Create Date: 2024-02-29 23:59:58.1
                '''
                revision: str = "abc"
                down_revision: Union[str, Sequence[str], None] = ("a1",
                                                                 'b2')  # a comment
                branch_labels = 'x,y'
                depends_on = ["d4"]
                def upgrade() -> None: pass
                """);
        assertEquals("abc", f.revision());
        assertEquals(List.of("a1", "b2"), f.revises());
        assertEquals(List.of("x", "y"), f.branchLabels());
        assertEquals(List.of("d4"), f.dependsOn());
        assertEquals("merge heads", f.message());
        assertEquals("2024-02-29T23:59:58Z", f.created());
        assertEquals(List.of(), f.upgrade());
        assertEquals(List.of(), f.downgrade());
    }

    @Test
    void decodesEscapesJoinsAdjacentLiteralsAndKeepsRawStrings() {
        AlembicConversion c = AlembicConversion.convert("m.py", """
                revision = 'r1'
                down_revision = None
                def upgrade():
                    op.execute("SELECT 'a\\\\tb', " \\
                               'x\\'y' r"\\d")
                """, f -> "M");
        assertTrue(c.javaSource().contains("op.execute(\"SELECT 'a\\\\tb', x'y\\\\d\");"), c.javaSource());
        assertEquals(List.of(), c.untranslated());
    }

    @Test
    void aFileWithNothingTranslatableThrowsBeforeAnythingRuns() {
        AlembicConversion c = AlembicConversion.convert("m.py", """
                revision = 'r1'
                down_revision = None
                def upgrade():
                    op.execute(f"UPDATE t SET a = {value}")
                    if op.get_context().dialect.name == 'postgresql':
                        op.execute('VACUUM')
                def downgrade():
                    op.drop_table('t', schema='other')
                """, f -> "M");
        assertEquals(0, c.translated());
        assertEquals(List.of(4, 5, 8), c.untranslated());
        assertTrue(c.javaSource().contains("untranslated(\"m.py lines 4, 5\");"), c.javaSource());
        assertTrue(c.javaSource().contains("untranslated(\"m.py line 8\");"), c.javaSource());
    }

    @Test
    void anUnterminatedStringNamesTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AlembicConversion.convert("m.py", "revision = 'r1'\nx = 'oops\n", f -> "M"));
        assertEquals("m.py line 2: unterminated string", e.getMessage());
    }
}
