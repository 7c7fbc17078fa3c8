import dev.retort.Migration;
import dev.retort.Op;
import dev.retort.Revision;

import static dev.retort.Ddl.*;

@Revision(id = "5c7e9a1b3d4f", revises = "4b6d8f0a2c3e",
        message = "data fix with python logic", created = "2025-12-03T09:00:00Z")
class DataFixWithPythonLogic implements Migration {

    @Override
    public void upgrade(Op op) throws Exception {
        untranslated("5c7e9a1b3d4f_data_fix.py lines 20, 21");
        op.addColumn("accounts", column("slug", varchar(80)));
        // bind = op.get_bind(): used below
        // NOT TRANSLATED (5c7e9a1b3d4f_data_fix.py line 20: assignment of a value other than sa.table(...) or op.get_bind()):
        //     rows = bind.execute(sa.text("SELECT id, email FROM accounts")).fetchall()
        // NOT TRANSLATED (5c7e9a1b3d4f_data_fix.py line 21: control flow):
        //     for row in rows:
        //         bind.execute(sa.text("UPDATE accounts SET slug = :s WHERE id = :i"),
        //                      {"s": row.email.split("@")[0], "i": row.id})
        op.execute("UPDATE accounts SET slug = lower(slug)");
    }

    @Override
    public void downgrade(Op op) throws Exception {
    }

    /** Stops a migration that still holds Python nobody has translated. */
    private static void untranslated(String where) {
        throw new IllegalStateException("Imported from Alembic and not translated: " + where
                + "; write the commented Python as op calls, then remove the untranslated(...) line");
    }
}
