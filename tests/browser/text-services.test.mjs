// What a browser does for text on any page, done on the reader's post (issue 13):
// print, page translation, a new devicePixelRatio and pinch zoom, the browser's
// default font size, forced colours and more contrast, Korean line ends.
// Headless Chromium; printing goes through Chromium's PDF and poppler's
// pdftoppm/pdftotext, which read the pages as paper would show them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { PNG } from "pngjs";
import { pdfPages, normalise } from "./pdf-pages.mjs";
import { openDemo, canvasStats, settle, useServerAndBrowser } from "./harness.mjs";

const env = useServerAndBrowser();

const LINKED_POST = `---
title: Aftercare after a CO2 laser
lang: en
---

Keep the area clean and see [our aftercare page](https://clinic.example/aftercare) for details.

## 💬 Q&A

**Q. May I wash my face?**
A. Yes, gently, from the next day: lukewarm water, no scrubbing.

**Q. When can I wear makeup?**
A. After the crust falls off, usually in five to seven days.

## 📌 Today's Summary

1️⃣ Wash gently from the next day.
2️⃣ Sunscreen every morning.
`;


test("print: the whole post on paper as text, every answer open, no canvas, no blank page", async () => {
  const { page, errors } = await openDemo(env.browser.context, env.server.url, { width: 390, height: 844 });
  const expected = await page.evaluate(() => {
    const article = document.querySelector("clinic-reader article");
    return {
      title: article.querySelector("h1").textContent,
      questions: [...article.querySelectorAll(".qa-question")].map((q) => q.textContent),
      answers: [...article.querySelectorAll(".qa-answer")].map((a) => a.textContent),
      cards: [...article.querySelectorAll(".summary-card")].map((c) => c.textContent),
      open: window.clinicReader.state().qa.map((q) => q.open),
    };
  });
  assert.ok(expected.open.every((open) => !open), "every answer closed on screen");
  const { pages, text } = pdfPages(await page.pdf({ format: "A4" }));
  const printed = normalise(text);
  assert.ok(pages.length >= 2 && pages.length <= 8, `${pages.length} pages`);
  pages.forEach((p, i) => {
    assert.ok(p.dark < 0.08, `page ${i + 1} is ${Math.round(p.dark * 100)} % dark (a canvas?)`);
    assert.ok(p.ink > 0.01, `page ${i + 1} is blank (${(p.ink * 100).toFixed(2)} % ink)`);
  });
  assert.ok(printed.includes(normalise(expected.title)), "the title");
  for (const part of [...expected.questions, ...expected.answers, ...expected.cards]) {
    assert.ok(printed.includes(normalise(part).slice(0, 40)), `printed: ${normalise(part).slice(0, 40)}`);
  }
  // After printing, the screen is the canvas again.
  assert.equal(await page.evaluate(() => window.clinicReader.state().presentation), "canvas");
  assert.deepEqual(errors, []);
  await page.close();
});

test("print: a link is followed by its address; the dark theme prints dark text on white", async () => {
  const { page } = await openDemo(env.browser.context, env.server.url, { width: 800, height: 900 });
  await page.evaluate(async (md) => {
    window.clinicReader.setTheme("dark");
    await window.clinicReader.load(md);
  }, LINKED_POST);
  const { pages, text } = pdfPages(await page.pdf({ format: "A4" }));
  assert.ok(normalise(text).includes("ouraftercarepage(https://clinic.example/aftercare)"), "the link's address");
  assert.ok(normalise(text).includes("Afterthecrustfallsoff"), "a closed answer printed");
  pages.forEach((p, i) => assert.ok(p.dark < 0.08, `page ${i + 1}: ${Math.round(p.dark * 100)} % dark`));
  await page.close();
});

// Reads the element's box as shown: "canvas" or "article" and its pixels.
async function shown(page) {
  return page.evaluate(() => {
    const host = document.querySelector("clinic-reader");
    const canvas = host.shadowRoot.querySelector("canvas");
    const semantic = host.shadowRoot.querySelector(".semantic");
    return { canvas: canvas.getBoundingClientRect().height, article: semantic.getBoundingClientRect().height,
             presentation: host.state().presentation };
  });
}

async function screenshotOfReader(page) {
  const box = await page.evaluate(() => {
    const r = document.querySelector("clinic-reader").getBoundingClientRect();
    return { x: r.left, y: Math.max(0, r.top), width: r.width, height: Math.min(innerHeight, r.bottom) - Math.max(0, r.top) };
  });
  return PNG.sync.read(await page.screenshot({ clip: box }));
}

function differingShare(a, b) {
  let differ = 0;
  const n = Math.min(a.data.length, b.data.length);
  for (let i = 0; i < n; i += 4) {
    if (Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) + Math.abs(a.data[i + 2] - b.data[i + 2]) > 60) differ++;
  }
  return differ / (n / 4);
}

