package dev.retort.maven;

import dev.retort.MigrationListener;
import dev.retort.MigrationStep;
import dev.retort.Retort;
import dev.retort.RetortBuilder;
import dev.retort.config.Redaction;
import dev.retort.error.RetortException;
import java.io.File;
import java.nio.file.Path;
import java.sql.Driver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * What every goal shares: the configuration (POM, {@code retort.properties}, environment, {@code settings.xml}),
 * {@code -Dretort.skip}, and the one-line failure: a Retort error fails the build with its message, passwords
 * masked, and no stack trace unless Maven runs with {@code -e}.
 */
abstract class AbstractRetortMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${settings}", readonly = true)
    private Settings settings;

    @Component
    private SettingsDecrypter decrypter;

    /** A {@code retort.properties}; default the project folder's, when there is one. */
    @Parameter(property = "retort.configFile")
    private File configFile;

    /** The folder holding {@code versions/}; wins over the file's {@code script_location}. */
    @Parameter(property = "retort.scriptLocation")
    private File scriptLocation;

    /** The database URL; wins over {@code RETORT_URL}, {@code DATABASE_URL} and the file's {@code url} (the CLI's {@code --url}). */
    @Parameter(property = "retort.url")
    private String url;

    @Parameter(property = "retort.user")
    private String user;

    /** Better: {@code <serverId>}, or {@code ${env.DB_PASSWORD}}; never printed. */
    @Parameter
    private String password;

    /** A {@code <server>} of {@code settings.xml} whose username and password log in (encrypted passwords work). */
    @Parameter(property = "retort.serverId")
    private String serverId;

    @Parameter(property = "retort.versionTable")
    private String versionTable;

    @Parameter(property = "retort.versionTableSchema")
    private String versionTableSchema;

    /** Where compiled Java scripts are cached. */
    @Parameter(property = "retort.cacheDir")
    private File cacheDir;

    /** For {@code check} and {@code revision -Dretort.autogenerate}: a {@code SchemaDefinition} among the project's classes. */
    @Parameter(property = "retort.modelClass")
    private String modelClass;

    /** Or: packages of JPA {@code @Entity} classes, comma-separated. */
    @Parameter(property = "retort.modelPackages")
    private String modelPackages;

    /** Tables to compare ({@code *}, {@code ?}), comma-separated, as {@code autogenerate_include_tables}. */
    @Parameter(property = "retort.includeTables")
    private String includeTables;

    /** Tables to leave alone, as {@code autogenerate_exclude_tables}. */
    @Parameter(property = "retort.excludeTables")
    private String excludeTables;

    /**
     * Values of {@code ${name}} in SQL scripts ({@code Op.arguments()} in Java ones), as {@code -x}:
     * {@code <placeholders><schema>billing</schema></placeholders>}; they win over {@code RETORT_PLACEHOLDER_NAME}
     * and the file's {@code placeholders.name}.
     */
    @Parameter
    private Map<String, String> placeholders;

    /** Skips the goal. */
    @Parameter(property = "retort.skip", defaultValue = "false")
    private boolean skip;

    private final Set<String> secrets = new LinkedHashSet<>();

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Retort (retort.skip)");
            return;
        }
        registerDrivers();
        try {
            RetortSetup setup = new RetortSetup(settings(), System.getenv());
            secrets.addAll(setup.secrets());
            run(setup);
        } catch (RetortException e) {
            throw new MojoFailureException(redact(e.getMessage()));
        }
    }

    /** The goal itself. */
    protected abstract void run(RetortSetup setup) throws MojoExecutionException, MojoFailureException;

    /** Whether the goal compares with the models, so needs the project's classes. */
    protected boolean usesModels() {
        return false;
    }

    /** Opens Retort; {@code models} adds the models on the project's class path. */
    protected Retort open(RetortSetup setup, boolean needsDatabase, boolean models) {
        RetortBuilder builder = setup.builder(needsDatabase);
        secrets.addAll(setup.secrets());
        if (models) {
            setup.models(builder, getClass().getClassLoader());
        }
        builder.listener(new MigrationListener() {
            @Override
            public void stepFinished(MigrationStep step, Duration took) {
                info("Running " + step.describe() + " (" + took.toMillis() + " ms)");
            }
        });
        return builder.build();
    }

    protected String redact(String text) {
        return Redaction.redact(text == null ? "" : text, secrets);
    }

    protected void info(String line) {
        getLog().info(redact(line));
    }

    private RetortSetup.PluginSettings settings() throws MojoExecutionException {
        String u = user;
        String p = password;
        if (serverId != null && !serverId.isBlank()) {
            Server server = server(serverId);
            u = server.getUsername() != null ? server.getUsername() : u;
            p = server.getPassword() != null ? server.getPassword() : p;
        }
        if (p != null) {
            secrets.add(p);
        }
        return new RetortSetup.PluginSettings(project.getBasedir().toPath(), path(configFile), path(scriptLocation), url,
                u, p, versionTable, versionTableSchema, path(cacheDir), modelClass, modelPackages, includeTables,
                excludeTables, usesModels() ? projectClasspath() : List.of(), placeholders);
    }

    private Server server(String id) throws MojoExecutionException {
        Server server = settings == null ? null : settings.getServer(id);
        if (server == null) {
            throw new MojoExecutionException("no <server> with id '" + id + "' in settings.xml (<serverId>)");
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MojoExecutionException("cannot decrypt the password of <server> '" + id + "': " + problem.getMessage());
            }
        }
        return result.getServer();
    }

    /** The project's compiled classes and runtime dependencies: where its models are. */
    private List<Path> projectClasspath() throws MojoExecutionException {
        try {
            List<Path> entries = new ArrayList<>();
            for (String element : project.getRuntimeClasspathElements()) {
                entries.add(Path.of(element));
            }
            return entries;
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("cannot resolve the project's runtime class path: " + e.getMessage(), e);
        }
    }

    /** JDBC drivers among the plugin's dependencies register themselves when loaded. */
    private void registerDrivers() {
        Iterator<Driver> drivers = ServiceLoader.load(Driver.class, getClass().getClassLoader()).iterator();
        while (true) {
            try {
                if (!drivers.hasNext()) {
                    return;
                }
                drivers.next();
            } catch (ServiceConfigurationError e) {
                getLog().debug("skipping a JDBC driver that does not load: " + e.getMessage());
            }
        }
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath().toAbsolutePath();
    }
}
