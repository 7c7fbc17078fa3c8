package dev.retort.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The import graph of retort-core's main classes is exactly the package table of ARCHITECTURE.md, and
 * it has no cycle. A failure prints the table as the code has it, ready to paste.
 */
class LayeringTest {
    private static final String ROOT = "dev.retort";
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/retort-jpa/") && !location.contains("/retort-cli/"))
            .importPackages(ROOT);

    @Test
    void architectureTableIsTheImportGraph() throws IOException {
        SortedMap<String, SortedSet<String>> actual = PackageGraph.of(CORE, ROOT);
        SortedMap<String, SortedSet<String>> documented = documentedTable();
        assertEquals(render(documented), render(actual),
                "ARCHITECTURE.md's package table differs from the imports of retort-core; the code has:\n"
                        + render(actual));
    }

    @Test
    void noPackageCycles() {
        List<List<String>> cycles = PackageGraph.cycles(PackageGraph.of(CORE, ROOT));
        assertTrue(cycles.isEmpty(), "package cycles: " + cycles);
    }

    @Test
    void exportedApiExposesNoInternalType() throws IOException {
        Set<String> exported = ModuleExports.of(coreModuleInfo());
        List<String> leaks = new ArrayList<>();
        for (JavaClass c : CORE) {
            if (exported.contains(c.getPackageName()) && isVisible(c.getModifiers())) {
                for (String use : ApiSurface.typesNamedBy(c)) {
                    String pkg = use.substring(0, use.lastIndexOf('.'));
                    if (pkg.startsWith(ROOT) && !exported.contains(pkg)) {
                        leaks.add(c.getName() + " names " + use);
                    }
                }
            }
        }
        assertTrue(leaks.isEmpty(), "public API types name internal ones:\n" + String.join("\n", leaks));
    }

    static boolean isVisible(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    static Path repo() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("ARCHITECTURE.md"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no ARCHITECTURE.md above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static Path coreModuleInfo() {
        return repo().resolve("retort-core/src/main/java/module-info.java");
    }

    /** Rows {@code | `dev.retort.x` | job | `dev.retort.y`, `dev.retort.z` |} under "Packages of `retort-core`". */
    static SortedMap<String, SortedSet<String>> documentedTable() throws IOException {
        String doc = Files.readString(repo().resolve("ARCHITECTURE.md"));
        int start = doc.indexOf("## Packages of `retort-core`");
        int end = doc.indexOf("\n## ", start + 1);
        String section = doc.substring(start, end < 0 ? doc.length() : end);
        SortedMap<String, SortedSet<String>> table = new TreeMap<>();
        Pattern row = Pattern.compile("^\\| `(dev\\.retort[\\w.]*)` \\|.*\\|([^|]*)\\|\\s*$", Pattern.MULTILINE);
        Pattern name = Pattern.compile("`(dev\\.retort[\\w.]*)`");
        Matcher m = row.matcher(section);
        while (m.find()) {
            SortedSet<String> uses = new TreeSet<>();
            Matcher n = name.matcher(m.group(2));
            while (n.find()) {
                uses.add(n.group(1));
            }
            table.put(m.group(1), uses);
        }
        return table;
    }

    static String render(Map<String, SortedSet<String>> table) {
        return table.entrySet().stream()
                .map(e -> "| `" + e.getKey() + "` | " + (e.getValue().isEmpty() ? "the JDK only"
                        : e.getValue().stream().map(p -> "`" + p + "`").collect(Collectors.joining(", "))) + " |")
                .collect(Collectors.joining("\n"));
    }
}
