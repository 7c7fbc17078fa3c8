package dev.retort;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Silences one {@code retort lint} rule in a Java script on purpose, with the reason: the Java form of SQL's
 * {@code -- retort:allow RULE reason}. It covers every finding of {@code rule} in the script; an {@code @Allow}
 * that silences nothing, or gives no reason, is reported as {@code unused-allow} ({@code lint --strict} fails on it).
 *
 * <pre>{@code
 * @Revision(id = "a00000000005", revises = "a00000000004", message = "drop legacy plan table")
 * @Allow(rule = "drop-table", reason = "no release has read plan since 2.3")
 * class DropLegacyPlan implements Migration { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Allow.List.class)
public @interface Allow {
    /** The rule's id, as {@code retort lint} prints it in brackets, such as {@code drop-table}. */
    String rule();

    /** Why it is safe here; required (an empty reason silences nothing). */
    String reason();

    /** Holds several {@link Allow}s on one script (written for you when {@code @Allow} is repeated). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        Allow[] value();
    }
}
