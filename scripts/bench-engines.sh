#!/usr/bin/env bash
# The same benchmarks on a campaign file and on a PostgreSQL 15 server on this machine, side by
# side with the ratio server/file (issue "PostgreSQL engine": every ratio at most 2).
# Usage: scripts/bench-engines.sh BUILD_DIR   (scripts/bench.sh calls it)
set -euo pipefail
build=${1:?build directory}
shift
tmp=$(mktemp -d)
cli="$build/src/cli/campaigndesk-cli"
echo "== the same benchmarks on a file and on a PostgreSQL 15 server on this machine (medians of 3; ratio server/file)"
# The server is a throwaway one (scripts/pg-throwaway.sh): its own folder, a free port, fsync off
# as in the tests, so the figures compare the engines and the client code, not the disks.
pgdir=$(mktemp -d /tmp/campaigndesk-bench-pg.XXXXXX)
chmod 755 "$pgdir"
trap '"$(dirname "$0")/pg-throwaway.sh" stop "$pgdir" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
"$(dirname "$0")/pg-throwaway.sh" start "$pgdir" >/dev/null
pairs=()
for b in reporting dashboard assessment printing packages; do
  reps=3
  [ "$b" = packages ] && reps=1
  for engine in file server; do
    CD_BENCH_ENGINE=$engine CD_PG_DIR=$pgdir LANG=C.UTF-8 "$build/tests/bench/cd_bench_$b" --benchmark_repetitions=$reps \
      --benchmark_report_aggregates_only=true --benchmark_out="$tmp/$b-$engine.json" --benchmark_out_format=json "$@" >"$tmp/$b-$engine.log" 2>&1 ||
      { echo "cd_bench_$b on the $engine failed:"; tail -5 "$tmp/$b-$engine.log"; }
  done
  pairs+=("$b=$tmp/$b-file.json:$tmp/$b-server.json")
done
python3 "$(dirname "$0")/bench-ratios.py" "${pairs[@]}"
echo "-- demo --units 5000 --year 2020 (CLI, wall clock, median of 3)"
for engine in file server; do
  runs=()
  for i in 1 2 3; do
    if [ "$engine" = file ]; then
      where="$tmp/engine-demo$i.cdb"
    else
      # Owned by a login of its own: the programs refuse to work as a superuser.
      psql -U postgres -d postgres -h "$pgdir/socket" -p "$(cat "$pgdir/port")" -q \
        -c "CREATE ROLE engine_demo$i LOGIN CREATEROLE" -c "CREATE DATABASE engine_demo$i OWNER engine_demo$i" >/dev/null
      where="postgresql://engine_demo$i@localhost/engine_demo$i?host=$pgdir/socket&port=$(cat "$pgdir/port")"
    fi
    start=$(date +%s%N)
    "$cli" --db "$where" demo --units 5000 --year 2020 --seed "$i" >/dev/null
    runs+=($(( ($(date +%s%N) - start) / 1000000 )))
  done
  ms=$(printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p)
  printf '%-6s %d.%03d s   (runs: %s ms)\n' "$engine" $((ms / 1000)) $((ms % 1000)) "${runs[*]}"
done

