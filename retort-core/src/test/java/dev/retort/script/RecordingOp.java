package dev.retort.script;

import dev.retort.error.ErrorCode;
import dev.retort.Op;
import dev.retort.error.RetortException;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An Op that records statements, and fails on those containing {@code failOn}. */
final class RecordingOp implements Op {
    final List<String> executed = new ArrayList<>();
    private final String failOn;
    private final Map<String, String> arguments;
    String dialect = "test";

    RecordingOp(String failOn) {
        this.failOn = failOn;
        this.arguments = Map.of();
    }

    /** Records with these arguments (a SQL script's placeholder values). */
    RecordingOp(Map<String, String> arguments) {
        this.failOn = null;
        this.arguments = Map.copyOf(arguments);
    }

    RecordingOp() {
        this((String) null);
    }

    @Override
    public void execute(String sql) {
        if (failOn != null && sql.contains(failOn)) {
            throw new RetortException(ErrorCode.MIGRATION_FAILED, "relation \"nope\" does not exist");
        }
        executed.add(sql);
    }

    @Override
    public void execute(String sql, Object... parameters) {
        execute(sql);
    }

    @Override
    public Connection connection() {
        throw new RetortException(ErrorCode.OFFLINE_UNSUPPORTED, "no connection in tests");
    }

    @Override
    public boolean offline() {
        return true;
    }

    @Override
    public Map<String, String> arguments() {
        return arguments;
    }

    @Override
    public String dialect() {
        return dialect;
    }
}
