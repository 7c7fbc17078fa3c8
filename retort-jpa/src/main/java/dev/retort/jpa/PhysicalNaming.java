package dev.retort.jpa;

import java.util.Locale;

/**
 * Spring Boot's default physical naming ({@code CamelCaseToUnderscoresNamingStrategy}): dots become
 * underscores, an underscore goes before an upper-case letter that sits between two lower-case ones,
 * then everything is lower-cased. It applies to explicit names too ({@code @Column(name = "firstName")}
 * is {@code first_name}), as in Spring Boot. A name quoted with back-ticks or double quotes is kept as written.
 *
 * With {@code jpa_naming_strategy = hibernate} names are kept as written (Hibernate's
 * {@code PhysicalNamingStrategyStandardImpl}), lower-cased for PostgreSQL, which folds unquoted names.
 *
 * <pre>{@code
 * monthlyTokenLimit -> monthly_token_limit;  OrderLine -> order_line;  userID -> userid;  `Order` -> Order
 * }</pre>
 */
final class PhysicalNaming {
    private PhysicalNaming() {
    }

    static String apply(String name) {
        if (name.length() > 1 && (name.startsWith("`") && name.endsWith("`") || name.startsWith("\"") && name.endsWith("\""))) {
            return name.substring(1, name.length() - 1);
        }
        JpaSettings settings = JpaSettings.current();
        if (settings.naming() == JpaSettings.Naming.HIBERNATE) {
            // names as written; PostgreSQL folds Hibernate's unquoted names to lower case
            return settings.is("postgresql") ? name.toLowerCase(Locale.ROOT) : name;
        }
        return spring(name);
    }

    private static String spring(String name) {
        StringBuilder out = new StringBuilder(name.replace('.', '_'));
        for (int i = 1; i < out.length() - 1; i++) {
            if (Character.isLowerCase(out.charAt(i - 1)) && Character.isUpperCase(out.charAt(i))
                    && Character.isLowerCase(out.charAt(i + 1))) {
                out.insert(i++, '_');
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
