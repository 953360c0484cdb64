// The device's own fonts (issue 15): a phone has a Korean face and a colour
// emoji face, and the reader draws with them, so a first visit downloads no
// glyph file. Checked on a phone-sized Chromium with Debian's fonts-noto-cjk
// and fonts-noto-color-emoji (what a phone has): the bytes a brotli-serving
// server sends until the reader is ready, for English, Korean and an unseen post
// of rare syllables and emoji; glyphs rasterised in batches; and, on a device
// without a Korean or emoji face (fontconfig narrowed to DejaVu), the bundled
// files standing in for exactly what it lacks.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { brotliCompressSync, constants } from "node:zlib";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, copyFileSync, writeFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PNG } from "pngjs";
import { root, startServer, launchBrowser, canvasStats } from "./harness.mjs";
import { keepScreenshot } from "./engines.mjs";

const dist = path.join(root, "dist");
const overlay = mkdtempSync(path.join(tmpdir(), "clinic-reader-first-visit-"));
// Issue 15's budget was 260 KB and its aim 200 KB: at 188-190 KB (the wasm 159 KB
// of it, since the frame without ImGui's windows and the packed emoji keys:
// docs/performance.md), 195 KB holds the gain with room for a post's growth.
const BUDGET = 195 * 1024;
const PAGES = { en: "posts/milia.en.md", ko: "posts/milia.ko.md", rare: "posts/rare-and-emoji.ko.md" };
let server;

before(async () => {
  mkdirSync(path.join(overlay, "posts"));
  copyFileSync(path.join(root, "tests/browser/fixtures/rare-and-emoji.ko.md"), path.join(overlay, "posts/rare-and-emoji.ko.md"));
  for (const [name, src] of Object.entries(PAGES)) {
    writeFileSync(path.join(overlay, `first-visit-${name}.html`), `<!doctype html>
<html lang="${name === "en" ? "en" : "ko"}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>First visit</title><link rel="icon" href="data:,">
<script src="clinic-reader.js" async></script></head>
<body><clinic-reader src="${src}"></clinic-reader></body></html>`);
  }
  server = await startServer(dist, { overlay });
});
after(() => {
  server?.stop();
  rmSync(overlay, { recursive: true, force: true });
});

// What a brotli-serving server sends for a path: its .br sibling when the build
// wrote one, else the file compressed as such a server would (PNGs as they are).
const sent = new Map();
function brotliBytes(urlPath) {
  if (!sent.has(urlPath)) {
    const file = [overlay, dist].map((d) => path.join(d, urlPath)).find((f) => existsSync(f));
    let bytes = 0;
    if (file && existsSync(file + ".br")) bytes = statSync(file + ".br").size;
    else if (file && file.endsWith(".png")) bytes = statSync(file).size;
    else if (file) bytes = brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    sent.set(urlPath, bytes);
  }
  return sent.get(urlPath);
}

const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

async function coldVisit(browser, name) {
  const page = await browser.context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const from = server.requests().length;
  await page.goto(server.url + `first-visit-${name}.html`);
  await page.waitForFunction(() => document.querySelector("clinic-reader").state);
  await page.evaluate(() => document.querySelector("clinic-reader").ready.then(() => true));
  const fetched = server.requests().slice(from).filter((r) => r.method === "GET").map((r) => r.path)
    .filter((p) => /clinic-reader|\/fonts\/|\/posts\//.test(p));
  const facts = await page.evaluate(() => {
    const host = document.querySelector("clinic-reader");
    const core = host.reader.core;
    const lines = host.reader.textLines();
    return { missing: JSON.parse(core.UTF8ToString(core._cr_missing_glyphs())), readbacks: core.clinicDeviceFonts.readbacks,
             characters: new Set(lines.flatMap((l) => [...l[5]])).size, state: host.state() };
  });
  return { page, errors, fetched, facts };
}

test("a first visit on a phone: no glyph file, at most 195 KB (brotli) until the reader is ready, for every post", async () => {
  for (const name of Object.keys(PAGES)) {
    const browser = await launchBrowser(phone);  // a cold cache for each post
    try {
      const { page, errors, fetched, facts } = await coldVisit(browser, name);
      const bytes = fetched.reduce((sum, p) => sum + brotliBytes(p), 0);
      const glyphFiles = fetched.filter((p) => /\/fonts\/.*\.(otf|png)$/.test(p));
      assert.deepEqual(glyphFiles, [], `${name}: glyph files fetched`);
      assert.deepEqual(facts.missing, [], `${name}: every character drawn`);
      assert.ok(bytes <= BUDGET, `${name}: ${bytes} bytes before ready: ${fetched.map((p) => `${p} ${brotliBytes(p)}`).join(", ")}`);
      assert.equal(facts.state.mode, "canvas");
      assert.deepEqual(errors, []);
      console.log(`# ${name}: ${bytes} bytes brotli before ready (${fetched.length} files); ` +
                  `${facts.characters} characters drawn, ${facts.readbacks} glyph readbacks`);
      // The characters of the first screen are rasterised in a few batches, not one readback each.
      assert.ok(facts.readbacks * 5 < facts.characters, `${facts.readbacks} readbacks for ${facts.characters} characters`);
      const stats = await canvasStats(page);
      assert.ok(stats.contrast > 150 && stats.colours > 30, `${name}: text drawn: ${JSON.stringify(stats)}`);
      const png = await page.screenshot();
      keepScreenshot(`device-fonts-${name}.png`, png);
      if (name === "rare") {
        // Colour emoji from the device's face (the title has two): saturated pixels on screen.
        const { data } = PNG.sync.read(png);
        let saturated = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (Math.max(data[i], data[i + 1], data[i + 2]) - Math.min(data[i], data[i + 1], data[i + 2]) > 100) saturated++;
        }
        assert.ok(saturated > 2000, `colour emoji: ${saturated} saturated pixels`);
      }
      await page.close();
    } finally {
      await browser.close();
    }
  }
});

test("a device without a Korean or emoji face: the bundled files stand in for what it lacks, and the post draws completely", async () => {
  const fontconfig = mkdtempSync(path.join(tmpdir(), "clinic-reader-fontconfig-"));
  writeFileSync(path.join(fontconfig, "fonts.conf"), `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>${fontconfig}/cache</cachedir></fontconfig>`);
  const browser = await launchBrowser({ ...phone, env: { ...process.env, FONTCONFIG_FILE: path.join(fontconfig, "fonts.conf") } });
  try {
    const { page, errors, fetched } = await coldVisit(browser, "rare");
    await page.evaluate(() => document.querySelector("clinic-reader").reader.glyphsLoaded());
    const missing = await page.evaluate(() => {
      const core = document.querySelector("clinic-reader").reader.core;
      return JSON.parse(core.UTF8ToString(core._cr_missing_glyphs()));
    });
    const names = server.requests().filter((r) => r.method === "GET").map((r) => r.path.split("/").pop());
    assert.deepEqual(missing, [], `still missing; fetched ${fetched.join(", ")}`);
    assert.ok(names.some((n) => /^noto-sans-kr-regular\.[0-9a-f]+\.otf$/.test(n)), "the base face fetched");
    assert.ok(names.some((n) => /^emoji-.*\.png$/.test(n)), "an emoji sheet fetched");
    const stats = await canvasStats(page);
    assert.ok(stats.contrast > 150 && stats.colours > 30, JSON.stringify(stats));
    keepScreenshot("device-fonts-fallback.png", await page.screenshot());
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    await browser.close();
    rmSync(fontconfig, { recursive: true, force: true });
  }
});
