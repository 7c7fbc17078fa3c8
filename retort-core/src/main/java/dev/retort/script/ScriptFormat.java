package dev.retort.script;

/** The languages a migration script can be written in. */
public enum ScriptFormat {
    JAVA("java"),
    SQL("sql");

    private final String extension;

    ScriptFormat(String extension) {
        this.extension = extension;
    }

    /** File extension without the dot. */
    public String extension() {
        return extension;
    }
}
