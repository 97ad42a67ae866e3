#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Stops the test cloud of scripts/cloud-start.sh, and only it: each pid in
# $VIRTDECK_CLOUD_DIR/run/*.pid whose environment carries that start's marker (or whose
# command line reads a config file from there: neutron-server overwrites its environment), with
# the children it forked (uwsgi workers, eventlet workers). TERM first, KILL after 20 s.
# State and logs stay for a look; the next start wipes them.
set -uo pipefail

dir=${VIRTDECK_CLOUD_DIR:-/var/tmp/virtdeck-cloud}
run=$dir/run

ours() {
  grep -qz "^VIRTDECK_CLOUD_DIR=$dir\$" "/proc/$1/environ" 2>/dev/null ||
    tr '\0' ' ' < "/proc/$1/cmdline" 2>/dev/null | grep -qF -- "--config-file $dir/"
}
tree() { # pid and its descendants, from /proc
  local c
  echo "$1"
  for c in $(cat /proc/"$1"/task/*/children 2>/dev/null); do tree "$c"; done
}

[[ -d $run ]] || { echo "cloud-stop: nothing to stop"; exit 0; }

pids=()
for f in "$run"/*.pid; do
  [[ -e $f ]] || continue
  name=$(basename "$f" .pid)
  p=$(cat "$f" 2>/dev/null || true)
  if [[ -z $p ]] || ! kill -0 "$p" 2>/dev/null; then
    echo "cloud-stop: $name was not running"
  elif ! ours "$p"; then
    echo "cloud-stop: pid $p ($name) is not ours any more: left alone"
  else
    for c in $(tree "$p"); do ours "$c" && pids+=("$c"); done
    kill -TERM "$p" 2>/dev/null
    echo "cloud-stop: $name (pid $p) stopping"
  fi
  rm -f "$f"
done

deadline=$((SECONDS + 20))
for p in "${pids[@]}"; do
  while kill -0 "$p" 2>/dev/null && ours "$p" && ((SECONDS < deadline)); do sleep 0.2; done
done
for p in "${pids[@]}"; do
  if kill -0 "$p" 2>/dev/null && ours "$p"; then
    kill -KILL "$p" 2>/dev/null && echo "cloud-stop: pid $p needed SIGKILL"
  fi
done
echo "cloud-stop: stopped"
exit 0
