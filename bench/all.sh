#!/usr/bin/env bash
# The whole comparison in one command: Retort beside Alembic, Flyway, Liquibase and the floor (the same SQL
# through psql / the sqlite3 shell), on the same generated revisions (bench/generate-all.sh: each creates a
# 10-column table with a foreign key and an index), whole process, fresh process per measured run.
#   bench/all.sh [N...]                   (default: 100 1000; e.g. bench/all.sh 100 1000 10000)
# Environment:
#   BENCH_RUNS=5          measured runs per row (default 5; 3 for N >= 10000); min, median and max reported
#   BENCH_PG_URL=jdbc:postgresql://127.0.0.1:5432/test?user=postgres   (the default) PostgreSQL server;
#                         each tool gets a fresh schema per run (currentSchema / search_path), dropped after
#   BENCH_SKIP_PG=1 / BENCH_SKIP_SQLITE=1   one database only
#   BENCH_OUT=FILE        where the report goes (default: BENCHMARKS.md at the repository root; "-": none)
#   BENCH_QUIET_MAX=50 BENCH_QUIET_WAIT=2   before each measured run, wait up to BENCH_QUIET_WAIT s until
#                         other processes use at most BENCH_QUIET_MAX % of all cores (0: never wait); the
#                         report counts the runs that started busy anyway, and the load averages
#   BENCH_ROWS="..."      only these groups of rows (default: all): version apply noop read check down ("read" is
#                         current, history and heads); the warm-up still applies every tool once
#   BENCH_TOOLS="..."     only these tools (default: all): floor retort-sql retort-java retort-java-cold alembic
#                         flyway liquibase (at N = 10,000 Flyway's apply alone takes over 5 minutes a run here)
#   BENCH_SMOKE=1         smoke mode (bench/smoke.sh): N = 20, one run, no waiting, no report; fails (exit 1)
#                         on the first tool that fails or leaves the wrong number of tables
# Needs: java, mvn (bench/compare's Flyway and Liquibase mains), GNU time (/usr/bin/time), psql, sqlite3, and
# Debian's python3-alembic + python3-psycopg2 run by /usr/bin/python3.
#
# Rows (each tool in its own database; tools interleaved round by round so outside load hits them alike):
#   --version             start-up alone: retort --version, alembic --version, the Flyway/Liquibase mains
#   apply all             floor, Retort SQL scripts, Retort Java scripts with a warm class cache and with an
#                         empty one (launch caches warm), Alembic (transaction_per_migration), Flyway, Liquibase
#   no-op upgrade head    everything applied: Retort, Alembic, Flyway (migrate), Liquibase (update)
#   current/history/heads Retort vs Alembic
#   check                 models (bench/BenchSchema.java, bench/alembic/models.py) matching all N tables
#   downgrade all         floor (DROP TABLE, one transaction each), Retort `downgrade base`, Alembic
# Per run: wall time (date +%s%N around the process), CPU = user + sys and peak RSS from GNU time.
# Before each measured run that writes (apply, downgrade) on PostgreSQL the harness asks for a CHECKPOINT (not
# timed): the server's WAL-triggered checkpoints, each writing and syncing the files of thousands of tables the
# runs before made, otherwise land in whichever runs are under way, at random, for every tool alike.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bench="$repo/bench"
retort="$repo/bin/retort"
java="java"; [[ -n ${JAVA_HOME:-} ]] && java="$JAVA_HOME/bin/java"
python=/usr/bin/python3
gnu_time=/usr/bin/time
smoke=${BENCH_SMOKE:-}
if [[ -n $smoke ]]; then sizes=(20); else sizes=("${@:-100}"); (($#)) || sizes=(100 1000); fi
pg_url=${BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}
out=${BENCH_OUT:-$repo/BENCHMARKS.md}
work=$(mktemp -d)
pg_schemas=()
cleanup() {
  local s
  for s in "${pg_schemas[@]}"; do drop_schema "$s" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
log="$work/run.log"
say() { echo "all: $*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

for tool in "$java" mvn psql sqlite3 "$python" "$gnu_time"; do
  command -v "$tool" > /dev/null || fail "$tool not found (see the header of bench/all.sh)"
done
"$python" -c 'import alembic, psycopg2' 2> /dev/null || fail "$python lacks alembic/psycopg2: apt-get install python3-alembic python3-psycopg2"

# ---- build (outside every measurement) --------------------------------------------------------------
cmp="$bench/compare"
fw_jar="$cmp/flyway/target/flyway-bench.jar" lb_jar="$cmp/liquibase/target/liquibase-bench.jar"
if [[ ! -f $fw_jar || ! -f $lb_jar || -n $(find "$cmp" -path '*/target' -prune -o -type f -newer "$fw_jar" -print -quit) ]]; then
  say "building bench/compare ..."
  (cd "$cmp" && { mvn -q -B -o package > "$log" 2>&1 || mvn -q -B package > "$log" 2>&1; }) || { cat "$log"; fail "bench/compare build"; }
fi
"$retort" --help > /dev/null || fail "bin/retort"   # builds retort.jar if needed
jar="$repo/retort-cli/target/retort.jar"
prop() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$cmp/pom.xml" | head -1; }
sqlite_version=$(prop sqlite.version)

# ---- launch flags for the Flyway and Liquibase mains (as compare.sh: the caches bin/retort gives Retort) -
jvm=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
native_dir="$work/native"
mkdir -p "$work/launch" "$native_dir"
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) native="org/sqlite/native/Linux/x86_64/libsqlitejdbc.so" ;;
  Linux-aarch64) native="org/sqlite/native/Linux/aarch64/libsqlitejdbc.so" ;;
  *) native="" ;;
esac
native_opts=()
if [[ -n $native ]] && unzip -p "$cmp/flyway/target/lib/sqlite-jdbc-$sqlite_version.jar" "$native" > "$native_dir/libsqlitejdbc.so" 2>/dev/null \
   && [[ -s $native_dir/libsqlitejdbc.so ]]; then
  native_opts=(-Dorg.sqlite.lib.path="$native_dir" -Dorg.sqlite.lib.name=libsqlitejdbc.so)
fi
record="" # set for the warm-up run: records the tool's AppCDS archive at exit
launch_opts() {
  printf '%s\n' "${native_opts[@]}" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off
  if [[ -n $record ]]; then printf '%s\n' "-XX:ArchiveClassesAtExit=$work/launch/$backend-$1.jsa"
  else printf '%s\n' "-XX:SharedArchiveFile=$work/launch/$backend-$1.jsa"; fi
}

# ---- databases: one per tool ------------------------------------------------------------------------
backend="" n=0 gen=""
psql_base=${BENCH_PSQL:-${pg_url#jdbc:}}
psql_c() { PGOPTIONS="-c client_min_messages=warning" psql "$psql_base" -v ON_ERROR_STOP=1 -qAtc "$1"; }
declare -A epoch=() # PostgreSQL: each reset moves a tool to a new schema; all are dropped at exit, outside the
# measured loop (dropping thousands of tables takes seconds each time)
schema_of() { echo "bench_$$_${1//-/_}_${epoch[$1]:-0}"; }
with_param() { local sep='?'; [[ $1 == *\?* ]] && sep='&'; echo "$1$sep$2"; }
jdbc_url() {
  if [[ $backend == sqlite ]]; then echo "jdbc:sqlite:$work/db/$1.db"
  else with_param "$pg_url" "currentSchema=$(schema_of "$1")"; fi
}
reset_db() {
  if [[ $backend == sqlite ]]; then mkdir -p "$work/db"; rm -f "$work/db/$1.db"*
  else
    epoch[$1]=$((${epoch[$1]:-0} + 1)); pg_schemas+=("$(schema_of "$1")")
    psql_c "CREATE SCHEMA $(schema_of "$1")" > /dev/null
  fi
}
drop_schema() { # in steps of 100 tables: one DROP SCHEMA ... CASCADE of thousands of tables runs out of locks
  PGOPTIONS="-c client_min_messages=warning" psql "$psql_base" -v ON_ERROR_STOP=1 -qAt -f - > /dev/null <<SQL
SELECT format('DROP TABLE IF EXISTS %s CASCADE', string_agg(quote_ident('$1') || '.' || quote_ident(tablename), ', '))
  FROM (SELECT tablename, row_number() OVER () / 100 AS chunk FROM pg_tables WHERE schemaname = '$1') t
  GROUP BY chunk \\gexec
DROP SCHEMA IF EXISTS $1 CASCADE;
SQL
}
tables_made() {
  if [[ $backend == sqlite ]]; then
    sqlite3 "$work/db/$1.db" "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name GLOB 't[0-9]*'"
  else
    psql_c "SELECT count(*) FROM information_schema.tables WHERE table_schema = '$(schema_of "$1")' AND table_name ~ '^t[0-9]+\$'"
  fi
}
expect_tables() { # tool, count
  local made; made=$(tables_made "$1")
  [[ $made == "$2" ]] || fail "$backend N=$n: $1 left $made tables t<i>, not $2"
}

# ---- one tool, once ----------------------------------------------------------------------------------
class_cache() { echo "$work/cache/$backend-$1"; }   # XDG_CACHE_HOME per Retort variant: launch + class cache
empty_class_cache() { # keeps bin/retort's launch caches (launch/), drops the compiled scripts
  find "$(class_cache java-cold)/retort" -mindepth 1 -maxdepth 1 ! -name launch -exec rm -rf {} + 2>/dev/null || true
}
cmd=() cwd=""
tool_cmd() { # tool, action (apply | noop | down | version | current | history | heads | check): sets cmd, cwd
  local tool=$1 action=$2 url; url=$(jdbc_url "$tool")
  local verb=(upgrade head)
  case $action in
    down) verb=(downgrade base) ;; version) verb=(--version) ;; current | history | heads | check) verb=("$action") ;;
  esac
  case $tool in
    retort-sql | retort-java | retort-java-cold)
      local project=${tool#retort-}; project=retort-${project%-cold}
      cwd="$gen/$project"
      cmd=(env XDG_CACHE_HOME="$(class_cache "${tool#retort-}")" "$retort" --url "$url" "${verb[@]}") ;;
    alembic)
      cwd="$gen/alembic"
      local sa
      if [[ $backend == sqlite ]]; then sa="sqlite:///$work/db/alembic.db"
      else sa=$(with_param "postgresql+psycopg2://${psql_base#postgresql://}" "options=-csearch_path%3D$(schema_of alembic)"); fi
      case $action in
        check) cmd=(env -u PYTHONDONTWRITEBYTECODE BENCH_DB_URL="$sa" "$python" check.py) ;;
        *) cmd=(env -u PYTHONDONTWRITEBYTECODE BENCH_DB_URL="$sa" "$python" -m alembic "${verb[@]}") ;;
      esac ;;
    flyway)
      local opts; mapfile -t opts < <(launch_opts flyway)
      cwd="$gen/flyway"
      if [[ $action == version ]]; then cmd=("$java" "${jvm[@]}" "${opts[@]}" -jar "$fw_jar" --version)
      else cmd=("$java" "${jvm[@]}" "${opts[@]}" -jar "$fw_jar" "$gen/flyway" "$url"); fi ;;
    liquibase)
      local opts; mapfile -t opts < <(launch_opts liquibase)
      cwd="$gen/liquibase"
      if [[ $action == version ]]; then cmd=("$java" "${jvm[@]}" "${opts[@]}" -jar "$lb_jar" --version)
      else cmd=("$java" "${jvm[@]}" "${opts[@]}" -Dliquibase.analytics.enabled=false -jar "$lb_jar" "$gen/liquibase" changelog.sql "$url"); fi ;;
    floor)
      local file=up.sql; [[ $action == down ]] && file=down.sql
      cwd="$gen/floor"
      if [[ $backend == sqlite ]]; then cmd=(sqlite3 -bail "$work/db/floor.db" ".read $file")
      else cmd=(psql "$(with_param "$psql_base" "options=-csearch_path%3D$(schema_of floor)")" -q -X -v ON_ERROR_STOP=1 -f "$file"); fi ;;
  esac
}
run_once() { # tool, action: unmeasured (warm-ups, re-applying before a downgrade)
  tool_cmd "$1" "$2"
  (cd "$cwd" && "${cmd[@]}") > "$log" 2>&1 || { cat "$log" >&2; fail "$backend N=$n: $1 $2"; }
}

