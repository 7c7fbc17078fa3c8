package dev.retort.op;

/** Where operations go: run on a database ({@link JdbcSink}) or written as SQL text ({@link SqlTextSink}). */
@FunctionalInterface
public interface OperationSink {
    void accept(Operation operation);
}
