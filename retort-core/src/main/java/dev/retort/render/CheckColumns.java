package dev.retort.render;

import dev.retort.dialect.SqlLexer.Kind;
import dev.retort.dialect.SqlLexer.Token;
import dev.retort.dialect.SqlSyntax;
import dev.retort.schema.CheckConstraint;
import java.util.function.UnaryOperator;

/**
 * The columns a CHECK expression names, found by reading it with the database's {@link SqlSyntax}: identifiers
 * bare or quoted, matched without regard to case; string literals, numbers and comments are skipped, so
 * {@code 'price'} or {@code price_old} never count as {@code price}.
 */
final class CheckColumns {
    private CheckColumns() {
    }

    /** Whether {@code check} names {@code column}. */
    static boolean mentions(CheckConstraint check, String column, SqlSyntax syntax) {
        return syntax.tokens(check.expression()).stream().anyMatch(t -> names(t, column));
    }

    /** {@code check} with every mention of column {@code from} replaced by {@code to}, quoted by {@code quote}. */
    static CheckConstraint rename(CheckConstraint check, String from, String to, UnaryOperator<String> quote,
                                  SqlSyntax syntax) {
        StringBuilder out = new StringBuilder();
        boolean renamed = false;
        for (Token t : syntax.tokens(check.expression())) {
            boolean mention = names(t, from);
            out.append(mention ? quote.apply(to) : t.text());
            renamed |= mention;
        }
        return renamed ? new CheckConstraint(check.name(), out.toString()) : check;
    }

    private static boolean names(Token t, String column) {
        return (t.kind() == Kind.WORD || t.kind() == Kind.QUOTED_IDENTIFIER) && t.value().equalsIgnoreCase(column);
    }
}
