package db.retort;

import dev.retort.Migration;
import dev.retort.Op;
import dev.retort.Revision;

@Revision(id = "523dbb60ecfe", revises = "e337bcfc7a00",
        message = "update_free_plan_tokens_to_10000", created = "2026-12-03T11:51:19Z")
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
