#!/usr/bin/env bash
# Sets up this machine and runs every test. CI runs exactly this (.ci/run).
#
#   1. native build (Release with debug info) and its tests: unit tests,
#      recognition corpus, CommonMark differential conformance, security corpus
#   2. the same tests under AddressSanitizer + UndefinedBehaviorSanitizer
#   3. a smoke run of the libFuzzer targets, 12 s each from a fixed seed
#      (tests/fuzz/run.sh; long runs with new seeds are run by hand)
#   4. the WebAssembly widget built and tested in browsers: the whole set in headless
#      Chromium, the engine matrix (tests/browser/engines.test.mjs) in Chromium,
#      Firefox ESR and WebKitGTK, the last two under Xvfb
#   5. the benchmarks in quick mode: they run, nothing about speed is asserted
set -euo pipefail
cd "$(dirname "$0")"
jobs=$(nproc)
# Each stage says when it starts: CI's log shows where its 30 minutes go.
stage() { echo "== $(date -u +%T) $*" >&2; }

scripts/setup.sh native
deps=$(deps/fetch.sh)

for preset in native native-asan; do
  stage "$preset: build"
  cmake --preset "$preset" -DCLINIC_READER_DEPS_DIR="$deps" >/dev/null
  cmake --build --preset "$preset" -j "$jobs"
  stage "$preset: test"
  ctest --preset "$preset" -j "$jobs"
done

stage "fuzz: smoke run"
# A fixed seed: what CI finds, `FUZZ_SEED=1 FUZZ_CORPUS=$(mktemp -d) tests/fuzz/run.sh 12`
# finds again on any machine (as far as that machine gets in the time).
FUZZ_SEED=1 tests/fuzz/run.sh 12

if [ -x build-wasm.sh ] && [ -d tests/browser ]; then
  stage "browser: build the widget"
  ./build-wasm.sh
  stage "browser: test"
  node --test tests/browser/
  stage "package: test"
  # The npm package (build/npm/clinic-reader) installed from its tarball, against the native CLI.
  node --test tests/package/
  # Benchmarks are not tests: a quick run checks that they still work, and no
  # figure is asserted (bench/run.sh; docs/performance.md).
  stage "benchmarks: quick run"
  CLINIC_READER_DIST_FRESH=1 bench/run.sh --quick
fi
stage "all tests passed"
