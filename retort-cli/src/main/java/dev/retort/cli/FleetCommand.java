package dev.retort.cli;

import dev.retort.Retort;
import dev.retort.RetortBuilder;
import dev.retort.RetortFleet;
import dev.retort.config.RetortConfig;

/** A command that also runs over many targets ({@code upgrade}, {@code downgrade}, {@code stamp}, {@code current},
 * {@code status}, {@code check}): {@link FleetRun} builds the fleet and prints its report. */
interface FleetCommand {
    FleetOptions fleetOptions();

    /** What the command adds to each target's builder (lock timeout, recovery, models...). */
    default void fleetConfigure(RetortConfig config, RetortBuilder builder) {
    }

    /** The command's revision argument ({@code head}, {@code base}...), or null for a read-only command. */
    default String fleetRevision() {
        return null;
    }

    /** Throws for options that do not apply to many targets, before any target is read or started. */
    default void fleetValidate() {
    }

    /** Runs the command over the fleet. */
    RetortFleet.Report runFleet(RetortFleet fleet);
}
