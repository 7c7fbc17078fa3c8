#!/usr/bin/env bash
# Fleet benchmark (issue 17; a benchmark, not a test): targets per second of one 'retort upgrade head
# --targets FILE --parallel P' process over S PostgreSQL schemas of one database (schema per tenant: each its
# own version table and lock), for P = 1, 2, 4, 8.
#   bench/fleet.sh [SCHEMAS] [RUNS]        (defaults: 200 schemas, 3 runs per P; the median is reported)
#   PGURL=postgresql://postgres@127.0.0.1:5432/test bench/fleet.sh
# Each run starts from empty schemas (dropped and created again, outside the measurement) and applies 3 SQL
# revisions per schema (a table, an index, a row). Wall time is the whole process (JVM start included), as a
# deploy pipeline feels it. Prints a Markdown table, with the load average before and after each run,
# since the machine's cores may be shared. Runs the jar directly with bin/retort's JVM options (not bin/retort,
# which rebuilds and installs when a source is newer than the jar); build it first, installing nothing:
#   mvn -B -o -q -pl retort-cli -am package -DskipTests
set -euo pipefail
schemas=${1:-200} runs=${2:-3}
pgurl=${PGURL:-postgresql://postgres@127.0.0.1:5432/test}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jar="$repo/retort-cli/target/retort.jar"
[ -f "$jar" ] || { echo "build $jar first (see the header)" >&2; exit 1; }
retort() { java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn4m -jar "$jar" "$@"; }
work=$(mktemp -d)
prefix="fleetbench_$$_"
cleanup() {
  psql -q "$pgurl" -c "DROP SCHEMA IF EXISTS $(seq -s, -f "${prefix}%g" 1 "$schemas") CASCADE" > /dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/migrations/versions"
printf 'script_location = migrations\n' > "$work/retort.properties"
printf -- '-- revision: b1\n-- upgrade\nCREATE TABLE account (id INTEGER PRIMARY KEY, email VARCHAR(200) NOT NULL);\n-- downgrade\nDROP TABLE account;\n' \
  > "$work/migrations/versions/b1_account.sql"
printf -- '-- revision: b2\n-- revises: b1\n-- upgrade\nCREATE INDEX ix_account_email ON account (email);\n-- downgrade\nDROP INDEX ix_account_email;\n' \
  > "$work/migrations/versions/b2_index.sql"
printf -- "-- revision: b3\n-- revises: b2\n-- upgrade\nINSERT INTO account (id, email) VALUES (1, 'admin@example.com');\n-- downgrade\nDELETE FROM account;\n" \
  > "$work/migrations/versions/b3_admin.sql"
seq -f "${prefix}%g" 1 "$schemas" > "$work/targets.txt"

reset() {
  psql -q "$pgurl" -c "DROP SCHEMA IF EXISTS $(seq -s, -f "${prefix}%g" 1 "$schemas") CASCADE" > /dev/null 2>&1
  { for i in $(seq 1 "$schemas"); do echo "CREATE SCHEMA ${prefix}$i;"; done; } | psql -q "$pgurl" > /dev/null
}
load() { cut -d' ' -f1-3 /proc/loadavg; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

retort --version > /dev/null   # warms the page cache outside the measurements
echo "| --parallel | median s | min–max s | targets/s (median) | load average before → after |"
echo "| ---: | ---: | ---: | ---: | --- |"
for p in 1 2 4 8; do
  times=() loads=()
  for r in $(seq 1 "$runs"); do
    reset
    before=$(load)
    start=$(date +%s%N)
    (cd "$work" && RETORT_URL="$pgurl" retort upgrade head --targets targets.txt --parallel "$p" -q > "$work/out.txt")
    end=$(date +%s%N)
    grep -q "$schemas targets in .*: $schemas done, 0 failed, 0 skipped" "$work/out.txt" \
      || { echo "run failed:" >&2; tail -3 "$work/out.txt" >&2; exit 1; }
    times+=("$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", (e - s) / 1e9 }')")
    loads+=("$before → $(load)")
  done
  med=$(printf '%s\n' "${times[@]}" | median)
  min=$(printf '%s\n' "${times[@]}" | sort -n | head -1)
  max=$(printf '%s\n' "${times[@]}" | sort -n | tail -1)
  rate=$(awk -v n="$schemas" -v t="$med" 'BEGIN { printf "%.1f", n / t }')
  echo "| $p | $med | $min–$max | $rate | ${loads[0]} |"
done
