#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Setup command (1) of the README: from a fresh Debian 12 machine (as root) to a running
# VirtDeck connected to qemu:///system, where a guest can be created and started at once.
#   1. installs the packages (scripts/install-deps.sh),
#   2. configures and builds the application in build/ (Ninja, ccache, 2 jobs),
#   3. starts virtlogd + libvirtd if they are not running; they are left running afterwards,
#   4. makes sure the NAT network "default" and the storage pool "default"
#      (/var/lib/libvirt/images) exist, are active and autostart,
#   5. runs build/app/virtdeck [extra arguments] on its default connection (qemu:///system).
#
# Environment: VIRTDECK_BUILD_DIR (default build), VIRTDECK_JOBS (default 2).
set -euo pipefail

root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
cd "$root"
build_dir=${VIRTDECK_BUILD_DIR:-build}
jobs=${VIRTDECK_JOBS:-2}
uri=qemu:///system

say() { echo "run-app: $*"; }
warn() { echo "run-app: WARNING: $*" >&2; }
die() { echo "run-app: ERROR: $*" >&2; exit 1; }

[[ $(id -u) -eq 0 ]] || die "run as root (packages, libvirtd, qemu:///system)"

have_display() { [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} || ${QT_QPA_PLATFORM:-} == offscreen* ]]; }
no_display_hint() {
  cat >&2 <<'EOF'
run-app: there is no display ($DISPLAY and $WAYLAND_DISPLAY are unset): VirtDeck is a
run-app: desktop application and needs one. On a machine without a screen, run it under a
run-app: virtual X server (xvfb is installed by scripts/install-deps.sh):
run-app:     xvfb-run -a -s "-screen 0 1280x800x24" bash scripts/run-app.sh
run-app: or connect with `ssh -X` and run this script again.
EOF
}
have_display || { no_display_hint; say "continuing with the setup; the application itself will not start"; }

say "1/5 installing packages"
bash scripts/install-deps.sh

say "2/5 configuring and building in $build_dir with $jobs jobs"
cmake -S . -B "$build_dir" -G Ninja
cmake --build "$build_dir" -j "$jobs" --target virtdeck
app=$build_dir/app/virtdeck
[[ -x $app ]] || die "$app was not built"

say "3/5 libvirt daemons"
# --no-record: these daemons are the user's from now on; no stop script will end them.
bash scripts/libvirtd-start.sh --no-record

virsh_sys() { virsh -q -c "$uri" "$@"; }

say "4/5 default network and storage pool"
if ! virsh_sys net-info default >/dev/null 2>&1; then
  net_xml=$(mktemp)
  cat >"$net_xml" <<'EOF'
<network>
  <name>default</name>
  <forward mode='nat'/>
  <bridge name='virbr0' stp='on' delay='0'/>
  <ip address='192.168.122.1' netmask='255.255.255.0'>
    <dhcp>
      <range start='192.168.122.2' end='192.168.122.254'/>
    </dhcp>
  </ip>
</network>
EOF
  virsh_sys net-define "$net_xml" >/dev/null || die "could not define the network 'default'"
  rm -f "$net_xml"
  say "defined the NAT network 'default' (virbr0, 192.168.122.0/24)"
fi
if [[ $(virsh_sys net-info default | awk '/^Active:/ {print $2}') != yes ]]; then
  if virsh_sys net-start default >/dev/null; then
    say "started the network 'default'"
  else
    warn "the network 'default' did not start (see above); guests need another network until it does"
  fi
fi
virsh_sys net-autostart default >/dev/null || warn "could not mark the network 'default' autostart"

if ! virsh_sys pool-info default >/dev/null 2>&1; then
  virsh_sys pool-define-as default dir --target /var/lib/libvirt/images >/dev/null \
    || die "could not define the storage pool 'default'"
  virsh_sys pool-build default >/dev/null || true   # the directory may exist already
  say "defined the storage pool 'default' (/var/lib/libvirt/images)"
fi
if [[ $(virsh_sys pool-info default | awk '/^State:/ {print $2}') != running ]]; then
  virsh_sys pool-start default >/dev/null || die "could not start the storage pool 'default'"
  say "started the storage pool 'default'"
fi
virsh_sys pool-autostart default >/dev/null || warn "could not mark the storage pool 'default' autostart"
virsh -c "$uri" net-list --all
virsh -c "$uri" pool-list --all

if ! have_display; then
  no_display_hint
  exit 2
fi
# No --connect: on first start the app picks its default connection itself, which is
# qemu:///system now that its socket answers, and saves it with autoconnect on.
say "5/5 starting $app $*"
exec "$app" "$@"
