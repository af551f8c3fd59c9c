#!/usr/bin/env bash
# Prints the foundation's performance figures on generated data at the issue's scale.
# Usage: scripts/bench.sh BUILD_DIR   (scripts/dev.sh bench builds the release preset and calls this)
set -euo pipefail
build=${1:?build directory}
shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cli="$build/src/cli/campaigndesk-cli"

echo "== demo --units 5000 (CLI, wall clock, 3 runs)"
for i in 1 2 3; do
  start=$(date +%s%N)
  "$cli" --db "$tmp/demo$i.cdb" demo --units 5000 --year 2020 --seed "$i" >/dev/null
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  printf 'run %d: %d.%03d s\n' "$i" $((ms / 1000)) $((ms % 1000))
done

echo "== inputs from outside: campaigndesk-cli units import into a new file (median of 3: wall time, peak memory)"
"$build/tests/bench/cd_bench_make_inputs" "$tmp"
for input in wide-3mb.csv big-70mb.csv units-199990.csv units-199990.xlsx; do
  runs=()
  for i in 1 2 3; do
    rm -f "$tmp/import.cdb"*
    "$cli" --db "$tmp/import.cdb" init --year 2020 >/dev/null
    # /usr/bin/time: elapsed seconds and the largest resident set in KB; the import's own exit
    # status (0 imported, 1 refused) is printed beside them.
    set +e
    /usr/bin/time -f '%e %M' -o "$tmp/time" "$cli" --db "$tmp/import.cdb" units import "$tmp/$input" >/dev/null 2>"$tmp/err"
    status=$?
    set -e
    runs+=("$(tail -n 1 "$tmp/time") $status") # GNU time writes a line of its own before a failed status
  done
  size=$(du -m "$tmp/$input" | cut -f1)
  printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p | {
    read -r secs kb status
    outcome=$([ "$status" = 0 ] && echo imported || echo "refused: $(head -c 120 "$tmp/err")")
    printf '%-18s %4d MB  %6.2f s  %5d MB peak  %s\n' "$input" "$size" "$secs" $((kb / 1024)) "$outcome"
  }
done

echo "== reporting benchmarks (medians of 5 repetitions)"
LANG=C.UTF-8 "$build/tests/bench/cd_bench_reporting" --benchmark_repetitions=5 \
  --benchmark_report_aggregates_only=true --benchmark_display_aggregates_only=true "$@" 2>&1 | grep -v 'XDG_RUNTIME_DIR'

echo "== dashboard benchmarks (medians of 5 repetitions), then the sqlite3 shell comparison"
LANG=C.UTF-8 "$build/tests/bench/cd_bench_dashboard" --benchmark_repetitions=5 \
  --benchmark_report_aggregates_only=true --benchmark_display_aggregates_only=true "$@" 2>&1 | grep -v 'XDG_RUNTIME_DIR'

echo "== assessment benchmarks (medians of 5 repetitions)"
LANG=C.UTF-8 "$build/tests/bench/cd_bench_assessment" --benchmark_repetitions=5 \
  --benchmark_report_aggregates_only=true --benchmark_display_aggregates_only=true "$@" 2>&1 | grep -v 'XDG_RUNTIME_DIR'

echo "== printing benchmarks (medians of 5 repetitions)"
LANG=C.UTF-8 "$build/tests/bench/cd_bench_printing" --benchmark_repetitions=5 \
  --benchmark_report_aggregates_only=true --benchmark_display_aggregates_only=true "$@" 2>&1 | grep -v 'XDG_RUNTIME_DIR'

echo "== package import benchmark (5,000 report packages; medians of 3 repetitions)"
LANG=C.UTF-8 "$build/tests/bench/cd_bench_packages" --benchmark_repetitions=3 \
  --benchmark_report_aggregates_only=true --benchmark_display_aggregates_only=true "$@" 2>&1 | grep -v 'XDG_RUNTIME_DIR'

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
      psql -U postgres -d postgres -h "$pgdir/socket" -p "$(cat "$pgdir/port")" -qc "CREATE DATABASE engine_demo$i" >/dev/null
      where="postgresql://postgres@localhost/engine_demo$i?host=$pgdir/socket&port=$(cat "$pgdir/port")"
    fi
    start=$(date +%s%N)
    "$cli" --db "$where" demo --units 5000 --year 2020 --seed "$i" >/dev/null
    runs+=($(( ($(date +%s%N) - start) / 1000000 )))
  done
  ms=$(printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p)
  printf '%-6s %d.%03d s   (runs: %s ms)\n' "$engine" $((ms / 1000)) $((ms % 1000)) "${runs[*]}"
done

echo "== foundation benchmarks (medians of 5 repetitions)"
LANG=C.UTF-8 "$build/tests/bench/cd_bench_foundation" --benchmark_repetitions=5 \
  --benchmark_report_aggregates_only=true --benchmark_display_aggregates_only=true "$@" 2>&1 |
  grep -v -e 'propagateSizeHints' -e 'XDG_RUNTIME_DIR'
