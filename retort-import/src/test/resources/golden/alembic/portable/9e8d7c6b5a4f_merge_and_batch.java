import dev.retort.Migration;
import dev.retort.Op;
import dev.retort.Revision;
import dev.retort.schema.ConstraintKind;

import static dev.retort.Ddl.*;

@Revision(id = "9e8d7c6b5a4f", revises = {"7c1f0e9a2b3d", "2d4e6f8a0b1c"},
        message = "merge billing, batch changes", created = "2025-11-27T16:45:10Z")
class MergeBillingBatchChanges implements Migration {

    @Override
    public void upgrade(Op op) throws Exception {
        op.batch("purchases", b -> b
                .dropColumn("legacy_code")
                .alterColumn("note", a -> a.existing(column("note", varchar(100))).type(varchar(200)).nullable(false).serverDefault("''"))
                .createUniqueConstraint("uq_purchases_user_total", "user_id", "total")
                .createCheckConstraint("ck_purchases_total", "total >= 0")
                .createIndex("ix_purchases_user", "user_id"));
        op.batch("users", b -> b
                .addColumn(column("phone", varchar(20)))
                .alterColumn("bio", a -> a.rename("about"))
                .dropConstraint("ck_users_email", ConstraintKind.CHECK));
        op.createTable("tags",
                column("name", varchar(40)).notNull(),
                column("label", varchar(80)));
        op.batch("tags", b -> b
                .createPrimaryKey("pk_tags", "name")
                .createForeignKey(foreignKey("fk_tags_plan", "label").references("plans", "name")));
    }

    @Override
    public void downgrade(Op op) throws Exception {
        op.dropTable("tags");
        op.batch("users", b -> b
                .createCheckConstraint("ck_users_email", "email <> ''")
                .alterColumn("about", a -> a.rename("bio"))
                .dropColumn("phone"));
        op.batch("purchases", b -> b
                .dropIndex("ix_purchases_user")
                .dropConstraint("ck_purchases_total", ConstraintKind.CHECK)
                .dropConstraint("uq_purchases_user_total", ConstraintKind.UNIQUE)
                .alterColumn("note", a -> a.existing(column("note", varchar(200))).type(varchar(100)).nullable(true).dropDefault())
                .addColumn(column("legacy_code", varchar(20))));
    }
}
