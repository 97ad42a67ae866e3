#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Setup command (2) of the README: everything needed to run the whole test suite on a
# fresh Debian 12 machine, as root, with no services running. CI runs it through .ci/run.
#   1. installs the packages (scripts/install-deps.sh),
#   2. configures and builds in build/ (Ninja, ccache, 2 jobs),
#   3. starts virtlogd + libvirtd (scripts/libvirtd-start.sh) and stops them again on exit,
#      whatever happens (scripts/libvirtd-stop.sh stops only what was started here),
#   4. runs every CTest test (labels unit, gui, libvirt, vnc, cloud),
#   5. for the whole suite, once it passed: builds the whole tree again with clang,
#      AddressSanitizer and UBSan in <build>-asan and runs the whole suite there, runs every
#      fuzz target for VIRTDECK_FUZZ_SECONDS (default 25) each (scripts/run-fuzzers.sh), and
#      checks that no test cloud password or token was left in logs, settings or temp files
#      (scripts/check-secrets.sh); exits with the suite's code, the sanitizer stage's (any
#      finding fails the run) or the secrets scan's (see the README).
#
# Environment: VIRTDECK_BUILD_DIR (default build), VIRTDECK_JOBS (default 2),
# VIRTDECK_CTEST_ARGS (extra ctest arguments, e.g. "-L unit"), VIRTDECK_SKIP_ASAN=1 (no
# sanitizer build, suite and fuzzers), VIRTDECK_FUZZ_SECONDS, VIRTDECK_SANITIZERS_FATAL=0
# (sanitizer findings reported, not failed: for bringing up a new platform only).
# Extra command-line arguments go to ctest as well: bash scripts/run-tests.sh -L libvirt
set -euo pipefail

root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
cd "$root"
build_dir=${VIRTDECK_BUILD_DIR:-build}
jobs=${VIRTDECK_JOBS:-2}

say() { echo "run-tests: $*"; }

[[ $(id -u) -eq 0 ]] || { echo "run-tests: ERROR: run as root (packages, libvirtd, qemu:///system)" >&2; exit 1; }

libvirtd_started=0
cloud_started=0
summary=""
ctest_pid=""
# shellcheck disable=SC2317 # reached through the EXIT trap
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  set +e
  if [[ -n $ctest_pid ]] && kill -0 "$ctest_pid" 2>/dev/null; then
    say "interrupted: ending ctest (pid $ctest_pid) and the test it runs"
    pkill -TERM -P "$ctest_pid" 2>/dev/null   # the test process ctest is running
    kill -TERM "$ctest_pid" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$ctest_pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$ctest_pid" 2>/dev/null
  fi
  if ((cloud_started)); then
    say "stopping the cloud test service"
    bash scripts/cloud-stop.sh
  fi
  if ((libvirtd_started)); then
    say "stopping the libvirt daemons started for the tests"
    bash scripts/libvirtd-stop.sh || say "WARNING: libvirtd-stop.sh reported a problem (see above)"
  fi
  [[ -n $summary ]] && say "ctest: $summary"
  say "exit code $rc"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

start=$SECONDS
say "1/4 installing packages"
bash scripts/install-deps.sh

say "2/4 configuring and building in $build_dir with $jobs jobs"
cmake -S . -B "$build_dir" -G Ninja
cmake --build "$build_dir" -j "$jobs"
if command -v ccache >/dev/null; then
  ccache --show-stats 2>/dev/null | grep -iE '^ *(hits|misses|cacheable calls)' || true
fi

say "3/4 starting services"
libvirtd_started=1   # set first: a half-done start (virtlogd up, libvirtd not) is undone too
bash scripts/libvirtd-start.sh

# ---- HOOK: cloud test service -------------------------------------------------------------
# Tests labelled "cloud" need an OpenStack API service of their own. When its scripts exist
# (scripts/cloud-start.sh, scripts/cloud-stop.sh), it is started here and stopped on exit.
if [[ -f scripts/cloud-start.sh ]]; then
  cloud_started=1
  bash scripts/cloud-start.sh
