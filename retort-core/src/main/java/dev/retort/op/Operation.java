package dev.retort.op;

import java.util.Optional;

/**
 * One change a migration asks for, as a value: what {@link DefaultOp} hands to an {@link OperationSink}.
 * Each kind of operation is a record; a sink handles every kind.
 */
public sealed interface Operation permits Execute {
    /** The operation that undoes this one, when it can be known; raw SQL has none. */
    Optional<Operation> reverse();
}
