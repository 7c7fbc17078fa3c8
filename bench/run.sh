#!/usr/bin/env bash
# Whole-process benchmark of the retort command line: the numbers users feel.
#   bench/run.sh [N] [RUNS]            (defaults: 1000 revisions, 5 runs; median reported)
#   RETORT_BENCH_URL=jdbc:postgresql://127.0.0.1:5432/test?user=postgres bench/run.sh
# Reference, measured on the same kind of machine with 1,000 revisions: Alembic takes 0.40 s for a
# no-op 'upgrade head' and 4.4 s to apply all.
set -euo pipefail
n=${1:-1000} runs=${2:-5}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
retort="$repo/bin/retort"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$retort" --help > /dev/null   # builds the jar if needed, outside the measurements

url_for() { # a fresh database per measured run
  if [[ -n ${RETORT_BENCH_URL:-} ]]; then echo "$RETORT_BENCH_URL"; else echo "jdbc:sqlite:$1/bench.db"; fi
}
reset_db() {
  rm -f "$1/bench.db"
  if [[ -n ${RETORT_BENCH_URL:-} ]]; then
    (cd "$1" && "$retort" --url "$(url_for "$1")" downgrade base > /dev/null 2>&1 || true)
  fi
}
seconds() { # runs "$@" once, prints elapsed seconds
  local start end
  start=$(date +%s%N); "$@" > /dev/null; end=$(date +%s%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", (e - s) / 1e9 }'
}
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

measure() { # name, setup-fn, command...
  local name=$1 setup=$2; shift 2
  local times=()
  for ((r = 0; r < runs; r++)); do
    $setup > /dev/null
    times+=("$(seconds "$@")")
  done
  printf '%-44s %8s s   (runs: %s)\n' "$name" "$(printf '%s\n' "${times[@]}" | median)" "${times[*]}"
}

for format in sql java; do
  proj="$work/$format"
  "$repo/bench/generate.sh" "$proj" "$n" "$format"
  cd "$proj"
  export XDG_CACHE_HOME="$work/cache-$format"
  url=$(url_for "$proj")
  noop() { :; }
  fresh() { reset_db "$proj"; }
  cold() { reset_db "$proj"; rm -rf "$XDG_CACHE_HOME"; }
  echo "== $n $format revisions on ${url%%\?*}"
  if [[ $format == java ]]; then
    measure "upgrade head, all pending, cold class cache" cold "$retort" --url "$url" upgrade head
  fi
  measure "upgrade head, all pending" fresh "$retort" --url "$url" upgrade head
  measure "upgrade head, nothing to do" noop "$retort" --url "$url" upgrade head
  measure "current" noop "$retort" --url "$url" current
  measure "heads" noop "$retort" --url "$url" heads
  measure "history" noop "$retort" --url "$url" history
  measure "upgrade head --sql (offline)" noop "$retort" --url "$url" upgrade head --sql
  applied() { "$retort" --url "$url" upgrade head > /dev/null; }
  measure "downgrade base, all applied" applied "$retort" --url "$url" downgrade base
done