else
  say "no scripts/cloud-start.sh yet: tests labelled cloud run without a cloud service"
fi
# ---- end of HOOK ----------------------------------------------------------------------------

say "4/4 running ctest (build and setup took $((SECONDS - start)) s)"
log=$build_dir/ctest-output.log
# In the background with `wait`, so that a TERM or INT reaches the trap at once instead of
# after the whole suite; cleanup() then ends ctest before it stops the daemons.
set +e
# shellcheck disable=SC2086 # VIRTDECK_CTEST_ARGS is a list of arguments on purpose
rm -f "$build_dir/issued-tokens.txt"
VIRTDECK_TEST_TOKEN_LOG=$(readlink -f "$build_dir")/issued-tokens.txt \
ctest --test-dir "$build_dir" --output-on-failure --no-tests=error --output-log "$log" \
      ${VIRTDECK_CTEST_ARGS:-} "$@" </dev/null &
ctest_pid=$!
wait "$ctest_pid"
ctest_rc=$?
ctest_pid=""
set -e
summary=$(grep -E 'tests passed, .* tests failed out of|No tests were found' "$log" | tail -n 1)

# The whole suite once more, built with clang, AddressSanitizer (LeakSanitizer included) and
# UBSan, in a second build dir; then every fuzz target for a bounded time, and the scan for
# leaked secrets. Only for the whole suite (no ctest arguments) and only after it passed.
# VIRTDECK_SKIP_ASAN=1 skips it all; VIRTDECK_FUZZ_SECONDS (default 25) per fuzz target.
if [[ $ctest_rc -eq 0 && $# -eq 0 && -z ${VIRTDECK_CTEST_ARGS:-} && ${VIRTDECK_SKIP_ASAN:-0} != 1 ]]; then
  asan_dir=${build_dir}-asan
  asan_start=$SECONDS
  say "sanitizers: building the whole tree in $asan_dir (clang, ASan+UBSan, -O1)"
  # -O1 with line tables: faster tests than -O0 and still exact stack traces. The same ccache.
  CC=clang CXX=clang++ cmake -S . -B "$asan_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -gline-tables-only" "-DCMAKE_C_FLAGS_DEBUG=-O1 -gline-tables-only" \
    -DVIRTDECK_SANITIZE=ON -DVIRTDECK_FUZZ=ON >/dev/null
  # CI gives the whole job 90 minutes (VIRTDECK_CI_BUDGET_SECONDS, counted from the start of
  # this script). The sanitizer stage gets what is left minus 8 minutes (the clone before
  # this script, the cleanup after it): running out ends it with a clear message instead of
  # CI killing the job mid-test.
  # Every finding fails the run: a sanitizer report, a test failing only under the
  # sanitizers, a fuzz crash. VIRTDECK_SANITIZERS_FATAL=0 only reports them.
  sanitizer_finding() {
    if [[ ${VIRTDECK_SANITIZERS_FATAL:-1} != 0 ]]; then
      summary="$summary; sanitizers: ERROR: $1"
      say "sanitizers: ERROR: $1"; exit 1
    fi
    say "sanitizers: FINDING (VIRTDECK_SANITIZERS_FATAL=0: reported, not failed): $1"
    summary="$summary; sanitizers: FINDING: $1"
  }
  budget_left() { echo $(( ${VIRTDECK_CI_BUDGET_SECONDS:-5400} - (SECONDS - start) - 480 )); }
  # Running out of the budget is reported, not failed: the summary says how far it got.
  asan_built=0
  if (( $(budget_left) < 600 )); then
    say "sanitizers: WARNING: only $(budget_left) s of the CI budget left; sanitizer stage not run"
  else
    set +e
    timeout "$(budget_left)" cmake --build "$asan_dir" -j "$jobs"
    build_rc=$?
    set -e
    if [[ $build_rc -eq 124 ]]; then
      say "sanitizers: WARNING: the sanitizer build did not finish within the CI budget; stage not run"
    elif [[ $build_rc -ne 0 ]]; then
      sanitizer_finding "the sanitizer build failed"
    else
      asan_built=1
      say "sanitizers: build took $((SECONDS - asan_start)) s"
    fi
  fi
  if ((asan_built)); then
    # The fuzz targets first: they are short and bounded (VIRTDECK_FUZZ_SECONDS each).
    fuzz_start=$SECONDS
    set +e
    timeout "$(budget_left)" bash scripts/run-fuzzers.sh "$asan_dir" "${VIRTDECK_FUZZ_SECONDS:-25}"
    fuzz_rc=$?
    set -e
    say "fuzzers took $((SECONDS - fuzz_start)) s, exit code $fuzz_rc"
    if [[ $fuzz_rc -eq 124 ]]; then
      say "sanitizers: WARNING: the fuzzers ran out of the CI budget"
    elif [[ $fuzz_rc -ne 0 ]]; then
      sanitizer_finding "a fuzz target found a crash (its input is in $asan_dir/fuzz-artifacts)"
    fi

    if (( $(budget_left) < 120 )); then
      say "sanitizers: WARNING: no CI budget left for the suite under ASan+UBSan"
      asan_built=0
    fi
  fi
  if ((asan_built)); then
    say "sanitizers: running the whole suite under ASan+UBSan ($(budget_left) s of budget left)"
    asan_run_start=$SECONDS
    asan_log=$asan_dir/ctest-output.log
    set +e
    rm -f "$asan_dir/issued-tokens.txt"
    VIRTDECK_TEST_TOKEN_LOG=$(readlink -f "$asan_dir")/issued-tokens.txt \
    ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:detect_stack_use_after_return=0 \
    LSAN_OPTIONS=suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0 \
    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:suppressions=$root/tests/sanitizers/ubsan.supp \
      timeout "$(budget_left)" ctest --test-dir "$asan_dir" --output-on-failure --no-tests=error \
        --output-log "$asan_log" </dev/null &
    ctest_pid=$!
    wait "$ctest_pid"
    asan_rc=$?
    ctest_pid=""
    set -e
    say "sanitizers: suite took $((SECONDS - asan_run_start)) s, exit code $asan_rc"
    if [[ $asan_rc -eq 124 ]]; then
      # The test running at the deadline was cut short; every test that finished must have passed.
      passed=$(grep -cE '^ *[0-9]+/[0-9]+ Test +#[0-9]+: .* Passed' "$asan_log" 2>/dev/null || true)
      failed=$(grep -E '^ *[0-9]+/[0-9]+ Test +#[0-9]+: ' "$asan_log" 2>/dev/null | grep -vE ' Passed ' || true)
      if [[ -n $failed ]]; then
        echo "$failed"
        sanitizer_finding "failures under ASan+UBSan before the budget ran out (above)"
      else
        say "sanitizers: WARNING: the CI budget ran out after $passed tests, all clean; the rest did not run"
        summary="$summary; sanitizers: $passed tests clean before the budget ran out"
      fi
    else
      summary="$summary; sanitizers: $(grep -E 'tests passed, .* tests failed out of' "$asan_log" 2>/dev/null | tail -n 1 || true)"
      if [[ $asan_rc -ne 0 ]]; then
        sanitizer_finding "the suite under ASan+UBSan failed (see $asan_log)"
      fi
    fi
  fi
fi

# No password or token of the test cloud in logs, settings or temp files (whole suite only).
if [[ $ctest_rc -eq 0 && $# -eq 0 && -z ${VIRTDECK_CTEST_ARGS:-} ]]; then
  secret_dirs=("$build_dir")
  [[ -n ${asan_dir:-} ]] && secret_dirs+=("$asan_dir")
  set +e
  bash scripts/check-secrets.sh "${secret_dirs[@]}"
  ctest_rc=$?
  set -e
fi
exit "$ctest_rc"
