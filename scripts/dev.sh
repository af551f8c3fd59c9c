#!/usr/bin/env bash
# CampaignDesk developer entry point: deps | build | run | test | bench | peers [RUNS] | load | fuzz [SECONDS] | package
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev
  libxkbcommon-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libgl-dev libspdlog-dev libfmt-dev libgtest-dev libgmock-dev
  libbenchmark-dev libsodium-dev libxlsxwriter-dev libquazip1-qt6-dev zlib1g-dev
  libsqlite3-dev sqlite3 libqpdf-dev postgresql libqt6sql6-psql libpq-dev qtkeychain-qt6-dev xvfb xauth fontconfig fonts-noto-cjk fonts-arphic-ukai poppler-utils imagemagick libreoffice-writer-nogui
  locales clang libclang-rt-14-dev time
  sqlitebrowser libreoffice-calc-nogui
  dpkg-dev file fakeroot lintian help2man desktop-file-utils appstream shared-mime-info libglib2.0-bin xdg-utils xdotool x11-utils
)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

deps() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    as_root apt-get update -q
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
  # A Chinese locale so the app can be run and checked as a Chinese user sees it.
  if ! locale -a 2>/dev/null | grep -qi '^zh_CN.utf8$'; then
    as_root sed -i 's/^# *zh_CN.UTF-8 UTF-8/zh_CN.UTF-8 UTF-8/' /etc/locale.gen || true
    grep -q '^zh_CN.UTF-8 UTF-8' /etc/locale.gen 2>/dev/null || echo 'zh_CN.UTF-8 UTF-8' | as_root tee -a /etc/locale.gen >/dev/null
    as_root locale-gen >/dev/null || true
  fi
}

PRESET=${CD_PRESET:-dev}
builddir() { echo "$here/build/$PRESET"; }

build() {
  deps
  cmake --preset "$PRESET" >/dev/null
  cmake --build --preset "$PRESET"
}

datadir() { echo "${XDG_DATA_HOME:-$HOME/.local/share}/CampaignDesk/CampaignDesk"; }

run() {
  build
  local db
  db="$(datadir)/demo.cdb"
  mkdir -p "$(dirname "$db")"
  if [ ! -f "$db" ]; then
    "$(builddir)/src/cli/campaigndesk-cli" --db "$db" demo --units 60 --year "$(date +%Y)" --seed 1
  fi
  local app="$(builddir)/src/app/campaigndesk"
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found; starting under xvfb-run."
    exec xvfb-run -a -s "-screen 0 1440x900x24" "$app" "$db"
  fi
  exec "$app" "$db"
}

test_() {
  deps
  export CD_PRESET=ci PRESET=ci
  cmake --preset ci >/dev/null
  cmake --build --preset ci
  # The layers below the GUI must build without Qt Widgets.
  cmake --preset nogui >/dev/null
  cmake --build --preset nogui
  ctest --preset ci
  fuzz 20
  # The Debian package from the same build, installed, tried and purged.
  "$here/scripts/package.sh" build "$here/build/ci" "$here/build/package"
  "$here/scripts/package.sh" check "$(ls "$here"/build/package/campaigndesk_*.deb)"
}

# The Debian package (build/package/campaigndesk_VERSION_ARCH.deb) from the CI build.
package() {
  deps
  export PRESET=ci
  cmake --preset ci >/dev/null
  cmake --build --preset ci
  "$here/scripts/package.sh" build "$here/build/ci" "$here/build/package"
}

# The readers of outside input under libFuzzer for a while (seconds each): the package reader
# from the seed packages in tests/fuzz/corpus, the sheet readers (CSV in every encoding, XLSX)
# from tests/fuzz/sheets, the JSON readers (report and plan files, rubric, template) and the
# settings from tests/fuzz/json. A crash fails the run and leaves the input in build/fuzz/crashes-NAME.
fuzz() {
  local seconds=${1:-60}
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz
  local target seeds
  for target in package:tests/fuzz/corpus sheets:tests/fuzz/sheets json:tests/fuzz/json; do
    seeds="$here/${target#*:}"; target="${target%%:*}"
    local work="$here/build/fuzz/corpus-$target" crashes="$here/build/fuzz/crashes-$target"
    mkdir -p "$work" "$crashes"
    echo "cd_fuzz_$target:"
    "$here/build/fuzz/tests/fuzz/cd_fuzz_$target" -max_total_time="$seconds" -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$crashes/" "$work" "$seeds" 2>&1 | grep -E '^(Done|stat::number_of_executed_units|==|SUMMARY)' || true
    [ -z "$(ls -A "$crashes")" ] || { echo "cd_fuzz_$target found crashing inputs in $crashes" >&2; return 1; }
  done
}

# Builds the release preset (the targets given, else all) for the benchmarks.
release_build() {
  deps
  export PRESET=release
  cmake --preset release >/dev/null
  cmake --build --preset release "$@"
}

bench() {
  release_build
  "$here/scripts/bench.sh" "$here/build/release"
}

# CampaignDesk side by side with DB Browser for SQLite and LibreOffice (scripts/bench-peers.sh).
peers() {
  release_build --target campaigndesk campaigndesk-cli
  "$here/scripts/bench-peers.sh" "$here/build/release" "${@}"
}

load() {
  release_build --target cd_load campaigndesk-cli
  "$here/scripts/load.sh" "$here/build/release" "${@}"
}

case "${1:-}" in
  deps) deps ;;
  build) build ;;
  run) run ;;
  test) test_ ;;
  bench) bench ;;
  peers) shift; peers "$@" ;;
  load) shift; load "$@" ;;
  fuzz) deps; fuzz "${2:-60}" ;;
  package) package ;;
  *) echo "usage: scripts/dev.sh deps|build|run|test|bench|peers [RUNS]|load|fuzz [SECONDS]|package" >&2; exit 2 ;;
esac
