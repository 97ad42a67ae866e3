#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# After a whole test run: no password or token of the test cloud may be left in the test
# output (ctest logs, which also carry crash output and sanitizer reports), in VirtDeck's
# settings (~/.config/VirtDeck*, ~/.local/share, ~/.cache) or in the test temp dirs.
#   bash scripts/check-secrets.sh [build-dir...]     (default: build)
# The secrets: every password of the test cloud's clouds.yaml (scripts/cloud-start.sh) and
# every token the client was issued during the run (VIRTDECK_TEST_TOKEN_LOG, which
# scripts/run-tests.sh points at <build-dir>/issued-tokens.txt for each run).
set -euo pipefail

root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
cd "$root"
[[ $# -gt 0 ]] || set -- build
cloud_dir=${VIRTDECK_CLOUD_DIR:-/var/tmp/virtdeck-cloud}

say() { echo "check-secrets: $*"; }

secrets=$(mktemp)
trap 'rm -f "$secrets"' EXIT
if [[ -f $cloud_dir/clouds.yaml ]]; then
  # "password: adminpass" and the application credential secrets, quotes removed.
  sed -nE 's/^[[:space:]]*(password|application_credential_secret):[[:space:]]*["'\'']?([^"'\'' ]+)["'\'']?[[:space:]]*$/\2/p' \
    "$cloud_dir/clouds.yaml" >>"$secrets"
fi
token_logs=()
for dir in "$@"; do
  [[ -f $dir/issued-tokens.txt ]] && token_logs+=("$dir/issued-tokens.txt") && cat "$dir/issued-tokens.txt" >>"$secrets"
done
sort -u -o "$secrets" "$secrets"
sed -i '/^$/d' "$secrets"
passwords=$(grep -c . "$secrets" || true)
if [[ $passwords -eq 0 ]]; then
  say "ERROR: no secrets to look for (no $cloud_dir/clouds.yaml and no issued-tokens.txt): the check would prove nothing"
  exit 1
fi
say "looking for $passwords secrets (test cloud passwords and $(cat "${token_logs[@]}" /dev/null | sort -u | grep -c . || true) issued tokens)"

places=()
for dir in "$@"; do
  for f in "$dir"/ctest-output.log "$dir"/Testing/Temporary/LastTest*.log "$dir"/fuzz-*.log; do
    [[ -f $f ]] && places+=("$f")
  done
done
for f in "$HOME"/.config/VirtDeck* "$HOME"/.config/virtdeck* "$HOME"/.local/share/VirtDeck* \
         "$HOME"/.local/share/virtdeck* "$HOME"/.cache/VirtDeck* "$HOME"/.cache/virtdeck* \
         "${TMPDIR:-/tmp}"/tst_* "${TMPDIR:-/tmp}"/virtdeck* "${TMPDIR:-/tmp}"/VirtDeck*; do
  [[ -e $f ]] && places+=("$f")
done
say "searching ${#places[@]} files and directories"

found=$(grep -rIlF -f "$secrets" -- "${places[@]}" 2>/dev/null || true)
if [[ -n $found ]]; then
  say "FAILED: a password or token of the test cloud is in:"
  echo "$found" | sed 's/^/  /'
  exit 1
fi
say "clean: no test cloud password or token in logs, settings or test temp files"
