#!/usr/bin/env bash
# Cold start of the desktop program to its shown window on a campaign file, median of N runs
# (default 3), in ms: from the process's start until a window named after the file is mapped
# on a private Xvfb display (polled by xdotool, no fixed wait).
# Usage: scripts/cold-start.sh PROGRAM FILE.cdb [RUNS]
set -euo pipefail
program=$1 file=$2 runs=${3:-3}
work=$(mktemp -d)
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1440x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 100); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done
times=()
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  DISPLAY=$display HOME="$work" LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 "$program" "$file" >"$work/log" 2>&1 &
  pid=$!
  if ! DISPLAY=$display timeout 60 xdotool search --sync --name "$(basename "$file")" >/dev/null 2>&1; then
    kill "$pid" 2>/dev/null || true
    cat "$work/log" >&2
    echo "no window for $file" >&2
    exit 1
  fi
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
done
printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
