package dev.retort.junit;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The {@link MigrationKit} of a {@link RetortMigrationTests} class: from its {@link RetortKit} method, or its annotation. */
final class KitFactory {
    private KitFactory() {
    }

    static MigrationKit create(Class<?> type) throws Throwable {
        List<Method> methods = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(RetortKit.class)) {
                    methods.add(m);
                }
            }
        }
        if (methods.size() > 1) {
            throw new IllegalStateException(type.getName() + " has " + methods.size() + " @RetortKit methods; keep one");
        }
        if (methods.isEmpty()) {
            return fromAnnotation(type, type.getAnnotation(RetortMigrationTests.class));
        }
        Method method = methods.get(0);
        if (method.getParameterCount() != 0 || !MigrationKit.class.isAssignableFrom(method.getReturnType())) {
            throw new IllegalStateException(type.getName() + "." + method.getName()
                    + ": a @RetortKit method takes no parameters and returns a MigrationKit");
        }
        method.setAccessible(true);
        Object instance = Modifier.isStatic(method.getModifiers()) ? null : instantiate(type);
        try {
            MigrationKit kit = (MigrationKit) method.invoke(instance);
            if (kit == null) {
                throw new IllegalStateException(type.getName() + "." + method.getName() + " returned null, not a MigrationKit");
            }
            return kit;
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Object instantiate(Class<?> type) throws Throwable {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getName() + " needs a no-argument constructor for its @RetortKit method", e);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static MigrationKit fromAnnotation(Class<?> type, RetortMigrationTests annotation) {
        MigrationKit.Builder builder = MigrationKit.builder();
        if (!annotation.scriptLocation().isBlank()) {
            builder.scriptLocation(Path.of(annotation.scriptLocation()));
        } else if (!annotation.classpathLocation().isBlank()) {
            builder.classpathLocation(annotation.classpathLocation());
        } else {
            throw new IllegalStateException(type.getName() + ": give @RetortMigrationTests a scriptLocation or"
                    + " classpathLocation and a url, or add a @RetortKit method returning a MigrationKit");
        }
        if (annotation.url().isBlank()) {
            throw new IllegalStateException(type.getName() + ": give @RetortMigrationTests a url, or add a"
                    + " @RetortKit method returning a MigrationKit");
        }
        return builder.url(annotation.url()).build();
    }
}
