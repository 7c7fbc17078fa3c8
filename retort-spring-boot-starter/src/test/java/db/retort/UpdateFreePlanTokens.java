package db.retort;

import dev.retort.Migration;
import dev.retort.Op;
import dev.retort.Revision;

/** A Java migration compiled with the application: found on the class path, never compiled at run time. */
@Revision(id = "523dbb60ecfe", revises = "1975ea83b712", message = "update free plan tokens to 10000")
public class UpdateFreePlanTokens implements Migration {
    @Override
    public void upgrade(Op op) {
        op.execute("UPDATE plans SET monthly_token_limit = 10000 WHERE name = 'free'");
    }

    @Override
    public void downgrade(Op op) {
        op.execute("UPDATE plans SET monthly_token_limit = 2000 WHERE name = 'free'");
    }
}
