#!/usr/bin/env bash
# Writes a Retort project with N linear revisions, for whole-process benchmarks.
#   bench/generate.sh DIR N [sql|java]
# Each revision creates one small table and inserts a row, as a typical early-project migration does.
set -euo pipefail
dir=$1 n=$2 format=${3:-sql}
rm -rf "$dir" && mkdir -p "$dir/migrations/versions"
printf 'script_location = migrations\nurl = jdbc:sqlite:bench.db\n' > "$dir/retort.properties"
prev=""
for ((i = 1; i <= n; i++)); do
  id=$(printf 'b%011x' "$i")
  if [[ $format == sql ]]; then
    {
      echo "-- revision: $id"
      [[ -n $prev ]] && echo "-- revises: $prev"
      echo "-- message: create table t$i"
      echo
      echo "-- upgrade"
      echo "CREATE TABLE t$i (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);"
      echo "INSERT INTO t$i (id, name) VALUES (1, 'row $i');"
      echo
      echo "-- downgrade"
      echo "DROP TABLE t$i;"
    } > "$dir/migrations/versions/${id}_create_table_t$i.sql"
  else
    revises=""
    [[ -n $prev ]] && revises=", revises = \"$prev\""
    cat > "$dir/migrations/versions/${id}_create_table_t$i.java" <<JAVA
import dev.retort.Migration;
import dev.retort.Op;
import dev.retort.Revision;

@Revision(id = "$id"$revises, message = "create table t$i")
class CreateTableT$i implements Migration {
    @Override
    public void upgrade(Op op) {
        op.execute("CREATE TABLE t$i (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL)");
        op.execute("INSERT INTO t$i (id, name) VALUES (1, 'row $i')");
    }

    @Override
    public void downgrade(Op op) {
        op.execute("DROP TABLE t$i");
    }
}
JAVA
  fi
  prev=$id
done
