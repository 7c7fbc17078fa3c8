package dev.retort.script;

import dev.retort.error.ErrorCode;
import dev.retort.Migration;
import dev.retort.Revision;
import dev.retort.error.ScriptException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Turns scripts into {@link Migration}s: SQL scripts are parsed, Java scripts are compiled (every
 * script missing from the class cache together: in one compiler call, or for many scripts in parts, see
 * {@link ScriptCompiler}) and instantiated.
 *
 * <pre>{@code
 * ScriptLoader loader = new ScriptLoader(Path.of(System.getProperty("user.home"), ".cache/retort"));
 * Map<String, Migration> byId = loader.load(directory.scripts());
 * }</pre>
 *
 * <p>Each Java script without a {@code package} declaration is compiled into a package of its own,
 * {@code retort.scripts.r_<id>}, declared on its first line so line numbers stay right; scripts may
 * therefore reuse class names. Not thread-safe.
 */
public final class ScriptLoader {

    static final String PACKAGE_PREFIX = "retort.scripts.r_";

    private final ClassCache cache;
    private final Supplier<JavaCompiler> compiler;
    private final Map<String, Map<String, byte[]>> compiled = new HashMap<>();
    /** The checksum of each script this loader read, from the bytes it read (each file is read once). */
    private final Map<Path, String> checksums = new HashMap<>();
    private int compiledCount;

    /** @param cacheDir where compiled classes are kept between runs; null to keep them in memory only */
    public ScriptLoader(Path cacheDir) {
        this(cacheDir, ToolProvider::getSystemJavaCompiler);
    }

    /** For tests: {@code compiler} gives null to act like a Java runtime without a compiler. */
    ScriptLoader(Path cacheDir, Supplier<JavaCompiler> compiler) {
        this.cache = new ClassCache(cacheDir);
        this.compiler = compiler;
    }

    /** How many Java scripts this loader has compiled (cache hits not counted). */
    public int compiledCount() {
        return compiledCount;
    }

    /**
     * Loads {@code scripts}, keyed by revision id in the given order.
     *
     * @throws ScriptException COMPILE for a compile error (nothing is loaded then), SCRIPT for a script
     *         whose class cannot be found or instantiated or whose annotation disagrees with its header
     * @throws dev.retort.error.RetortException CONFIG when Java scripts need compiling and there is no JDK
     */
    public Map<String, Migration> load(List<Script> scripts) {
        Map<Script, Map<String, byte[]>> classesOf = javaClasses(scripts);
        Map<String, byte[]> all = new HashMap<>();
        classesOf.values().forEach(all::putAll);
        ClassLoader loader = classesOf.isEmpty() ? null : new BytesClassLoader(all, Migration.class.getClassLoader());
        Map<Script, Parsed> sql = new HashMap<>();
        List<Script> sqlScripts = scripts.stream().filter(s -> s.format() == ScriptFormat.SQL).toList();
        List<Parsed> parsed = InParallel.map(sqlScripts, ScriptLoader::parse);
        for (int i = 0; i < sqlScripts.size(); i++) {
            sql.put(sqlScripts.get(i), parsed.get(i));
        }
        Map<String, Migration> out = new LinkedHashMap<>();
        for (Script s : scripts) {
            Migration m;
            if (s.format() == ScriptFormat.SQL) {
                Parsed p = sql.get(s);
                if (p.failure() != null) {
                    throw p.failure(); // the first script in order that fails, SQL or Java, is the one reported
                }
                checksums.put(s.path(), p.checksum());
                m = p.migration();
            } else {
                m = instantiate(s, classesOf.get(s).keySet(), loader);
            }
            out.put(s.id(), m);
        }
        return out;
    }

    /** A SQL script read, checksummed and parsed, or why it could not be. */
    private record Parsed(SqlMigration migration, String checksum, RuntimeException failure) {
    }

    private static Parsed parse(Script s) {
        try {
            byte[] bytes = ScriptReader.readBytes(s.path());
            return new Parsed(SqlMigration.parse(s.path(), ScriptReader.decode(s.path(), bytes)), ScriptChecksum.of(bytes),
                    null);
        } catch (RuntimeException e) {
            return new Parsed(null, null, e);
        }
    }

