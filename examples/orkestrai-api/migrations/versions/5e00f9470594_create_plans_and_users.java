package db.retort;

import dev.retort.Migration;
import dev.retort.Op;
import dev.retort.Revision;
import static dev.retort.Ddl.*;

@Revision(id = "5e00f9470594",
        message = "create plans and users", created = "2026-12-03T11:51:12Z")
class CreatePlansAndUsers implements Migration {

    @Override
    public void upgrade(Op op) throws Exception {
        op.createTable("plans",
                column("id", bigint()).autoIncrement(),
                column("name", varchar(50)).notNull(),
                column("monthly_token_limit", integer()).notNull(),
                primaryKey("pk_plans", "id"),
                unique("uq_plans_name", "name"));
        op.createTable("users",
                column("id", bigint()).autoIncrement(),
                column("email", varchar(255)).notNull(),
                column("plan_id", bigint()).notNull(),
                primaryKey("pk_users", "id"),
                unique("uq_users_email", "email"),
                foreignKey("fk_users_plan_id_plans", "plan_id").references("plans", "id"));
    }

    @Override
    public void downgrade(Op op) throws Exception {
        op.dropTable("users");
        op.dropTable("plans");
    }
}
