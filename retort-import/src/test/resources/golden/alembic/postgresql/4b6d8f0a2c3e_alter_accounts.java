import dev.retort.Migration;
import dev.retort.Op;
import dev.retort.Revision;
import dev.retort.schema.ConstraintKind;

import static dev.retort.Ddl.*;

@Revision(id = "4b6d8f0a2c3e", revises = "3a5c7e9b1d2f",
        message = "alter accounts", created = "2025-12-02T12:00:00Z")
class AlterAccounts implements Migration {

    @Override
    public void upgrade(Op op) throws Exception {
        op.alterColumn("accounts", "age", a -> a.existing(column("age", varchar(3))).type(integer(), "age::integer"));
        op.alterColumn("accounts", "email", a -> a.existing(column("email", varchar(255)).notNull()).type(varchar(320)));
        op.alterColumn("accounts", "team_id", a -> a.nullable(false).serverDefault("'0'"));
        op.alterColumn("accounts", "code", a -> a.rename("account_code").comment("external id"));
        op.dropConstraint("ck_accounts_code", "accounts", ConstraintKind.CHECK);
        op.dropConstraint("fk_accounts_team", "accounts", ConstraintKind.FOREIGN_KEY);
        op.dropConstraint("uq_accounts_email", "accounts", ConstraintKind.UNIQUE);
        op.createTableComment("teams", "who pays");
    }

    @Override
    public void downgrade(Op op) throws Exception {
        op.dropTableComment("teams");
        op.createUniqueConstraint("uq_accounts_email", "accounts", "email");
        op.createForeignKey("accounts", foreignKey("fk_accounts_team", "team_id").references("teams", "id").onDelete(SET_NULL));
        op.alterColumn("accounts", "account_code", a -> a.rename("code").comment(null));
        op.createCheckConstraint("ck_accounts_code", "accounts", "code <> ''");
        op.alterColumn("accounts", "team_id", a -> a.nullable(true).dropDefault());
        op.alterColumn("accounts", "email", a -> a.existing(column("email", varchar(320))).type(varchar(255)));
        op.alterColumn("accounts", "age", a -> a.existing(column("age", integer())).type(varchar(3)));
    }
}
