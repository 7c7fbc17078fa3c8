package dev.retort.bench;

import java.nio.file.Path;
import java.util.Map;
import liquibase.Scope;
import liquibase.command.CommandResults;
import liquibase.command.CommandScope;
import liquibase.resource.DirectoryResourceAccessor;

/**
 * What `liquibase update` does, through Liquibase's public command API: applies the changesets of
 * CHANGELOG (a path relative to DIR, which is the search path) not yet recorded in DATABASECHANGELOG.
 *
 * <pre>java -jar liquibase-bench.jar DIR CHANGELOG JDBC_URL</pre>
 * or {@code --version}: prints Liquibase's version (start-up alone, as {@code liquibase --version}).
 */
public final class LiquibaseUpdate {
    private LiquibaseUpdate() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("--version")) {
            System.out.println("Liquibase " + liquibase.util.LiquibaseUtil.getBuildVersion());
            return;
        }
        if (args.length != 3) {
            System.err.println("usage: LiquibaseUpdate DIR CHANGELOG JDBC_URL");
            System.exit(2);
        }
        Map<String, Object> scope = Map.of(
                Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(Path.of(args[0])));
        CommandResults[] results = new CommandResults[1];
        Scope.child(scope, () -> {
            results[0] = new CommandScope("update")
                    .addArgumentValue("changelogFile", args[1])
                    .addArgumentValue("url", args[2])
                    .execute();
        });
        System.out.println("liquibase: update done " + results[0].getResults().keySet());
    }
}
