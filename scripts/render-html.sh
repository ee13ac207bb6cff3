#!/usr/bin/env bash
# Renders the HTML reports (assessment, amendment impact, change between two dates, law
# timeline) and screenshots each with headless Chromium at a desktop width (1280 px) and a
# phone width (420 px), and prints each to PDF, to check they display and print as intended.
# Usage: scripts/render-html.sh [OUTDIR]   (default: .build/html). Installs chromium if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-.build/html}
mkdir -p "$out"
out=$(cd "$out" && pwd)  # chromium needs an absolute file:// URL
if ! command -v chromium >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
swift build -q
bin=$(swift build --show-bin-path)/civiclex
"$bin" assess --format html Cases/composite/legal-aid-ngo-foreign-grants-rally-2024.yaml > "$out/assess.html"
"$bin" compare --with Rules/kz/amendments/proposal-notification-only-assemblies.yaml --format html --output "$out/compare.html" Cases
"$bin" compare --from 2019-12-31 --to 2023-06-01 --format html --output "$out/compare-dates.html" Cases/composite
"$bin" timeline --law --format html --output "$out/timeline.html"
for name in assess compare compare-dates timeline; do
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,2600 \
    --screenshot="$out/$name-1280.png" "file://$out/$name.html" >/dev/null 2>&1
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=420,3600 \
    --screenshot="$out/$name-420.png" "file://$out/$name.html" >/dev/null 2>&1
  chromium --headless --no-sandbox --disable-gpu --print-to-pdf="$out/$name.pdf" "file://$out/$name.html" >/dev/null 2>&1
  for file in "$out/$name-1280.png" "$out/$name-420.png" "$out/$name.pdf"; do
    [ -s "$file" ] || { echo "chromium did not write $file" >&2; exit 1; }
  done
  echo "$out/$name.html -> $out/$name-1280.png, $out/$name-420.png, $out/$name.pdf"
done
