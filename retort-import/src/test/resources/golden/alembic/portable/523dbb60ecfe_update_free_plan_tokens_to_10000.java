import dev.retort.Migration;
import dev.retort.Op;
import dev.retort.Revision;

import static dev.retort.Ddl.*;

@Revision(id = "523dbb60ecfe", revises = "1975ea83b712",
        message = "update free plan tokens to 10000", created = "2025-11-24T14:30:00Z")
class UpdateFreePlanTokensTo10000 implements Migration {

    @Override
    public void upgrade(Op op) throws Exception {
        op.execute("""
                UPDATE plans
                SET monthly_token_limit = 10000
                WHERE name = 'free'
                """);
    }

    @Override
    public void downgrade(Op op) throws Exception {
        op.execute("""
                UPDATE plans
                SET monthly_token_limit = 2000
                WHERE name = 'free'
                """);
    }
}
