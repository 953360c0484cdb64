// The widget in headless Chromium: time to the first frame with text (cold and
// warm cache) beside a plain-HTML page of the same post made by our CLI; CPU
// time per frame while scrolling; frames drawn while idle; the wasm heap; bytes
// transferred. Figures, never assertions.
//
//   node bench/browser_bench.mjs CLINIC_READER_CLI [--quick] [--json OUT]
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync, brotliCompressSync, constants as zlib } from "node:zlib";
import { root, startServer, launchBrowser } from "../tests/browser/harness.mjs";

const [cli, ...rest] = process.argv.slice(2);
const quick = rest.includes("--quick");
const jsonOut = rest.includes("--json") ? rest[rest.indexOf("--json") + 1] : null;
const runs = quick ? 2 : 7;

// A copy of dist/ with the baseline page and a 1 MB post beside the demo.
const site = path.join(root, "build/bench/site");
rmSync(site, { recursive: true, force: true });
mkdirSync(path.dirname(site), { recursive: true });
cpSync(path.join(root, "dist"), site, { recursive: true });
const seedPath = path.join(root, "assets/posts/milia.en.md");
writeFileSync(path.join(site, "baseline.html"), execFileSync(cli, ["html", "--standalone", seedPath]));
const seed = readFileSync(seedPath, "utf8");
const body = seed.slice(seed.indexOf("\n---\n", 4) + 5);
let big = seed;
for (let part = 1; big.length < 1 << 20; part++) big += `\n\n## Part ${part}\n\n` + body;
writeFileSync(path.join(site, "posts/big.md"), big);

// In every page: the reader marks "clinic-reader:first-text-frame" when a frame
// first draws the post's text (frames drawn blank while the fonts load do not
// count). The probe polls for the mark once per animation frame (cheaply: no
// state() JSON) and keeps the timestamp of the frame after it, when the drawn
// frame has been composited: the figure compared with the baseline's paint.
const probe = () => {
  const tick = (now) => {
    const drawn = performance.getEntriesByName("clinic-reader:first-text-frame")[0];
    if (drawn && now >= drawn.startTime) {
      window.__firstFrame = { drawn: drawn.startTime, shown: now };
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const server = await startServer(site);
const results = {};

async function firstFrame(page, url, isBaseline) {
  await page.goto(url);
  if (isBaseline) {
    await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0);
    const paint = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0].startTime);
    return { drawn: paint, shown: paint };
  }
  await page.waitForFunction(() => window.__firstFrame !== undefined, null, { timeout: 60000 });
  return page.evaluate(() => window.__firstFrame);
}

// --- start-up: cold (a new profile each run) and warm (a reload) -------------------
for (const [name, file] of [["widget", "index.html"], ["plain HTML baseline", "baseline.html"]]) {
  const cold = [];
  const warm = [];
  for (let r = 0; r < runs; r++) {
    const browser = await launchBrowser();
    const page = await browser.context.newPage();
    await page.addInitScript(probe);
    cold.push(await firstFrame(page, server.url + file, file === "baseline.html"));
    warm.push(await firstFrame(page, server.url + file, file === "baseline.html"));
    await browser.close();
  }
  results[name] = { cold_ms: median(cold.map((t) => t.shown)), warm_ms: median(warm.map((t) => t.shown)),
                    cold_drawn_ms: median(cold.map((t) => t.drawn)), warm_drawn_ms: median(warm.map((t) => t.drawn)) };
}

