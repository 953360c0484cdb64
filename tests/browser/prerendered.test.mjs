// A page that pre-renders the post inside the element (`clinic-reader html`, as
// search engines need it): the article is shown, styled like the reader, from
// the first paint until the canvas's first frame with text, and the canvas then
// takes its place. Never a blank box between (issue 15: it was blank for seconds).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
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
  // As docs/embedding.md says: the article inside the element, the page-level stylesheet in the head.
  writeFileSync(path.join(overlay, "prerendered.html"), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pre-rendered</title><link rel="stylesheet" href="clinic-reader.css"><script src="clinic-reader.js" defer></script>
<style>body { margin: 0; font-family: serif; } h1.site { font: 20px sans-serif; margin: 0; padding: 12px; }</style></head>
<body><h1 class="site">Milia Dermatology Clinic</h1>
<clinic-reader src="posts/milia.en.md">${article}</clinic-reader>
</body></html>`);
  for (const post of ["milia.en.md", "milia.ko.md", "glyphs.md"]) {
    const source = existsSync(path.join(root, "assets/posts", post)) ? path.join(root, "assets/posts", post) : path.join(root, "tests/posts", post);
    const html = execFileSync(cli, ["html", source]).toString();
    const lang = /lang="(\w+)/.exec(html)?.[1] || "en";
    writeFileSync(path.join(overlay, `layout-${post}.html`), `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Layout</title><link rel="stylesheet" href="clinic-reader.css"><script src="clinic-reader.js" defer></script>
<style>body { margin: 0; font: 15px serif; } header.site { padding: 10px; }</style></head>
<body><header class="site">Clinic</header><clinic-reader src="layout-${post}.md">${html}</clinic-reader><footer>Footer</footer></body></html>`);
    writeFileSync(path.join(overlay, `layout-${post}.md`), readFileSync(source));
  }
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
  // A phone on a slow network, as Lighthouse throttles it (slow 4G, the CPU 4x
  // slower), and the wasm held back 2 s more: seconds between the article and the canvas.
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.route(/\.wasm$/, async (route) => { await new Promise((r) => setTimeout(r, 2000)); await route.continue(); });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(server.url + "prerendered.html", { waitUntil: "commit" });
  const seen = [];
  for (let i = 0; i < 100; i++) {
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
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
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

// Where each line of the article is: the middle of its first character, relative
// to the element, for headings, paragraphs, list items, questions, cards and the
// byline (a hidden answer's words are not on screen). The browser's own layout
// of the core's HTML, against the canvas's layout of the same post (its text
// layer: one span per drawn line, at the glyphs' box): two layouts made apart.
function articleLines() {
  const host = document.querySelector("clinic-reader");
  const top = host.getBoundingClientRect().top;
  const article = host.querySelector("article");
  const lines = [];
  for (const element of article.querySelectorAll("h1, .byline, p, h2, h3, li, .qa-controls button")) {
    if (element.closest("[hidden]") || !element.getClientRects().length) continue;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.data.trim() && !n.parentElement.closest(".bullet") ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
    });
    const node = walker.nextNode();
    if (!node) continue;
    const at = node.data.search(/\S/);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    const rect = range.getClientRects()[0];
    if (rect) lines.push({ text: node.data.slice(at, at + 10), y: (rect.top + rect.bottom) / 2 - top, x: rect.left });
  }
  return { height: host.getBoundingClientRect().height, top, lines };
}

function canvasLines() {
  const host = document.querySelector("clinic-reader");
  const top = host.getBoundingClientRect().top;
  const lines = [...host.shadowRoot.querySelectorAll(".text-layer > span")].map((span) => {
    const r = span.getBoundingClientRect();
    return { text: span.textContent.trim(), y: r.top + parseFloat(span.style.fontSize) / 2 - top, x: r.left };
  });
  return { height: host.getBoundingClientRect().height, top, lines };
}

// Each article line paired with the canvas line that starts with the same words, nearest in height.
function pair(article, canvas) {
  return article.lines.map((line) => {
    const key = line.text.replace(/\s+/g, " ").trim();
    const candidates = canvas.lines.filter((c) => c.text.replace(/\s+/g, " ").startsWith(key));
    candidates.sort((a, b) => Math.abs(a.y - line.y) - Math.abs(b.y - line.y));
    return { ...line, canvas: candidates[0] || null };
  });
}

for (const [post, width] of [["milia.en.md", 390], ["milia.ko.md", 390], ["glyphs.md", 390], ["milia.en.md", 1280], ["milia.ko.md", 820]]) {
  test(`the canvas takes the pre-rendered article's place without a jump: ${post} at ${width} px`, async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height: 844 });
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
    await page.goto(server.url + `layout-${post}.html`);
    await page.waitForFunction(() => customElements.get("clinic-reader") && document.querySelector("clinic-reader").presentation === "prerendered");
    const before = await page.evaluate(articleLines);
    release();
    await page.evaluate(() => document.querySelector("clinic-reader").ready.then(() => true));
    await page.waitForFunction(() => {
      const host = document.querySelector("clinic-reader");
      return host.state().presentation === "canvas" && host.shadowRoot.querySelectorAll(".text-layer > span").length > 10;
    });
    const after = await page.evaluate(canvasLines);
    await page.close();
    const line = Math.round(17 * 1.75);
    assert.equal(Math.round(after.top), Math.round(before.top), "the element did not move");
    assert.ok(Math.abs(after.height - before.height) <= line, `the element's height: ${before.height} as HTML, ${after.height} as canvas`);
    const pairs = pair(before, after);
    const found = pairs.filter((p) => p.canvas);
    assert.ok(before.lines.length >= 15 && found.length >= 0.9 * before.lines.length,
              `lines found on the canvas: ${found.length} of ${before.lines.length}: ${JSON.stringify(pairs.filter((p) => !p.canvas).map((p) => p.text))}`);
    for (const p of found) {
      // On the first screen a line stays where it was (to a pixel or two); further down, within a line.
      const allowed = p.y < 844 ? 2.5 : line;
      assert.ok(Math.abs(p.canvas.y - p.y) <= allowed && Math.abs(p.canvas.x - p.x) <= 6,
                `"${p.text}" moved from (${p.x.toFixed(1)}, ${p.y.toFixed(1)}) to (${p.canvas.x.toFixed(1)}, ${p.canvas.y.toFixed(1)})`);
    }
  });
}

