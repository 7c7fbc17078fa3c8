#!/usr/bin/env bash
# Issue 15: drawing the history is linear in the number of revisions. Writes N revisions (default 10,000) with
# branches, merges, depends_on and branch labels, then times `history --graph`, `graph --format mermaid` and
# `graph --format dot` against `--version` (the JVM's start-up): work after start-up = the command minus it.
#   bench/graph.sh [N] [RUNS]       RETORT="java -jar retort-cli/target/retort.jar" by default
# Reads no database (the graph comes from the scripts' headers); `heads` reads the same headers and draws nothing,
# so the drawing itself is the graph row minus the heads row. Prints a Markdown table for BENCHMARKS.md.
set -euo pipefail
n=${1:-10000} runs=${2:-3}
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
retort=${RETORT:-java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $repo/retort-cli/target/retort.jar}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/migrations/versions"
printf 'script_location = migrations\nurl = jdbc:sqlite:graph.db\n' > "$dir/retort.properties"

# Revision i revises i-1; every 100th opens a side branch (label side<i>) that the next one merges back;
# every 250th depends on the revision 200 before it.
id() { printf 'c%011x' "$1"; }
write() { # id revises depends label message
  { echo "-- revision: $1"; [[ -n $2 ]] && echo "-- revises: $2"; [[ -n $3 ]] && echo "-- depends-on: $3"
    [[ -n $4 ]] && echo "-- branch-labels: $4"; echo "-- message: $5"; echo; echo "-- upgrade"; echo "SELECT 1;"
    echo; echo "-- downgrade"; echo "SELECT 1;"; } > "$dir/migrations/versions/$1_r.sql"
}
prev=""
for ((i = 1; i <= n; i++)); do
  revises=$prev depends="" label=""
  if ((i % 100 == 1 && i > 1)); then revises="$prev, $(id $((i + n)))"; fi
  if ((i % 250 == 0 && i > 200)); then depends=$(id $((i - 200))); fi
  write "$(id "$i")" "$revises" "$depends" "" "revision $i"
  if ((i % 100 == 0)); then write "$(id $((i + 1 + n)))" "$(id "$i")" "" "side$i" "side branch at $i"; fi
  prev=$(id "$i")
done
count=$(ls "$dir/migrations/versions" | wc -l)

# Median of RUNS of user+sys CPU seconds and of wall seconds, as "cpu wall".
measure() {
  local cpus=() walls=()
  for ((r = 0; r < runs; r++)); do
    # shellcheck disable=SC2086
    /usr/bin/time -o "$dir/time.txt" -f '%U %S %e' $retort "$@" > "$dir/out.txt" 2>/dev/null
    read -r u s e < <(tail -1 "$dir/time.txt")
    cpus+=("$(printf "%.2f" "$(echo "$u + $s" | bc)")") walls+=("$e")
  done
  printf '%s %s\n' "$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")" \
    "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")"
}
cd "$dir"
read -r base_cpu base_wall < <(measure --version)
echo "$count revisions ($n on the trunk, side branches merged back, depends_on every 250), $runs runs, median;"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| command | CPU s | wall s | work after start-up (CPU) | output lines |"
echo "| --- | ---: | ---: | ---: | ---: |"
echo "| \`--version\` (start-up) | $base_cpu | $base_wall | — | — |"
for cmd in "heads" "history --graph" "graph --format mermaid" "graph --format dot"; do
  # shellcheck disable=SC2086
  read -r cpu wall < <(measure $cmd)
  echo "| \`$cmd\` | $cpu | $wall | $(printf "%.2f" "$(echo "$cpu - $base_cpu" | bc)") s | $(wc -l < "$dir/out.txt") |"
done
