import dev.retort.Migration;
import dev.retort.Op;
import dev.retort.Revision;
import java.util.List;

import static dev.retort.Ddl.*;

@Revision(id = "1975ea83b712", branchLabels = "main",
        message = "create plans", created = "2025-11-20T09:12:44Z")
class CreatePlans implements Migration {

    @Override
    public void upgrade(Op op) throws Exception {
        op.createTable("plans",
                column("id", integer()).notNull().autoIncrement(),
                column("name", varchar(50)).notNull(),
                column("monthly_token_limit", integer()).serverDefault("'2000'").notNull(),
                column("price", numeric(10, 2)),
                column("active", bool()).serverDefault("TRUE").notNull(),
                primaryKeyOn("id"),
                unique("uq_plans_name", "name"));
        // plans = sa.table(...): used below
        op.bulkInsert("plans", List.of(
                row("name", "free", "monthly_token_limit", 2000),
                row("name", "pro", "monthly_token_limit", 50000)));
    }

    @Override
    public void downgrade(Op op) throws Exception {
        op.dropTable("plans");
    }
}
