#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Builds the Debian package of virtdeck (and virtdeck-cli when the tree has it):
#   bash scripts/build-deb.sh            -> build-deb/virtdeck_<version>_amd64.deb
# Install it with `apt-get install ./build-deb/virtdeck_*.deb` (the ./ matters): apt pulls
# the Qt, libvirt and libvncclient libraries the package depends on.
# VIRTDECK_DEB_BUILD_DIR picks another build folder (configured for /usr if it is not).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
dir=${VIRTDECK_DEB_BUILD_DIR:-build-deb}
# Only the packaged programs are built: `cpack` would otherwise build every test first.
cmake -S . -B "$dir" -G Ninja -DCMAKE_INSTALL_PREFIX=/usr -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON \
  ${VIRTDECK_DEB_BUILD_TYPE:+-DCMAKE_BUILD_TYPE=$VIRTDECK_DEB_BUILD_TYPE}
targets=(virtdeck)
if ninja -C "$dir" -t targets all 2>/dev/null | grep -q '^virtdeck-cli:'; then
  targets+=(virtdeck-cli)
fi
cmake --build "$dir" -j2 --target "${targets[@]}"
rm -f "$dir"/virtdeck_*.deb
(cd "$dir" && cpack -G DEB)
deb=$(ls "$dir"/virtdeck_*.deb)
echo "build-deb: $deb"
dpkg-deb --field "$deb" Package Version Depends Recommends
dpkg-deb --contents "$deb" | awk '{print $6}'
