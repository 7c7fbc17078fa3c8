package dev.retort.model;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.schema.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * Builds the {@link ModelSource} a {@link ModelConfig} describes. Each {@link ModelSource#load()} opens
 * a class loader over the model classpath (the application's classes stay visible behind it), reads the
 * models, and closes it again.
 *
 * <pre>{@code
 * Schema expected = ModelSources.of(ModelConfig.definition(List.of(Path.of("build/classes")), "com.example.AppSchema")).load();
 * }</pre>
 */
public final class ModelSources {
    private ModelSources() {
    }

    /** The source for {@code config}, with Retort's own class loader behind the model classpath. */
    public static ModelSource of(ModelConfig config) {
        return of(config, ModelSources.class.getClassLoader());
    }

    /** The source for {@code config}, with {@code parent} behind the model classpath. */
    public static ModelSource of(ModelConfig config, ClassLoader parent) {
        NamingTemplates names = NamingTemplates.of(config.settings());
        if (config.className() != null) {
            return () -> names.apply(withLoader(config.classpath(), parent, context -> define(context, config)));
        }
        return () -> names.apply(withLoader(config.classpath(), parent, context -> scan(context, config)));
    }

    private static Schema withLoader(List<Path> classpath, ClassLoader parent, Function<Context, Schema> task) {
        List<Path> entries = expand(classpath);
        URL[] urls = new URL[entries.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = entries.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new RetortException(ErrorCode.CONFIG, ModelConfig.CLASSPATH_KEY + " entry " + entries.get(i)
                        + " is not a valid location: " + e.getMessage(), e);
            }
        }
        try (URLClassLoader loader = new URLClassLoader("retort-models", urls, parent)) {
            return task.apply(new Context(loader, entries));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Context(ClassLoader loader, List<Path> entries) {
    }

    private static Schema define(Context context, ModelConfig config) {
        String name = config.className();
        String where = context.entries().isEmpty() ? "the classpath" : ModelConfig.CLASSPATH_KEY + " " + context.entries();
        Class<?> type;
        try {
            type = Class.forName(name, true, context.loader());
        } catch (ClassNotFoundException e) {
            throw new RetortException(ErrorCode.CONFIG, ModelConfig.CLASS_KEY + " " + name + " is not on " + where
                    + "; compile it and add its directory or jar to " + ModelConfig.CLASSPATH_KEY, e);
        } catch (LinkageError e) {
            throw new RetortException(ErrorCode.CONFIG, "cannot load " + ModelConfig.CLASS_KEY + " " + name + ": " + e
                    + "; add what it needs to " + ModelConfig.CLASSPATH_KEY, e);
        }
        if (!SchemaDefinition.class.isAssignableFrom(type)) {
            throw new RetortException(ErrorCode.CONFIG, ModelConfig.CLASS_KEY + " " + name + " does not implement "
                    + SchemaDefinition.class.getName() + "; add 'implements SchemaDefinition' and a 'Schema define()' method");
        }
        SchemaDefinition definition;
        try {
            definition = (SchemaDefinition) type.getConstructor().newInstance();
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new RetortException(ErrorCode.CONFIG, ModelConfig.CLASS_KEY + " " + name
                    + " needs a public no-argument constructor in a public class", e);
        } catch (InstantiationException e) {
            throw new RetortException(ErrorCode.CONFIG, ModelConfig.CLASS_KEY + " " + name + " is abstract; name a concrete class", e);
        } catch (InvocationTargetException e) {
            throw failed(name + "'s constructor", e.getCause());
        }
        Schema schema;
        try {
            schema = definition.define();
        } catch (RetortException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failed(name + ".define()", e);
        }
        if (schema == null) {
            throw new RetortException(ErrorCode.CONFIG, name + ".define() returned null; return a Schema, e.g. schema(table(...))");
        }
        return schema;
    }

    private static RetortException failed(String what, Throwable cause) {
        String detail = cause instanceof IllegalArgumentException || cause instanceof IllegalStateException
                ? cause.getMessage() : cause.toString();
        return new RetortException(ErrorCode.CONFIG, what + " failed: " + detail, cause);
    }

    private static Schema scan(Context context, ModelConfig config) {
        ModelSourceFactory factory;
        try {
            factory = ServiceLoader.load(ModelSourceFactory.class, context.loader()).findFirst().orElse(null);
        } catch (ServiceConfigurationError e) {
            throw new RetortException(ErrorCode.CONFIG, "cannot start the entity reader: " + e.getMessage(), e);
        }
        if (factory == null) {
            throw new RetortException(ErrorCode.CONFIG, ModelConfig.PACKAGES_KEY
                    + " needs retort-jpa on the classpath; add the retort-jpa jar to " + ModelConfig.CLASSPATH_KEY
                    + ", or use " + ModelConfig.CLASS_KEY + " with a SchemaDefinition");
        }
        return factory.forPackages(context.loader(), context.entries(), config.packages(), config.settings()).load();
    }

    /** Checks that each entry exists and expands {@code dir/*} to the jars in {@code dir}, sorted by name. */
    static List<Path> expand(List<Path> classpath) {
        List<Path> entries = new ArrayList<>();
        for (Path entry : classpath) {
            Path name = entry.getFileName();
            if (name != null && name.toString().equals("*")) {
                Path dir = entry.getParent();
                requireExists(dir);
                List<Path> jars = new ArrayList<>();
                try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.{jar,JAR}")) {
                    stream.forEach(jars::add);
                } catch (IOException e) {
                    throw new RetortException(ErrorCode.CONFIG, "cannot list " + dir + ": " + e.getMessage(), e);
                }
                jars.sort(null);
                entries.addAll(jars);
            } else {
                requireExists(entry);
                entries.add(entry);
            }
        }
        return entries;
    }

    private static void requireExists(Path entry) {
        if (!Files.exists(entry)) {
            throw new RetortException(ErrorCode.CONFIG, ModelConfig.CLASSPATH_KEY + " entry " + entry
                    + " does not exist; entries are relative to retort.properties, and classes must be compiled first");
        }
    }
}
