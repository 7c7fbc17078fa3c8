import dev.retort.Migration;
import dev.retort.Op;
import dev.retort.Revision;

import static dev.retort.Ddl.*;

@Revision(id = "3a5c7e9b1d2f",
        message = "accounts", created = "2025-12-01T12:00:00Z")
class Accounts implements Migration {

    @Override
    public void upgrade(Op op) throws Exception {
        op.createTable("teams",
                column("id", integer()).notNull().autoIncrement(),
                column("name", varchar(80)).notNull(),
                primaryKeyOn("id"));
        op.createTable("accounts",
                column("id", bigint()).notNull(),
                column("email", varchar(255)).notNull(),
                column("team_id", integer()),
                column("kind", enumOf("account_kind", "free", "pro")).serverDefault("'free'").notNull(),
                column("settings", sqlType("jsonb")),
                column("age", varchar(3)),
                column("code", varchar(10)).notNull(),
                comment("people who log in"));
        op.createPrimaryKey("pk_accounts", "accounts", "id");
        op.createUniqueConstraint("uq_accounts_email", "accounts", "email");
        op.createForeignKey("accounts", foreignKey("fk_accounts_team", "team_id").references("teams", "id").onDelete(SET_NULL));
        op.createCheckConstraint("ck_accounts_code", "accounts", "code <> ''");
        op.createIndex("ix_accounts_lower_email", "accounts", i -> i.expressions("lower(email)").unique().where("team_id IS NOT NULL"));
    }

    @Override
    public void downgrade(Op op) throws Exception {
        op.dropTable("accounts");
        op.execute("DROP TYPE account_kind");
        op.dropTable("teams");
    }
}
