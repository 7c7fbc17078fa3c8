package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.RevisionInfo;
import dev.retort.Direction;
import dev.retort.MigrationStep;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The formats of history, heads, current, branches, verbose entries and progress lines. */
class OutputTest {
    private static final Path CWD = Path.of("/proj");

    private static RevisionInfo rev(String id, List<String> revises, String message, boolean head, boolean branchPoint,
                                    boolean current) {
        return new RevisionInfo(id, revises, List.of(), Set.of(), List.of(), message, "2026-11-25T10:00:00Z",
                CWD.resolve("migrations/versions/" + id + "_x.java"), head, branchPoint, revises.size() > 1, current);
    }

    @Test
    void historyLines() {
        assertEquals("<base> -> 1975ea83b712 (head), create account table",
                RevisionLine.history(rev("1975ea83b712", List.of(), "create account table", true, false, false)));
        assertEquals("1975ea83b712 -> 523dbb60ecfe (current), update free plan tokens",
                RevisionLine.history(rev("523dbb60ecfe", List.of("1975ea83b712"), "update free plan tokens", false, false, true)));
        assertEquals("(ae1027a6acf, 27c6a30d7c24) -> 53fffde5ad5 (head) (mergepoint), merge",
                RevisionLine.history(rev("53fffde5ad5", List.of("ae1027a6acf", "27c6a30d7c24"), "merge", true, false, false)));
        assertEquals("<base> -> 1975ea83b712 (branchpoint), create account table",
                RevisionLine.history(rev("1975ea83b712", List.of(), "create account table", false, true, false)));
        RevisionInfo labelled = new RevisionInfo("27c6a30d7c24", List.of("1975ea83b712"), List.of("ae1027a6acf"),
                Set.of("shoppingcart", "cart"), List.of(), "add shopping cart", "", null, true, false, false, true);
        assertEquals("1975ea83b712 (ae1027a6acf) -> 27c6a30d7c24 (cart, shoppingcart) (head) (current), add shopping cart",
                RevisionLine.history(labelled));
        assertEquals("27c6a30d7c24 (cart, shoppingcart) (head) (current)", RevisionLine.head(labelled));
        assertEquals("27c6a30d7c24 (cart, shoppingcart) (head)", RevisionLine.current(labelled));
    }

    @Test
    void verboseEntry() {
        RevisionInfo r = new RevisionInfo("53fffde5ad5", List.of("ae1027a6acf", "27c6a30d7c24"), List.of("0a1b"),
                Set.of("main"), List.of(), "merge\n\nbecause two teams", "2026-11-25T10:00:00Z",
                CWD.resolve("migrations/versions/53fffde5ad5_merge.java"), true, false, true, true);
        assertEquals("""
                Rev: 53fffde5ad5 (head) (mergepoint) (current)
                Merges: ae1027a6acf, 27c6a30d7c24
                Also depends on: 0a1b
                Branch names: main
                Path: migrations/versions/53fffde5ad5_merge.java

                    merge

                    because two teams

                    Revision ID: 53fffde5ad5
                    Revises: ae1027a6acf, 27c6a30d7c24
                    Create Date: 2026-11-25T10:00:00Z
                """, RevisionEntry.format(r, new Invocation(CWD, java.util.Map.of(), null, null, null)::display));
        RevisionInfo base = new RevisionInfo("1975ea83b712", List.of(), List.of(), Set.of(), List.of("a", "b"),
                "create account table", "", Path.of("/elsewhere/x.sql"), false, true, false, false);
        assertEquals("""
                Rev: 1975ea83b712 (branchpoint)
                Parent: <base>
                Branches into: a, b
                Path: /elsewhere/x.sql

                    create account table

                    Revision ID: 1975ea83b712
                    Revises:
                """, RevisionEntry.format(base, new Invocation(CWD, java.util.Map.of(), null, null, null)::display));
    }

    @Test
    void progressLines() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StepPrinter printer = new StepPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String create = "create account table";
        String update = "update free plan tokens";
        MigrationStep up1 = new MigrationStep("1975ea83b712", Direction.UPGRADE, List.of(), List.of("1975ea83b712"), create);
        MigrationStep up2 = new MigrationStep("523dbb60ecfe", Direction.UPGRADE, List.of("1975ea83b712"),
                List.of("523dbb60ecfe"), update);
        MigrationStep down = new MigrationStep("523dbb60ecfe", Direction.DOWNGRADE, List.of("523dbb60ecfe"),
                List.of("1975ea83b712"), update);
        MigrationStep downToBase = new MigrationStep("1975ea83b712", Direction.DOWNGRADE, List.of("1975ea83b712"),
                List.of(), create);
        MigrationStep upMerge = new MigrationStep("53fffde5ad5", Direction.UPGRADE, List.of("ae1027a6acf", "27c6a30d7c24"),
                List.of("53fffde5ad5"), "");
        for (MigrationStep step : List.of(up1, up2, down, downToBase, upMerge)) {
            printer.stepStarting(step);
            printer.stepFinished(step, Duration.ofMillis(12));
        }
        printer.stepStarting(up1); // fails: no stepFinished
        printer.endLine();
        printer.endLine();
        assertEquals("""
                Running upgrade <base> -> 1975ea83b712, create account table (12 ms)
                Running upgrade 1975ea83b712 -> 523dbb60ecfe, update free plan tokens (12 ms)
                Running downgrade 523dbb60ecfe -> 1975ea83b712, update free plan tokens (12 ms)
                Running downgrade 1975ea83b712 -> <base>, create account table (12 ms)
                Running upgrade ae1027a6acf, 27c6a30d7c24 -> 53fffde5ad5 (12 ms)
                Running upgrade <base> -> 1975ea83b712, create account table
                """, bytes.toString(StandardCharsets.UTF_8));
    }
}
