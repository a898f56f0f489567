#!/usr/bin/env bash
# Renders the icon's PNG sizes (desktop entries, window), the Windows .ico and the macOS .icns from optiviz.svg.
# Needs rsvg-convert (librsvg2-bin), ImageMagick's convert and png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" optiviz.svg -o "optiviz-$size.png"
done
convert optiviz-{16,24,32,48,64,128,256}.png optiviz.ico
png2icns optiviz.icns optiviz-{16,32,128,256,512}.png >/dev/null
