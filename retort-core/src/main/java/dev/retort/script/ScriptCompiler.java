package dev.retort.script;

import dev.retort.error.ErrorCode;
import dev.retort.Migration;
import dev.retort.error.RetortException;
import dev.retort.error.ScriptException;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/** Compiles Java scripts in memory with the system compiler: in one call, or for many scripts in parts. */
final class ScriptCompiler {

    /**
     * One script to compile: its file (for messages), the source javac sees, and whether it is compiled in a package
     * of its own (no {@code package} declaration), which no other script can refer to.
     */
    record Unit(Path file, String source, boolean ownPackage) {
    }

    /**
     * Above this many scripts, each in a package of its own, javac is called once per part of at most this many,
     * with a collection between parts: 10,000 scripts in one call held about 275 MiB at the peak, in parts of 1,000
     * about 155 MiB, in the same time (bench/fixes.md, fix 31). Fewer scripts go in one call, as do scripts that
     * declare a package (another script may use their classes).
     */
    static final int PART = 1000;

    private ScriptCompiler() {
    }

    /**
     * Compiles {@code units} and returns, per unit in the same order, its class files by binary name.
     *
     * @throws ScriptException COMPILE for the first error, with the count of the others
     * @throws RetortException CONFIG when this Java runtime has no compiler
     */
    static List<Map<String, byte[]>> compile(List<Unit> units, JavaCompiler compiler) {
        return compile(units, compiler, PART);
    }

    /** The same, in parts of at most {@code part} scripts when that is safe. */
    static List<Map<String, byte[]>> compile(List<Unit> units, JavaCompiler compiler, int part) {
        if (compiler == null) {
            throw new RetortException(ErrorCode.CONFIG, "Java migration scripts need a JDK to compile, but this "
                    + "Java runtime (" + System.getProperty("java.home") + ") has none; run Retort with a JDK "
                    + "(SQL scripts work without one)");
        }
        int parts = units.size() > part && units.stream().allMatch(Unit::ownPackage)
                ? (units.size() + part - 1) / part : 1;
        int size = (units.size() + parts - 1) / parts;
        List<Map<String, byte[]>> result = new ArrayList<>();
        List<Diagnostic<? extends JavaFileObject>> errors = new ArrayList<>();
        StringBuilder other = new StringBuilder();
        boolean ok = true;
        for (int from = 0; from < units.size(); from += size) {
            if (from > 0) {
                // What javac held for the last part is garbage now; without collecting it the heap grows instead.
                System.gc();
            }
            Call call = call(units.subList(from, Math.min(units.size(), from + size)), compiler);
            result.addAll(call.outputs());
            errors.addAll(call.errors());
            other.append(call.otherOutput());
            ok &= call.ok();
        }
        if (!errors.isEmpty() || !ok) {
            throw compileError(errors, other.toString(), units.get(0).file());
        }
        return result;
    }

    /** One javac call: each unit's classes in order, its errors, and whatever else javac printed. */
    private record Call(List<Map<String, byte[]>> outputs, List<Diagnostic<? extends JavaFileObject>> errors,
                        String otherOutput, boolean ok) {
    }

