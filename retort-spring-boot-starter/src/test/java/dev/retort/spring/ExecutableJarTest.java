package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Retort;
import dev.retort.spring.app.PlanApplication;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.loader.tools.Libraries;
import org.springframework.boot.loader.tools.Library;
import org.springframework.boot.loader.tools.LibraryScope;
import org.springframework.boot.loader.tools.Repackager;

/**
 * The application packaged as Spring Boot's Maven plugin packages it (its classes in {@code BOOT-INF/classes}, the
 * starter and retort-core as nested jars in {@code BOOT-INF/lib}) and started with {@code java -jar}: the SQL
 * resource (in a nested jar of its own) and the compiled Java migration (in {@code BOOT-INF/classes}) are found
 * inside the jar, through Boot's {@code jar:nested:} URLs.
 */
class ExecutableJarTest {
    @TempDir
    Path dir;

    @Test
    void javaDashJarMigratesFromInsideTheExecutableJarBeforeJpa() throws Exception {
        Path jar = executableJar();
        try (TestDatabase db = TestDatabases.postgres()) {
            Path log = dir.resolve("out.log");
            long start = System.nanoTime();
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", jar.toString(), "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                    "--spring.main.web-application-type=none", "--spring.main.banner-mode=off")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("started and stopped within 3 minutes").isTrue();
            String out = Files.readString(log);
            System.out.printf("java -jar ran %d ms; the jar is %d MB%n", (System.nanoTime() - start) / 1_000_000,
                    Files.size(jar) >> 20);
            assertThat(process.exitValue()).as(out).isZero();
            assertThat(out).contains("Retort: upgraded from [] to [523dbb60ecfe] in 2 step(s)", "plan free 10000",
                    "retort up to date: true");
            assertThat(Db.versions(db.url(), db.user(), "retort_version")).containsExactly("523dbb60ecfe");
        }
    }

    /** Repackages the test application's classes with the test class path's jars as its libraries. */
    private Path executableJar() throws IOException {
        Path classes = Path.of(codeSource(PlanApplication.class));
        Path plain = dir.resolve("plan-app.jar");
        jar(classes, plain, p -> p.startsWith("dev/retort/spring/app/") || p.startsWith("db/retort") && !p.endsWith(".sql"));
        // The SQL scripts ship in a jar of their own, as a shared migrations module would: a jar nested in the jar.
        Path migrations = dir.resolve("plan-migrations.jar");
        jar(classes, migrations, p -> p.startsWith("db/retort"));
        List<Library> libraries = new ArrayList<>();
        libraries.add(new Library(migrations.toFile(), LibraryScope.RUNTIME));
        libraries.add(library(Path.of(codeSource(Retort.class)), "retort-core.jar"));
        libraries.add(library(Path.of(codeSource(RetortAutoConfiguration.class)), "retort-spring-boot-starter.jar"));
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.endsWith(".jar") && !entry.contains("retort-core") && !entry.contains("junit")
                    && !entry.contains("surefire") && !entry.contains("archunit")) {
                libraries.add(new Library(new File(entry), LibraryScope.RUNTIME));
            }
        }
        Path executable = dir.resolve("plan-app-exec.jar");
        Repackager repackager = new Repackager(plain.toFile());
        repackager.setMainClass(PlanApplication.class.getName());
        repackager.repackage(executable.toFile(), (Libraries) callback -> {
            for (Library library : libraries) {
                callback.library(library);
            }
        });
        return executable;
    }

    private static java.net.URI codeSource(Class<?> type) {
        try {
            return type.getProtectionDomain().getCodeSource().getLocation().toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A jar of its own for a class folder of the build (retort-core and the starter in the reactor). */
    private Library library(Path location, String name) throws IOException {
        if (Files.isRegularFile(location)) {
            return new Library(location.toFile(), LibraryScope.RUNTIME);
        }
        Path jar = dir.resolve(name);
        jar(location, jar, p -> true);
        return new Library(jar.toFile(), LibraryScope.RUNTIME);
    }

    private static void jar(Path root, Path jar, java.util.function.Predicate<String> include) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
             Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted().toList()) {
                String name = root.relativize(file).toString().replace(File.separatorChar, '/');
                if (name.isEmpty() || !include.test(name)) {
                    continue;
                }
                zip.putNextEntry(new JarEntry(Files.isDirectory(file) ? name + "/" : name));
                if (Files.isRegularFile(file)) {
                    Files.copy(file, zip);
                }
                zip.closeEntry();
            }
        }
    }
}
