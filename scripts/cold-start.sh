#!/usr/bin/env bash
# Cold start of the desktop program on a campaign file, medians of N runs (default 3), in ms:
# from the process's start until a window named after the file is mapped, and until the
# dashboard shows its figures (the program logs "dashboard: figures shown" when it first paints
# them). Each run starts with a fresh home, on a private Xvfb display; both are polled every
# 10 ms, as scripts/bench-peers.sh does. (xdotool's own --sync looks only every half second,
# which once made every cold start read about 520 ms.)
# Prints "WINDOW_MS FIGURES_MS".
# Usage: scripts/cold-start.sh PROGRAM FILE.cdb [RUNS]
set -euo pipefail
program=$1 file=$2 runs=${3:-3}
work=$(mktemp -d)
# A display of its own: Xvfb picks a free number and writes it once it takes clients (a
# number picked at random here was sometimes another server's, and the program found none).
Xvfb -displayfd 3 -screen 0 1440x900x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 200); do [ -s "$work/display" ] && break; sleep 0.05; done
[ -s "$work/display" ] || { echo "Xvfb did not start" >&2; exit 1; }
display=:$(head -n 1 "$work/display")
now() { date +%s%N; }
windows=() figures=()
for i in $(seq "$runs"); do
  home=$(mktemp -d "$work/home.XXXXXX")
  log=$home/.local/share/CampaignDesk/CampaignDesk/logs/campaigndesk.log
  start=$(now)
  DISPLAY=$display HOME="$home" LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 "$program" "$file" >"$home/out" 2>&1 &
  pid=$!
  mapped="" ready=""
  while :; do
    t=$(now)
    if [ -z "$mapped" ] && DISPLAY=$display xdotool search --onlyvisible --name "$(basename "$file")" >/dev/null 2>&1; then
      mapped=$(( (t - start) / 1000000 ))
    fi
    if [ -z "$ready" ] && grep -q "dashboard: figures shown" "$log" 2>/dev/null; then ready=$(( (t - start) / 1000000 )); fi
    [ -n "$mapped" ] && [ -n "$ready" ] && break
    if [ $(( (t - start) / 1000000000 )) -ge 60 ] || ! kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      cat "$home/out" >&2
      echo "no window (or no figures) for $file" >&2
      exit 1
    fi
    sleep 0.01
  done
  windows+=("$mapped")
  figures+=("$ready")
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
echo "$(median "${windows[@]}") $(median "${figures[@]}")"