    private static Call call(List<Unit> units, JavaCompiler compiler) {
        Map<JavaFileObject, Map<String, byte[]>> outputs = new IdentityHashMap<>();
        List<SourceFile> sources = new ArrayList<>();
        for (Unit u : units) {
            SourceFile f = new SourceFile(u);
            sources.add(f);
            outputs.put(f, new LinkedHashMap<>());
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter otherOutput = new StringWriter();
        boolean ok;
        try (StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8);
             MemoryFileManager files = new MemoryFileManager(standard, outputs)) {
            standard.setLocation(StandardLocation.SOURCE_PATH, List.of());
            ok = compiler.getTask(otherOutput, files, diagnostics, options(Runtime.version().feature(), classpath()),
                    null, sources).call();
        } catch (IOException e) {
            throw new RetortException(ErrorCode.COMPILE, "cannot compile Java scripts: " + e, e);
        }
        List<Diagnostic<? extends JavaFileObject>> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(d);
            }
        }
        List<Map<String, byte[]>> result = new ArrayList<>();
        for (SourceFile f : sources) {
            result.add(outputs.get(f));
        }
        return new Call(result, errors, otherOutput.toString(), ok);
    }

    /** The Java release scripts are written against: the oldest Retort runs on. */
    static final int SCRIPT_RELEASE = 17;

    /**
     * javac's options on a JDK of feature version {@code running}. Scripts see the Java 17 API and compile to
     * Java 17 class files on any JDK. On JDK 17 itself that is javac's own platform, so {@code --release} is left
     * out: it would read the API from the JDK's {@code ct.sym} archive instead of the running modules, which
     * costs compiling 1,000 scripts about 10 MiB more memory for the same classes.
     */
    static List<String> options(int running, String classpath) {
        List<String> options = new ArrayList<>(List.of("-proc:none", "-encoding", "UTF-8", "-g", "-nowarn",
                "-Xlint:none", "-implicit:none", "-classpath", classpath));
        if (running != SCRIPT_RELEASE) {
            options.addAll(List.of("--release", String.valueOf(SCRIPT_RELEASE)));
        }
        return options;
    }

    private static ScriptException compileError(List<Diagnostic<? extends JavaFileObject>> errors, String other,
                                                Path fallback) {
        if (errors.isEmpty()) {
            return new ScriptException(ErrorCode.COMPILE, fallback, 0, "javac failed: " + oneLine(other));
        }
        Diagnostic<? extends JavaFileObject> first = errors.get(0);
        Path file = first.getSource() instanceof SourceFile s ? s.unit.file() : fallback;
        int line = first.getLineNumber() > 0 ? (int) first.getLineNumber() : 0;
        String message = oneLine(first.getMessage(Locale.ROOT));
        if (errors.size() > 1) {
            int more = errors.size() - 1;
            message += " (and " + more + " more error" + (more == 1 ? "" : "s") + ")";
        }
        return new ScriptException(ErrorCode.COMPILE, file, line, message);
    }

    /** javac's multi-line messages ("cannot find symbol\n  symbol: ...") as one line. */
    static String oneLine(String message) {
        String[] lines = message.strip().split("\r?\n");
        if (lines.length == 1) {
            return lines[0];
        }
        StringBuilder out = new StringBuilder(lines[0].strip()).append(" (");
        for (int i = 1; i < lines.length; i++) {
            out.append(i > 1 ? ", " : "").append(lines[i].strip().replaceAll("\\s+", " "));
        }
        return out.append(')').toString();
    }

    /** The JVM's class path plus wherever the Retort API is loaded from (a shaded jar, target/classes). */
    static String classpath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String e : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!e.isEmpty()) {
                entries.add(e);
            }
        }
        CodeSource source = Migration.class.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
            try {
                entries.add(Path.of(source.getLocation().toURI()).toString());
            } catch (URISyntaxException | IllegalArgumentException e) {
                // not a file location (a nested jar): the class path has to do
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static final class SourceFile extends SimpleJavaFileObject {
        final Unit unit;

        SourceFile(Unit unit) {
            super(unit.file().toAbsolutePath().toUri(), Kind.SOURCE);
            this.unit = unit;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return unit.source();
        }

        /** Script file names never match their class names, and need not. */
        @Override
        public boolean isNameCompatible(String simpleName, Kind kind) {
            return true;
        }
    }

    private static final class ClassFile extends SimpleJavaFileObject {
        private final Map<String, byte[]> sink;
        private final String className;

        ClassFile(String className, Map<String, byte[]> sink) {
            super(URI.create("mem:///" + className.replace('.', '/') + ".class"), Kind.CLASS);
            this.className = className;
            this.sink = sink;
        }

        @Override
        public OutputStream openOutputStream() {
            return new ByteArrayOutputStream() {
                @Override
                public void close() {
                    sink.put(className, toByteArray());
                }
            };
        }
    }

    private static final class MemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<JavaFileObject, Map<String, byte[]>> outputs;

        MemoryFileManager(StandardJavaFileManager standard, Map<JavaFileObject, Map<String, byte[]>> outputs) {
            super(standard);
            this.outputs = outputs;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(JavaFileManager.Location location, String className,
                                                   JavaFileObject.Kind kind, FileObject sibling) {
            Map<String, byte[]> sink = outputs.get(sibling);
            if (sink == null) {
                throw new IllegalStateException("javac wrote " + className + " for an unknown source " + sibling);
            }
            return new ClassFile(className, sink);
        }
    }
}