test("with the page's stylesheet, the pre-rendered article is in the reader's layout from the first paint: nothing moves when the loader runs", async () => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/clinic-reader\.js$/, async (route) => { await held; await route.continue(); });
  // (DOMContentLoaded waits for the deferred loader: the footer's arrival says the page is parsed)
  await page.goto(server.url + "layout-milia.ko.md.html", { waitUntil: "commit" });
  await page.waitForFunction(() => document.querySelector("footer") && [...document.styleSheets].some((s) => /clinic-reader\.css/.test(s.href || "")));
  // The fonts settled first: one CI run found the first paragraph 24 px (a line)
  // lower before the loader than after, and local reruns never did; fonts still
  // resolving when it was measured is the likely cause.
  await page.evaluate(() => document.fonts.ready);
  const first = await page.evaluate(articleLines);
  assert.equal(await page.evaluate(() => Boolean(customElements.get("clinic-reader"))), false);
  release();
  await page.waitForFunction(() => customElements.get("clinic-reader") && document.querySelector("clinic-reader").presentation === "prerendered");
  const defined = await page.evaluate(articleLines);
  await page.close();
  const onScreen = first.lines.filter((l) => l.y + first.top < 844);
  assert.ok(onScreen.length >= 6, JSON.stringify(onScreen));
  for (const l of onScreen) {
    const same = defined.lines.find((d) => d.text === l.text && Math.abs(d.y - l.y) < 100);
    assert.ok(same && Math.abs(same.y - l.y) <= 0.5 && Math.abs(same.x - l.x) <= 0.5,
              `"${l.text}" at (${l.x}, ${l.y}) before the loader ran, ${same ? `(${same.x}, ${same.y})` : "gone"} after`);
  }
});