// --- frames: scrolling, idle, heap, bytes ------------------------------------------
async function frameFigures(post) {
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  const bytes = {};
  page.on("response", async (response) => {
    try {
      const name = new URL(response.url()).pathname.split("/").pop();
      bytes[name] = (await response.body()).length;
    } catch (e) { /* redirects and the like have no body */ }
  });
  await page.goto(server.url + "index.html" + (post ? "?post=" + post : ""));
  await page.evaluate(() => window.clinicReader.ready.then(() => true));
  if (post) {
    const text = readFileSync(path.join(site, "posts", post), "utf8");
    await page.evaluate((t) => window.clinicReader.load(t), text);
  }
  await page.waitForTimeout(500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const metric = async () => Object.fromEntries((await cdp.send("Performance.getMetrics")).metrics.map((m) => [m.name, m.value]));
  const frames = () => page.evaluate(() => window.clinicReader.state().framesRendered);

  // Idle.
  const idleStart = await frames();
  await page.waitForTimeout(3000);
  const idleFrames = (await frames()) - idleStart;

  // Scrolling: 3 s of steady wheel-like scrolling, one step per animation frame.
  // Two measures of the script time a frame costs: the reader's own clock
  // around its frame callback (JS + wasm, performance.now()), and Chromium's
  // ScriptDuration over the whole page (also the scroll events and the text layer).
  const frameTiming = () => page.evaluate(() => {
    const el = document.querySelector("clinic-reader");
    const reader = (el && el.reader) || window.clinicReader.reader;
    return { ...reader.frameTiming };
  });
  const timingBefore = await frameTiming();
  const before = await metric();
  const scrollStart = await frames();
  await page.evaluate(() => new Promise((resolve) => {
    const end = performance.now() + 3000;
    const step = () => {
      window.scrollBy(0, 4);
      if (performance.now() < end) requestAnimationFrame(step); else resolve();
    };
    requestAnimationFrame(step);
  }));
  const after = await metric();
  const scrolled = (await frames()) - scrollStart;
  const timingAfter = await frameTiming();
  const timedFrames = timingAfter.frames - timingBefore.frames;
  const frameMs = timedFrames ? (timingAfter.ms - timingBefore.ms) / timedFrames : null;
  const scriptMs = (after.ScriptDuration - before.ScriptDuration) * 1000;
  const heap = await page.evaluate(() => {
    const el = document.querySelector("clinic-reader");
    const core = (el && el.reader && el.reader.core) || (window.clinicReader.reader && window.clinicReader.reader.core);
    return core && core.HEAPU8 ? core.HEAPU8.buffer.byteLength : null;
  });
  await browser.close();
  return { idle_frames_3s: idleFrames, scroll_frames: scrolled, frame_callback_ms: frameMs,
           script_ms_per_frame: scrolled ? scriptMs / scrolled : null,
           wasm_heap_bytes: heap, bytes };
}

results.seed_post = await frameFigures(null);
results.one_mb_post = await frameFigures("big.md");
server.stop();

// --- sizes of what a first visit downloads ------------------------------------------
// Responses are matched to the site's files by name (fonts/, posts/ or the top).
const sizes = [];
for (const [name, raw] of Object.entries(results.seed_post.bytes)) {
  const file = ["", "fonts", "posts"].map((dir) => path.join(site, dir, name)).find((f) => existsSync(f));
  if (!file) continue;
  const data = readFileSync(file);
  sizes.push({ file: name, raw, gzip: gzipSync(data, { level: 9 }).length,
               brotli: brotliCompressSync(data, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length });
}
results.transfer = sizes;

console.log("| start-up (median of " + runs + ") | cold: first frame with text on screen | warm | cold: drawn | warm: drawn |");
console.log("|---|---|---|---|---|");
for (const name of ["widget", "plain HTML baseline"]) {
  const r = results[name];
  console.log(`| ${name} | ${r.cold_ms.toFixed(0)} ms | ${r.warm_ms.toFixed(0)} ms | ${r.cold_drawn_ms.toFixed(0)} ms | ${r.warm_drawn_ms.toFixed(0)} ms |`);
}
console.log("\n(on screen: the animation frame after the reader's mark, once the drawn frame is composited;");
console.log("drawn: the mark itself; the baseline's figures are its first contentful paint)\n");
console.log("| post | scrolling frame: reader's frame callback (JS + wasm) | page script per frame (ScriptDuration) | frames in 3 s scrolling | frames in 3 s idle | wasm heap |");
console.log("|---|---|---|---|---|---|");
for (const [name, r] of [["seed post", results.seed_post], ["1 MB post", results.one_mb_post]]) {
  console.log(`| ${name} | ${r.frame_callback_ms?.toFixed(2)} ms | ${r.script_ms_per_frame?.toFixed(2)} ms | ${r.scroll_frames} | ${r.idle_frames_3s} | ${(r.wasm_heap_bytes / 2 ** 20).toFixed(1)} MiB |`);
}
console.log("\n| file (first visit, seed post) | raw | gzip -9 | brotli 11 |\n|---|---|---|---|");
let total = { raw: 0, gzip: 0, brotli: 0 };
for (const s of sizes) {
  console.log(`| ${s.file} | ${s.raw} | ${s.gzip} | ${s.brotli} |`);
  for (const k of Object.keys(total)) total[k] += s[k];
}
console.log(`| total | ${total.raw} | ${total.gzip} | ${total.brotli} |`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 1));
