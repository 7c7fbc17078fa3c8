package dev.retort.junit;

/** The ready-made checks, in the order {@link RetortMigrationTests} runs them. */
public enum MigrationCheck {
    /** One head: two heads mean two branches nobody merged. */
    SINGLE_HEAD("single head"),
    /** Every revision upgrades, one by one, from base to head. */
    UPGRADE("upgrade base to head"),
    /** Each revision: upgrade, downgrade, upgrade again; the schema after the downgrade is the one before the upgrade. */
    ROUND_TRIP("round trip"),
    /** At head, autogenerate finds nothing to do (only when the kit has models). */
    MODELS_MATCH("models match migrations"),
    /** Downgrade to base leaves no table but the version and history tables. */
    DOWNGRADE_TO_BASE("downgrade to base leaves no table"),
    /** Each data fixture's rows, inserted before its revision, are as expected after it (only when the kit has fixtures). */
    DATA_FIXTURES("data fixtures survive their revisions");

    private final String displayName;

    MigrationCheck(String displayName) {
        this.displayName = displayName;
    }

    /** The name test reports show. */
    public String displayName() {
        return displayName;
    }
}
