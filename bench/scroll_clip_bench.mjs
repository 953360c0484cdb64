// Scrolling frame rate in each engine, with and without a page's rounded clip
// around the reader (demo-clinic.html's `border-radius: 12px; overflow: clip`),
// beside a bare WebGL canvas in the same two boxes: what issue 14's "WebKit
// repaints 1-3 times a second on the clinic page" was. Figures, never assertions;
// each is a ratio to the bare canvas without a clip, measured in the same run.
//
//   node bench/scroll_clip_bench.mjs [ENGINE,...] [SECONDS]     (after ./build-wasm.sh)
//
// For SECONDS (default 3) the page scrolls 8 px per animation frame; the rate of
// requestAnimationFrame callbacks is the rate at which the engine shows frames.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { root, startServer } from "../tests/browser/harness.mjs";
import { launchEngine } from "../tests/browser/engines.mjs";

const engines = (process.argv[2] || "chromium,firefox,webkit").split(",");
const seconds = Number(process.argv[3]) || 3;
const overlay = mkdtempSync(path.join(tmpdir(), "clinic-reader-clip-"));

// The clinic page without its rounded clip, and a bare WebGL 2 canvas (cleared to a
// new colour on each scroll) in a box of the same width, with and without the clip.
const clinic = readFileSync(path.join(root, "dist/demo-clinic.html"), "utf8");
writeFileSync(path.join(overlay, "clinic-unclipped.html"), clinic.replace("</head>",
  "<style>main clinic-reader { border-radius: 0 !important; overflow: visible !important; }</style></head>"));
const bare = (box) => `<!doctype html><html><head><meta charset="utf-8"><title>bare canvas</title><style>
body { margin: 0; background: #fbfaf7; } .box { margin: 16px auto; width: 844px; ${box} }
.tall { height: 6000px; position: relative; } canvas { position: sticky; top: 0; display: block; width: 100%; height: 100vh; }
</style></head><body><div class="box"><div class="tall"><canvas></canvas></div></div><script>
const canvas = document.querySelector("canvas");
canvas.width = 844 * devicePixelRatio; canvas.height = innerHeight * devicePixelRatio;
const gl = canvas.getContext("webgl2");
let n = 0;
const draw = () => { n++; gl.clearColor((n % 50) / 50, 0.5, 0.5, 1); gl.clear(gl.COLOR_BUFFER_BIT); };
addEventListener("scroll", () => requestAnimationFrame(draw), { passive: true });
draw();
</script></body></html>`;
writeFileSync(path.join(overlay, "bare-clipped.html"), bare("border-radius: 12px; overflow: clip;"));
writeFileSync(path.join(overlay, "bare-unclipped.html"), bare(""));
const pages = [
  ["bare canvas, no clip (baseline)", "bare-unclipped.html"],
  ["bare canvas, rounded clip", "bare-clipped.html"],
  ["reader, no clip", "clinic-unclipped.html"],
  ["reader, rounded clip (demo-clinic.html)", "demo-clinic.html"],
];

async function measure(page, url) {
  await page.goto(url);
  return page.evaluate(async (ms) => {
    const el = document.querySelector("clinic-reader");
    if (el) await el.ready;
    await new Promise((r) => setTimeout(r, 500));
    const times = [];
    const t0 = performance.now();
    await new Promise((resolve) => {
      const step = (t) => {
        times.push(t);
        scrollBy(0, 8);
        if (performance.now() - t0 < ms) requestAnimationFrame(step); else resolve();
      };
      requestAnimationFrame(step);
    });
    const gaps = times.slice(1).map((t, i) => t - times[i]).sort((a, b) => a - b);
    return { fps: times.length / (ms / 1000), medianGap: gaps[gaps.length >> 1] };
  }, seconds * 1000);
}

const server = await startServer(path.join(root, "dist"), { overlay });
try {
  console.log("| engine | page | frames/s | median gap (ms) | × baseline frames/s |");
  console.log("|---|---|---|---|---|");
  for (const name of engines) {
    const engine = await launchEngine(name);
    try {
      const page = await engine.newPage();
      const rounds = { };
      // Two interleaved rounds: a slow spell of the shared machine hits every page alike.
      for (let round = 0; round < 2; round++) {
        for (const [label, file] of pages) (rounds[label] ||= []).push(await measure(page, server.url + file));
      }
      const mean = (xs, key) => xs.reduce((s, x) => s + x[key], 0) / xs.length;
      const base = mean(rounds[pages[0][0]], "fps");
      for (const [label] of pages) {
        const fps = mean(rounds[label], "fps");
        console.log(`| ${name} | ${label} | ${fps.toFixed(1)} | ${mean(rounds[label], "medianGap").toFixed(0)} | ${(fps / base).toFixed(2)} |`);
      }
    } finally {
      await engine.close();
    }
  }
} finally {
  server.stop();
  rmSync(overlay, { recursive: true, force: true });
}
process.exit(0);
