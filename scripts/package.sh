#!/usr/bin/env bash
# The Debian package: built from a configured build folder (scripts/dev.sh package), then, with
# "check", validated and tried on this machine the way an office would: installed with apt-get,
# the installed programs run, the desktop integration found where the system looks, the GUI
# started on a file as a file manager would, and the package purged without a trace.
#   scripts/package.sh build BUILD_DIR OUT_DIR     → OUT_DIR/campaigndesk_VERSION_ARCH.deb
#   scripts/package.sh check DEB
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
fail() { echo "package check failed: $*" >&2; exit 1; }

build_deb() {
  local build=$1 out=$2
  # The guide's pictures: the GUI screenshot test renders the screens in Chinese from the demo.
  rm -rf "$build/guide-images"
  CD_SCREENSHOT_DIR="$build/guide-images" QT_QPA_PLATFORM=offscreen LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 \
    "$build/tests/cd_gui_tests" --gtest_filter='Screens.*' >/dev/null
  # Every picture the guide shows must be there.
  local missing=0 img
  for img in $(grep -o 'images/[a-z0-9-]*\.png' "$here/resources/guide/index.html" | sort -u); do
    [ -f "$build/guide-images/${img#images/}" ] || { echo "the guide shows $img, which the screenshot test did not make" >&2; missing=1; }
  done
  [ $missing -eq 0 ] || exit 1
  mkdir -p "$out"
  rm -f "$out"/campaigndesk_*.deb
  (cd "$build" && cpack -G DEB -B "$out" >/dev/null)
  rm -rf "$out/_CPack_Packages"
  ls "$out"/campaigndesk_*.deb
}

