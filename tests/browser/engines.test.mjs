// The reader in each engine a patient's browser is built on: Chromium, Firefox
// (Gecko) and WebKit (Safari's engine, that of every browser on an iPhone).
//
// The rest of tests/browser/ runs in Chromium alone: it intercepts requests,
// injects init scripts, emulates devices and throttles through Playwright's and
// the DevTools protocol's Chromium-only features (Debian's Firefox and WebKit are
// not Playwright's patched builds). This file is the cross-engine part, through
// the small interface of engines.mjs, on dist/'s own pages: a cold load (canvas
// mode, every runtime file fetched once, no page error), the drawn post's pixels,
// an answer opened by a real click, nothing drawn while idle, real keys, the
// Korean post, print (not in WebKit: its driver cannot) and translation, the offline page, and the HTML rendition with WebGL turned off,
// its accordion and its expand/collapse-all button; and the static site (`clinic-reader site`): index → post → reader
// ready, then with the server gone the index and a post never opened.
// Screenshots: build/screenshots/engine-*.png.
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { root, startServer } from "./harness.mjs";
import { ENGINES, launchEngine, pagesWithErrorRecorder, pixelStats, keepScreenshot } from "./engines.mjs";
import { pdfPages, normalise } from "./pdf-pages.mjs";
import { hasSite, copyPosts, buildSite } from "./site-build.mjs";

const dist = path.join(root, "dist");
const overlay = mkdtempSync(path.join(tmpdir(), "clinic-reader-pages-"));
pagesWithErrorRecorder(dist, overlay, ["index.html", "demo-clinic.html", "demo-offline.html"]);

let server;
before(async () => { server = await startServer(dist, { overlay }); });
after(() => {
  server?.stop();
  rmSync(overlay, { recursive: true, force: true });
});

// In the page: the first reader's state once it is ready, the page's errors, and
// the canvas's box within the viewport.
async function readyFacts(page) {
  return page.evaluate(async () => {
    const el = document.querySelector("clinic-reader");
    await customElements.whenDefined("clinic-reader");
    const outcome = await el.ready.then(() => "ready", (e) => "failed: " + e.message + (e.cause ? ` (${e.cause})` : ""));
    // Two frames more: a duplicate fetch or a late error would show by then.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const canvas = el.shadowRoot.querySelector("canvas");
    const r = canvas ? canvas.getBoundingClientRect() : null;
    const top = r ? Math.max(0, r.top) : 0;
    return {
      outcome,
      state: el.state(),
      errors: window.__pageErrors,
      viewportWidth: innerWidth,
      canvasBox: r && { x: r.left, y: top, width: r.width, height: Math.min(innerHeight, r.bottom) - top },
    };
  });
}

const pause = (page, ms) => page.evaluate((t) => new Promise((r) => setTimeout(r, t)), ms);

// After an input: the 0.2 s open/close animation and the frames after it.
const settle = (page) => page.evaluate(() => new Promise((resolve) =>
  setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(resolve)), 300)));

// GETs per path among the server's requests from index `from` on.
function getsSince(from) {
  const counts = {};
  for (const r of server.requests().slice(from)) if (r.method === "GET") counts[r.path] = (counts[r.path] || 0) + 1;
  return counts;
}