# ---- a quiet machine (as compare.sh) ------------------------------------------------------------------
quiet_max=${BENCH_QUIET_MAX:-50} quiet_wait=${BENCH_QUIET_WAIT:-2}
[[ -n $smoke ]] && quiet_wait=0
measured=0 busy_starts=0
busy_pct() {
  local a b
  a=$(head -1 /proc/stat); sleep 0.3; b=$(head -1 /proc/stat)
  awk -v a="$a" -v b="$b" 'BEGIN {
    n = split(a, x, " "); split(b, y, " "); total = 0
    for (i = 2; i <= n; i++) total += y[i] - x[i]
    idle = (y[5] - x[5]) + (y[6] - x[6])
    printf "%d\n", (total > 0 ? (total - idle) * 100 / total : 0) }'
}
settle() { # before a measured run that writes (see the header): the server starts it with no checkpoint under way
  [[ $backend == sqlite || -n $smoke ]] || psql_c "CHECKPOINT" > /dev/null
}
wait_quiet() {
  measured=$((measured + 1))
  ((quiet_wait > 0)) || return 0
  local until=$((SECONDS + quiet_wait))
  while (($(busy_pct) > quiet_max)); do
    if ((SECONDS >= until)); then busy_starts=$((busy_starts + 1)); return 0; fi
    sleep 0.5
  done
}

