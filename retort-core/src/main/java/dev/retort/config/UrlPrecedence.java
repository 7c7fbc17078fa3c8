package dev.retort.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the database URL: the {@code --url} option, then {@code RETORT_URL}, then {@code DATABASE_URL},
 * then the {@code url} of {@code retort.properties}.
 *
 * <pre>{@code
 * Optional<DatabaseUrl> db = UrlPrecedence.resolve(urlOption, env, config, cwd);
 * }</pre>
 *
 * <p>The user and password of the file fill in what the chosen URL does not say. A relative SQLite or
 * H2 file resolves against the working folder for a URL from the command line or the environment,
 * and against the file's folder for the file's own {@code url}, like {@code script_location}.
 */
public final class UrlPrecedence {
    public static final String RETORT_URL = "RETORT_URL";
    public static final String DATABASE_URL = "DATABASE_URL";

    private UrlPrecedence() {
    }

    /** Where the chosen URL came from, for messages. */
    public enum Source { OPTION, RETORT_URL, DATABASE_URL, FILE }

    /** The chosen URL as written, with where it came from. */
    public record Choice(String url, Source source) {
        /** Never shows the password. */
        @Override
        public String toString() {
            return "Choice[" + Redaction.redact(url) + ", " + source + "]";
        }
    }

    /**
     * The URL that wins, unparsed; empty when none is given anywhere. A value that is given but empty
     * ({@code --url ""}, {@code DATABASE_URL=}) is an error, never a reason to fall back to the next one.
     */
    public static Optional<Choice> choose(String urlOption, Map<String, String> env, RetortConfig config) {
        requireNotEmpty(urlOption, "--url \"\"", "give the database URL, or leave the option out");
        requireNotEmpty(env.get(RETORT_URL), RETORT_URL + " is set but empty", "unset it, or set it to the database URL");
        requireNotEmpty(env.get(DATABASE_URL), DATABASE_URL + " is set but empty", "unset it, or set it to the database URL");
        if (present(urlOption)) {
            return Optional.of(new Choice(urlOption.trim(), Source.OPTION));
        }
        if (present(env.get(RETORT_URL))) {
            return Optional.of(new Choice(env.get(RETORT_URL).trim(), Source.RETORT_URL));
        }
        if (present(env.get(DATABASE_URL))) {
            return Optional.of(new Choice(env.get(DATABASE_URL).trim(), Source.DATABASE_URL));
        }
        if (config != null && present(config.url())) {
            return Optional.of(new Choice(config.url(), Source.FILE));
        }
        return Optional.empty();
    }

    /**
     * The winning URL parsed, with the file's credentials as defaults and file paths made absolute.
     *
     * @param config the configuration, or null when there is none
     * @param cwd    the working folder
     */
    public static Optional<DatabaseUrl> resolve(String urlOption, Map<String, String> env, RetortConfig config, Path cwd) {
        return choose(urlOption, env, config).map(choice -> {
            DatabaseUrl url = DatabaseUrl.parse(choice.url());
            if (config != null) {
                url = url.withDefaults(config.user(), config.password());
            }
            Path base = choice.source() == Source.FILE ? config.directory() : cwd;
            return url.resolveFilesAgainst(base);
        });
    }

    private static void requireNotEmpty(String value, String what, String fix) {
        if (value != null && value.isBlank()) {
            throw new dev.retort.error.RetortException(dev.retort.error.ErrorCode.CONFIG, "empty database URL (" + what
                    + "): " + fix + "; Retort does not fall back to another URL when the one given is empty");
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
