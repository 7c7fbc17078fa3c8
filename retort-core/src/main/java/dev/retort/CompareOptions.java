package dev.retort;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What a comparison looks at.
 *
 * @param includeTables glob patterns ({@code *}, {@code ?}) of tables to compare; empty means all
 * @param excludeTables glob patterns of tables to leave alone (excluded wins over included)
 * @param schema        the database schema to compare, or null for the connection's current one
 * @param compareConstraintNames when true, a constraint or index whose name differs is dropped and created again;
 *                      when false (the default) constraints and indexes are matched by what they are (columns,
 *                      referenced table and columns, actions, uniqueness, kind) and a name-only difference is no change
 */
public record CompareOptions(List<String> includeTables, List<String> excludeTables, String schema,
                             boolean compareConstraintNames) {
    public CompareOptions {
        includeTables = includeTables == null ? List.of() : List.copyOf(includeTables);
        excludeTables = excludeTables == null ? List.of() : List.copyOf(excludeTables);
    }

    /** Names are not compared. */
    public CompareOptions(List<String> includeTables, List<String> excludeTables, String schema) {
        this(includeTables, excludeTables, schema, false);
    }

    public static CompareOptions all() {
        return new CompareOptions(List.of(), List.of(), null);
    }

    /** These options, comparing constraint and index names too. */
    public CompareOptions withConstraintNames(boolean compare) {
        return new CompareOptions(includeTables, excludeTables, schema, compare);
    }

    /** True when {@code table} is compared. */
    public Predicate<String> tableFilter() {
        List<Pattern> in = includeTables.stream().map(CompareOptions::glob).toList();
        List<Pattern> out = excludeTables.stream().map(CompareOptions::glob).toList();
        return table -> (in.isEmpty() || in.stream().anyMatch(p -> p.matcher(table).matches()))
                && out.stream().noneMatch(p -> p.matcher(table).matches());
    }

    private static Pattern glob(String glob) {
        StringBuilder re = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> re.append(".*");
                case '?' -> re.append('.');
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }
}
