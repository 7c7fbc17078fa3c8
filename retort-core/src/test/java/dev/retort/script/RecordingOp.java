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
    String dialect = "test";

    RecordingOp(String failOn) {
        this.failOn = failOn;
    }

    RecordingOp() {
        this(null);
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
        return Map.of();
    }

    @Override
    public String dialect() {
        return dialect;
    }
}
