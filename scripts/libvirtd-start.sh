#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Starts virtlogd and libvirtd by hand (these machines have no systemd) unless they are
# already running, then waits until qemu:///system answers.
#
# Every daemon this script starts is recorded as <state dir>/<daemon>.pid, so that
# scripts/libvirtd-stop.sh stops exactly those and leaves daemons it did not start alone.
# The state dir is $VIRTDECK_STATE_DIR, or /run/virtdeck-test.
#
# Usage: libvirtd-start.sh [--no-record] [--restart] [--timeout SECONDS]
#   --no-record  start what is missing but record nothing: the daemons are meant to stay
#                (scripts/run-app.sh uses this; the user keeps using libvirtd).
#   --restart    bring libvirtd back after it died (the integration test kills it with -9).
#                A daemon is recorded only if the one it replaces was recorded, so the
#                replacement of a daemon this script started is stopped later, and the
#                replacement of the user's own daemon is left running.
#   --timeout    how long to wait for qemu:///system to answer (default 60 s).
#
# Exits 0 when qemu:///system answers, non-zero with a message on stderr otherwise.
set -euo pipefail

state_dir=${VIRTDECK_STATE_DIR:-/run/virtdeck-test}
record=1
restart=0
timeout_s=60

while (($#)); do
  case $1 in
    --no-record) record=0 ;;
    --restart) restart=1 ;;
    --timeout) timeout_s=${2:?--timeout needs a number of seconds}; shift ;;
    -h|--help) sed -n '3,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "libvirtd-start: unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done

say() { echo "libvirtd-start: $*"; }
die() { echo "libvirtd-start: ERROR: $*" >&2; exit 1; }

# A process is alive when /proc/PID/stat exists and its state letter is not Z (zombie) or
# X (dead). PID 1 on these machines reaps late, so `kill -0` succeeds on a dead daemon.
alive() {
  local pid=$1 stat rest
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  stat=$(cat "/proc/$pid/stat" 2>/dev/null) || return 1
  rest=${stat##*) }          # the comm field may hold spaces and parentheses
  [[ ${rest:0:1} != Z && ${rest:0:1} != X ]]
}

# Prints the PIDs of live processes whose command name is exactly $1.
live_pids_of() {
  local name=$1 dir pid
  for dir in /proc/[0-9]*; do
    pid=${dir#/proc/}
    [[ $(cat "$dir/comm" 2>/dev/null) == "$name" ]] || continue
    alive "$pid" && echo "$pid"
  done
  return 0
}

answers() {
  timeout 10 virsh -q -c qemu:///system version >/dev/null 2>&1
}

[[ $(id -u) -eq 0 ]] || die "must run as root (qemu:///system needs it; without D-Bus polkit refuses non-root users)"
for tool in virtlogd libvirtd virsh; do
  command -v "$tool" >/dev/null || die "$tool not found: run scripts/install-deps.sh first"
done

# Directories the daemons expect. Without libvirt-daemon-system (which needs an init
# system to be useful) nothing creates them on a fresh machine.
mkdir -p /run/libvirt /var/lib/libvirt/images /var/lib/libvirt/qemu /var/cache/libvirt/qemu \
         /var/log/libvirt/qemu

# Debian builds the QEMU driver to run guests as user and group libvirt-qemu. Only
# libvirt-daemon-system's maintainer script creates them; without them libvirtd exits at
# once with "Failed to parse user 'libvirt-qemu'". Create them the way that package does.
if ! getent group libvirt-qemu >/dev/null; then
  groupadd --system libvirt-qemu
  say "created system group libvirt-qemu"
fi
if ! getent passwd libvirt-qemu >/dev/null; then
  useradd --system --gid libvirt-qemu --home-dir /var/lib/libvirt --no-create-home \
          --shell /usr/sbin/nologin --comment "Libvirt Qemu" libvirt-qemu
  say "created system user libvirt-qemu"
fi
if getent group kvm >/dev/null && ! id -nG libvirt-qemu | grep -qw kvm; then
  usermod -a -G kvm libvirt-qemu   # /dev/kvm access for KVM guests where the host has it
fi

# start_daemon NAME: starts NAME -d unless a live NAME process exists, records what it started.
start_daemon() {
  local name=$1 pidfile=$state_dir/$1.pid recorded_pid="" keep_record=$record pids pid
  [[ -f $pidfile ]] && recorded_pid=$(<"$pidfile")
  if [[ -n $recorded_pid ]] && ! alive "$recorded_pid"; then
    rm -f "$pidfile"            # died since it was recorded (killed, crashed)
  fi
  # In --restart mode a replacement inherits the old daemon's ownership.
  ((restart)) && keep_record=$([[ -n $recorded_pid ]] && echo 1 || echo 0)

  pids=$(live_pids_of "$name" | tr '\n' ' ')
  if [[ -n ${pids// } ]]; then
    say "$name already running (pid ${pids% }), not starting it"
    return 0
  fi

  "$name" -d || die "'$name -d' failed (exit $?)"
  # -d daemonises (double fork): find the daemon itself, which writes /run/NAME.pid.
  for _ in $(seq 1 100); do
    pid=""
    [[ -f /run/$name.pid ]] && pid=$(<"/run/$name.pid")
    if [[ -n $pid ]] && alive "$pid" && [[ $(cat "/proc/$pid/comm" 2>/dev/null) == "$name" ]]; then break; fi
    pid=$(live_pids_of "$name" | head -n1)
    [[ -n $pid ]] && break
    sleep 0.1
  done
  if [[ -z $pid ]] || ! alive "$pid"; then
    die "$name did not stay up after '$name -d'; run '$name -v' by hand to see why"
  fi
  if ((keep_record)); then
    mkdir -p "$state_dir"
    echo "$pid" >"$pidfile"
    say "started $name (pid $pid), recorded in $pidfile"
  else
    say "started $name (pid $pid), not recorded: it stays running"
  fi
}

# virtlogd first: without it a guest start fails with "Failed to connect socket to
# '/run/libvirt/virtlogd-sock'".
start_daemon virtlogd
start_daemon libvirtd

# The first start probes QEMU's capabilities (about 8 s cold, well under 1 s once cached).
say "waiting up to ${timeout_s} s for qemu:///system to answer"
deadline=$((SECONDS + timeout_s))
until answers; do
  if ((SECONDS >= deadline)); then
    die "qemu:///system did not answer within ${timeout_s} s. Last error: $(timeout 10 virsh -c qemu:///system version 2>&1 | tail -n 2 | tr '\n' ' ')"
  fi
  pid=$(live_pids_of libvirtd | head -n1)
  [[ -n $pid ]] || die "libvirtd is no longer running; try 'libvirtd -v' by hand to see why"
  sleep 0.5
done
say "qemu:///system answers: $(virsh -q -c qemu:///system version 2>/dev/null | grep -i 'running hypervisor' | sed 's/^ *//')"
