#!/usr/bin/env bash
# Retort's quick start on SQLite, in a scratch folder: init, write two revisions (one SQL, one Java),
# upgrade, look around, downgrade. Builds the tool first when needed. Safe to run again.
#   examples/quickstart.sh [DIR]      (default: a new temporary folder)
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=${1:-$(mktemp -d)}
mkdir -p "$dir" && cd "$dir"
rm -rf migrations retort.properties retort.db
run() { printf '\n$ retort %s\n' "$*"; "$repo/bin/retort" "$@"; }

run init migrations
run revision -m "create account table" --rev-id 1975ea83b712 --format sql
cat > migrations/versions/1975ea83b712_create_account_table.sql <<'SQL'
-- revision: 1975ea83b712
-- message: create account table

-- upgrade
CREATE TABLE account (
    id INTEGER PRIMARY KEY,
    name VARCHAR(50) NOT NULL,
    description VARCHAR(200)
);

-- downgrade
DROP TABLE account;
SQL
run revision -m "add last transaction date" --rev-id ae1027a6acf0
cat > migrations/versions/ae1027a6acf0_add_last_transaction_date.java <<'JAVA'
import static dev.retort.Ddl.*;

import dev.retort.Migration;
import dev.retort.Op;
import dev.retort.Revision;

@Revision(id = "ae1027a6acf0", revises = "1975ea83b712", message = "add last transaction date")
class AddLastTransactionDate implements Migration {
    @Override
    public void upgrade(Op op) {
        op.addColumn("account", column("last_transaction_date", timestamp()));
    }

    @Override
    public void downgrade(Op op) {
        op.dropColumn("account", "last_transaction_date");
    }
}
JAVA
run history
run upgrade head
run current
run upgrade head --sql
run downgrade -1
run history --indicate-current
run upgrade head
printf '\nThe quick start ran in %s\n' "$dir"
