#!/usr/bin/env bash
# CampaignDesk side by side with the programs an office would use instead, in one run,
# interleaved, medians of RUNS (default 5):
#   (a) opening a campaign file until its window is mapped: CampaignDesk vs DB Browser for
#       SQLite, on the 60- and the 5,000-unit demo;
#   (b) opening it until the dashboard shows its figures (the program logs the first paint of
#       its figures), against DB Browser's mapped window;
#   (c) the 5,000-unit quarterly bulletin as a PDF (with its attachment register) vs LibreOffice
#       converting the same bulletin's XLSX and DOCX to PDF, warm, with a private profile;
#   (d) the peak memory (resident) of each.
# Windows are polled every 10 ms on a private Xvfb display. Nothing here waits a fixed time.
# Usage: scripts/bench-peers.sh BUILD_DIR [RUNS]      (scripts/dev.sh deps installs the peers)
set -euo pipefail
build=$(cd "${1:?usage: scripts/bench-peers.sh BUILD_DIR [RUNS]}" && pwd)
runs=${2:-5}
app=$build/src/app/campaigndesk
cli=$build/src/cli/campaigndesk-cli
for tool in "$app" "$cli"; do [ -x "$tool" ] || { echo "not built: $tool" >&2; exit 1; }; done
for tool in sqlitebrowser soffice xdotool Xvfb /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing $tool: run scripts/dev.sh deps" >&2; exit 1; }
done

work=$(mktemp -d /tmp/cd-peers.XXXXXX)
# A display of its own: Xvfb picks a free number and writes it once it takes clients.
Xvfb -displayfd 3 -screen 0 1440x900x24 -nolisten tcp -noreset 3>"$work/display" >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 200); do [ -s "$work/display" ] && break; sleep 0.05; done
[ -s "$work/display" ] || { echo "Xvfb did not start" >&2; exit 1; }
display=:$(head -n 1 "$work/display")
export DISPLAY=$display LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 XDG_RUNTIME_DIR=$work

now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }

year=$(date +%Y)
for n in 60 5000; do
  echo "making the ${n}-unit demo…" >&2
  "$cli" --db "$work/d$n.cdb" demo --units "$n" --year "$year" --seed 1 >/dev/null
done

# open_window KIND FILE: starts KIND (cd | dbb) on FILE with a fresh home and prints
# "MAPPED_MS READY_MS PEAK_KB" (READY_MS is - for DB Browser, which has no dashboard).
open_window() {
  local kind=$1 file=$2 home
  home=$(mktemp -d "$work/home.XXXXXX")
  local log=$home/.local/share/CampaignDesk/CampaignDesk/logs/campaigndesk.log
  local start pid mapped="" ready="-" t
  start=$(now)
  if [ "$kind" = cd ]; then
    HOME=$home "$app" "$file" >"$home/out" 2>&1 &
  else
    HOME=$home sqlitebrowser "$file" >"$home/out" 2>&1 &
  fi
  pid=$!
  [ "$kind" = cd ] && ready=""
  while :; do
    t=$(now)
    if [ -z "$mapped" ] && xdotool search --onlyvisible --name "$(basename "$file")" >/dev/null 2>&1; then mapped=$(ms "$start" "$t"); fi
    if [ -z "$ready" ] && grep -q "dashboard: figures shown" "$log" 2>/dev/null; then ready=$(ms "$start" "$t"); fi
    [ -n "$mapped" ] && [ -n "$ready" ] && break
    if [ $(( (t - start) / 1000000000 )) -ge 120 ] || ! kill -0 "$pid" 2>/dev/null; then
      cat "$home/out" >&2
      echo "$kind gave no window (or no figures) for $file" >&2
      kill "$pid" 2>/dev/null || true
      return 1
    fi
    sleep 0.01
  done
  local peak
  peak=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status")
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "$mapped $ready $peak"
}

# timed COMMAND…: runs it, prints "MS PEAK_KB CPU_MS" (peak of the process and its children;
# CPU time, user and system, on all cores).
timed() {
  local start end
  start=$(now)
  /usr/bin/time -f '%M %U %S' -o "$work/rss" "$@" >"$work/cmd.out" 2>&1 || { cat "$work/cmd.out" >&2; return 1; }
  end=$(now)
  echo "$(ms "$start" "$end") $(tail -1 "$work/rss" | awk '{printf "%d %.0f", $1, ($2 + $3) * 1000}')"
}

