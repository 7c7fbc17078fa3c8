package dev.retort.command;

import dev.retort.migrate.MigrationSource;

/** A {@link MigrationSource} built over another, whose checksums and descriptions it keeps. */
abstract class SourceOver implements MigrationSource {
    /** The source this one loads through. */
    protected final MigrationSource source;

    SourceOver(MigrationSource source) {
        this.source = source;
    }

    @Override
    public final String checksum(String revision) {
        return source.checksum(revision);
    }

    @Override
    public final String describe(String revision) {
        return source.describe(revision);
    }
}
