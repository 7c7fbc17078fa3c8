package dev.retort.cli;

/** A read-only command that also runs over many targets ({@code current}, {@code status}, {@code check}). */
abstract class ReadingFleetCommand extends BaseCommand implements FleetCommand {
    @picocli.CommandLine.Mixin
    FleetOptions fleet = new FleetOptions();

    @Override
    public final FleetOptions fleetOptions() {
        return fleet;
    }
}
