// The bundled fonts and emoji in the browser (fonts="bundled"; the device's own
// fonts are device-fonts.test.mjs's): the Korean sample draws from the files
// loaded at start alone, within the download budget, and tests/posts/glyphs.md
// (Hangul edges, jamo, Latin-1, CJK punctuation, keycaps, ZWJ sequences, flags,
// skin tones) loads the chunks it needs and then misses no glyph. Screenshots
// of that post are saved under build/screenshots/ to be looked at.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { root, startServer, launchBrowser, openDemo, settle, canvasStats, screenshotDir } from "./harness.mjs";

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser({ viewport: { width: 800, height: 900 }, deviceScaleFactor: 2 });
});
after(async () => {
  await browser?.close();
  server?.stop();
});

// What the core says no loaded file can draw: [{text, codepoint, loadable}].
const missingGlyphs = (page) =>
  page.evaluate(() => {
    const core = window.clinicReader.reader.core;
    return JSON.parse(core.UTF8ToString(core._cr_missing_glyphs()));
  });

// The glyph files fetched so far: [name, bytes on the wire].
const glyphFiles = (page) =>
  page.evaluate(() => performance.getEntriesByType("resource")
    .filter((e) => e.name.includes("/fonts/"))
    .map((e) => [e.name.split("/fonts/")[1].replace(/\.[0-9a-f]{10}\./, "."), e.transferSize]));

test("the Korean sample draws from the start files alone, within 400 KB", async () => {
  const { page, errors } = await openDemo(browser.context, server.url, { query: "?post=ko&fonts=bundled" });
  await page.evaluate(() => window.clinicReader.reader.glyphsLoaded());
  assert.deepEqual(await missingGlyphs(page), []);
  const files = await glyphFiles(page);
  const names = files.map(([name]) => name).sort();
  assert.deepEqual(names, ["emoji-posts.png", "fonts.txt", "noto-sans-kr-bold.otf", "noto-sans-kr-regular.otf"]);
  const bytes = files.reduce((sum, [, size]) => sum + size, 0);
  assert.ok(bytes <= 400 * 1024, `fonts and emoji before the first frame: ${bytes} bytes`);
  assert.deepEqual(errors, []);
  await page.close();
});

test("glyphs.md loads the chunks it needs and then misses nothing", async () => {
  const { page, errors } = await openDemo(browser.context, server.url, { query: "?post=ko&fonts=bundled" });
  const markdown = readFileSync(path.join(root, "tests/posts/glyphs.md"), "utf8");
  await page.evaluate(async (text) => {
    await window.clinicReader.load(text);
    await window.clinicReader.reader.glyphsLoaded();
  }, markdown);
  await settle(page);
  const names = (await glyphFiles(page)).map(([name]) => name);
  assert.deepEqual(await missingGlyphs(page), [], `fetched: ${names.join(" ")}; console: ${errors.join(" | ")}`);
  for (const chunk of ["noto-sans-kr-regular.hangul-4.otf", "noto-sans-kr-bold.jamo.otf"]) {
    assert.ok(names.includes(chunk), `${chunk} fetched (${names.join(", ")})`);
  }
  assert.ok(names.some((n) => /^emoji-\d\d\.png$/.test(n)), "a sheet of the complete emoji set fetched");
  const stats = await canvasStats(page);
  assert.ok(stats.colours > 40, `colour emoji on the canvas: ${stats.colours} colours`);

  mkdirSync(screenshotDir, { recursive: true });
  const height = await page.evaluate(() => window.clinicReader.state().contentHeight);
  for (let i = 0, y = 0; y < height; i++, y += 850) {
    await page.evaluate((top) => scrollTo(0, document.querySelector("clinic-reader").getBoundingClientRect().top + scrollY + top), y);
    await settle(page);
    await page.screenshot({ path: path.join(screenshotDir, `glyphs-${i + 1}.png`) });
  }
  assert.deepEqual(errors, []);
  await page.close();
});
