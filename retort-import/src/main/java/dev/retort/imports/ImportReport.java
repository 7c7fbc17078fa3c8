package dev.retort.imports;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import wrote: one entry per source file, and the configuration file.
 *
 * @param files  per source file, in revision order where known
 * @param config the configuration file written, or null when one existed and was left alone
 */
public record ImportReport(List<FileResult> files, Path config) {
    public ImportReport {
        files = List.copyOf(files);
    }

    /** How much of a file became Retort op calls or SQL. */
    public enum Status {
        /** Everything; the script runs as it is. */
        TRANSLATED,
        /** Some statements stayed Python in comments; the script throws until someone translates them. */
        PARTLY,
        /** Nothing was translated. */
        NOT,
        /** Not imported (a Flyway repeatable script). */
        SKIPPED
    }

    /**
     * @param source  the file read
     * @param written the script written, or null
     * @param status  how much was translated
     * @param detail  the file lines left untranslated, or why the file was skipped; empty when none
     */
    public record FileResult(Path source, Path written, Status status, String detail) { }

    public long count(Status status) {
        return files.stream().filter(f -> f.status() == status).count();
    }
}
