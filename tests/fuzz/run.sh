#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz/CMakeLists.txt) and runs each in
# turn for SECONDS, then prints what each did and a total. Exits non-zero on
# any crash, leak, timeout or out-of-memory.
#
#   tests/fuzz/run.sh SECONDS [TARGET[=SECONDS]...]     (default: every target)
#
# A target given as NAME=SECONDS runs for its own time instead (long runs give
# the faster targets more of it).
#
# Corpora live outside the tree and grow from run to run: build/fuzz-corpus/seeds
# (our posts, the plain-text posts the importer is tested on, md4c's spec
# examples and seed corpus, the XSS vectors) is read by
# every target, build/fuzz-corpus/TARGET keeps what each target found. Inputs
# that fail are written to build/fuzz-artifacts/; replay one with
#   build/fuzz/TARGET build/fuzz-artifacts/TARGET-crash-...
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD

seconds=${1:?usage: tests/fuzz/run.sh SECONDS [TARGET[=SECONDS]...]}
shift
specs=("$@")
[ ${#specs[@]} -gt 0 ] || specs=(markdown_model_fuzzer structure_recognition_fuzzer html_fuzzer front_matter_fuzzer
                                 import_fuzzer html_import_fuzzer view_layout_fuzzer)
targets=("${specs[@]%%=*}")

# FUZZ_SEED fixes libFuzzer's random seed: the same seed, binary and starting
# corpus explore the same inputs in the same order, so a run with a fresh corpus
# (CI's) is reproducible; without it each run takes a new seed (and prints it).
# FUZZ_BUILD, FUZZ_CORPUS and FUZZ_ARTIFACTS put the build, the corpora and the
# failing inputs elsewhere (a trial run beside a long one). FUZZ_MAX_LEN caps the
# input size (default 65536): a cap of a few KB runs several times more inputs
# a second, and the bugs found so far all reduced to under 40 bytes; the
# large-input promises (linear time, bounded memory) are tests/robustness's.
build=${FUZZ_BUILD:-$root/build/fuzz}
corpus=${FUZZ_CORPUS:-$root/build/fuzz-corpus}
artifacts=${FUZZ_ARTIFACTS:-$root/build/fuzz-artifacts}
logs=$build/logs

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# clang and its libFuzzer/sanitizer runtimes (Debian: clang, libclang-rt-14-dev).
if ! command -v clang++ >/dev/null || ! compgen -G "/usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a" >/dev/null; then
  echo "fuzz: installing clang and libclang-rt-14-dev" >&2
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang libclang-rt-14-dev >&2
fi

deps=$(deps/fetch.sh)
echo "== fuzz: build" >&2
mkdir -p "$build"
if ! { cmake -S tests/fuzz -B "$build" -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
         -DCLINIC_READER_DEPS_DIR="$deps" &&
       cmake --build "$build" -j "$(nproc)" --target "${targets[@]}"; } >"$build/build.log" 2>&1; then
  tail -40 "$build/build.log" >&2
  exit 1
fi

# view_layout_fuzzer draws with the native build's glyph files (build/native/fonts,
# tests/fuzz/CMakeLists.txt): made, or brought up to date, by its clinic_fonts.
if [[ " ${targets[*]} " == *" view_layout_fuzzer "* ]]; then
  if ! { { [ -f build/native/CMakeCache.txt ] || cmake --preset native -DCLINIC_READER_DEPS_DIR="$deps"; } &&
         cmake --build --preset native --target clinic_fonts; } >"$build/fonts.log" 2>&1; then
    tail -40 "$build/fonts.log" >&2
    exit 1
  fi
fi

mkdir -p "$corpus/seeds" "$artifacts" "$logs"
python3 tests/fuzz/seed_corpus.py "$corpus/seeds" assets/posts/*.md tests/posts/*.md \
  tests/import/posts/*.txt tests/import/pages/*.html ../shared/seed/*.txt \
  tests/html/xss_vectors.md tests/conformance/spec-unsafe-targets.txt \
  "$deps/md4c/test/"*.txt "$deps/md4c/test/fuzzers/seed-corpus"

# What a finding's log says about it, for a reader who has only this output (a
# CI log): the lines the target printed before it stopped (which promise broke,
# the sanitizer's report) and the failing input itself, base64-encoded; replay
# it with  base64 -d > input && build/fuzz/TARGET input
report_finding() {
  local log=$1 input
  echo "  --- end of the log ---" >&2
  grep -m1 '^INFO: Seed:' "$log" | sed 's/^/  /' >&2 || true
  grep -v -E '^#[0-9]+|^INFO:|^MS:|^base unit:|^0x' "$log" | tail -60 | sed 's/^/  /' >&2 || true
  input=$(sed -n 's/.*Test unit written to \([^ ]*\).*/\1/p' "$log" | tail -1)
  if [ -n "$input" ] && [ -f "$input" ] && [ "$(wc -c <"$input")" -le 16384 ]; then
    echo "  --- the input, base64 ($(wc -c <"$input") bytes) ---" >&2
    base64 -w 76 "$input" | sed 's/^/  /' >&2
  fi
}

