// Several <clinic-reader> elements on one page: how long until all are ready,
// how many times the wasm is fetched, each instance's wasm memory, and the
// memory of Chromium's renderer and GPU processes (what docs/embedding.md's
// "Several readers on one page" reports). Figures, never assertions.
//
//   node bench/multi_reader_bench.mjs [RUNS]        (after ./build-wasm.sh)
import { execSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { root, startServer, launchBrowser } from "../tests/browser/harness.mjs";

const runs = Number(process.argv[2]) || 3;
const site = path.join(root, "build/bench/multi");
rmSync(site, { recursive: true, force: true });
mkdirSync(path.dirname(site), { recursive: true });
cpSync(path.join(root, "dist"), site, { recursive: true });
const counts = [1, 2, 4];
for (const n of counts) {
  const readers = Array.from({ length: n }, (_, i) =>
    `<clinic-reader src="posts/milia.${i % 2 ? "ko" : "en"}.md" height="400px"></clinic-reader>`).join("\n");
  writeFileSync(path.join(site, `readers-${n}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${n}</title>` +
    `<script src="clinic-reader.js" defer></script></head><body>${readers}</body></html>`);
}

// Resident memory (MB) of this profile's renderer and GPU processes.
function processMemory(profile) {
  let renderer = 0, gpu = 0;
  for (const line of execSync("ps -eo rss,args").toString().split("\n")) {
    if (!profile || !line.includes(profile)) continue;
    const rss = parseInt(line.trim().split(/\s+/)[0], 10) / 1024;
    if (line.includes("--type=renderer")) renderer += rss;
    if (line.includes("--type=gpu-process")) gpu += rss;
  }
  return { renderer: Math.round(renderer), gpu: Math.round(gpu) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const server = await startServer(site);
try {
  console.log("readers  ready (ms)  wasm requests  wasm memory per reader (MB, touched)  renderer MB  GPU MB");
  for (const n of counts) {
    const rows = [];
    for (let run = 0; run < runs; run++) {
      const profiles = () => new Set(readdirSync(tmpdir()).filter((d) => d.startsWith("clinic-reader-chromium-")));
      const before = profiles();
      const browser = await launchBrowser();
      const profile = [...profiles()].find((d) => !before.has(d));  // this run's own (others may be running)
      try {
        const page = await browser.context.newPage();
        let wasm = 0;
        page.on("request", (r) => { if (r.url().endsWith(".wasm")) wasm++; });
        await page.goto(server.url + `readers-${n}.html`);
        const measured = await page.evaluate(async () => {
          const els = [...document.querySelectorAll("clinic-reader")];
          await Promise.all(els.map((e) => e.ready));
          const ready = performance.now();
          // The malloc top after start: what each instance has touched (static data, stack, heap).
          const touched = els.map((e) => { const c = e.reader.core; const p = c._malloc(16); c._free(p); return p / 1048576; });
          return { ready, touched, reserved: els[0].reader.core.HEAPU8.length / 1048576 };
        });
        await page.waitForTimeout(300);
        rows.push({ ...measured, wasm, ...processMemory(profile) });
      } finally {
        await browser.close();
      }
    }
    const touched = median(rows.map((r) => Math.max(...r.touched)));
    console.log(`${String(n).padStart(7)}  ${String(Math.round(median(rows.map((r) => r.ready)))).padStart(10)}  ` +
                `${String(median(rows.map((r) => r.wasm))).padStart(13)}  ` +
                `${(touched.toFixed(1) + " of " + rows[0].reserved).padStart(37)}  ` +
                `${String(median(rows.map((r) => r.renderer))).padStart(11)}  ${String(median(rows.map((r) => r.gpu))).padStart(6)}`);
  }
} finally {
  server.stop();
}
