#!/usr/bin/env bash
# The tests built with AddressSanitizer (LeakSanitizer included) and UndefinedBehaviorSanitizer,
# GCC (docs/sanitizers.md). Every process the tests start (the CLI, the crash writers, the plugin
# host and its plugins, the console's widgets in the GUI tests) writes its ASan and LSan reports
# into one directory; any report there fails the run, even when the test that started the process
# passed. UBSan's go to stderr whatever log_path says (GCC 12): the tests' output and exit status
# catch them.
#
#   tools/test-sanitizers.sh [BUILD_DIR]        core, CLI, plugin-host and plugin tests without the
#                                               GUI (default build-asan; what .ci/run calls)
#   tools/test-sanitizers.sh --all [BUILD_DIR]  the GUI built too and every test run: widgets,
#                                               i18n, bench smoke, install (default build-asan-all;
#                                               a much longer build, so not in CI)
#   JOBS=n for the build.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
all=0
if [ "${1:-}" = --all ]; then
  all=1
  shift
fi
if [ "$all" -eq 1 ]; then
  build=${1:-build-asan-all}
  ui=ON
  selection=()
else
  build=${1:-build-asan}
  ui=OFF
  selection=(-R '^(core|cli|vendors)/')
fi
jobs=${JOBS:-$(nproc)}

launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" \
      -DCONSENTDESK_SANITIZE=address,undefined -DCONSENTDESK_BUILD_UI="$ui"
cmake --build "$build" -j"$jobs"

reports=$(mktemp -d "${TMPDIR:-/tmp}/consentdesk-sanitizers.XXXXXX")
trap 'rm -rf "$reports"' EXIT
# log_path: one file per process that reports (<prefix>.<pid>); nothing is written otherwise.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1:check_initialization_order=1:log_path=$reports/asan"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$reports/ubsan"

status=0
ctest --test-dir "$build" --output-on-failure "${selection[@]}" || status=$?

if compgen -G "$reports/*" >/dev/null; then
  for f in "$reports"/*; do
    echo "=== sanitizer report: $(basename "$f")"
    cat "$f"
  done
  echo "test-sanitizers: $(ls "$reports" | wc -l) sanitizer report(s), see above" >&2
  exit 1
fi
if [ "$status" -ne 0 ]; then
  echo "test-sanitizers: tests failed under the sanitizers" >&2
  exit "$status"
fi
echo "test-sanitizers: no sanitizer reports"
