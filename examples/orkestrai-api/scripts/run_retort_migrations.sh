#!/usr/bin/env bash
# The deploy step of the seed: wait for the database, apply every pending migration, and fail the
# deploy (non-zero exit) when anything goes wrong, so the API never starts on a half-migrated schema.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
retort=${RETORT:-"$here/../../bin/retort"}
cd "$here"
"$retort" current
"$retort" upgrade head
echo "migrations applied; starting the API"