# ---- measuring: one line per run in $results: backend n row tool wall cpu rss-KiB ------------------------
results="$work/results.tsv"
: > "$results"
measure() { # row, tool, action
  local row=$1 tool=$2 action=$3 start end
  tool_cmd "$tool" "$action"
  wait_quiet
  start=$(date +%s%N)
  if ! (cd "$cwd" && "$gnu_time" -f '%U %S %M' -o "$work/time" "${cmd[@]}") > "$log" 2>&1; then
    cat "$log" >&2; fail "$backend N=$n: $tool: $row"
  fi
  end=$(date +%s%N)
  read -r user sys rss < <(tail -1 "$work/time")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$backend" "$n" "$row" "$tool" \
    "$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", (e - s) / 1e9 }')" \
    "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')" "$rss" >> "$results"
}

want() { [[ -z ${BENCH_ROWS:-} || " $BENCH_ROWS " == *" $1 "* ]]; }
chosen() { # the tools given that BENCH_TOOLS keeps, in order
  local t
  for t in "$@"; do [[ -z ${BENCH_TOOLS:-} || " $BENCH_TOOLS " == *" $t "* ]] && echo "$t"; done
  return 0
}
mapfile -t apply_tools < <(chosen floor retort-sql retort-java retort-java-cold alembic flyway liquibase)
measure_backend() {
  local r tool cmd_
  if [[ -z $smoke ]]; then # the smoke run times nothing: no warm-up (the measured loop applies and checks as well)
    say "$backend N=$n: warm-up (launch caches, class cache, .pyc) ..."
    for tool in "${apply_tools[@]}"; do
      reset_db "$tool"
      [[ $tool == flyway || $tool == liquibase ]] && record=1
      run_once "$tool" apply; record=""
      expect_tables "$tool" "$n"
    done
  fi
  want version && say "$backend N=$n: --version ..."
  want version && for ((r = 0; r < runs; r++)); do
    for tool in $(chosen retort-sql alembic flyway liquibase); do measure "--version" "$tool" version; done
  done
  want apply && say "$backend N=$n: apply all ..."
  want apply && for ((r = 0; r < runs; r++)); do
    for tool in "${apply_tools[@]}"; do
      reset_db "$tool"; [[ $tool == retort-java-cold ]] && empty_class_cache
      settle
      measure "apply all" "$tool" apply
    done
  done
  for tool in "${apply_tools[@]}"; do expect_tables "$tool" "$n"; done
  want noop && say "$backend N=$n: no-op upgrade head ..."
  want noop && for ((r = 0; r < runs; r++)); do
    for tool in $(chosen retort-sql retort-java alembic flyway liquibase); do measure "no-op upgrade head" "$tool" noop; done
  done
  say "$backend N=$n: current / history / heads / check ..."
  for cmd_ in current history heads check; do
    if [[ $cmd_ == check ]]; then want check || continue; else want read || continue; fi
    for ((r = 0; r < runs; r++)); do
      for tool in $(chosen retort-sql alembic); do measure "$cmd_" "$tool" "$cmd_"; done
    done
  done
  want down && say "$backend N=$n: downgrade all ..."
  want down && for ((r = 0; r < runs; r++)); do
    for tool in $(chosen floor retort-sql alembic); do
      ((r == 0)) || run_once "$tool" apply
      settle
      measure "downgrade all" "$tool" down
      expect_tables "$tool" 0
    done
  done
  return 0
}