# One line of the final statistics libFuzzer prints (-print_final_stats=1).
stat() { sed -n "s/^stat::$1: *//p" "$2" | tail -1; }

printf '%-30s %12s %8s %7s %6s %9s %5s\n' target executions exec/s crashes leaks timeouts ooms
total_execs=0 total_crashes=0 total_leaks=0 total_timeouts=0 total_ooms=0
for spec in "${specs[@]}"; do
  target=${spec%%=*}
  time=$seconds
  [[ $spec == *=* ]] && time=${spec#*=}
  mkdir -p "$corpus/$target"
  log=$logs/$target.log
  set +e
  "$build/$target" ${FUZZ_SEED:+-seed="$FUZZ_SEED"} -max_total_time="$time" -timeout=10 -rss_limit_mb=2048 -max_len="${FUZZ_MAX_LEN:-65536}" \
    -dict=tests/fuzz/markdown.dict -print_final_stats=1 -artifact_prefix="$artifacts/$target-" \
    "$corpus/$target" "$corpus/seeds" >"$log" 2>&1
  status=$?
  set -e
  execs=$(stat number_of_executed_units "$log")
  [ -n "$execs" ] || execs=$(sed -n 's/^#\([0-9]*\).*/\1/p' "$log" | tail -1)
  execs=${execs:-0}
  per_second=$(stat average_exec_per_sec "$log")
  crashes=0 leaks=0 timeouts=0 ooms=0
  if grep -q "ERROR: LeakSanitizer" "$log"; then leaks=1
  elif grep -q "ERROR: libFuzzer: timeout" "$log"; then timeouts=1
  elif grep -q "ERROR: libFuzzer: out-of-memory" "$log"; then ooms=1
  elif [ "$status" -ne 0 ]; then crashes=1
  fi
  printf '%-30s %12s %8s %7s %6s %9s %5s\n' "$target" "$execs" "${per_second:-0}" $crashes $leaks $timeouts $ooms
  if [ $((crashes + leaks + timeouts + ooms)) -gt 0 ]; then
    echo "  log: $log" >&2
    grep -m3 -E "^==[0-9]+==ERROR|SUMMARY|Test unit written" "$log" | sed 's/^/  /' >&2 || true
    report_finding "$log"
  fi
  total_execs=$((total_execs + execs))
  total_crashes=$((total_crashes + crashes)) total_leaks=$((total_leaks + leaks))
  total_timeouts=$((total_timeouts + timeouts)) total_ooms=$((total_ooms + ooms))
done
printf '%-30s %12s %8s %7s %6s %9s %5s\n' total "$total_execs" "" $total_crashes $total_leaks $total_timeouts $total_ooms
[ $((total_crashes + total_leaks + total_timeouts + total_ooms)) -eq 0 ]
