package dev.retort.cli;

import dev.retort.config.RetortConfig;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code retort init DIR}: a new migration environment. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create a migration environment: DIR, DIR/versions/, the script templates, and retort.properties.")
final class InitCommand extends BaseCommand {
    @Parameters(paramLabel = "DIR", description = "Folder for the scripts, such as migrations.")
    String directory;

    @Option(names = "--format", paramLabel = "java|sql", defaultValue = "java",
            description = "Default format of new scripts (revision_format); default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    void execute() {
        Path config = root.config == null
                ? invocation().cwd().resolve(RetortConfig.FILE_NAME)
                : invocation().resolve(root.config);
        new Scaffold(invocation(), this::info).create(invocation().resolve(directory), config, format.value());
    }
}
