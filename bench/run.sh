#!/usr/bin/env bash
# Builds what the benchmarks need and prints their figures as Markdown tables;
# bench/results.json records them with the machine, commit and date.
# Figures, never assertions: ratios are measured in the same run, interleaved.
#
#   bench/run.sh           full run
#   bench/run.sh --quick   small corpora, few rounds: checks that everything works (CI);
#                          its figures go to build/bench/results.quick.json, not bench/results.json
set -euo pipefail
cd "$(dirname "$0")/.."
quick=""
results=bench/results.json
if [ "${1:-}" = "--quick" ]; then quick="--quick"; results=build/bench/results.quick.json; fi

scripts/setup.sh web
deps=$(deps/fetch.sh)
cmake --preset native -DCLINIC_READER_DEPS_DIR="$deps" >/dev/null
cmake --build --preset native -j "$(nproc)" --target parse_bench process_bench view_bench clinic-reader md2html >/dev/null

out=build/bench
mkdir -p "$out"
seed=assets/posts/milia.en.md
# Real posts measured as they are beside the seed: the clinic's Korean post
# (three bytes a syllable), and the CommonMark spec from md4c's sources (dense
# markup: code blocks, links, entities, tables).
posts=(--post "Korean post=assets/posts/milia.ko.md" --post "CommonMark spec=$deps/md4c/test/spec.txt")

echo "## Native: parse throughput beside md4c's HTML renderer (median of interleaved rounds)"
echo
build/native/bench/parse_bench --seed "$seed" "${posts[@]}" $quick --json "$out/native.json"
echo

echo "## Whole process: \`clinic-reader html\` beside md2html on a long file of the clinic's posts"
echo
# The sample and test posts, joined as cat joins them (8 MB; 1 MB with --quick).
post_files=(assets/posts/*.md $(ls tests/posts/*.md | grep -v README.md))
build/native/bench/process_bench --clinic-reader build/native/clinic-reader --md2html build/native/md2html \
  $quick --json "$out/process.json" "${post_files[@]}"
echo

echo "## A static site from a folder of posts (1,000; 100 with --quick): \`clinic-reader site\` (whole process)"
echo
python3 bench/site_bench.py --cli build/native/clinic-reader $quick --json "$out/site.json"
echo

echo "## Layout and drawing (native, headless ImGui)"
echo
build/native/bench/view_bench --seed "$seed" --seed assets/posts/milia.ko.md $quick --json "$out/view.json"
echo

echo "## Instruction counts (callgrind): stable across runs on a busy machine"
echo
instructions='null'
# Counts only inside the named function (and what it calls), not process start-up.
count() {  # count FUNCTION COMMAND...
  local fn=$1; shift
  valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.out" "--toggle-collect=$fn" "$@" \
    >/dev/null 2>"$out/callgrind.log"
  awk '/^summary:/ {print $2}' "$out/callgrind.out"
}
if command -v valgrind >/dev/null; then
  bytes=$(wc -c < "$seed")
  ours=$(count 'clinic::parse_post*' build/native/clinic-reader html "$seed")
  html=$(count 'clinic::render_article_html*' build/native/clinic-reader html "$seed")
  ref=$(count md_parse build/native/md2html --github --fno-html "$seed")
  instructions="{\"parse_post\": $ours, \"render_article_html\": $html, \"md2html_md_parse\": $ref, \"bytes\": $bytes}"
  echo "| what (seed post, $bytes bytes) | instructions | per byte |"
  echo "|---|---|---|"
  echo "| our parse_post: normalise, front matter, md4c -> model, recognition | $ours | $((ours / bytes)) |"
  echo "| our render_article_html | $html | $((html / bytes)) |"
  echo "| md2html's md_parse with its HTML renderer callbacks | $ref | $((ref / bytes)) |"
else
  echo "(valgrind not installed)"
fi
echo

echo "## WebAssembly in Node: our core beside markdown-wasm (median of interleaved rounds)"
echo
export NODE_PATH=/usr/share/nodejs
(cd bench && { [ -d node_modules/markdown-wasm ] && [ -d node_modules/lighthouse ] || npm ci --no-audit --no-fund --silent; })
# The widget (dist/) and, in its build folder (build/wasm: the widget's flags,
# its core and md4c compiled once), the wasm bench. run-tests.sh has just built
# the widget and says so (CLINIC_READER_DIST_FRESH=1): a no-op rebuild is 30 s.
[ "${CLINIC_READER_DIST_FRESH:-}" = 1 ] || ./build-wasm.sh >/dev/null 2>&1
cmake --build build/wasm --target core_bench_wasm -j "$(nproc)" >/dev/null
node --no-experimental-fetch bench/wasm_bench.mjs "$PWD/build/wasm/bench/core_bench_wasm.js" "$seed" "${posts[@]}" $quick \
  --package "$PWD/build/npm/clinic-reader" --json "$out/wasm.json"
echo

echo "## The widget in headless Chromium"
echo
node bench/browser_bench.mjs "$PWD/build/native/clinic-reader" $quick --json "$out/browser.json"
echo

echo "## First visit on a phone: the reader's pages beside the plain page (throttled; Lighthouse)"
echo
node bench/first_visit.mjs "$PWD/build/native/clinic-reader" $quick --json "$out/first-visit.json"
echo

# What the wasm holds, by library (a second wasm build, with function names: full runs only).
if [ -z "$quick" ]; then
  echo "## What the wasm holds"
  echo
  echo '```'
  NODE_PATH=/usr/share/nodejs python3 bench/wasm_size.py
  echo '```'
  echo
fi

python3 - "$out/native.json" "$instructions" <<'PY' > "$results"
import json, platform, subprocess, sys, datetime, os
native = json.load(open(sys.argv[1]))
wasm = json.load(open(sys.argv[1].replace("native.json", "wasm.json")))
browser = json.load(open(sys.argv[1].replace("native.json", "browser.json")))
view = json.load(open(sys.argv[1].replace("native.json", "view.json")))
first_visit = json.load(open(sys.argv[1].replace("native.json", "first-visit.json")))
process = json.load(open(sys.argv[1].replace("native.json", "process.json")))
site = json.load(open(sys.argv[1].replace("native.json", "site.json")))
commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
print(json.dumps({
    "machine": {"cpu": cpu, "cores": os.cpu_count(), "system": platform.platform()},
    "commit": commit,
    "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    "native": native,
    "native_process": process,
    "native_site": site,
    "view_native": view,
    "wasm_node": wasm,
    "browser": browser,
    "first_visit": first_visit,
    "callgrind_instructions": json.loads(sys.argv[2]),
}, indent=1))
PY
echo "results: $results"