# ---- the machine ------------------------------------------------------------------------------------------
meta="$work/meta"
{
  echo "date	$(date -u +%Y-%m-%dT%H:%MZ)"
  echo "cpu	$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
  echo "cores	$(nproc)"
  echo "memory	$(free -g | awk '/^Mem:/ { print $2 }') GB"
  echo "os	$(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "jdk	$("$java" -version 2>&1 | sed -n 2p)"
  echo "retort	$("$retort" --version 2>/dev/null | head -1) (git $(git -C "$repo" rev-parse --short HEAD))"
  echo "alembic	Alembic $("$python" -c 'import alembic, sqlalchemy, psycopg2, sys; print(alembic.__version__, "(SQLAlchemy", sqlalchemy.__version__ + ", psycopg2", psycopg2.__version__.split()[0] + ", Python", sys.version.split()[0] + ")")')"
  echo "flyway	$("$java" -jar "$fw_jar" --version) (flyway-core + flyway-database-postgresql)"
  echo "liquibase	$("$java" -jar "$lb_jar" --version) (formatted-SQL changelog, analytics off)"
  echo "drivers	sqlite-jdbc $sqlite_version, pgjdbc $(prop postgresql.version)"
  echo "floor	$(psql --version), sqlite3 $(sqlite3 --version | cut -d' ' -f1)"
  echo "load_start	$(cut -d' ' -f1-3 /proc/loadavg)"
} > "$meta"

