import static dev.retort.model.Dsl.*;

import dev.retort.model.SchemaDefinition;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;

/** The N tables bench/generate-all.sh's revisions create, in the schema DSL: the model `retort check` compares. */
public class BenchSchema implements SchemaDefinition {
    static final int N = @N@;

    @Override
    public Schema define() {
        List<Table> tables = new ArrayList<>(N);
        for (int i = 1; i <= N; i++) {
            int parent = i == 1 ? 1 : i - 1;
            tables.add(table("t" + i,
                    column("id", integer()).notNull(),
                    column("parent_id", integer()),
                    column("name", varchar(50)).notNull(),
                    column("email", varchar(100)),
                    column("code", varchar(20)),
                    column("qty", integer()),
                    column("amount", numeric(10, 2)),
                    column("active", bool()),
                    column("note", text()),
                    column("created_at", timestamp()),
                    primaryKey("id"),
                    foreignKey("parent_id").references("t" + parent, "id"),
                    index("ix_t" + i + "_name", "name")));
        }
        return schema(tables);
    }
}
