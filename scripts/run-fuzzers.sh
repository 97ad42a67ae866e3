#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Runs every libFuzzer target (tests/fuzz/<target>, built with VIRTDECK_FUZZ=ON) for a bounded
# time each, starting from the seed corpus kept in the repository. CI calls it from
# scripts/run-tests.sh with 25 s per target; by hand, run longer (README, "Fuzzing"):
#   bash scripts/run-fuzzers.sh build-asan 600            # every target, 10 minutes each
#   bash scripts/run-fuzzers.sh build-asan 3600 cloudjson # one target, an hour
# New inputs libFuzzer finds go to <build-dir>/fuzz-corpus/<target> (not the repository); a
# crash leaves its input in <build-dir>/fuzz-artifacts/<target>/ and the script fails. Fix the
# bug, then copy the input to tests/fuzz/<target>/regressions/ so tst_fuzzregressions replays it.
set -euo pipefail

root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
build_dir=${1:-build-asan}
seconds=${2:-25}
shift $(($# < 2 ? $# : 2))
[[ $build_dir = /* ]] || build_dir=$root/$build_dir

say() { echo "run-fuzzers: $*"; }

targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  for dir in "$root"/tests/fuzz/*/; do
    [[ -d $dir/corpus ]] && targets+=("$(basename "$dir")")
  done
fi

# Leaks are bugs here too; the suppressions only cover third-party libraries (each with a reason).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1:abort_on_error=1:detect_stack_use_after_return=0}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:suppressions=$root/tests/sanitizers/ubsan.supp}
export QT_QPA_PLATFORM=offscreen

failed=()
for target in "${targets[@]}"; do
  exe=$build_dir/tests/fuzz/fuzz_$target
  if [[ ! -x $exe ]]; then
    say "ERROR: $exe not built (configure $build_dir with CC=clang CXX=clang++ -DVIRTDECK_FUZZ=ON)"
    failed+=("$target")
    continue
  fi
  work=$build_dir/fuzz-corpus/$target
  artifacts=$build_dir/fuzz-artifacts/$target/
  mkdir -p "$work" "$artifacts"
  say "$target: ${seconds} s"
  start=$SECONDS
  # -timeout: one input that takes longer is a hang (the rfb target's own limit is 10 s).
  if "$exe" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2560 -max_len=8192 \
        -print_final_stats=1 -artifact_prefix="$artifacts" "$work" "$root/tests/fuzz/$target/corpus" \
        >"$build_dir/fuzz-$target.log" 2>&1; then
    say "$target: clean after $((SECONDS - start)) s, $(grep -E '^stat::number_of_executed_units' "$build_dir/fuzz-$target.log" | awk '{print $2}') runs"
  else
    say "FAILED: $target (log $build_dir/fuzz-$target.log; input in $artifacts)"
    grep -E 'ERROR:|runtime error|SUMMARY|Test unit written' "$build_dir/fuzz-$target.log" | head -n 20 || true
    failed+=("$target")
  fi
done

if [[ ${#failed[@]} -gt 0 ]]; then
  say "failed targets: ${failed[*]}"
  exit 1
fi
say "all ${#targets[@]} targets clean"
