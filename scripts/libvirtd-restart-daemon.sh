#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Brings libvirtd back after it died (tests/libvirt/tst_reallibvirtd kills it with -9 to
# check that VirtDeck reconnects): starts it again if no live libvirtd is left, waits until
# qemu:///system answers and updates the PID recorded by scripts/libvirtd-start.sh, so
# scripts/libvirtd-stop.sh stops the new daemon. A daemon that was not recorded (the user's
# own) is replaced by one that is not recorded either, and stays running.
#
# Usage: libvirtd-restart-daemon.sh [--timeout SECONDS]
set -euo pipefail
exec bash "$(dirname "$(readlink -f "$0")")/libvirtd-start.sh" --restart "$@"
