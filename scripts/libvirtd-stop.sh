#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Undoes scripts/libvirtd-start.sh:
#   1. destroys and undefines every test guest (name starting with virtdeck-test-) on
#      qemu:///system; guests outlive libvirtd, so this comes first;
#   2. stops only the daemons recorded in the state dir ($VIRTDECK_STATE_DIR, or
#      /run/virtdeck-test) by the start script: TERM, a bounded wait, then KILL.
# Daemons the start script did not start are left running. Safe to run twice.
#
# Usage: libvirtd-stop.sh
set -uo pipefail   # no -e: a cleanup step that fails must not skip the next one

state_dir=${VIRTDECK_STATE_DIR:-/run/virtdeck-test}
test_prefix=virtdeck-test-
status=0

say() { echo "libvirtd-stop: $*"; }
warn() { echo "libvirtd-stop: WARNING: $*" >&2; }

# Alive = /proc/PID/stat exists and its state letter is not Z or X (PID 1 here reaps late,
# so a killed daemon may linger as a zombie for which `kill -0` still succeeds).
alive() {
  local pid=$1 stat rest
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  stat=$(cat "/proc/$pid/stat" 2>/dev/null) || return 1
  rest=${stat##*) }
  [[ ${rest:0:1} != Z && ${rest:0:1} != X ]]
}

# wait_gone PID SECONDS: 0 once PID is no longer alive, 1 if it still is after SECONDS.
wait_gone() {
  local pid=$1 deadline=$((SECONDS + $2))
  while alive "$pid"; do
    ((SECONDS < deadline)) || return 1
    sleep 0.2
  done
  return 0
}

virsh_sys() { timeout 30 virsh -q -c qemu:///system "$@"; }

# 1. Test guests.
if timeout 10 virsh -q -c qemu:///system version >/dev/null 2>&1; then
  mapfile -t guests < <(virsh_sys list --all --name 2>/dev/null | grep "^${test_prefix}" || true)
  for guest in "${guests[@]}"; do
    if [[ $(virsh_sys domstate "$guest" 2>/dev/null) != "shut off" ]]; then
      virsh_sys destroy "$guest" >/dev/null 2>&1 || warn "could not destroy $guest"
    fi
    if virsh_sys undefine --managed-save --snapshots-metadata "$guest" >/dev/null 2>&1 \
       || virsh_sys undefine "$guest" >/dev/null 2>&1; then
      say "removed test guest $guest"
    elif virsh_sys dominfo "$guest" >/dev/null 2>&1; then
      warn "could not undefine $guest"; status=1
    fi
  done
  ((${#guests[@]})) || say "no test guests to remove"
else
  say "qemu:///system does not answer: cannot undefine test guests through libvirt"
fi
# Test guests whose QEMU outlived libvirtd (the daemon was killed or never restarted).
for dir in /proc/[0-9]*; do
  pid=${dir#/proc/}
  tr '\0' ' ' 2>/dev/null <"$dir/cmdline" | grep -q -- "-name guest=${test_prefix}" || continue
  alive "$pid" || continue
  say "killing QEMU of a test guest left without libvirtd (pid $pid)"
  kill -KILL "$pid" 2>/dev/null
done
# With no libvirtd at all, a test guest's definition can only go by removing its files;
# otherwise the next daemon would load it again. Never while a libvirtd runs: it holds
# its own copy and would write the files back.
libvirtd_alive=0
for dir in /proc/[0-9]*; do
  [[ $(cat "$dir/comm" 2>/dev/null) == libvirtd ]] && alive "${dir#/proc/}" && libvirtd_alive=1
done
if ((!libvirtd_alive)); then
  shopt -s nullglob
  leftovers=(/etc/libvirt/qemu/"${test_prefix}"*.xml /etc/libvirt/qemu/autostart/"${test_prefix}"*.xml
             /run/libvirt/qemu/"${test_prefix}"*.xml /run/libvirt/qemu/"${test_prefix}"*.pid
             /var/lib/libvirt/qemu/snapshot/"${test_prefix}"* /var/lib/libvirt/qemu/checkpoint/"${test_prefix}"*)
  shopt -u nullglob
  for file in "${leftovers[@]}"; do
    rm -rf -- "$file" && say "removed leftover $file"
  done
fi

# 2. Daemons this project started: libvirtd before virtlogd, which it logs through.
for name in libvirtd virtlogd; do
  pidfile=$state_dir/$name.pid
  [[ -f $pidfile ]] || { say "$name: not started by libvirtd-start.sh, leaving it alone"; continue; }
  pid=$(<"$pidfile")
  if ! alive "$pid"; then
    say "$name (pid $pid) already gone"
  elif [[ $(cat "/proc/$pid/comm" 2>/dev/null) != "$name" ]]; then
    warn "pid $pid recorded for $name now belongs to '$(cat "/proc/$pid/comm" 2>/dev/null)': not touching it"
  else
    kill -TERM "$pid" 2>/dev/null
    if wait_gone "$pid" 20; then
      say "stopped $name (pid $pid)"
    else
      warn "$name (pid $pid) ignored TERM for 20 s: sending KILL"
      kill -KILL "$pid" 2>/dev/null
      if wait_gone "$pid" 10; then
        say "killed $name (pid $pid)"
      else
        warn "$name (pid $pid) is still alive"; status=1
      fi
    fi
  fi
  rm -f "$pidfile"
done
rmdir "$state_dir" 2>/dev/null || true
exit "$status"
