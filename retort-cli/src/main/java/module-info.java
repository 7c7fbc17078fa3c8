/**
 * The {@code retort} command line: a thin shell over retort-core's exported API. The JDBC drivers are
 * run-time dependencies, found by {@code java.sql.DriverManager}.
 */
module dev.retort.cli {
    requires dev.retort.core;
    requires dev.retort.imports;
    requires info.picocli;
    requires java.logging;

    opens dev.retort.cli to info.picocli;
}
