#!/usr/bin/env bash
# Side-by-side, whole-process benchmark: Retort vs Flyway vs Liquibase, the same N migrations each
# (every one creates a small table and inserts a row), a fresh JVM per measured run.
#   bench/compare.sh [N] [RUNS]          (defaults: 1000 migrations, 5 runs; median reported)
#   BENCH_PG_URL='jdbc:postgresql://127.0.0.1:5432/test?user=postgres' bench/compare.sh
#       also on PostgreSQL: each tool gets a fresh schema per run (currentSchema=...), dropped after.
#       The schemas are made and dropped with psql; BENCH_PSQL overrides its connection string
#       (default: BENCH_PG_URL without "jdbc:").
#   BENCH_SKIP_SQLITE=1                  PostgreSQL only.
#   BENCH_QUIET_MAX=50 BENCH_QUIET_WAIT=10
#       before each measured run, wait (up to BENCH_QUIET_WAIT s; 0: never) until other processes use at
#       most BENCH_QUIET_MAX % of all cores; the report counts the runs that started busy anyway.
# Prints a table per database and writes it to bench/results/compare-<date>.md (git-ignored).
#
# What runs (see bench/compare/ for the two mains):
#   retort-sql / retort-java   bin/retort --url URL upgrade head   (generate.sh projects; the Java
#                              scripts' class cache is warm: compiled once in the warm-up)
#   flyway                     Flyway.configure().dataSource(URL).locations("filesystem:DIR").load().migrate()
#                              over DIR/V<i>__create_table_t<i>.sql
#   liquibase                  CommandScope("update") over one formatted-SQL changelog with N changesets
# JVM flags, the same for all three: -XX:TieredStopAtLevel=1 -XX:+UseSerialGC (bin/retort's own), plus the
# launch caches bin/retort gives Retort -- an AppCDS archive recorded by a warm-up run and the sqlite-jdbc
# native library unpacked once -- built the same way for Flyway and Liquibase. The "no launch cache" rows
# show every tool without them (JDK's default CDS only). Liquibase runs with liquibase.analytics.enabled=false
# (otherwise it fetches its remote analytics settings on every run).
set -euo pipefail
n=${1:-1000} runs=${2:-5}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bench="$repo/bench"
retort="$repo/bin/retort"
java="java"; [[ -n ${JAVA_HOME:-} ]] && java="$JAVA_HOME/bin/java"
work=$(mktemp -d)
pg_schemas=()
cleanup() {
  if ((${#pg_schemas[@]})); then
    for s in "${pg_schemas[@]}"; do psql_c "DROP SCHEMA IF EXISTS $s CASCADE" > /dev/null 2>&1 || true; done
  fi
  rm -rf "$work"
}
trap cleanup EXIT
log="$work/run.log"

# ---- build (outside every measurement) --------------------------------------------------------------
cmp="$bench/compare"
fw_jar="$cmp/flyway/target/flyway-bench.jar" lb_jar="$cmp/liquibase/target/liquibase-bench.jar"
if [[ ! -f $fw_jar || ! -f $lb_jar || -n $(find "$cmp" -path '*/target' -prune -o -type f -newer "$fw_jar" -print -quit) ]]; then
  echo "compare: building bench/compare ..." >&2
  (cd "$cmp" && { mvn -q -B -o package > "$log" 2>&1 || mvn -q -B package > "$log" 2>&1; }) || { cat "$log"; exit 1; }
fi
"$retort" --help > /dev/null   # builds retort.jar if needed
prop() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$cmp/pom.xml" | head -1; }
retort_version=$("$retort" --version 2>/dev/null | head -1)
flyway_version=$(prop flyway.version) liquibase_version=$(prop liquibase.version)
sqlite_version=$(prop sqlite.version) pgjdbc_version=$(prop postgresql.version)

# ---- the same N migrations, in each tool's format ----------------------------------------------------
echo "compare: generating $n migrations per tool in $work ..." >&2
"$bench/generate.sh" "$work/retort-sql" "$n" sql
"$bench/generate.sh" "$work/retort-java" "$n" java
mkdir -p "$work/flyway" "$work/liquibase"
awk -v n="$n" -v dir="$work/flyway" 'BEGIN {
  for (i = 1; i <= n; i++) {
    f = dir "/V" i "__create_table_t" i ".sql"
    printf "CREATE TABLE t%d (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);\n", i > f
    printf "INSERT INTO t%d (id, name) VALUES (1, '"'"'row %d'"'"');\n", i, i > f
    close(f)
  } }'
awk -v n="$n" 'BEGIN {
  print "--liquibase formatted sql"
  for (i = 1; i <= n; i++) {
    printf "\n--changeset bench:%d\n", i
    printf "CREATE TABLE t%d (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);\n", i
    printf "INSERT INTO t%d (id, name) VALUES (1, '"'"'row %d'"'"');\n", i, i
    printf "--rollback DROP TABLE t%d;\n", i
  } }' > "$work/liquibase/changelog.sql"

# ---- launch flags ------------------------------------------------------------------------------------
jvm=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
native_dir="$work/native"   # sqlite-jdbc's native library, unpacked once as bin/retort does for Retort
mkdir -p "$work/launch"
mkdir -p "$native_dir"
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

# ---- databases: one per tool, fresh for every "apply all" run ----------------------------------------
tools=(retort-sql retort-java flyway liquibase)
backend="" # sqlite | postgresql
schema_of() { echo "retort_bench_$$_${1//-/_}"; }
psql_c() { PGOPTIONS="-c client_min_messages=warning" psql "${BENCH_PSQL:-${BENCH_PG_URL#jdbc:}}" -v ON_ERROR_STOP=1 -qAtc "$1"; }
db_url() {
  if [[ $backend == sqlite ]]; then echo "jdbc:sqlite:$work/db/$1.db"
  else
    local sep='?'; [[ $BENCH_PG_URL == *\?* ]] && sep='&'
    echo "$BENCH_PG_URL${sep}currentSchema=$(schema_of "$1")"
  fi
}
reset_db() {
  if [[ $backend == sqlite ]]; then mkdir -p "$work/db"; rm -f "$work/db/$1.db"*
  else psql_c "DROP SCHEMA IF EXISTS $(schema_of "$1") CASCADE; CREATE SCHEMA $(schema_of "$1")" > /dev/null
  fi
}
tables_made() { # how many of t1..tN the tool's database holds
  if [[ $backend == sqlite ]]; then
    sqlite3 "$work/db/$1.db" "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name GLOB 't[0-9]*'"
  else
    psql_c "SELECT count(*) FROM information_schema.tables WHERE table_schema = '$(schema_of "$1")' AND table_name ~ '^t[0-9]+\$'"
  fi
}

# ---- running one tool once ---------------------------------------------------------------------------
cache=1 # 0: no launch caches (no AppCDS archive, native library unpacked by sqlite-jdbc on each start)
record="" # when set: record the tool's AppCDS archive at exit (the warm-up run)
jsa() { echo "$work/launch/$backend-$1.jsa"; }
launch_opts() {
  ((cache)) || return 0
  printf '%s\n' "${native_opts[@]}" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off
  if [[ -n $record ]]; then printf '%s\n' "-XX:ArchiveClassesAtExit=$(jsa "$1")"
  else printf '%s\n' "-XX:SharedArchiveFile=$(jsa "$1")"; fi
}
run_tool() { # tool, retort-args... (the other tools ignore the args: they only ever "migrate"/"update")
  local tool=$1; shift
  local url; url=$(db_url "$tool")
  case $tool in
    retort-*)
      local fmt=${tool#retort-}
      (cd "$work/$tool" && XDG_CACHE_HOME="$work/cache/$backend-$fmt" \
        RETORT_NO_LAUNCH_CACHE=$( ((cache)) || echo 1) "$retort" --url "$url" "$@") ;;
    flyway)
      local opts; mapfile -t opts < <(launch_opts flyway)
      "$java" "${jvm[@]}" "${opts[@]}" -jar "$fw_jar" "$work/flyway" "$url" ;;
    liquibase)
      local opts; mapfile -t opts < <(launch_opts liquibase)
      "$java" "${jvm[@]}" "${opts[@]}" -Dliquibase.analytics.enabled=false \
        -jar "$lb_jar" "$work/liquibase" changelog.sql "$url" ;;
  esac
}
seconds() { # runs "$@" once, prints "wall-seconds cpu-seconds" (cpu: user + sys of the whole process tree,
  # which contention from other processes inflates far less than wall time); output kept in $log
  local start end c0 c1
  cpu_children > "$work/cpu0"; start=$(date +%s%N)
  if ! "$@" > "$log" 2>&1; then echo "compare: FAILED: $*" >&2; cat "$log" >&2; exit 1; fi
  end=$(date +%s%N); cpu_children > "$work/cpu1"
  c0=$(< "$work/cpu0") c1=$(< "$work/cpu1")
  awk -v s="$start" -v e="$end" -v c0="$c0" -v c1="$c1" 'BEGIN { printf "%.3f %.3f\n", (e - s) / 1e9, c1 - c0 }'
}
cpu_children() { # user + sys seconds of this shell's finished children, from the 'times' builtin (which
  # must run in this very shell, not in a pipeline's subshell)
  times > "$work/times"
  sed -n 2p "$work/times" | awk '{ t = 0; for (i = 1; i <= 2; i++) { split($i, p, "m"); t += p[1] * 60 + p[2] } printf "%.3f\n", t }'
}

