package dev.retort.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packages a {@code module-info.java} exports (unqualified {@code exports p;} lines). */
final class ModuleExports {
    private static final Pattern EXPORTS = Pattern.compile("^\\s*exports\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    private ModuleExports() {
    }

    static Set<String> of(Path moduleInfo) throws IOException {
        Set<String> packages = new TreeSet<>();
        Matcher m = EXPORTS.matcher(Files.readString(moduleInfo));
        while (m.find()) {
            packages.add(m.group(1));
        }
        if (packages.isEmpty()) {
            throw new IllegalStateException(moduleInfo + " exports nothing");
        }
        return packages;
    }
}
