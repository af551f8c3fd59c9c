#!/usr/bin/env bash
# Fails when a source string has no finished zh_CN translation, including strings added to
# the code since the .ts file was last updated.
set -euo pipefail
root=$1
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
[ -x "$lupdate" ] || lupdate=/usr/lib/qt6/bin/lupdate
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$root/resources/translations/campaigndesk_zh_CN.ts" "$tmp/check.ts"
"$lupdate" -silent -no-obsolete -locations none -I "$root/src" "$root/src" "$root/ui" -ts "$tmp/check.ts" >/dev/null
unfinished=$(grep -c 'type="unfinished"' "$tmp/check.ts" || true)
total=$(grep -c '<source>' "$tmp/check.ts" || true)
echo "zh_CN: $total source strings, $unfinished unfinished"
if [ "$unfinished" -ne 0 ]; then
  grep -B2 'type="unfinished"' "$tmp/check.ts" | grep '<source>' | head -20
  exit 1
fi
[ "$total" -gt 0 ]