# The same bulletin for all three: the office's PDF, and the XLSX and DOCX LibreOffice is given.
quarter=${year}Q3
big=$work/d5000.cdb
"$cli" --db "$big" bulletin --quarter "$quarter" --out "$work/bulletin.xlsx" >/dev/null
"$cli" --db "$big" bulletin --quarter "$quarter" --out "$work/bulletin.docx" >/dev/null
profile="file://$work/lo-profile"
lo=(soffice "-env:UserInstallation=$profile" --headless --convert-to pdf --outdir "$work/lo")
"${lo[@]}" "$work/bulletin.xlsx" >/dev/null 2>&1 # the profile is made once: LibreOffice is timed warm

declare -A samples
add() { samples[$1]+="$2 "; }
for i in $(seq "$runs"); do
  echo "run $i of $runs…" >&2
  for n in 60 5000; do
    read -r m r p < <(open_window cd "$work/d$n.cdb")
    add "cd_map_$n" "$m"; add "cd_ready_$n" "$r"; add "cd_open_rss_$n" "$p"
    read -r m _ p < <(open_window dbb "$work/d$n.cdb")
    add "dbb_map_$n" "$m"; add "dbb_open_rss_$n" "$p"
  done
  read -r t p c < <(timed "$cli" --db "$big" bulletin --quarter "$quarter" --out "$work/cd.pdf")
  add cd_pdf "$t"; add cd_pdf_rss "$p"; add cd_pdf_cpu "$c"
  read -r t p c < <(timed "${lo[@]}" "$work/bulletin.xlsx")
  add lo_xlsx "$t"; add lo_xlsx_rss "$p"; add lo_xlsx_cpu "$c"
  read -r t p c < <(timed "${lo[@]}" "$work/bulletin.docx")
  add lo_docx "$t"; add lo_docx_rss "$p"; add lo_docx_cpu "$c"
done

median() { tr ' ' '\n' <<<"${samples[$1]}" | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
row() { printf '%-50s %12s %8s %8s %8s\n' "$1" "$2" "$3" "$(ratio "$2" "$3")" "$(ratio "$3" "$2")"; }
mb() { awk -v k="$1" 'BEGIN {printf "%.0f", k / 1024}'; }
pages=$(pdfinfo "$work/cd.pdf" 2>/dev/null | awk '/^Pages/ {print $2}')

echo
echo "CampaignDesk vs its peers: medians of $runs, interleaved ($(nproc) cores, $(date -u +%F))"
printf '%-50s %12s %8s %8s %8s\n' "" "CampaignDesk" "peer" "CD÷peer" "peer÷CD"
for n in 60 5000; do
  row "${n} units: window mapped (ms) | DB Browser" "$(median "cd_map_$n")" "$(median "dbb_map_$n")"
  row "${n} units: dashboard figures (ms) | DBB window" "$(median "cd_ready_$n")" "$(median "dbb_map_$n")"
  row "${n} units: peak memory (MB) | DB Browser" "$(mb "$(median "cd_open_rss_$n")")" "$(mb "$(median "dbb_open_rss_$n")")"
done
row "bulletin PDF, ${pages:-?} pages (ms) | LO XLSX→PDF" "$(median cd_pdf)" "$(median lo_xlsx)"
row "bulletin PDF (ms) | LO DOCX→PDF" "$(median cd_pdf)" "$(median lo_docx)"
# CPU time on both cores: the bulletin's includes the check of the whole file that runs
# beside it (PRAGMA quick_check), which on two cores bounds how far its wall time can fall.
row "bulletin CPU time (ms) | LO XLSX→PDF" "$(median cd_pdf_cpu)" "$(median lo_xlsx_cpu)"
row "bulletin CPU time (ms) | LO DOCX→PDF" "$(median cd_pdf_cpu)" "$(median lo_docx_cpu)"
row "bulletin peak memory (MB) | LO XLSX→PDF" "$(mb "$(median cd_pdf_rss)")" "$(mb "$(median lo_xlsx_rss)")"
row "bulletin peak memory (MB) | LO DOCX→PDF" "$(mb "$(median cd_pdf_rss)")" "$(mb "$(median lo_docx_rss)")"
