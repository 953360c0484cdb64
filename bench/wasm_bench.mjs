// WebAssembly in Node: our core (parse -> model -> HTML, compiled with the
// widget's flags) beside the markdown-wasm npm package (md4c's parser and
// renderer compiled by its author) on the same inputs, interleaved round by
// round, each round in a rotated order; times are medians, ratios the median
// of each round's ratio. Also the cold start of each module.
//
//   node --no-experimental-fetch bench/wasm_bench.mjs CORE_BENCH.js SEED.md [--post NAME=POST.md ...]
//        [--quick] [--json OUT] [--corpus NAME] [--package DIR]
//
// --package DIR adds the npm package's own articleHtml (build/npm/clinic-reader):
// the article path as a Node build calls it.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const [corePath, seedPath, ...rest] = process.argv.slice(2);
const quick = rest.includes('--quick');
const jsonOut = rest.includes('--json') ? rest[rest.indexOf('--json') + 1] : null;
// --corpus NAME: only that corpus (for profiling one case).
const only = rest.includes('--corpus') ? rest[rest.indexOf('--corpus') + 1] : null;
const packageDir = rest.includes('--package') ? rest[rest.indexOf('--package') + 1] : null;

let t0 = performance.now();
const markdownWasm = require('markdown-wasm');
await markdownWasm.ready;
const mdwStart = performance.now() - t0;

t0 = performance.now();
const core = await require(corePath)();
const coreStart = performance.now() - t0;

let clinicReader = null;
if (packageDir) {
  clinicReader = await import(new URL(`file://${packageDir}/index.js`).href);
  await clinicReader.ready;
}

const encoder = new TextEncoder();
const MDW_FLAGS = markdownWasm.ParseFlags.DEFAULT | markdownWasm.ParseFlags.NO_HTML;
const decoder = new TextDecoder();

function toHeap(bytes) {
  const ptr = core._malloc(bytes.length);
  core.HEAPU8.set(bytes, ptr);
  return ptr;
}

// --post NAME=FILE: another real post, measured as it is after the seed.
rest.forEach((arg, i) => {
  if (arg !== '--post') return;
  const spec = rest[i + 1];
  const name = spec.slice(0, spec.indexOf('='));
  const text = encoder.encode(readFileSync(spec.slice(spec.indexOf('=') + 1), 'utf8'));
  const namePtr = toHeap(encoder.encode(name + '\0'));
  const textPtr = toHeap(text);
  core._bench_add_post(namePtr, textPtr, text.length);
  core._free(namePtr);
  core._free(textPtr);
});

const seed = encoder.encode(readFileSync(seedPath, 'utf8'));
const seedPtr = toHeap(seed);
const corpusCount = core._bench_make_corpora(seedPtr, seed.length, quick ? 1 : 0);
core._free(seedPtr);
const corpora = [];
for (let i = 0; i < corpusCount; i++) {
  const size = core._bench_corpus_size(i);
  const ptr = core._bench_corpus_text(i);
  const bytes = core.HEAPU8.slice(ptr, ptr + size);
  corpora.push({ name: core.UTF8ToString(core._bench_corpus_name(i)), bytes, text: decoder.decode(bytes) });
}

// Each variant takes the text as a page would have it (a JS string) and returns
// HTML as a JS string. markdown-wasm's parse() encodes with TextEncoder.encode,
// copies into its heap and decodes its UTF-8 answer with TextDecoder; ours
// copies the string's UTF-16 into the heap, makes it UTF-8 there, and hands
// the HTML back as UTF-16, as the npm package does (npm/index.js).
// The "bytes" pair leaves strings out: UTF-8 in, UTF-8 out, the parsers alone.
const variants = [
  { name: 'markdown-wasm parse -> HTML', run: (c) => markdownWasm.parse(c.text, { parseFlags: MDW_FLAGS }) },
  { name: 'md4c md_html, built by our toolchain', run: (c) => ours(c, -1) },
  { name: 'md4c parse alone, empty callbacks (the floor)', run: (c) => md4cParseOnly(c) },
  { name: 'ours: parse -> model', run: (c) => parseOnly(c) },
  { name: 'ours: parse -> model -> HTML', run: (c) => ours(c, 0) },
  { name: 'ours: parse -> recognise -> article HTML', run: (c) => ours(c, 1) },
  // The same with the HTML decoded from UTF-8 by TextDecoder, as markdown-wasm
  // does (and the package did): what the UTF-16 handover saves.
  { name: 'ours: article HTML, UTF-8 out (TextDecoder)', run: (c) => ours(c, 1, true) },
  ...(clinicReader ? [{ name: 'the npm package: articleHtml', run: (c) => clinicReader.articleHtml(c.text) }] : []),
  { name: 'bytes: markdown-wasm parse -> HTML', run: (c) => markdownWasm.parse(c.bytes, { parseFlags: MDW_FLAGS, bytes: true }) },
  { name: 'bytes: ours parse -> model -> HTML', run: (c) => oursBytes(c) },
];

