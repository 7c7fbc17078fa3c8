package dev.retort.render;

import dev.retort.op.Operation;

/** Where operations go: run on a database ({@link JdbcSink}) or written as SQL text ({@link SqlTextSink}). */
@FunctionalInterface
public interface OperationSink {
    void accept(Operation operation);
}
