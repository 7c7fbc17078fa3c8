import dev.retort.Migration;
import dev.retort.Op;
import dev.retort.Revision;

import static dev.retort.Ddl.*;

@Revision(id = "2d4e6f8a0b1c", revises = "523dbb60ecfe", dependsOn = "7c1f0e9a2b3d", branchLabels = "billing",
        message = "orders, on a branch", created = "2025-11-26T08:00:00Z")
class OrdersOnABranch implements Migration {

    @Override
    public void upgrade(Op op) throws Exception {
        op.createTable("orders",
                column("id", integer()).notNull().autoIncrement(),
                column("user_id", integer()).notNull(),
                column("total", numeric(12, 2)).notNull(),
                column("note", varchar(100)),
                foreignKeyOn("user_id").references("users", "id").onDelete(CASCADE).named("fk_orders_user"),
                primaryKeyOn("id").named("pk_orders"));
        op.addColumn("orders", column("legacy_code", varchar(20)));
        op.addColumn("plans", column("tier", smallint()));
        op.renameTable("orders", "purchases");
    }

    @Override
    public void downgrade(Op op) throws Exception {
        op.renameTable("purchases", "orders");
        op.dropColumn("plans", "tier");
        op.dropColumn("orders", "legacy_code");
        op.dropTable("orders");
    }
}
