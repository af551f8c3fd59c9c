#!/usr/bin/env bash
# Many people at once on a throwaway PostgreSQL: 200 unit clients submitting their monthly
# reports with evidence, 5 office clients reviewing, 3 dashboards, each its own login and
# connection; then the same with the server restarted on the way. Prints the figures of each.
# With --failover: a primary and its synchronous standby instead, every client on the one
# address of both; the primary is killed (SIGKILL to every process) half-way and the standby
# promoted.
# Usage: scripts/load.sh BUILD_DIR [--failover] [cd_load options…]   (scripts/dev.sh load builds the release preset)
set -euo pipefail
build=${1:?build directory}
shift
harness="$(dirname "$0")/pg-throwaway.sh"
pgdir=$(mktemp -d /tmp/cd-load.XXXXXX)
sbdir=$(mktemp -d /tmp/cd-load-standby.XXXXXX)
chmod 755 "$pgdir" "$sbdir"
trap '"$harness" stop "$pgdir"; "$harness" stop "$sbdir"' EXIT
if [[ " $* " == *" --failover "* ]]; then
  "$harness" primary "$pgdir"
  "$harness" standby "$sbdir" "$pgdir"
  echo "== load: the primary killed (SIGKILL) and its synchronous standby promoted on the way"
  CD_PG_DIR=$pgdir CD_PG_STANDBY_DIR=$sbdir "$build/tests/bench/cd_load" "$@"
  exit
fi
"$harness" start "$pgdir"
echo "== load: steady"
CD_PG_DIR=$pgdir "$build/tests/bench/cd_load" "$@"
echo "== load: the server restarted on the way (pg_ctl restart -m fast)"
CD_PG_DIR=$pgdir "$build/tests/bench/cd_load" --restart "$@"
