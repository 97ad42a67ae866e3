#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Takes the README's screenshots: runs the real virtdeck under Xvfb against a generated
# test-driver host (virtdeck-testhost) and lets it grab each of its windows once they have
# settled (VIRTDECK_SCREENSHOT_DIR, see ui/screenshottour.h): main window, every guest
# window page, host overview, cloud tab, every preferences page.
#   bash scripts/take-screenshots.sh                    -> resources/screenshots/*.png
#   bash scripts/take-screenshots.sh --scale 2 --out /tmp/shots-2x   (HiDPI check)
#   bash scripts/take-screenshots.sh --lang zh_CN --out /tmp/shots-zh
# With the test cloud running (scripts/cloud-start.sh), the cloud tab signs in to it.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${VIRTDECK_BUILD_DIR:-build}
out=resources/screenshots
scale=1
lang=en_US.UTF-8
while (($#)); do
  case $1 in
    --scale) scale=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --lang) lang=$2.UTF-8; shift 2 ;;
    *) echo "usage: $0 [--scale F] [--out DIR] [--lang zh_CN]" >&2; exit 2 ;;
  esac
done

[[ -f $build/build.ninja ]] || cmake -S . -B "$build" -G Ninja
cmake --build "$build" -j2 --target virtdeck virtdeck-testhost

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/run" "$work/config" "$out"
chmod 700 "$work/run"
"$build/tests/support/virtdeck-testhost" --guests 40 --seed 7 --networks 2 --pools 2 \
  --snapshot-every 3 --prefix web- "$work/host.xml" >/dev/null

args=(--new-instance --connect "test://$work/host.xml" --no-autoconnect)
cloud_dir=${VIRTDECK_CLOUD_DIR:-/var/tmp/virtdeck-cloud}
if [[ -f $cloud_dir/clouds.yaml ]] && curl -fsS -m 3 -o /dev/null "http://127.0.0.1:5000/v3" 2>/dev/null; then
  export OS_CLIENT_CONFIG_FILE=$cloud_dir/clouds.yaml
  args+=(--os-cloud virtdeck-demo)
  echo "take-screenshots: the cloud tab signs in to virtdeck-demo"
fi

# A clean profile: default preferences, English or the asked language, 1 s statistics.
mkdir -p "$work/config/VirtDeck"
printf '[preferences]\nstatsIntervalSeconds=1\n' > "$work/config/VirtDeck/virtdeck.conf"
rm -f "$out"/*.png.new
env -u QT_QPA_PLATFORM XDG_RUNTIME_DIR="$work/run" XDG_CONFIG_HOME="$work/config" HOME="$work" \
  LANG="$lang" LC_ALL="$lang" LANGUAGE= QT_SCALE_FACTOR="$scale" \
  VIRTDECK_SCREENSHOT_DIR="$out" VIRTDECK_SCREENSHOT_SETTLE_MS=${VIRTDECK_SCREENSHOT_SETTLE_MS:-8000} \
  xvfb-run -a -s "-screen 0 1600x1000x24" "$build/app/virtdeck" "${args[@]}"
ls -la "$out"
