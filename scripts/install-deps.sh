#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Installs every Debian 12 package VirtDeck needs to build, run and test.
# Run as root. Idempotent: a second run only checks.
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build ccache pkg-config git
  # Qt 6.4
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-translations-l10n libgl-dev
  # libvirt, QEMU, VNC
  libvirt-dev libvirt-daemon libvirt-daemon-driver-qemu libvirt-clients
  qemu-system-x86 qemu-utils libvncserver-dev dnsmasq-base iptables
  # new-guest wizard: UEFI firmware (OVMF), PXE ROMs of the NICs, tiny install ISOs in tests
  ovmf ipxe-qemu genisoimage
  # other libraries the architecture names
  libxkbcommon-dev xkb-data libyaml-cpp-dev libosinfo-1.0-dev osinfo-db qtkeychain-qt6-dev
  # VNC console tests and benchmark: Xvnc (+ vncpasswd), xsetroot/xrandr, Xlib for the
  # benchmark's drawing client, and the viewers it compares against
  tigervnc-standalone-server tigervnc-tools x11-xserver-utils libx11-dev gvncviewer tigervnc-viewer
  # VNC console tests: the SSH tunnel (a private sshd on 127.0.0.1, started by the test, never
  # as a service), key events (xev) and the clipboard (xclip) on Xvnc, zlib for the clipboard
  openssh-server x11-utils xclip zlib1g-dev
  # running and looking at the GUI headless, keychain in tests
  xvfb xauth imagemagick fonts-dejavu-core fonts-wqy-microhei dbus gnome-keyring
  # desktop integration: the validators the tests run, the icon renderer (scripts/render-icons.sh),
  # dpkg-shlibdeps for the .deb (scripts/build-deb.sh)
  desktop-file-utils appstream librsvg2-bin dpkg-dev
  # the sanitizer build of the suite and the libFuzzer targets (clang-14 with its runtimes),
  # openssl for the TLS test's self-signed certificate
  clang-14 clang libclang-rt-14-dev llvm-14 openssl
  # procps for ps/pgrep in the service scripts
  procps openssh-client
  # the test cloud (scripts/cloud-start.sh): OpenStack Zed's Python packages only (the service
  # packages bring init scripts and debconf prompts), uwsgi, and the CLI the benchmark compares with
  curl uwsgi-core uwsgi-plugin-python3 python3-keystone python3-placement python3-nova python3-neutron
  python3-glance python3-cinder python3-openstackclient
  # the test cloud's compute path: the message broker of nova and cinder
  rabbitmq-server
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  # Without systemd, dpkg would start rabbitmq-server (on every interface) through its init
  # script: forbid service starts during the install when nothing forbids them yet.
  made_policy=0
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    made_policy=1
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  apt-get install -y -q --no-install-recommends "${missing[@]}"
  if ((made_policy)); then rm -f /usr/sbin/policy-rc.d; trap - EXIT; fi
else
  echo "install-deps: all ${#packages[@]} packages present"
fi
