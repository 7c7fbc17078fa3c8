#!/usr/bin/env bash
# The deploy step of the seed, then the service: wait for PostgreSQL, apply every pending migration, and
# stop the deploy (non-zero exit) when anything fails, so the API never starts on a half-migrated schema;
# otherwise replace this shell with the service (exec java -jar).
#
#   scripts/run_retort_migrations.sh [service arguments...]
#
# Environment:
#   DATABASE_URL, DATABASE_USER, DATABASE_PASSWORD  the database, for retort and the service alike
#   RETORT          the retort command (default: retort on the PATH, else bin/retort of Retort's checkout)
#   APP_JAR         the service's jar (default: target/orkestrai-api.jar)
#   JAVA_OPTS       options for the service's JVM
#   RETORT_WAIT     how long to wait for PostgreSQL to answer (default 60s)
#   RETORT_LOCK_TIMEOUT  how long a replica waits while another one migrates (default 10m)
# Several replicas may run it at once: Retort's migration lock lets one migrate while the others wait.
# The service's own start-up upgrade (the starter) then finds nothing to do; it still checks the schema.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

if [ -n "${RETORT:-}" ]; then
  retort=$RETORT
elif command -v retort > /dev/null; then
  retort=retort
else
  retort="$here/../../bin/retort"
fi
jar=${APP_JAR:-"$here/target/orkestrai-api.jar"}

echo "run_retort_migrations: waiting for the database and applying pending migrations" >&2
"$retort" upgrade head --wait "${RETORT_WAIT:-60s}" --lock-timeout "${RETORT_LOCK_TIMEOUT:-10m}" || {
  status=$?
  echo "run_retort_migrations: migrations failed (exit $status); not starting the API" >&2
  exit "$status"
}
"$retort" current >&2
echo "run_retort_migrations: migrations applied; starting the API" >&2
# shellcheck disable=SC2086 # JAVA_OPTS may hold several options
exec java ${JAVA_OPTS:-} -jar "$jar" "$@"
