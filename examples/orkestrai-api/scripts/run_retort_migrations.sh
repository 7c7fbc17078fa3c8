#!/usr/bin/env bash
# The deploy step of the seed: wait for the database, apply every pending migration, and fail the
# deploy (non-zero exit) when anything goes wrong, so the API never starts on a half-migrated schema.
# Replicas may run it at once: Retort's migration lock lets one migrate while the others wait.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
retort=${RETORT:-"$here/../../bin/retort"}
cd "$here"
"$retort" upgrade head --wait "${RETORT_WAIT:-60s}" --lock-timeout "${RETORT_LOCK_TIMEOUT:-10m}"
"$retort" current
echo "migrations applied; starting the API"
