#!/usr/bin/env bash
# Writes the same N revisions in every measured tool's format, for bench/all.sh.
#   bench/generate-all.sh DIR N
# Revision i creates table t<i>: 10 columns, a foreign key to t<i-1> (t1 to itself) and an index, as a
# typical early-project migration does; its downgrade drops the table. The SQL is the same for every tool
# and both databases (PostgreSQL and SQLite accept it as written):
#   DIR/retort-sql     Retort project, SQL scripts, plus models/BenchSchema.java (the schema DSL, for `check`)
#   DIR/retort-java    Retort project, Java scripts calling op.execute(...) with the same statements
#   DIR/alembic        Alembic project (alembic.ini, env.py, versions/*.py calling op.execute(...)),
#                      plus models.py (the same N tables as SQLAlchemy metadata) and check.py (`check`)
#   DIR/flyway         V<i>__create_table_t<i>.sql
#   DIR/liquibase      changelog.sql: one formatted-SQL changeset per revision, with its rollback
#   DIR/floor          up.sql / down.sql: the statements alone, BEGIN ... COMMIT around each migration
# Revision ids are the same everywhere: b<11 hex digits of i>.
set -euo pipefail
dir=$1 n=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
rm -rf "$dir"
mkdir -p "$dir"/{retort-sql,retort-java}/migrations/versions "$dir/retort-sql/models" \
  "$dir/alembic/alembic/versions" "$dir/flyway" "$dir/liquibase" "$dir/floor"
for p in retort-sql retort-java; do
  printf 'script_location = migrations\nurl = jdbc:sqlite:bench.db\n' > "$dir/$p/retort.properties"
done
printf 'model_classpath = models\nmodel_class = BenchSchema\n' >> "$dir/retort-sql/retort.properties"
cp "$here/alembic/alembic.ini" "$dir/alembic/"
cp "$here/alembic/env.py" "$here/alembic/check.py" "$dir/alembic/" && mv "$dir/alembic/env.py" "$dir/alembic/alembic/"
sed "s/@N@/$n/" "$here/alembic/models.py" > "$dir/alembic/models.py"
sed "s/@N@/$n/" "$here/BenchSchema.java" > "$dir/retort-sql/models/BenchSchema.java"

awk -v n="$n" -v dir="$dir" '
function id(i) { return sprintf("b%011x", i) }
BEGIN {
  q = "\047"
  print "--liquibase formatted sql" > (dir "/liquibase/changelog.sql")
  for (i = 1; i <= n; i++) {
    parent = (i == 1 ? 1 : i - 1)
    create = sprintf("CREATE TABLE t%d (id INTEGER NOT NULL, parent_id INTEGER, name VARCHAR(50) NOT NULL, " \
      "email VARCHAR(100), code VARCHAR(20), qty INTEGER, amount NUMERIC(10, 2), active BOOLEAN, note TEXT, " \
      "created_at TIMESTAMP, CONSTRAINT pk_t%d PRIMARY KEY (id), " \
      "CONSTRAINT fk_t%d_parent_id_t%d FOREIGN KEY (parent_id) REFERENCES t%d (id))", i, i, i, parent, parent)
    idx = sprintf("CREATE INDEX ix_t%d_name ON t%d (name)", i, i)
    drop = sprintf("DROP TABLE t%d", i)
    name = "create_table_t" i
    rev = id(i); prev = (i > 1 ? id(i - 1) : "")

    f = dir "/retort-sql/migrations/versions/" rev "_" name ".sql"
    print "-- revision: " rev > f
    if (prev != "") print "-- revises: " prev > f
    print "-- message: create table t" i "\n\n-- upgrade\n" create ";\n" idx ";\n\n-- downgrade\n" drop ";" > f
    close(f)

    f = dir "/retort-java/migrations/versions/" rev "_" name ".java"
    printf "import dev.retort.Migration;\nimport dev.retort.Op;\nimport dev.retort.Revision;\n\n" > f
    printf "@Revision(id = \"%s\"%s, message = \"create table t%d\")\n", rev, (prev != "" ? ", revises = \"" prev "\"" : ""), i > f
    printf "class CreateTableT%d implements Migration {\n    @Override\n    public void upgrade(Op op) {\n", i > f
    printf "        op.execute(\"%s\");\n        op.execute(\"%s\");\n    }\n\n", create, idx > f
    printf "    @Override\n    public void downgrade(Op op) {\n        op.execute(\"%s\");\n    }\n}\n", drop > f
    close(f)

    f = dir "/alembic/alembic/versions/" rev "_" name ".py"
    printf "\"\"\"create table t%d\"\"\"\nfrom alembic import op\n\nrevision = %s%s%s\ndown_revision = %s\n", i, q, rev, q, (prev != "" ? q prev q : "None") > f
    printf "branch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n" > f
    printf "    op.execute(\"%s\")\n    op.execute(\"%s\")\n\n\ndef downgrade():\n    op.execute(\"%s\")\n", create, idx, drop > f
    close(f)

    f = dir "/flyway/V" i "__" name ".sql"
    print create ";\n" idx ";" > f
    close(f)

    printf "\n--changeset bench:%d\n%s;\n%s;\n--rollback %s;\n", i, create, idx, drop > (dir "/liquibase/changelog.sql")
    printf "BEGIN;\n%s;\n%s;\nCOMMIT;\n", create, idx > (dir "/floor/up.sql")
  }
  for (i = n; i >= 1; i--) printf "BEGIN;\nDROP TABLE t%d;\nCOMMIT;\n", i > (dir "/floor/down.sql")
}'
