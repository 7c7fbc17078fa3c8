package dev.retort.config;

import java.nio.file.Path;

/** Makes the file of a file-based database URL absolute. */
final class FileUrls {
    private static final String SQLITE = "jdbc:sqlite:";
    private static final String H2 = "jdbc:h2:";

    private FileUrls() {
    }

    static String resolve(String jdbcUrl, Path dir) {
        if (jdbcUrl.startsWith(SQLITE)) {
            String rest = jdbcUrl.substring(SQLITE.length());
            if (rest.isEmpty() || rest.startsWith(":") || rest.startsWith("file:") || rest.startsWith("/")) {
                return jdbcUrl;
            }
            return SQLITE + absolute(rest, '?', dir);
        }
        if (jdbcUrl.startsWith(H2)) {
            String rest = jdbcUrl.substring(H2.length());
            String prefix = rest.startsWith("file:") ? "file:" : "";
            String path = rest.substring(prefix.length());
            // H2 itself insists that relative paths start with ./ or ../
            if (path.startsWith("./") || path.startsWith("../")) {
                return H2 + prefix + absolute(path, ';', dir);
            }
        }
        return jdbcUrl;
    }

    private static String absolute(String pathAndParameters, char parameterStart, Path dir) {
        int end = pathAndParameters.indexOf(parameterStart);
        String path = end < 0 ? pathAndParameters : pathAndParameters.substring(0, end);
        String parameters = end < 0 ? "" : pathAndParameters.substring(end);
        return dir.resolve(path).toAbsolutePath().normalize() + parameters;
    }
}
