package dev.retort.autogenerate;

import dev.retort.op.Operation;
import java.util.List;

/**
 * Renders operations as the body of a Java migration method: one {@code op.*} call per operation,
 * formatted, using the static factories of {@link dev.retort.Ddl}.
 */
public final class JavaRenderer {

    /** Statements for a method body, each line indented by {@code indent}; empty list gives an empty body. */
    public String render(List<Operation> operations, String indent) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The imports the rendered code needs (e.g. {@code import static dev.retort.Ddl.*;}). */
    public List<String> imports(List<Operation> operations) {
        throw new UnsupportedOperationException("TODO");
    }
}
