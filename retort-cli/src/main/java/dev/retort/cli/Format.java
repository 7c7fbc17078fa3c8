package dev.retort.cli;

import java.util.Locale;

/** The {@code --format} values. */
enum Format {
    JAVA, SQL;

    String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
