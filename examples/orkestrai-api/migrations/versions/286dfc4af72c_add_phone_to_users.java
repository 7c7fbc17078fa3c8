package db.retort;

import dev.retort.Migration;
import dev.retort.Op;
import dev.retort.Revision;
import static dev.retort.Ddl.*;

@Revision(id = "286dfc4af72c", revises = "523dbb60ecfe",
        message = "add_phone_to_users", created = "2026-12-03T11:51:44Z")
class AddPhoneToUsers implements Migration {

    @Override
    public void upgrade(Op op) throws Exception {
        op.addColumn("users", column("phone", varchar(20)));
    }

    @Override
    public void downgrade(Op op) throws Exception {
        op.dropColumn("users", "phone");
    }
}