test("translation: rewritten words show in place of the canvas, with the open answers and the place kept; undone, the canvas returns", async () => {
  const { page, errors } = await openDemo(env.browser.context, env.server.url, { width: 390, height: 844 });
  await page.evaluate(() => window.clinicReader.toggle(2));
  await settle(page);
  // Read down to question 3, as a patient would before translating.
  await page.evaluate(() => {
    const host = document.querySelector("clinic-reader");
    scrollTo(0, host.getBoundingClientRect().top + scrollY + host.state().qa[2].top - 100);
  });
  await settle(page);
  const before = await screenshotOfReader(page);
  assert.equal((await shown(page)).presentation, "canvas");
  // The text layer is not translated a second time.
  assert.equal(await page.evaluate(() => document.querySelector("clinic-reader").shadowRoot.querySelector(".text-layer").getAttribute("translate")), "no");

  // A translator rewrites the article's text nodes (no class on <html>: not Chrome's).
  const original = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector("clinic-reader article"), NodeFilter.SHOW_TEXT);
    const saved = [];
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (!node.data.trim() || node.parentElement.closest(".qa-controls")) continue;
      saved.push(node.data);
      node.data = "Übersetzt: " + node.data.toUpperCase();
    }
    window.__saved = saved;
    return saved.length;
  });
  assert.ok(original > 20);
  await page.waitForFunction(() => document.querySelector("clinic-reader").state().presentation === "translated");
  await settle(page);
  const translated = await shown(page);
  assert.equal(translated.canvas, 0, "the canvas is put away");
  assert.ok(translated.article > 1500, `the article is shown (${translated.article} px)`);
  const after = await screenshotOfReader(page);
  const changed = differingShare(before, after);
  assert.ok(changed > 0.02, `${(changed * 100).toFixed(1)} % of the reader's pixels changed`);
  const facts = await page.evaluate(() => {
    const article = document.querySelector("clinic-reader article");
    const panels = [...article.querySelectorAll(".qa-answer")];
    const q3 = article.querySelectorAll(".qa-question")[2].getBoundingClientRect();
    return { visible: panels.map((p) => !p.hasAttribute("hidden") && p.getBoundingClientRect().height > 10), q3Top: q3.top, heading: article.querySelector("h1").innerText };
  });
  assert.deepEqual(facts.visible, [false, false, true, false, false], "question 3's answer stays open, the rest closed");
  assert.ok(facts.q3Top > -50 && facts.q3Top < 400, `question 3 still in view (top ${facts.q3Top})`);
  assert.match(facts.heading, /^ÜBERSETZT|^Übersetzt/);

  // A question opened in the translated article opens in the reader too.
  await page.evaluate(() => document.querySelectorAll("clinic-reader article .qa-question button")[0].click());
  assert.deepEqual(await page.evaluate(() => document.querySelector("clinic-reader").state().qa.map((q) => q.open)),
                   [true, false, true, false, false]);

  // Undone: the original words, the canvas again, drawing.
  const frames = await page.evaluate(() => document.querySelector("clinic-reader").state().textFramesRendered);
  await page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector("clinic-reader article"), NodeFilter.SHOW_TEXT);
    let i = 0;
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (!node.data.trim() || node.parentElement.closest(".qa-controls")) continue;
      node.data = window.__saved[i++];
    }
  });
  await page.waitForFunction(() => document.querySelector("clinic-reader").state().presentation === "canvas");
  await settle(page);
  const back = await shown(page);
  assert.ok(back.canvas > 500 && back.article <= 1, "the canvas is back");
  const state = await page.evaluate(() => document.querySelector("clinic-reader").state());
  assert.ok(state.textFramesRendered > frames, "the canvas draws again");
  assert.deepEqual(state.qa.map((q) => q.open), [true, false, true, false, false]);
  assert.deepEqual(errors, []);
  await page.close();
});

test("translation: Chrome's translated-ltr class shows the article; its removal the canvas", async () => {
  const { page } = await openDemo(env.browser.context, env.server.url, { width: 390, height: 844 });
  await page.evaluate(() => document.documentElement.classList.add("translated-ltr"));
  await page.waitForFunction(() => document.querySelector("clinic-reader").state().presentation === "translated");
  await page.evaluate(() => document.documentElement.classList.remove("translated-ltr"));
  await page.waitForFunction(() => document.querySelector("clinic-reader").state().presentation === "canvas");
  await page.close();
});

