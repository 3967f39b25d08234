#!/usr/bin/env bash
# Builds the libFuzzer targets with clang 14 in build-fuzz (CONSENTDESK_FUZZ=ON, address and
# undefined sanitizers) and runs each one for a short while on a copy of its seed corpus in a
# temporary directory, so the tree is not changed (docs/fuzzing.md). Any crash, leak, sanitizer
# report or broken invariant fails the run; the input that caused it is kept in
# <build>/fuzz/artifacts/.
#
#   tools/test-fuzz.sh [BUILD_DIR]   (default build-fuzz; FUZZ_SECONDS=n per fuzzer, default 30;
#                                     JOBS=n for the build)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${1:-build-fuzz}
seconds=${FUZZ_SECONDS:-30}
jobs=${JOBS:-$(nproc)}
targets=(keyslots frame metadata opendsr)

for tool in clang-14 clang++-14; do
  command -v "$tool" >/dev/null || { echo "test-fuzz: $tool is missing (tools/deps.sh installs it)" >&2; exit 1; }
done
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" \
  -DCONSENTDESK_FUZZ=ON >/dev/null
cmake --build "$build" -j"$jobs" --target "${targets[@]/#/fuzz_}"

work=$(mktemp -d "${TMPDIR:-/tmp}/consentdesk-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
artifacts=$build/fuzz/artifacts
mkdir -p "$artifacts"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

failed=()
for t in "${targets[@]}"; do
  cp -r "tests/fuzz/$t" "$work/$t"
  dict=()
  [ -f "tests/fuzz/$t.dict" ] && dict=(-dict="$root/tests/fuzz/$t.dict")
  log=$work/$t.log
  if "$build/fuzz/fuzz_$t" "$work/$t" "${dict[@]}" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
       -print_final_stats=1 -artifact_prefix="$artifacts/$t-" >"$log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    echo "test-fuzz: $t: ${runs:-?} inputs in ${seconds}s, no findings"
  else
    echo "=== fuzz_$t failed; the end of its output:"
    tail -n 60 "$log"
    failed+=("$t")
  fi
done

if [ ${#failed[@]} -ne 0 ]; then
  echo "test-fuzz: findings in ${failed[*]}; inputs kept in $artifacts" >&2
  exit 1
fi
echo "test-fuzz: ${#targets[@]} fuzzers, no findings"