# ---- a quiet machine -----------------------------------------------------------------------------------
quiet_max=${BENCH_QUIET_MAX:-50} quiet_wait=${BENCH_QUIET_WAIT:-10}
measured=0 busy_starts=0
busy_pct() { # percent of all cores busy over 0.3 s
  local a b
  a=$(head -1 /proc/stat); sleep 0.3; b=$(head -1 /proc/stat)
  awk -v a="$a" -v b="$b" 'BEGIN {
    n = split(a, x, " "); split(b, y, " "); total = 0
    for (i = 2; i <= n; i++) total += y[i] - x[i]
    idle = (y[5] - x[5]) + (y[6] - x[6])
    printf "%d\n", (total > 0 ? (total - idle) * 100 / total : 0) }'
}
wait_quiet() {
  measured=$((measured + 1))
  ((quiet_wait > 0)) || return 0
  local until=$((SECONDS + quiet_wait))
  while (($(busy_pct) > quiet_max)); do
    if ((SECONDS >= until)); then busy_starts=$((busy_starts + 1)); return 0; fi
    sleep 1
  done
}

# ---- results -----------------------------------------------------------------------------------------
declare -A times cpus
rows=()
add() { # row-key, "wall cpu"
  [[ -z ${times[$1]+x} ]] && rows+=("$1")
  times[$1]="${times[$1]:-} ${2% *}"
  cpus[$1]="${cpus[$1]:-} ${2#* }"
}
stats() { # "t1 t2 ..." -> "median min max"
  tr ' ' '\n' | grep . | sort -n | awk '{ a[NR] = $1 } END { printf "%s %s %s\n", a[int((NR + 1) / 2)], a[1], a[NR] }'
}
table() {
  echo "| tool | scenario | median s | spread | runs (s, in order) | median CPU s |"
  echo "| --- | --- | ---: | ---: | --- | ---: |"
  local key med min max spread cpu
  for key in "${rows[@]}"; do
    [[ $key == "$backend|"* ]] || continue
    read -r med min max < <(stats <<< "${times[$key]}")
    read -r cpu _ < <(stats <<< "${cpus[$key]}")
    spread=$(awk -v a="$min" -v b="$max" -v m="$med" 'BEGIN { printf "%.0f%%", (b - a) / m * 100 }')
    local rest=${key#*|}
    echo "| ${rest%%|*} | ${rest#*|} | $med | $spread | ${times[$key]# } | $cpu |"
  done
}

# ---- the measurements --------------------------------------------------------------------------------
measure_all() {
  echo "compare: $backend: warm-up (records launch caches, compiles the Java scripts) ..." >&2
  local tool r t
  for tool in "${tools[@]}"; do
    reset_db "$tool"
    if [[ $tool == retort-java ]]; then cache=0 seconds run_tool "$tool" upgrade head > /dev/null; reset_db "$tool"; fi
    record=1 seconds run_tool "$tool" upgrade head > /dev/null   # Retort records its archive on its own
    local made; made=$(tables_made "$tool")
    [[ $made == "$n" ]] || { echo "compare: $tool made $made tables, not $n" >&2; exit 1; }
  done
  # Rounds interleave the tools, so load from other processes hits them alike.
  echo "compare: $backend: apply all $n ..." >&2
  for ((r = 0; r < runs; r++)); do
    for tool in "${tools[@]}"; do
      reset_db "$tool"
      wait_quiet; t=$(seconds run_tool "$tool" upgrade head); add "$backend|$tool|apply all $n" "$t"
    done
  done
  for tool in "${tools[@]}"; do
    local made; made=$(tables_made "$tool")
    [[ $made == "$n" ]] || { echo "compare: $tool made $made tables, not $n" >&2; exit 1; }
  done
  echo "compare: $backend: no-op upgrade ..." >&2
  for ((r = 0; r < runs; r++)); do
    for tool in "${tools[@]}"; do
      wait_quiet; t=$(seconds run_tool "$tool" upgrade head); add "$backend|$tool|no-op (all applied)" "$t"
    done
  done
  echo "compare: $backend: no-op upgrade without launch caches ..." >&2
  for ((r = 0; r < runs; r++)); do
    for tool in "${tools[@]}"; do
      wait_quiet; t=$(cache=0 seconds run_tool "$tool" upgrade head); add "$backend|$tool|no-op, no launch cache" "$t"
    done
  done
  echo "compare: $backend: retort history / heads / current ..." >&2
  local cmd
  for cmd in history heads current; do
    for ((r = 0; r < runs; r++)); do
      for tool in retort-sql retort-java; do
        wait_quiet; t=$(seconds run_tool "$tool" "$cmd"); add "$backend|$tool|$cmd" "$t"
      done
    done
  done
}

date_iso=$(date -u +%Y-%m-%dT%H:%MZ)
report="$work/report.md"
{
  echo "# Retort vs Flyway vs Liquibase: $n migrations, $runs runs each ($date_iso)"
  echo
  echo "- machine: $(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)), $(free -g | awk '/^Mem:/ { print $2 }') GB; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- JVM: $("$java" -version 2>&1 | sed -n 2p); flags for all: ${jvm[*]}; launch caches (AppCDS + unpacked sqlite native lib) on unless the row says otherwise"
  echo "- versions: $retort_version; Flyway $flyway_version (flyway-core + flyway-database-postgresql); Liquibase $liquibase_version (formatted-SQL changelog, analytics off); sqlite-jdbc $sqlite_version; pgjdbc $pgjdbc_version"
  echo "- Alembic (not measured here; figures given): 0.40 s no-op \`upgrade head\`, 4.4 s to apply all 1,000"
} | tee "$report"

backends=()
[[ -z ${BENCH_SKIP_SQLITE:-} ]] && backends+=(sqlite)
if [[ -n ${BENCH_PG_URL:-} ]]; then
  for tool in "${tools[@]}"; do pg_schemas+=("$(schema_of "$tool")"); done
  backends+=(postgresql)
fi
for backend in "${backends[@]}"; do
  measure_all
  {
    echo
    if [[ $backend == sqlite ]]; then echo "## SQLite (file database)"
    else echo "## PostgreSQL $(psql_c 'SHOW server_version' | cut -d' ' -f1) (${BENCH_PG_URL%%\?*}, a fresh schema per tool and run)"; fi
    echo
    table
  } | tee -a "$report"
  if [[ $backend == postgresql ]]; then
    for tool in "${tools[@]}"; do psql_c "DROP SCHEMA IF EXISTS $(schema_of "$tool") CASCADE" > /dev/null; done
  fi
done
{
  echo
  echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg); $busy_starts of $measured measured runs started with" \
    "other processes using over $quiet_max % of the cores (after waiting up to $quiet_wait s for quiet)"
} | tee -a "$report"

mkdir -p "$bench/results"
out="$bench/results/compare-$(date +%Y-%m-%d-%H%M%S).md"
cp "$report" "$out"
echo >&2
echo "compare: written to ${out#"$repo"/}" >&2
