import dev.retort.*;

@Revision(id = "a00000000004", revises = "a00000000003", message = "retire plan")
class RetirePlan implements Migration {
    public void upgrade(Op op) {
        op.execute("SET lock_timeout = '5s'");
        op.dropTable("plan");
        op.renameTable("account", "customer");
        // retort:allow dml-without-where the table is new and holds only seed rows
        op.execute("DELETE FROM customer");
    }

    public void downgrade(Op op) {
        throw new UnsupportedOperationException("retiring plans cannot be undone");
    }
}