backends=()
if [[ -z ${BENCH_SKIP_PG:-} ]]; then
  psql_c 'SELECT 1' > /dev/null || fail "PostgreSQL at $psql_base (set BENCH_PG_URL, or BENCH_SKIP_PG=1)"
  echo "postgresql	PostgreSQL $(psql_c 'SHOW server_version' | cut -d' ' -f1) on ${pg_url%%\?*}" >> "$meta"
  # Each run creates and drops tens of thousands of tables. Where autovacuum is off (as on the CI machines), their
  # dead catalog rows pile up from run to run (5 million in pg_attribute after a few runs, 818 MB); vacuuming
  # first puts every run on the same footing.
  if [[ $(psql_c 'SHOW autovacuum') == off ]]; then
    say "vacuuming the database first (autovacuum is off) ..."
    psql_c 'VACUUM' > /dev/null
  fi
  backends+=(postgresql)
fi
[[ -z ${BENCH_SKIP_SQLITE:-} ]] && backends+=(sqlite)
stamp=$(date +%Y-%m-%d-%H%M%S)
report() { # bench/results/all-<stamp>.{tsv,meta} (git-ignored) and, unless BENCH_OUT=-, the report
  local end="$work/meta.end"
  cp "$meta" "$end"
  {
    echo "load_end	$(cut -d' ' -f1-3 /proc/loadavg)"
    echo "quiet	$quiet_max	$quiet_wait"
    echo "elapsed	$((SECONDS - started))"
  } >> "$end"
  mkdir -p "$bench/results"
  cp "$results" "$bench/results/all-$stamp.tsv"; cp "$end" "$bench/results/all-$stamp.meta"
  [[ $out != - ]] || return 0
  "$python" "$bench/report.py" "$end" "$results" > "$out.tmp" || fail "bench/report.py"
  mv "$out.tmp" "$out"
  say "written to $out (raw runs: bench/results/all-$stamp.tsv)"
}
started=$SECONDS
for n in "${sizes[@]}"; do
  runs=${BENCH_RUNS:-5}; [[ -z ${BENCH_RUNS:-} ]] && ((n >= 10000)) && runs=3
  [[ -n $smoke ]] && runs=1
  gen="$work/gen-$n"
  say "N=$n: generating the revisions in every format ..."
  "$bench/generate-all.sh" "$gen" "$n"
  javac -cp "$jar" -d "$gen/retort-sql/models" "$gen/retort-sql/models/BenchSchema.java" || fail "compiling BenchSchema"
  for backend in "${backends[@]}"; do
    busy_before=$busy_starts measured_before=$measured
    measure_backend
    echo "busy	$backend	$n	$((busy_starts - busy_before))	$((measured - measured_before))	$runs	$(cut -d' ' -f1-3 /proc/loadavg)" >> "$meta"
    [[ -n $smoke ]] || report   # after each database and N, so a long run that is stopped still leaves a report
  done
done
if ((${#pg_schemas[@]})); then say "dropping the PostgreSQL schemas ..."; fi
if [[ -n $smoke ]]; then
  say "smoke: every tool ran every row on ${backends[*]} with N=${sizes[*]} ($((SECONDS - started)) s)"
fi
