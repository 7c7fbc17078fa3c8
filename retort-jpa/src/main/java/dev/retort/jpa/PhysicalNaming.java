package dev.retort.jpa;

import java.util.Locale;

/**
 * Spring Boot's default physical naming ({@code CamelCaseToUnderscoresNamingStrategy}): dots become
 * underscores, an underscore goes before an upper-case letter that sits between two lower-case ones,
 * then everything is lower-cased. It applies to explicit names too ({@code @Column(name = "firstName")}
 * is {@code first_name}), as in Spring Boot. A name quoted with back-ticks or double quotes is kept as written.
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
