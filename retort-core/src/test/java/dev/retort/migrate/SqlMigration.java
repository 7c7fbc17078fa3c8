package dev.retort.migrate;

import dev.retort.Migration;
import dev.retort.Op;
import java.util.List;

/** A test migration: statements up, statements down. */
record SqlMigration(List<String> up, List<String> down) implements Migration {
    static SqlMigration of(String up, String down) {
        return new SqlMigration(List.of(up), List.of(down));
    }

    @Override
    public void upgrade(Op op) {
        up.forEach(op::execute);
    }

    @Override
    public void downgrade(Op op) {
        down.forEach(op::execute);
    }
}