check_deb() {
  local deb
  deb=$(readlink -f "$1")
  echo "== $(basename "$deb"): $(du -k "$deb" | cut -f1) KiB, installed $(dpkg-deb -f "$deb" Installed-Size) KiB"
  dpkg-deb -f "$deb" Depends | sed 's/^/   Depends: /'
  # lintian: no errors; the warnings are listed.
  lintian --fail-on error "$deb" || fail "lintian found errors"

  local work
  work=$(mktemp -d)
  trap 'rm -rf "$work"' RETURN
  if dpkg -s campaigndesk >/dev/null 2>&1; then as_root apt-get purge -y -q campaigndesk >/dev/null; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q "$deb" >/dev/null
  dpkg -L campaigndesk | sort > "$work/files"

  echo "== installed programs"
  local version
  version=$(campaigndesk-cli --version)
  [ "$version" = "campaigndesk-cli $(dpkg-deb -f "$deb" Version)" ] || fail "campaigndesk-cli --version says '$version'"
  [ "$(campaigndesk --version)" = "campaigndesk $(dpkg-deb -f "$deb" Version)" ] || fail "campaigndesk --version"
  echo "   $version"
  HOME="$work" campaigndesk-cli --db "$work/demo.cdb" demo --units 60 --year 2026 --seed 1 >/dev/null
  HOME="$work" campaigndesk-cli --db "$work/demo.cdb" --as-of 2026-04-10 bulletin --quarter 2026Q1 --out "$work/bulletin.pdf" >/dev/null
  pdftotext "$work/bulletin.pdf" "$work/bulletin.txt"
  grep -q '督查通报' "$work/bulletin.txt" || fail "the installed program's bulletin has no title"
  echo "   demo written and a bulletin printed with the installed binary"

  echo "== desktop integration"
  local f
  for f in /usr/share/applications/org.campaigndesk.CampaignDesk.desktop /usr/share/metainfo/org.campaigndesk.CampaignDesk.metainfo.xml \
           /usr/share/mime/packages/campaigndesk.xml /usr/share/icons/hicolor/scalable/apps/org.campaigndesk.CampaignDesk.svg \
           /usr/share/icons/hicolor/16x16/apps/org.campaigndesk.CampaignDesk.png /usr/share/icons/hicolor/48x48/apps/org.campaigndesk.CampaignDesk.png \
           /usr/share/man/man1/campaigndesk.1.gz /usr/share/man/man1/campaigndesk-cli.1.gz /usr/share/campaigndesk/guide/index.html \
           /usr/share/campaigndesk/guide/images/dashboard.png /usr/share/doc/campaigndesk/copyright /usr/share/doc/campaigndesk/changelog.gz; do
    [ -f "$f" ] || fail "$f is missing"
  done
  desktop-file-validate /usr/share/applications/org.campaigndesk.CampaignDesk.desktop || fail "desktop-file-validate"
  appstreamcli validate --no-net /usr/share/metainfo/org.campaigndesk.CampaignDesk.metainfo.xml || fail "appstreamcli validate"
  local type expected
  for type in application/x-campaigndesk application/x-campaigndesk-task application/x-campaigndesk-report; do
    expected=$(XDG_DATA_DIRS=/usr/share HOME="$work" xdg-mime query default "$type")
    [ "$expected" = "org.campaigndesk.CampaignDesk.desktop" ] || fail "xdg-mime query default $type says '$expected'"
  done
  # A file's type is asked the way desktops ask it: GLib's content types (what the file
  # manager and the open dialog use). xdg-mime outside a desktop session falls back to
  # file(1), which knows nothing of shared-mime-info's globs and names the SQLite format.
  cp "$work/demo.cdb" "$work/年度活动.cdb"
  cp "$here/tests/fuzz/corpus/report.cdreport" "$work/三月报送.cdreport"
  local file got
  for f in "年度活动.cdb:application/x-campaigndesk" "三月报送.cdreport:application/x-campaigndesk-report"; do
    file="$work/${f%%:*}"
    got=$(XDG_DATA_DIRS=/usr/share HOME="$work" gio info -a standard::content-type "$file" | sed -n 's/^ *standard::content-type: //p')
    [ "$got" = "${f#*:}" ] || fail "the type of ${f%%:*} is '$got', not ${f#*:}"
  done
  echo "   the menu entry, metainfo, icon and MIME types are where the system looks; each type opens with CampaignDesk"

  echo "== the official fonts' names, for LibreOffice"
  # The DOCX and ODT name 仿宋_GB2312, 方正小标宋简体, 黑体 and 楷体_GB2312; without them installed,
  # the package's aliases give LibreOffice the fonts the program prints in, not a default sans.
  [ -L /etc/fonts/conf.d/65-campaigndesk-official-fonts.conf ] || fail "the fontconfig aliases are not enabled"
  local name want
  for f in "仿宋_GB2312:Noto Serif CJK SC" "方正小标宋简体:Noto Serif CJK SC" "黑体:Noto Sans CJK SC" "楷体_GB2312:AR PL UKai CN"; do
    name=${f%%:*}; want=${f#*:}
    got=$(fc-match -f '%{family[0]}' "$name:lang=zh-cn")
    [ "$got" = "$want" ] || fail "fontconfig gives $name as '$got', not $want"
  done
  echo "   仿宋_GB2312 and the others resolve to the fonts the documents are printed in"

  echo "== the installed GUI, started on a file as a file manager does (Exec=campaigndesk %f)"
  local exec window figures
  exec=$(sed -n 's/^Exec=//p' /usr/share/applications/org.campaigndesk.CampaignDesk.desktop)
  [ "${exec%% *}" = campaigndesk ] && [ "${exec#* }" = "%f" ] || fail "the desktop entry runs '$exec'"
  read -r window figures < <("$here/scripts/cold-start.sh" "$(command -v campaigndesk)" "$work/年度活动.cdb" 3) ||
    fail "the installed program showed no window (or no figures) for the file"
  [ -n "${figures:-}" ] || fail "the installed program showed no window (or no figures) for the file"
  echo "   cold start of the installed program on the 60-unit demo: window ${window} ms, dashboard figures ${figures} ms (medians of 3)"

  echo "== purge"
  as_root apt-get purge -y -q campaigndesk >/dev/null
  local left=0
  while read -r f; do
    [ -f "$f" ] && { echo "left behind: $f" >&2; left=1; }
  done < "$work/files"
  dpkg -s campaigndesk >/dev/null 2>&1 && fail "still installed after purge"
  [ $left -eq 0 ] || fail "files left after purge"
  echo "   purged; nothing the package installed is left"
}

case "${1:-}" in
  build) build_deb "$2" "$3" ;;
  check) check_deb "$2" ;;
  *) echo "usage: scripts/package.sh build BUILD_DIR OUT_DIR | check DEB" >&2; exit 2 ;;
esac
