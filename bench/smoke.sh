#!/usr/bin/env bash
# Keeps bench/all.sh from rotting: every tool, every row, N = 20, one run each, on SQLite and PostgreSQL
# (BENCH_PG_URL, default jdbc:postgresql://127.0.0.1:5432/test?user=postgres; BENCH_SKIP_PG=1 for SQLite
# only). Times nothing and writes no report; exits non-zero when any tool fails or leaves the wrong tables.
set -euo pipefail
BENCH_SMOKE=1 exec "$(dirname "${BASH_SOURCE[0]}")/all.sh"
