// A page that pre-renders the post inside the element (`clinic-reader html`, as
// search engines need it): the article is shown, styled like the reader, from
// the first paint until the canvas's first frame with text, and the canvas then
// takes its place. Never a blank box between (issue 15: it was blank for seconds).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PNG } from "pngjs";
import { root, startServer, launchBrowser } from "./harness.mjs";
import { keepScreenshot } from "./engines.mjs";

const cli = path.join(root, "build/native/clinic-reader");
const overlay = mkdtempSync(path.join(tmpdir(), "clinic-reader-prerendered-"));
let server, browser;

before(async () => {
  if (!existsSync(cli)) throw new Error("build/native/clinic-reader is missing: run ./run-tests.sh (it builds the CLI first)");
  const article = execFileSync(cli, ["html", path.join(root, "assets/posts/milia.en.md")]).toString();
  writeFileSync(path.join(overlay, "prerendered.html"), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pre-rendered</title><script src="clinic-reader.js" defer></script>
<style>body { margin: 0; font-family: serif; } h1.site { font: 20px sans-serif; margin: 0; padding: 12px; }</style></head>
<body><h1 class="site">Milia Dermatology Clinic</h1>
<clinic-reader src="posts/milia.en.md">${article}</clinic-reader>
</body></html>`);
  server = await startServer(undefined, { overlay });
  browser = await launchBrowser({ viewport: { width: 390, height: 844 } });
});
after(async () => {
  await browser?.close();
  server?.stop();
  rmSync(overlay, { recursive: true, force: true });
});

// Share of the reader's box (within the viewport) that is not its commonest colour, and its contrast.
function inkOf(png) {
  const counts = new Map();
  let min = 255, max = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const key = (png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2];
    counts.set(key, (counts.get(key) || 0) + 1);
    const l = 0.2126 * png.data[i] + 0.7152 * png.data[i + 1] + 0.0722 * png.data[i + 2];
    min = Math.min(min, l); max = Math.max(max, l);
  }
  const commonest = Math.max(...counts.values());
  return { ink: 1 - commonest / (png.data.length / 4), contrast: max - min };
}

test("a pre-rendered article stays on screen, styled, until the canvas draws; then the canvas takes over", async () => {
  const page = await browser.context.newPage();
  // A slow runtime (a phone on a slow network): the wasm arrives after 2 s.
  await page.route(/\.wasm$/, async (route) => { await new Promise((r) => setTimeout(r, 2000)); await route.continue(); });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(server.url + "prerendered.html", { waitUntil: "commit" });
  const seen = [];
  for (let i = 0; i < 40; i++) {
    const facts = await page.evaluate(() => {
      const host = document.querySelector("clinic-reader");
      if (!host) return null;
      const r = host.getBoundingClientRect();
      const state = host.state ? host.state() : null;
      const article = host.querySelector("article");
      return { box: { x: r.left, y: Math.max(0, r.top), width: r.width, height: Math.min(innerHeight, r.bottom) - Math.max(0, r.top) },
               defined: Boolean(customElements.get("clinic-reader")),
               ready: Boolean(state), presentation: state ? state.presentation : host.presentation || null,
               articleFont: article ? getComputedStyle(article).fontFamily : "" };
    }).catch(() => null);
    if (facts && facts.box.height > 50) {
      const shot = await page.screenshot({ clip: facts.box });
      if (facts.presentation === "prerendered") keepScreenshot("prerendered-loading.png", shot);
      seen.push({ ...facts, ...inkOf(PNG.sync.read(shot)), at: i });
    }
    if (facts && facts.ready && facts.presentation === "canvas") break;
    await page.waitForTimeout(150);
  }
  await page.evaluate(() => document.querySelector("clinic-reader").ready.then(() => true));
  const shots = seen.filter((s) => s.defined);
  assert.ok(shots.length >= 5, `screenshots while the runtime loaded: ${shots.length}`);
  for (const s of seen) {
    assert.ok(s.ink > 0.02 && s.contrast > 100, `the reader's box is blank at ${s.at * 150} ms: ${JSON.stringify(s)}`);
  }
  // While loading the element showed the article, in the reader's face (not the page's serif).
  const loading = shots.filter((s) => s.presentation === "prerendered");
  assert.ok(loading.length >= 3, `shown as pre-rendered: ${JSON.stringify(shots.map((s) => s.presentation))}`);
  assert.ok(loading.every((s) => /system-ui|Clinic Reader Text/.test(s.articleFont)), loading[0]?.articleFont);
  // Then the canvas, drawing, and the article visually hidden again.
  const end = await page.evaluate(() => {
    const host = document.querySelector("clinic-reader");
    const shadow = host.shadowRoot;
    return { presentation: host.state().presentation, textFrames: host.state().textFramesRendered,
             canvas: shadow.querySelector("canvas").getBoundingClientRect().height,
             article: shadow.querySelector(".semantic").getBoundingClientRect().height };
  });
  assert.equal(end.presentation, "canvas");
  assert.ok(end.textFrames > 0 && end.canvas > 500 && end.article <= 1, JSON.stringify(end));
  assert.deepEqual(errors, []);
  await page.close();
});
