package dev.retort.autogenerate.render;

import dev.retort.error.ErrorCode;
import dev.retort.Op;
import dev.retort.error.RetortException;
import dev.retort.op.Execute;
import dev.retort.op.Operation;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** An {@link Op} that keeps every operation it is given, as {@code DefaultOp} would build it, and runs nothing. */
final class RecordingOp implements Op {
    final List<Operation> operations = new ArrayList<>();

    @Override
    public void apply(Operation operation) {
        operations.add(operation);
    }

    @Override
    public void execute(String sql) {
        apply(Execute.of(sql));
    }

    @Override
    public void execute(String sql, Object... parameters) {
        apply(new Execute(sql, parameters == null ? List.of() : Arrays.asList(parameters.clone())));
    }

    @Override
    public Connection connection() {
        throw new RetortException(ErrorCode.OFFLINE_UNSUPPORTED, "a recording op has no connection");
    }

    @Override
    public boolean offline() {
        return true;
    }

    @Override
    public Map<String, String> arguments() {
        return Map.of();
    }

    @Override
    public String dialect() {
        return "recording";
    }
}
