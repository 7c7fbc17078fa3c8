#!/usr/bin/env bash
# The deploy step: wait for the database, apply every pending migration under Retort's migration lock,
# and exit non-zero on any failure so that the application never starts on a half-migrated schema.
#
#   scripts/deploy-migrate.sh [-c retort.properties] [--url URL] [-x K=V] [upgrade options such as --allow-changed...]
#
# Environment: RETORT_URL or DATABASE_URL (or url in retort.properties); RETORT_WAIT (default 60s), how
# long to wait for the database to answer; RETORT_LOCK_TIMEOUT (default 10m), how long a replica waits
# while another one migrates; RETORT, the retort command (default: bin/retort of this checkout).
# Several replicas may run this at once: one migrates, the others wait for the lock and find nothing to do.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
retort=${RETORT:-"$here/bin/retort"}
wait=${RETORT_WAIT:-60s}
lock_timeout=${RETORT_LOCK_TIMEOUT:-10m}

# `retort current` takes only the global options (-c, --url, -x, -q); upgrade's own (--allow-changed,
# --resume, --retry, --wait...) go to the upgrade alone.
global=()
args=("$@")
i=0
while ((i < ${#args[@]})); do
    case "${args[i]}" in
        -c|--config|--url|-x) global+=("${args[i]}" "${args[i + 1]:-}"); i=$((i + 2)) ;;
        --config=*|--url=*|-x?*|-q|--quiet) global+=("${args[i]}"); i=$((i + 1)) ;;
        *) i=$((i + 1)) ;;
    esac
done

"$retort" upgrade head --wait "$wait" --lock-timeout "$lock_timeout" "$@" || {
    status=$?
    echo "deploy-migrate: migrations failed (exit $status); not starting the application" >&2
    echo "deploy-migrate: see 'retort history --applied' for what ran" >&2
    exit "$status"
}
"$retort" current "${global[@]}"