test("resolution: a new devicePixelRatio and a x3 pinch redraw at the new resolution", async () => {
  const { page } = await openDemo(env.browser.context, env.server.url, { width: 390, height: 844 });
  const cdp = await page.context().newCDPSession(page);
  const backing = () => page.evaluate(() => {
    const canvas = document.querySelector("clinic-reader").shadowRoot.querySelector("canvas");
    const r = canvas.getBoundingClientRect();
    return { ratio: canvas.width / r.width, dpr: devicePixelRatio, scale: visualViewport.scale };
  });
  assert.equal((await backing()).ratio, 1);
  await cdp.send("Emulation.setDeviceMetricsOverride", { width: 390, height: 844, deviceScaleFactor: 2, mobile: true });
  await settle(page);
  let b = await backing();
  assert.equal(b.dpr, 2);
  assert.ok(Math.abs(b.ratio - 2) < 0.01, `backing store at ${b.ratio}x after the DPR became 2`);
  await cdp.send("Emulation.setPageScaleFactor", { pageScaleFactor: 3 });
  await page.waitForTimeout(300);  // the gesture settles (150 ms)
  await settle(page);
  b = await backing();
  assert.equal(b.scale, 3);
  assert.ok(Math.abs(b.ratio - 6) < 0.01, `backing store at ${b.ratio}x after a x3 pinch at DPR 2`);
  await cdp.send("Emulation.setPageScaleFactor", { pageScaleFactor: 1 });
  await page.waitForTimeout(300);
  await settle(page);
  assert.ok(Math.abs((await backing()).ratio - 2) < 0.01, "back to 2x");
  await page.close();
});

test("text size: a 24 px default font size draws the post 1.5x larger; font-scale multiplies on top", async () => {
  const page = await env.browser.context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  const measure = async () => {
    await page.goto(env.server.url + "index.html");
    await page.evaluate(() => window.clinicReader.ready.then(() => true));
    return page.evaluate(() => {
      const reader = document.querySelector("clinic-reader");
      const sizes = reader.reader.textLines().map((l) => l[3]);
      const counts = new Map();
      for (const s of sizes) counts.set(s, (counts.get(s) || 0) + 1);
      const body = [...counts].sort((a, b) => b[1] - a[1])[0][0];  // the most common size: the body text
      return { body, height: reader.state().contentHeight, state: reader.state() };
    });
  };
  const normal = await measure();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Page.setFontSizes", { fontSizes: { standard: 24 } });
  const large = await measure();
  assert.ok(Math.abs(large.body / normal.body - 1.5) < 0.05, `body ${normal.body} -> ${large.body}`);
  assert.ok(large.height > normal.height * 1.3, `post ${normal.height} -> ${large.height} px tall`);
  assert.equal(large.state.fontScale, 1);
  assert.ok(Math.abs(large.state.textScale - 1.5) < 0.01);
  await page.evaluate(() => document.querySelector("clinic-reader").setFontScale(1.2));
  await settle(page);
  const both = await page.evaluate(() => document.querySelector("clinic-reader").state());
  assert.ok(Math.abs(both.textScale - 1.8) < 0.01, `1.5 x 1.2 = ${both.textScale}`);
  await cdp.send("Page.setFontSizes", { fontSizes: { standard: 16 } });
  await page.close();
});

test("forced colours show the article in the system's colours, live; more contrast darkens the canvas's text", async () => {
  const { page } = await openDemo(env.browser.context, env.server.url, { width: 390, height: 844 });
  await page.evaluate(() => window.clinicReader.setTheme("sepia"));
  await settle(page);
  const darkPixels = async () => {
    const png = await screenshotOfReader(page);
    let n = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i] + png.data[i + 1] + png.data[i + 2] < 30) n++;
    return n;
  };
  const normalDark = await darkPixels();
  await page.emulateMedia({ forcedColors: "active" });
  await page.waitForFunction(() => document.querySelector("clinic-reader").state().presentation === "forced-colors");
  const colours = await page.evaluate(() => {
    const probe = document.createElement("div");
    probe.style.cssText = "color: CanvasText; background: Canvas";
    document.body.appendChild(probe);
    const system = getComputedStyle(probe);
    const article = document.querySelector("clinic-reader article p");
    const host = document.querySelector("clinic-reader").shadowRoot.querySelector(".semantic");
    return { text: getComputedStyle(article).color, systemText: system.color,
             background: getComputedStyle(host).backgroundColor, systemBackground: system.backgroundColor };
  });
  assert.equal(colours.text, colours.systemText);
  assert.equal(colours.background, colours.systemBackground);
  assert.equal((await shown(page)).canvas, 0);
  await page.emulateMedia({ forcedColors: "none" });
  await page.waitForFunction(() => document.querySelector("clinic-reader").state().presentation === "canvas");

  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setEmulatedMedia", { features: [{ name: "prefers-contrast", value: "more" }] });
  await settle(page);
  const moreDark = await darkPixels();
  assert.ok(moreDark > normalDark * 3 + 100, `near-black pixels: ${normalDark} -> ${moreDark}`);
  await cdp.send("Emulation.setEmulatedMedia", { features: [] });
  await page.close();
});

