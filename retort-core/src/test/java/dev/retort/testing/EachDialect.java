package dev.retort.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The base of a dialect contract test: every test of a subclass runs once against each real database of
 * {@link TestDatabases#DIALECTS}, so a dialect added to that list must pass them all. The dialect contract
 * suite is built on it: {@code InspectionContractTest} (inspection, with one fixture per database),
 * {@code LockContractTest} (migration locks) and {@code IdentifierRoundTripTest} (quoting); operations run
 * on every database in {@code OpIntegrationTest} through {@link TestDatabases#dialects()}.
 *
 * <pre>{@code
 * class QuotingContractTest extends EachDialect {
 *     @Test
 *     void quotesWhatItMust() throws Exception {
 *         try (TestDatabase db = database(); Connection c = db.connect()) { ... dialect ... }
 *     }
 * }
 * }</pre>
 */
@ParameterizedClass(name = "{0}")
@MethodSource("dev.retort.testing.TestDatabases#dialects")
public abstract class EachDialect {
    /** The dialect of this run: {@code postgresql}, {@code mariadb}, {@code sqlite} or {@code h2}. */
    @Parameter
    protected String dialect;

    @TempDir
    protected Path dir;

    /** A fresh database of this run's dialect, dropped when closed. */
    protected TestDatabase database() {
        return TestDatabases.of(dialect, dir);
    }
}
