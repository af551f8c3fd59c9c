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

echo "== cold start of the desktop program on the 60-unit demo (medians of 5)"
"$cli" --db "$tmp/cold.cdb" demo --units 60 --year 2026 --seed 1 >/dev/null
read -r window figures < <("$(dirname "$0")/cold-start.sh" "$build/src/app/campaigndesk" "$tmp/cold.cdb" 5)
echo "window ${window} ms, dashboard figures ${figures} ms"

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

echo "== 述职测评 benchmarks (150 people and 400 ballots; sixty sessions over 5,000 units; medians of 5 repetitions)"
LANG=C.UTF-8 "$build/tests/bench/cd_bench_review" --benchmark_repetitions=5 \
  --benchmark_report_aggregates_only=true --benchmark_display_aggregates_only=true "$@" 2>&1 | grep -v 'XDG_RUNTIME_DIR'

echo "== printing benchmarks (medians of 5 repetitions)"
LANG=C.UTF-8 "$build/tests/bench/cd_bench_printing" --benchmark_repetitions=5 \
  --benchmark_report_aggregates_only=true --benchmark_display_aggregates_only=true "$@" 2>&1 | grep -v 'XDG_RUNTIME_DIR'

echo "== print preview benchmark (medians of 5 repetitions)"
LANG=C.UTF-8 "$build/tests/bench/cd_bench_preview" --benchmark_repetitions=5 \
  --benchmark_report_aggregates_only=true --benchmark_display_aggregates_only=true "$@" 2>&1 | grep -v 'XDG_RUNTIME_DIR'

echo "== package import benchmark (5,000 report packages; medians of 3 repetitions)"
LANG=C.UTF-8 "$build/tests/bench/cd_bench_packages" --benchmark_repetitions=3 \
  --benchmark_report_aggregates_only=true --benchmark_display_aggregates_only=true "$@" 2>&1 | grep -v 'XDG_RUNTIME_DIR'

"$(dirname "$0")/bench-engines.sh" "$build" "$@"

echo "== foundation benchmarks (medians of 5 repetitions)"
LANG=C.UTF-8 "$build/tests/bench/cd_bench_foundation" --benchmark_repetitions=5 \
  --benchmark_report_aggregates_only=true --benchmark_display_aggregates_only=true "$@" 2>&1 |
  grep -v -e 'propagateSizeHints' -e 'XDG_RUNTIME_DIR'
