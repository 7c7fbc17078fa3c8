import dev.retort.*;

@Revision(id = "a00000000005", revises = "a00000000004", message = "drop legacy")
@Allow(rule = "drop-table", reason = "no release has read legacy since 2.3")
@Allow(rule = "table-rewrite", reason = "nothing is rewritten here, so this one is reported")
class DropLegacy implements Migration {
    public void upgrade(Op op) {
        op.execute("SET lock_timeout = '5s'");
        op.dropTable("legacy");
    }

    public void downgrade(Op op) {
        op.execute("CREATE TABLE legacy (id INT)");
    }
}