// A JS string into the heap as UTF-8, as the npm package does it (npm/index.js):
// its UTF-16 code units copied in, made UTF-8 by the core.
function stringToHeap(text) {
  const ptr = core._malloc(text.length * 3 + 1);
  const at16 = core._malloc(text.length * 2 + 2);
  Buffer.from(core.HEAPU8.buffer, at16, text.length * 2).write(text, 'utf16le');
  const written = core._bench_utf8_from_utf16(at16, text.length, ptr);
  core._free(at16);
  return [ptr, written];
}

function ours(c, article, utf8 = false) {
  const [ptr, length] = stringToHeap(c.text);
  // Bit 1: the text was a string (from_utf16's UTF-8 is well-formed), as the package says too.
  const size = article < 0 ? core._bench_render_md4c(ptr, length) : core._bench_render(ptr, length, article | 2);
  core._free(ptr);
  if (size === 0) return '';
  if (utf8) {
    const out = core._bench_output();
    return decoder.decode(core.HEAPU8.subarray(out, out + size));
  }
  const units = core._bench_output_utf16();
  return Buffer.from(core.HEAPU8.buffer, core._bench_output_utf16_data(), units * 2).toString('utf16le');
}

// markdown-wasm's `bytes: true` returns a view of its heap, valid until its
// next call; so does this.
function oursBytes(c) {
  const ptr = toHeap(c.bytes);
  const size = core._bench_render(ptr, c.bytes.length, 0);
  core._free(ptr);
  const out = core._bench_output();
  return core.HEAPU8.subarray(out, out + size);
}

function md4cParseOnly(c) {
  const [ptr, length] = stringToHeap(c.text);
  const nodes = core._bench_md4c_parse_only(ptr, length);
  core._free(ptr);
  return 'x'.repeat(nodes > 0 ? 1 : 0);
}

function parseOnly(c) {
  const [ptr, length] = stringToHeap(c.text);
  const nodes = core._bench_parse(ptr, length);
  core._free(ptr);
  return 'x'.repeat(nodes > 0 ? 1 : 0);
}

function timeOnce(variant, corpus) {
  let calls = 1;
  for (;;) {
    let sink = 0;
    const start = performance.now();
    for (let i = 0; i < calls; i++) sink += variant.run(corpus).length;
    const elapsed = performance.now() - start;
    if (sink < 0) console.log(sink);
    if (elapsed > 5 || calls > 1 << 20) return elapsed / calls;
    calls *= 2;
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
// Enough rounds for every variant to take every place in the order twice.
const rounds = quick ? 3 : 2 * variants.length;
const rows = [];
console.log('| corpus | size | variant | MB/s | µs/call | vs markdown-wasm |');
console.log('|---|---|---|---|---|---|');
for (const corpus of corpora) {
  if (only && corpus.name !== only) continue;
  // Warm up: each variant runs for a while first, so that V8 has compiled its
  // hot wasm with the optimising tier (it starts in the baseline one, and a
  // big function's optimised compile, on a background thread, took long
  // enough on a busy machine for the first rounds to time baseline code).
  for (const v of variants) {
    const until = performance.now() + (quick ? 20 : 200);
    while (performance.now() < until) v.run(corpus);
  }
  const samples = variants.map(() => []);
  // Each round starts at the next variant: where a variant ran in a round
  // moved its time by up to 4 % (what ran just before warms or cools the
  // caches and the tier-up), so every variant takes every place in turn.
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < variants.length; k++) {
      const i = (r + k) % variants.length;
      samples[i].push(timeOnce(variants[i], corpus));
    }
  }
  const stringBaseline = samples[0];
  const bytesBaseline = samples[variants.findIndex((v) => v.name.startsWith('bytes: markdown-wasm'))];
  variants.forEach((v, i) => {
    const ms = median(samples[i]);
    // The median of each round's ratio: both sides of one were timed moments
    // apart, so a shared machine's slow spells cancel out.
    const baseline = v.name.startsWith('bytes:') ? bytesBaseline : stringBaseline;
    const ratio = median(samples[i].map((t, r) => baseline[r] / t));
    const mbps = corpus.bytes.length / (ms / 1000) / 1e6;
    rows.push({ corpus: corpus.name, bytes: corpus.bytes.length, variant: v.name, mb_per_s: +mbps.toFixed(2), us_per_call: +(ms * 1000).toFixed(2), throughput_vs_markdown_wasm: +ratio.toFixed(3) });
    console.log(`| ${corpus.name} | ${corpus.bytes.length} B | ${v.name} | ${mbps.toFixed(1)} | ${(ms * 1000).toFixed(1)} | ${ratio.toFixed(2)}× |`);
  });
}
console.log(`\nModule start (require/instantiate, in process): markdown-wasm ${mdwStart.toFixed(1)} ms, ours ${coreStart.toFixed(1)} ms`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ rows, start_ms: { markdown_wasm: mdwStart, ours: coreStart } }, null, 1));
