import dev.retort.Migration;
import dev.retort.Op;
import dev.retort.Revision;

import static dev.retort.Ddl.*;

@Revision(id = "7c1f0e9a2b3d", revises = "523dbb60ecfe",
        message = "create users", created = "2025-11-25T10:00:00Z")
class CreateUsers implements Migration {

    @Override
    public void upgrade(Op op) throws Exception {
        op.createTable("users",
                column("id", integer()).primaryKey().autoIncrement(),
                column("email", varchar(255)).notNull().comment("login"),
                column("plan_id", integer()).references("plans", "id").onDelete(CASCADE),
                column("created_at", timestamp()).serverDefault("CURRENT_TIMESTAMP").notNull(),
                column("bio", text()),
                check("ck_users_email", "email <> ''"));
        op.createIndex("ix_users_email", "users", i -> i.columns("email").unique());
        op.createIndex("ix_users_plan_created", "users", "plan_id", "created_at");
        op.execute("INSERT INTO users (email, plan_id) VALUES ('ana@example.com', 1)");
    }

    @Override
    public void downgrade(Op op) throws Exception {
        op.dropIndex("ix_users_plan_created", "users");
        op.dropIndex("ix_users_email", "users");
        op.dropTable("users");
    }
}