for (const name of ENGINES) {
  describe(name, () => {
    let engine, page;
    before(async () => {
      engine = await launchEngine(name);
      page = await engine.newPage();
    });
    after(async () => { await engine?.close(); });

    test("a cold load of a clinic's page: the post drawn in canvas mode, each runtime file fetched once, no page error", async () => {
      const from = server.requests().length;
      await page.goto(server.url + "demo-clinic.html");
      const facts = await readyFacts(page);
      assert.equal(facts.outcome, "ready");
      assert.deepEqual(facts.errors, []);
      assert.equal(facts.state.mode, "canvas");
      assert.equal(facts.state.title, "How to eliminate the bitterness of millet grains");  // posts/milia.en.md's front matter
      assert.equal(facts.state.qa.length, 5);
      assert.equal(facts.state.summary.length, 5);

      const gets = getsSince(from);
      const runtime = Object.keys(gets).filter((p) => /\.(wasm|otf|ttf|png)$|clinic-reader|\/fonts\//.test(p));
      for (const kind of [/\.wasm$/, /clinic-reader-core\.[0-9a-f]+\.js$/, /\/fonts\/fonts\.[0-9a-f]+\.txt$/, /^\/posts\/milia\.en\.md$/]) {
        assert.ok(Object.keys(gets).some((p) => kind.test(p)), `${kind} was fetched: ${JSON.stringify(gets)}`);
      }
      // The device's own faces draw the text and the emoji (fonts-noto-cjk and fonts-noto-color-emoji,
      // as a phone has them): no glyph file.
      assert.deepEqual(Object.keys(gets).filter((p) => /\/fonts\/.*\.(otf|png)$/.test(p)), [], "no glyph file fetched");
      const twice = Object.entries(gets).filter(([, n]) => n > 1);
      assert.deepEqual(twice, [], `each file once; runtime files: ${runtime.join(", ")}`);

      const png = await page.screenshot();
      keepScreenshot(`engine-${name}-clinic.png`, png);
      const pixels = pixelStats(png, facts.canvasBox, facts.viewportWidth);
      assert.ok(pixels.pixels > 100000, `the canvas is on screen: ${JSON.stringify(facts.canvasBox)}`);
      assert.ok(pixels.contrast > 150, `dark text on a light page: ${JSON.stringify(pixels)}`);
      assert.ok(pixels.backgroundShare > 0.5 && pixels.backgroundShare < 0.97, `text drawn on the background: ${JSON.stringify(pixels)}`);
      assert.ok(pixels.colours > 30, `antialiased text: ${JSON.stringify(pixels)}`);
    });

    test("an answer opens on a real click, and nothing is drawn while idle", async () => {
      await page.goto(server.url + "index.html");
      assert.equal((await readyFacts(page)).outcome, "ready");
      // Question 2's row scrolled to the middle of the viewport; its centre, in viewport coordinates.
      const row = await page.evaluate(() => {
        const el = document.querySelector("clinic-reader");
        const q = el.state().qa[1];
        scrollTo(0, el.getBoundingClientRect().top + scrollY + q.top - 200);
        return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => {
          const box = el.getBoundingClientRect();
          resolve({ x: box.left + box.width / 2, y: box.top + (q.top + q.bottom) / 2 });
        })));
      });
      await settle(page);
      const { qa: before, contentHeight: beforeHeight } = await page.evaluate(() => document.querySelector("clinic-reader").state());
      assert.deepEqual(before.map((q) => q.open), [false, false, false, false, false]);
      await page.click(row.x, row.y);
      await settle(page);
      const after = await page.evaluate(() => document.querySelector("clinic-reader").state());
      assert.deepEqual(after.qa.map((q) => q.open), [false, true, false, false, false]);
      assert.ok(after.contentHeight > beforeHeight + 40, `the answer takes room: ${beforeHeight} -> ${after.contentHeight}`);

      // Once the animation is over (its 0.2 s take more frames where frames are slow:
      // software GL), a second passes without a frame.
      const frames = await page.evaluate(async () => {
        const el = document.querySelector("clinic-reader");
        let last = -1;
        for (let waited = 0; waited < 10000 && el.state().framesRendered !== last; waited += 400) {
          last = el.state().framesRendered;
          await new Promise((r) => setTimeout(r, 400));
        }
        return last;
      });
      await pause(page, 1000);
      const idle = await page.evaluate(() => ({ state: document.querySelector("clinic-reader").state(), errors: window.__pageErrors }));
      assert.equal(idle.state.framesRendered, frames, "no frame drawn in a second of idling");
      assert.deepEqual(idle.errors, []);
      keepScreenshot(`engine-${name}-answer.png`, await page.screenshot());
    });

    test("the keyboard: Enter opens the focused question, the arrow keys move between questions, the canvas follows the focus", async () => {
      await page.goto(server.url + "index.html");
      assert.equal((await readyFacts(page)).outcome, "ready");
      const focusFirst = await page.evaluate(() => {
        const el = document.querySelector("clinic-reader");
        el.querySelector("article.clinic-post .qa-item button").focus();
        return document.activeElement.textContent.trim();
      });
      assert.equal(focusFirst, "How many treatments are needed?");  // posts/milia.en.md's first question
      await page.press("Enter");
      await settle(page);
      await page.press("ArrowDown");
      await settle(page);
      await page.press("Enter");
      await settle(page);
      const facts = await page.evaluate(() => {
        const el = document.querySelector("clinic-reader");
        const buttons = [...el.querySelectorAll("article.clinic-post .qa-item button")];
        return { open: el.state().qa.map((q) => q.open), focused: buttons.indexOf(document.activeElement), canvasFocus: el.state().focus,
                 expanded: buttons.map((b) => b.getAttribute("aria-expanded")), errors: window.__pageErrors };
      });
      assert.deepEqual(facts.open, [true, true, false, false, false]);
      assert.equal(facts.focused, 1, "the arrow key moved focus to the second question");
      assert.ok(facts.canvasFocus >= 0, "the canvas knows where the focus is (and rings it)");
      assert.deepEqual(facts.expanded, ["true", "true", "false", "false", "false"]);
      assert.deepEqual(facts.errors, []);
      keepScreenshot(`engine-${name}-keyboard.png`, await page.screenshot());
    });

    test("the Korean post: Hangul and emoji drawn", async () => {
      await page.goto(server.url + "index.html?post=ko");
      const facts = await readyFacts(page);
      assert.equal(facts.outcome, "ready");
      assert.deepEqual(facts.errors, []);
      assert.equal(facts.state.mode, "canvas");
      assert.match(facts.state.title, /^[가-힣 ,.?!]+$/u);
      assert.equal(facts.state.qa.length, 5);
      const png = await page.screenshot();
      keepScreenshot(`engine-${name}-ko.png`, png);
      const pixels = pixelStats(png, facts.canvasBox, facts.viewportWidth);
      assert.ok(pixels.contrast > 150 && pixels.backgroundShare < 0.97, JSON.stringify(pixels));
    });

    // WebKitWebDriver (2.50) has no Print Page command and MiniBrowser no print to file: reported as skipped.
    test("print: every answer on paper as text, no page dark or blank", { skip: name === "webkit" && "WebKitWebDriver cannot print" }, async () => {
      await page.goto(server.url + "index.html");
      assert.equal((await readyFacts(page)).outcome, "ready");
      const expected = await page.evaluate(() => [...document.querySelectorAll("clinic-reader article .qa-answer")].map((a) => a.textContent));
      // All closed on screen; on paper every one, and no page dark (a canvas) or blank.
      const { pages, text } = pdfPages(await page.pdf());
      assert.ok(pages.length >= 2, `${pages.length} pages`);
      pages.forEach((p, i) => assert.ok(p.dark < 0.08 && p.ink > 0.005, `page ${i + 1}: ${JSON.stringify(p)}`));
      for (const answer of expected) assert.ok(normalise(text).includes(normalise(answer).slice(0, 30)), answer.slice(0, 30));
    });

    test("translation: rewritten words show the article in place of the canvas; the words back, the canvas", async () => {
      await page.goto(server.url + "index.html");
      assert.equal((await readyFacts(page)).outcome, "ready");
      const box = () => page.evaluate(() => {
        const host = document.querySelector("clinic-reader");
        return { presentation: host.state().presentation,
                 canvas: host.shadowRoot.querySelector("canvas").getBoundingClientRect().height,
                 article: host.shadowRoot.querySelector(".semantic").getBoundingClientRect().height };
      });
      const rewrite = (upper) => page.evaluate((up) => {
        for (const p of [...document.querySelectorAll("clinic-reader article p")].filter((p) => p.firstChild.nodeType === 3)) {
          p.firstChild.data = up ? p.firstChild.data.toUpperCase() : p.firstChild.data.toLowerCase();
        }
        return new Promise((resolve) => setTimeout(resolve, 300));
      }, upper);
      const original = await page.evaluate(() => [...document.querySelectorAll("clinic-reader article p")].filter((p) => p.firstChild.nodeType === 3).map((p) => p.firstChild.data));
      await rewrite(true);
      const translated = await box();
      assert.equal(translated.presentation, "translated");
      assert.ok(translated.canvas === 0 && translated.article > 1000, JSON.stringify(translated));
      keepScreenshot(`engine-${name}-translated.png`, await page.screenshot());
      await page.evaluate((texts) => {
        [...document.querySelectorAll("clinic-reader article p")].filter((p) => p.firstChild.nodeType === 3).forEach((p, i) => { p.firstChild.data = texts[i]; });
        return new Promise((resolve) => setTimeout(resolve, 300));
      }, original);
      const back = await box();
      assert.equal(back.presentation, "canvas");
      assert.ok(back.canvas > 300 && back.article <= 1, JSON.stringify(back));
    });

    test("offline: one visit to the offline page downloads each file once, and the next visit opens with the server gone", async () => {
      // A server and a browser of this test's own: a cold cache, and a server to stop.
      const own = await startServer(dist, { overlay });
      const fresh = await launchEngine(name);
      try {
        const tab = await fresh.newPage();
        await tab.goto(own.url + "demo-offline.html");
        const first = await tab.evaluate(async () => {
          const el = document.querySelector("clinic-reader");
          const outcome = await el.ready.then(() => "ready", (e) => "failed: " + e.message);
          // Until the worker has installed (its precache filled) and the page says it is saved.
          for (let i = 0; i < 200 && document.documentElement.dataset.offlineReady !== "true"; i++) {
            await new Promise((r) => setTimeout(r, 100));
          }
          // The test's own page-error recorder is kept too, as the page has its own files kept.
          const registration = await navigator.serviceWorker.ready;
          registration.active.postMessage({ type: "clinic-reader-cache", urls: [new URL("__test__/page-errors.js", location.href).href] });
          // The worker caches the post and the page (named to it by the page) behind the scenes.
          let cached = [];
          for (let i = 0; i < 100; i++) {
            cached = [];
            for (const key of await caches.keys()) cached.push(...(await (await caches.open(key)).keys()).map((r) => new URL(r.url).pathname));
            if (["/posts/milia.en.md", "/demo-offline.html", "/__test__/page-errors.js"].every((p) => cached.includes(p))) break;
            await new Promise((r) => setTimeout(r, 100));
          }
          return { outcome, saved: document.documentElement.dataset.offlineReady === "true", cached, errors: window.__pageErrors };
        });
        assert.equal(first.outcome, "ready");
        assert.equal(first.saved, true, "the worker installed");
        assert.deepEqual(first.errors, []);
        for (const kind of [/\.wasm$/, /\.otf$/, /^\/posts\/milia\.en\.md$/, /^\/demo-offline\.html$/]) {
          assert.ok(first.cached.some((p) => kind.test(p)), `${kind} cached: ${first.cached}`);
        }
        // The worker's precache took the page's own bytes: every content-hashed file
        // the page fetched (the wasm, the fonts, the glyph list, the emoji sheet) was
        // downloaded once in all. Scripts cannot be read back as bytes: where the worker
        // shares no HTTP cache with the page (WebKit's automated, private sessions) it
        // downloads the glue once more, and nowhere more than that.
        const downloads = {};
        for (const r of own.requests()) if (r.method === "GET" && r.status === 200) downloads[r.path] = (downloads[r.path] || 0) + 1;
        const hashed = Object.entries(downloads).filter(([p]) => /\.[0-9a-f]{10}\.[a-z0-9]+$/.test(p));
        const [scripts, data] = [hashed.filter(([p]) => p.endsWith(".js")), hashed.filter(([p]) => !p.endsWith(".js"))];
        assert.ok(data.length >= 4 && scripts.length === 1, JSON.stringify(downloads));
        assert.deepEqual(data.filter(([, n]) => n > 1), [], JSON.stringify(downloads));
        assert.deepEqual(scripts.filter(([, n]) => n > 2), [], JSON.stringify(downloads));

        own.stop();
        await new Promise((r) => setTimeout(r, 300));
        await tab.goto("about:blank");
        await tab.goto(own.url + "demo-offline.html");
        const second = await readyFacts(tab);
        assert.equal(second.outcome, "ready");
        assert.equal(second.state.mode, "canvas");
        assert.equal(second.state.qa.length, 5);
        assert.deepEqual(second.errors, []);
      } finally {
        own.stop();
        await fresh.close();
      }
    });

    test("the static site: index → post → reader ready; with the server gone, the index and a post never opened", { skip: !hasSite && "build the CLI with `site` first (cmake --build --preset native)" }, async () => {
      const folder = mkdtempSync(path.join(tmpdir(), "clinic-reader-site-"));
      copyPosts(folder);
      const { version } = buildSite(folder);
      const own = await startServer(path.join(folder, "www"));
      const fresh = await launchEngine(name);
      try {
        const tab = await fresh.newPage();
        await tab.goto(own.url + "blog/index.html");
        // The index links the post; its one visit registers the site's worker, which precaches the whole site.
        const index = await tab.evaluate(async (cacheName) => {
          const titles = [...document.querySelectorAll("article.site-index h2 a")].map((a) => [a.textContent, a.href]);
          let installed = false;
          for (let i = 0; i < 600 && !installed; i++) {
            installed = (await caches.keys()).includes(cacheName) && (await navigator.serviceWorker.getRegistration())?.active?.state === "activated";
            if (!installed) await new Promise((r) => setTimeout(r, 100));
          }
          return { titles, installed };
        }, "clinic-reader-runtime-" + version);
        assert.equal(index.installed, true, "the site's worker installed");
        const post = index.titles.find(([title]) => title === "How to eliminate the bitterness of millet grains");
        assert.ok(post && index.titles.some(([title]) => title === "비립종 없애는 방법"), JSON.stringify(index.titles));
        const reader = () => tab.evaluate(async () => {
          await customElements.whenDefined("clinic-reader");
          const el = document.querySelector("clinic-reader");
          const outcome = await el.ready.then(() => "ready", (e) => "failed: " + e.message);
          return { outcome, mode: el.state().mode, title: el.state().title, questions: el.state().qa.length };
        });
        await tab.goto(post[1]);
        assert.deepEqual(await reader(), { outcome: "ready", mode: "canvas", title: post[0], questions: 5 });

        own.stop();
        await new Promise((r) => setTimeout(r, 300));
        await tab.goto("about:blank");
        await tab.goto(own.url + "blog/index.html");
        assert.deepEqual(await tab.evaluate(() => [...document.querySelectorAll("article.site-index h2 a")].map((a) => [a.textContent, a.href])),
                         index.titles, "the index, offline");
        await tab.goto(own.url + "blog/posts/milia.ko.html");
        assert.deepEqual(await reader(), { outcome: "ready", mode: "canvas", title: "비립종 없애는 방법", questions: 5 }, "a post never opened, offline");
      } finally {
        own.stop();
        await fresh.close();
        rmSync(folder, { recursive: true, force: true });
      }
    });

    test("with WebGL off: the post as HTML, its accordion and its expand/collapse-all button working", async () => {
      const noWebGL = await launchEngine(name, { webgl: false });
      try {
        const html = await noWebGL.newPage();
        await html.goto(server.url + "index.html");
        const facts = await readyFacts(html);
        assert.equal(facts.outcome, "ready");
        assert.deepEqual(facts.errors, []);
        assert.equal(facts.canvasBox, null, "no canvas");
        assert.equal(facts.state.mode, "html");
        assert.equal(facts.state.title, "How to eliminate the bitterness of millet grains");
        assert.equal(facts.state.qa.length, 5);
        keepScreenshot(`engine-${name}-html.png`, await html.screenshot());

        // The button, scrolled into view: its centre and label, and the answers' state.
        const look = () => html.evaluate(() => {
          const el = document.querySelector("clinic-reader");
          const button = el.shadowRoot.querySelector(".fallback .qa-controls button");
          button.scrollIntoView({ block: "center" });
          const r = button.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2, label: button.textContent, open: el.state().qa.map((q) => q.open) };
        });
        const closed = await look();
        assert.deepEqual([closed.label, closed.open], ["Expand all", [false, false, false, false, false]]);
        await html.click(closed.x, closed.y);
        await settle(html);
        const opened = await look();
        assert.deepEqual([opened.label, opened.open], ["Collapse all", [true, true, true, true, true]]);
        await html.click(opened.x, opened.y);
        await settle(html);
        const again = await look();
        assert.deepEqual([again.label, again.open], ["Expand all", [false, false, false, false, false]]);
        // Every answer opened one by one (the <details> themselves): the button says "Collapse all" too.
        await html.evaluate(() => {
          for (const d of document.querySelector("clinic-reader").shadowRoot.querySelectorAll(".fallback details.qa-item")) d.open = true;
        });
        await settle(html);
        assert.equal((await look()).label, "Collapse all");
        assert.deepEqual(await html.evaluate(() => window.__pageErrors), []);
      } finally {
        await noWebGL.close();
      }
    });
  });
}