    /** Class files of every Java script, from memory, the cache, or one compiler call. */
    private Map<Script, Map<String, byte[]>> javaClasses(List<Script> scripts) {
        Map<Script, Map<String, byte[]>> classesOf = new LinkedHashMap<>();
        List<Script> missing = new ArrayList<>();
        List<String> missingKeys = new ArrayList<>();
        List<ScriptCompiler.Unit> units = new ArrayList<>();
        List<Script> java = scripts.stream().filter(s -> s.format() == ScriptFormat.JAVA).toList();
        // Reading, hashing and looking each script up in the class cache: many at once.
        List<Cached> found = InParallel.map(java, this::cached);
        for (int i = 0; i < java.size(); i++) {
            Script s = java.get(i);
            Cached c = found.get(i);
            checksums.put(s.path(), ScriptChecksum.of(c.bytes()));
            String key = c.key();
            String pkg = c.pkg();
            String source = c.source();
            Map<String, byte[]> classes = compiled.get(key);
            if (classes == null) {
                classes = c.classes();
            }
            if (classes != null) {
                compiled.put(key, classes);
                classesOf.put(s, classes);
            } else {
                classesOf.put(s, Map.of());
                missing.add(s);
                missingKeys.add(key);
                units.add(new ScriptCompiler.Unit(s.path(), withPackage(source, pkg), pkg != null));
            }
        }
        if (!units.isEmpty()) {
            List<Map<String, byte[]>> results = ScriptCompiler.compile(units, compiler.get());
            compiledCount += units.size();
            for (int i = 0; i < missing.size(); i++) {
                Map<String, byte[]> classes = results.get(i);
                compiled.put(missingKeys.get(i), classes);
                cache.put(missingKeys.get(i), classes);
                classesOf.put(missing.get(i), classes);
            }
        }
        return classesOf;
    }

    /** A Java script's bytes and text, the package it compiles in, its cache key, and its classes if cached. */
    private record Cached(byte[] bytes, String source, String pkg, String key, Map<String, byte[]> classes) {
    }

    private Cached cached(Script s) {
        byte[] bytes = ScriptReader.readBytes(s.path());
        String source = ScriptReader.decode(s.path(), bytes);
        String pkg = JavaHeaderReader.declaresPackage(source) ? null : packageFor(s.id());
        String key = ClassCache.key(bytes, pkg);
        return new Cached(bytes, source, pkg, key, compiled.containsKey(key) ? null : cache.get(key).orElse(null));
    }

    /** The script's {@link ScriptChecksum}: of the bytes {@link #load} read, or read now for a script it did not load. */
    public String checksum(Script script) {
        String sum = checksums.get(script.path());
        return sum != null ? sum : ScriptChecksum.of(script.path());
    }

    /** {@code retort.scripts.r_<id>}, the id encoded so distinct ids give distinct packages. */
    static String packageFor(String id) {
        StringBuilder p = new StringBuilder(PACKAGE_PREFIX);
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                p.append(c);
            } else {
                p.append('_').append(String.format("%04x", (int) c));
            }
        }
        return p.toString();
    }

    /** Prefixes the package declaration on the first line, so javac's line numbers match the file. */
    static String withPackage(String source, String pkg) {
        String s = source.startsWith("\uFEFF") ? source.substring(1) : source;
        return pkg == null ? s : "package " + pkg + "; " + s;
    }

    private static Migration instantiate(Script s, Iterable<String> classNames, ClassLoader loader) {
        List<Class<?>> candidates = new ArrayList<>();
        for (String name : classNames) {
            Class<?> c;
            try {
                c = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new ScriptException(ErrorCode.SCRIPT, s.path(), s.header().line(),
                        "cannot load class " + name + ": " + e, e);
            }
            if (c.getEnclosingClass() == null && Migration.class.isAssignableFrom(c) && !c.isInterface()
                    && !Modifier.isAbstract(c.getModifiers()) && c.isAnnotationPresent(Revision.class)) {
                candidates.add(c);
            }
        }
        if (candidates.size() != 1) {
            throw new ScriptException(ErrorCode.SCRIPT, s.path(), s.header().line(), candidates.isEmpty()
                    ? "no top-level class implements dev.retort.Migration with a @Revision annotation; "
                      + "declare one, like '@Revision(id = \"" + s.id() + "\") class AddPhone implements Migration'"
                    : "several classes implement Migration with @Revision " + names(candidates)
                      + "; keep one per script");
        }
        Class<?> c = candidates.get(0);
        String id = c.getAnnotation(Revision.class).id();
        if (!id.equals(s.id())) {
            throw new ScriptException(ErrorCode.SCRIPT, s.path(), s.header().line(), "class " + c.getSimpleName()
                    + " is annotated with id '" + id + "' but the script's header says '" + s.id()
                    + "'; keep one @Revision annotation per script");
        }
        try {
            Constructor<?> constructor = c.getDeclaredConstructor();
            constructor.setAccessible(true);
            return (Migration) constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new ScriptException(ErrorCode.SCRIPT, s.path(), s.header().line(), "class " + c.getSimpleName()
                    + " needs a constructor without parameters", e);
        } catch (InvocationTargetException e) {
            throw new ScriptException(ErrorCode.SCRIPT, s.path(), s.header().line(), "the constructor of "
                    + c.getSimpleName() + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ScriptException(ErrorCode.SCRIPT, s.path(), s.header().line(), "cannot create "
                    + c.getSimpleName() + ": " + e, e);
        }
    }

    private static List<String> names(List<Class<?>> classes) {
        List<String> names = new ArrayList<>();
        classes.forEach(c -> names.add(c.getSimpleName()));
        return names;
    }

    /** Defines script classes from their bytes; everything else comes from Retort's own loader. */
    private static final class BytesClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        BytesClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super("retort-scripts", parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
