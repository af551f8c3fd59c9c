#!/usr/bin/env bash
# Many people at once on a throwaway PostgreSQL: 200 unit clients submitting their monthly
# reports with evidence, 5 office clients reviewing, 3 dashboards, each its own login and
# connection; then the same with the server restarted on the way. Prints the figures of each.
# Usage: scripts/load.sh BUILD_DIR [cd_load options…]   (scripts/dev.sh load builds the release preset)
set -euo pipefail
build=${1:?build directory}
shift
pgdir=$(mktemp -d /tmp/cd-load.XXXXXX)
chmod 755 "$pgdir"
trap '"$(dirname "$0")/pg-throwaway.sh" stop "$pgdir"' EXIT
"$(dirname "$0")/pg-throwaway.sh" start "$pgdir"
echo "== load: steady"
CD_PG_DIR=$pgdir "$build/tests/bench/cd_load" "$@"
echo "== load: the server restarted on the way (pg_ctl restart -m fast)"
CD_PG_DIR=$pgdir "$build/tests/bench/cd_load" --restart "$@"
