package dev.retort.jpa;

import dev.retort.model.ModelSource;
import dev.retort.model.ModelSourceFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Registered in {@code META-INF/services} so that {@code model_packages} finds {@link JpaModelSource}. */
public final class JpaModelSourceFactory implements ModelSourceFactory {

    @Override
    public ModelSource forPackages(ClassLoader loader, List<Path> classpath, List<String> packages) {
        return JpaModelSource.ofPackages(loader, classpath, packages);
    }

    @Override
    public ModelSource forPackages(ClassLoader loader, List<Path> classpath, List<String> packages, Map<String, String> settings) {
        return JpaModelSource.ofPackages(loader, classpath, packages).with(JpaSettings.of(settings));
    }
}
