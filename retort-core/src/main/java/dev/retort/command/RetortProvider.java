package dev.retort.command;

import dev.retort.Retort;
import dev.retort.RetortSettings;
import dev.retort.script.ScriptTemplates;
import java.nio.file.Path;
import java.util.List;

/** Plugs the command layer into {@link Retort#builder()} and {@link Retort#init(Path)}, through ServiceLoader. */
public final class RetortProvider implements Retort.Provider {
    @Override
    public Retort open(RetortSettings settings) {
        return new RetortCommands(settings);
    }

    @Override
    public List<Path> init(Path location) {
        return ScriptTemplates.init(location);
    }
}
