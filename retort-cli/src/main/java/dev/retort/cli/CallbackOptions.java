package dev.retort.cli;

import dev.retort.RetortBuilder;
import dev.retort.config.RetortConfig;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Java callbacks of {@code retort.properties}: {@code callbacks = com.example.Audit, com.example.Grants} (classes
 * implementing {@code dev.retort.Callback}) and {@code callback_classpath = build/classes:lib/audit.jar} (folders and
 * jars holding them, relative to the file). SQL callbacks need no key: they are the files of {@code callbacks/}.
 */
final class CallbackOptions {
    static final String CALLBACKS_KEY = "callbacks";
    static final String CLASSPATH_KEY = "callback_classpath";

    private CallbackOptions() {
    }

    static void apply(RetortConfig config, RetortBuilder builder) {
        List<String> names = config.property(CALLBACKS_KEY).stream()
                .flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (names.isEmpty()) {
            return;
        }
        builder.callbackClasses(names);
        config.property(CLASSPATH_KEY).ifPresent(classpath -> builder.classLoader(
                new URLClassLoader(urls(classpath, config.file().getParent()), CallbackOptions.class.getClassLoader())));
    }

    private static URL[] urls(String classpath, Path directory) {
        List<URL> urls = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                try {
                    urls.add(directory.resolve(entry.strip()).normalize().toUri().toURL());
                } catch (MalformedURLException e) {
                    throw new RetortException(ErrorCode.CONFIG, CLASSPATH_KEY + ": bad entry '" + entry + "': "
                            + e.getMessage(), e);
                }
            }
        }
        return urls.toArray(URL[]::new);
    }
}
