#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Renders the application icon's PNG sizes from its SVG (run after editing the SVG and
# commit the result): resources/icons/hicolor/<N>x<N>/apps/<app id>.png.
# Needs rsvg-convert (librsvg2-bin, in scripts/install-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
id=io.github.virtdeck.VirtDeck
svg=resources/icons/app/$id.svg
for size in 16 22 24 32 48 64 128 256 512; do
  out=resources/icons/hicolor/${size}x${size}/apps
  mkdir -p "$out"
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$svg" -o "$out/$id.png"
done
echo "render-icons: $(ls resources/icons/hicolor | wc -l) sizes from $svg"