// A line end between two Hangul syllables with none of the post's spaces there splits a word.
function splitWords(lines, words) {
  const hangul = /[\uAC00-\uD7A3]/;
  const splits = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i], b = lines[i + 1];
    if (!a || !b || !hangul.test(a.at(-1)) || !hangul.test(b[0])) continue;
    const joined = a.slice(-6) + b.slice(0, 6);
    if (words.includes(joined)) splits.push(`${a.slice(-6)} / ${b.slice(0, 6)}`);
  }
  return splits;
}

test("Korean at 390 px: no line end splits a word, on the canvas and in the HTML rendition", async () => {
  const { page } = await openDemo(env.browser.context, env.server.url, { width: 390, height: 844, query: "?post=ko" });
  const { lines, words } = await page.evaluate(() => {
    const reader = document.querySelector("clinic-reader");
    return { lines: reader.reader.textLines().map((l) => l[5]),
             words: document.querySelector("clinic-reader article").textContent.replace(/\s+/g, " ") };
  });
  assert.ok(lines.length > 60);
  assert.deepEqual(splitWords(lines, words), []);
  // The article as shown (forced colours): its lines, read from the text's boxes.
  await page.emulateMedia({ forcedColors: "active" });
  await page.waitForFunction(() => document.querySelector("clinic-reader").state().presentation === "forced-colors");
  const htmlLines = await page.evaluate(() => {
    const out = [];
    for (const block of document.querySelectorAll("clinic-reader article p, clinic-reader article li, clinic-reader article h2, clinic-reader article h3")) {
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      let line = "", lastTop = null;
      while (walker.nextNode()) {
        const node = walker.currentNode;
        for (let i = 0; i < node.data.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          if (lastTop !== null && rect.top > lastTop + 5) { out.push(line.trimEnd()); line = ""; }
          lastTop = rect.top;
          line += node.data[i];
        }
      }
      out.push(line.trimEnd());
      out.push("");
    }
    return out;
  });
  assert.ok(htmlLines.filter(Boolean).length > 60);
  assert.deepEqual(splitWords(htmlLines, words), []);
  await page.close();
});

// The most common exact colour of a screenshot region, as [r, g, b].
function commonestColour(png) {
  const counts = new Map();
  for (let i = 0; i < png.data.length; i += 4) {
    const key = (png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2];
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  const key = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  return [key >> 16, (key >> 8) & 255, key & 255];
}

test("one theme: in each theme the article shown in place of the canvas has the canvas's background and text colours", async () => {
  const { page } = await openDemo(env.browser.context, env.server.url, { width: 390, height: 844 });
  for (const theme of ["light", "dark", "sepia"]) {
    await page.evaluate((t) => { window.clinicReader.setTheme(t); scrollTo(0, 0); }, theme);
    await settle(page);
    const canvas = commonestColour(await screenshotOfReader(page));
    // The body text's colour on the canvas: the strongest pixel of the first paragraph's first line.
    const line = await page.evaluate(() => {
      const host = document.querySelector("clinic-reader");
      const [x, y, w, size] = host.reader.textLines().find((l) => l[5].startsWith("Hello"));
      const box = host.getBoundingClientRect();
      return { x: box.left + x, y: box.top + y, width: w, height: size };
    });
    const ink = PNG.sync.read(await page.screenshot({ clip: line }));
    let strongest = null, best = -1;
    for (let i = 0; i < ink.data.length; i += 4) {
      const rgb = [ink.data[i], ink.data[i + 1], ink.data[i + 2]];
      const distance = rgb.reduce((sum, v, c) => sum + Math.abs(v - canvas[c]), 0);
      if (distance > best) { best = distance; strongest = rgb; }
    }
    await page.evaluate(() => document.documentElement.classList.add("translated-ltr"));
    await page.waitForFunction(() => document.querySelector("clinic-reader").state().presentation === "translated");
    const article = commonestColour(await screenshotOfReader(page));
    const textColour = await page.evaluate(() => getComputedStyle(document.querySelector("clinic-reader article > p")).color);
    const declared = await page.evaluate(() => getComputedStyle(document.querySelector("clinic-reader").shadowRoot.querySelector(".semantic")).backgroundColor);
    await page.evaluate(() => document.documentElement.classList.remove("translated-ltr"));
    await page.waitForFunction(() => document.querySelector("clinic-reader").state().presentation === "canvas");
    for (let c = 0; c < 3; c++) {
      assert.ok(Math.abs(canvas[c] - article[c]) <= 2, `${theme}: canvas ${canvas} vs article ${article} (${declared})`);
    }
    const text = textColour.match(/\d+/g).map(Number);
    for (let c = 0; c < 3; c++) {
      assert.ok(Math.abs(strongest[c] - text[c]) <= 4, `${theme}: canvas text ${strongest} vs article text ${text}`);
    }
  }
  await page.close();
});
