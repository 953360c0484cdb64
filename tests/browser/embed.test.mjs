// The <clinic-reader> element as a clinic embeds it: one snippet, attributes and
// properties, the API and events, several readers on a page, failures shown
// inside the element, a strict Content-Security-Policy, and a small loader.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { root, settle, useServerAndBrowser } from "./harness.mjs";

const env = useServerAndBrowser();

async function open(url, { init } = {}) {
  const page = await env.browser.context.newPage();
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  if (init) await page.addInitScript(init);
  await page.goto(env.server.url + url);
  return { page, errors };
}

// A page of our own with the loader and whatever readers the test writes.
async function pageWith(body, { init } = {}) {
  const page = await env.browser.context.newPage();
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  if (init) await page.addInitScript(init);
  await page.route(env.server.url + "test-page.html", (route) => route.fulfill({
    contentType: "text/html; charset=utf-8",
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>test</title>` +
          `<script src="clinic-reader.js" defer></script></head><body>${body}</body></html>`,
  }));
  await page.goto(env.server.url + "test-page.html");
  return { page, errors };
}

const readyAll = (page) => page.evaluate(() => Promise.all([...document.querySelectorAll("clinic-reader")].map((e) => e.ready.then(() => true, (err) => err.message))));

test("the one-snippet embed on a clinic's page: the post drawn, its article in the light DOM, the canvas aria-hidden", async () => {
  const { page, errors } = await open("demo-clinic.html");
  assert.deepEqual(await readyAll(page), [true]);
  const facts = await page.evaluate(() => {
    const el = document.querySelector("clinic-reader");
    const canvas = el.shadowRoot.querySelector("canvas");
    return {
      display: getComputedStyle(el).display,
      mode: el.state().mode,
      title: el.state().title,
      article: el.querySelector("article.clinic-post h1").textContent,
      canvasHidden: canvas.getAttribute("aria-hidden"),
      canvasTabIndex: canvas.tabIndex,
      hostTabIndex: el.getAttribute("tabindex"),
      hostRole: el.getAttribute("role"),
      alias: window.clinicReader === el,
    };
  });
  assert.equal(facts.display, "block");
  assert.equal(facts.mode, "canvas");
  assert.equal(facts.title, facts.article);
  assert.equal(facts.canvasHidden, "true");
  assert.equal(facts.canvasTabIndex, -1, "the canvas is no tab stop: the article's buttons are");
  assert.equal(facts.hostTabIndex, null, "the page's tabindex is left alone");
  assert.equal(facts.hostRole, null, "the page's role is left alone");
  assert.equal(facts.alias, true, "window.clinicReader is the page's first reader");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the loader is small and fetches the runtime only when a reader is on the page", async () => {
  const loader = readFileSync(path.join(root, "dist/clinic-reader.js"));
  const gzip = gzipSync(loader, { level: 9 }).length;
  // 19 KB: the print, translation, forced-colour and contrast styles, the
  // theme's properties (about 2.5 KB) and the article's typography made from the
  // canvas's own metrics (about 2 KB: src/view/article_css.cpp) must be in the
  // page from its first paint.
  assert.ok(gzip <= 19 * 1024, `loader ${gzip} bytes gzip`);
  const hashed = readdirSync(path.join(root, "dist")).filter((f) => /^clinic-reader-core\.[0-9a-f]{10}\.(js|wasm)$/.test(f));
  assert.equal(hashed.length, 2, "content-hashed runtime names: " + hashed);

  const page = await env.browser.context.newPage();
  const requested = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await page.route(env.server.url + "no-reader.html", (route) => route.fulfill({
    contentType: "text/html", body: '<!doctype html><title>t</title><script src="clinic-reader.js"></script><p>No reader here.</p>',
  }));
  await page.goto(env.server.url + "no-reader.html");
  await page.waitForTimeout(300);
  assert.deepEqual(requested.filter((p) => /\.(wasm|ttf|otf|woff2?)$|clinic-reader-core|\/fonts\//.test(p)), [], "nothing fetched without a reader");
  // A reader appears: the glue's preload hint and the wasm's and the fonts' fetches at once,
  // then the runtime (the wasm compiled by instantiateStreaming).
  await page.evaluate(() => {
    const el = document.createElement("clinic-reader");
    el.src = "posts/milia.en.md";
    document.body.appendChild(el);
    return el.ready.then(() => true);
  });
  const hints = await page.evaluate(() => [...document.querySelectorAll("link[rel=preload]")].map((l) => new URL(l.href).pathname));
  assert.deepEqual(hints.map((h) => /clinic-reader-core\.[0-9a-f]+\.js$/.test(h)), [true], "the glue's preload hint: " + hints);
  assert.equal(requested.filter((p) => p.endsWith(".wasm")).length, 1, "the wasm is fetched once");
  // The device's fonts draw the post: no font file at all (device-fonts.test.mjs has the rest).
  const fonts = requested.filter((p) => /\.(ttf|otf|woff2?)$/.test(p));
  assert.deepEqual(fonts, [], "no font file fetched");
  await page.close();
});

test("attributes and properties stay in sync; hidden hides the element; height sets a scrolling box", async () => {
  const { page, errors } = await pageWith('<clinic-reader id="r" src="posts/milia.en.md" theme="dark" font-scale="1.2" accent="#9a3412"></clinic-reader>');
  await readyAll(page);
  const facts = await page.evaluate(async () => {
    const el = document.getElementById("r");
    const before = { theme: el.theme, fontScale: el.fontScale, accent: el.accent, height: el.height, state: el.state() };
    el.theme = "sepia";
    el.fontScale = 1.4;
    el.setTheme("light");
    el.setFontScale(0.9);
    await new Promise((r) => setTimeout(r, 100));
    const after = { themeAttr: el.getAttribute("theme"), scaleAttr: el.getAttribute("font-scale"), state: el.state() };
    el.hidden = true;
    const hiddenDisplay = getComputedStyle(el).display;
    el.hidden = false;
    el.height = "300px";
    await new Promise((r) => setTimeout(r, 200));
    const box = el.getBoundingClientRect().height;
    const frame = el.shadowRoot.querySelector(".frame");
    return { before, after, hiddenDisplay, box, scrolls: frame.scrollHeight > frame.clientHeight };
  });
  assert.deepEqual([facts.before.theme, facts.before.fontScale, facts.before.accent, facts.before.height], ["dark", 1.2, "#9a3412", "auto"]);
  assert.equal(facts.before.state.theme, "dark");
  assert.equal(facts.before.state.fontScale, 1.2);
  assert.deepEqual([facts.after.themeAttr, facts.after.scaleAttr], ["light", "0.9"]);
  assert.equal(facts.after.state.theme, "light");
  assert.equal(facts.after.state.fontScale, 0.9);
  assert.equal(facts.hiddenDisplay, "none");
  assert.equal(facts.box, 300);
  assert.ok(facts.scrolls, "a reader of fixed height scrolls inside itself");
  assert.deepEqual(errors, []);
  await page.close();
});

test("an async loader: properties a page script set before the element was defined are kept", async () => {
  const page = await env.browser.context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  // The page's script runs before the loader (which comes last here, as an
  // async loader may): it sets properties on a plain, not yet defined element.
  await page.route(env.server.url + "async-page.html", (route) => route.fulfill({
    contentType: "text/html; charset=utf-8",
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>async</title></head><body>` +
          `<clinic-reader id="r"></clinic-reader>` +
          `<script>const r = document.getElementById("r"); r.src = "posts/milia.en.md"; r.theme = "dark"; r.fontScale = 1.2;` +
          `window.definedEarly = customElements.get("clinic-reader") !== undefined;</script>` +
          `<script src="clinic-reader.js" async></script></body></html>`,
  }));
  await page.goto(env.server.url + "async-page.html");
  assert.deepEqual(await readyAll(page), [true]);
  const facts = await page.evaluate(() => {
    const el = document.getElementById("r");
    const state = el.state();
    return { definedEarly: window.definedEarly, attrs: [el.getAttribute("src"), el.getAttribute("theme"), el.getAttribute("font-scale")],
             ownTheme: Object.prototype.hasOwnProperty.call(el, "theme"), theme: state.theme, fontScale: state.fontScale, title: state.title };
  });
  assert.equal(facts.definedEarly, false, "the page's script ran before the element was defined");
  assert.deepEqual(facts.attrs, ["posts/milia.en.md", "dark", "1.2"]);
  assert.equal(facts.ownTheme, false, "the property is the element's again, not a shadowing one");
  assert.equal(facts.theme, "dark");
  assert.equal(facts.fontScale, 1.2);
  assert.equal(facts.title, "How to eliminate the bitterness of millet grains");  // posts/milia.en.md's front matter
  assert.deepEqual(errors, []);
  await page.close();
});

test("inline Markdown, the ready, toggle and linkclick events, and the API", async () => {
  const { page, errors } = await pageWith(`<clinic-reader id="r"><script type="text/markdown">
# Inline post

A paragraph with [a link](https://example.com/clinic).

## Q&A

**Q. Does it hurt?**
A. Hardly: a local anaesthetic cream is used.

**Q. How long does it take?**
A. About ten minutes.
</script></clinic-reader>`, { init: () => {
    window.events = [];
    document.addEventListener("DOMContentLoaded", () => {
      const el = document.getElementById("r");
      for (const type of ["ready", "toggle", "linkclick", "error"]) {
        el.addEventListener(type, (e) => {
          window.events.push({ type, detail: e.detail || null });
          if (type === "linkclick") e.preventDefault();  // the page handles the link itself
        });
      }
    });
  } });
  await readyAll(page);
  await settle(page);
  let state = await page.evaluate(() => document.getElementById("r").state());
  assert.equal(state.title, "Inline post");
  assert.deepEqual(state.qa.map((q) => q.open), [false, false]);
  await page.evaluate(() => { const el = document.getElementById("r"); el.toggle(1); el.expandAll(); el.collapseAll(); });
  await settle(page);
  // A click on the drawn link: linkclick, cancelled, so no new tab.
  const link = await page.evaluate(() => {
    const el = document.getElementById("r");
    const l = el.state().links[0];
    const r = el.shadowRoot.querySelector(".sizer").getBoundingClientRect();
    return { x: r.left + (l.left + l.right) / 2, y: r.top + (l.top + l.bottom) / 2 };
  });
  const pagesBefore = env.browser.context.pages().length;
  await page.mouse.click(link.x, link.y);
  await settle(page);
  assert.equal(env.browser.context.pages().length, pagesBefore, "a cancelled linkclick opens no tab");
  const events = await page.evaluate(() => window.events);
  assert.deepEqual(events, [
    { type: "ready", detail: null },
    { type: "toggle", detail: { index: 1, open: true } },
    { type: "toggle", detail: { index: 0, open: true } },
    { type: "toggle", detail: { index: 0, open: false } },
    { type: "toggle", detail: { index: 1, open: false } },
    { type: "linkclick", detail: { href: "https://example.com/clinic" } },
  ]);
  // load() replaces the post; its article follows in the light DOM.
  await page.evaluate(() => document.getElementById("r").load("# Another post\n\nText."));
  state = await page.evaluate(() => document.getElementById("r").state());
  assert.equal(state.title, "Another post");
  assert.equal(await page.evaluate(() => document.querySelector("#r > article h1").textContent), "Another post");
  assert.deepEqual(errors, []);
  await page.close();
});

test("two readers on one page each run on their own", async () => {
  const { page, errors } = await open("demo-two.html");
  assert.deepEqual(await readyAll(page), [true, true]);
  const facts = await page.evaluate(async () => {
    const [en, ko] = document.querySelectorAll("clinic-reader");
    en.toggle(0);
    await new Promise((r) => setTimeout(r, 300));
    return {
      titles: [en.state().title, ko.state().title],
      open: [en.state().qa.map((q) => q.open), ko.state().qa.map((q) => q.open)],
      themes: [en.state().theme, ko.state().theme],
      separateInstances: en.reader.core !== ko.reader.core,
      ids: [...document.querySelectorAll("[id]")].map((n) => n.id),
    };
  });
  assert.deepEqual(facts.titles, ["How to eliminate the bitterness of millet grains", "비립종 없애는 방법"]);
  assert.deepEqual(facts.open, [[true, false, false, false, false], [false, false, false, false, false]]);
  assert.deepEqual(facts.themes, ["light", "sepia"]);
  assert.ok(facts.separateInstances, "one module instance per reader");
  assert.equal(new Set(facts.ids).size, facts.ids.length, "no id twice on the page");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a post that fails (404, 500, timeout, network, not UTF-8) shows a message in its element and fires error; other readers go on", async () => {
  const { page } = await pageWith(
    '<clinic-reader id="ok" src="posts/milia.en.md"></clinic-reader>' +
    '<clinic-reader id="missing" src="posts/missing.md"></clinic-reader>' +
    '<clinic-reader id="broken" src="posts/broken.md"></clinic-reader>' +
    '<clinic-reader id="slow" src="posts/slow.md"></clinic-reader>' +
    '<clinic-reader id="offline" src="posts/unreachable.md"></clinic-reader>' +
    '<clinic-reader id="latin1" src="posts/latin1.md"></clinic-reader>', {
      init: () => {
        window.errors = {};
        document.addEventListener("DOMContentLoaded", () => {
          document.getElementById("slow").timeout = 800;
          for (const el of document.querySelectorAll("clinic-reader")) {
            el.addEventListener("error", (e) => { window.errors[el.id] = e.detail; });
          }
        });
      },
    });
  await page.route("**/posts/broken.md", (r) => r.fulfill({ status: 500, body: "oops" }));
  await page.route("**/posts/slow.md", () => {});  // never answers
  await page.route("**/posts/unreachable.md", (r) => r.abort("internetdisconnected"));
  await page.route("**/posts/latin1.md", (r) => r.fulfill({ contentType: "text/markdown", body: Buffer.from([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]) }));
  await page.reload();
  const results = await readyAll(page);
  assert.equal(results[0], true, "the good reader is ready");
  const seen = await page.evaluate(() => {
    const out = {};
    for (const el of document.querySelectorAll("clinic-reader")) {
      const message = el.shadowRoot.querySelector(".message");
      out[el.id] = { shown: !message.hidden, text: message.textContent, role: message.getAttribute("role"), event: window.errors[el.id] };
    }
    return out;
  });
  assert.equal(seen.ok.shown, false);
  const expect = { missing: ["http-404", /404/], broken: ["http-500", /500/], slow: ["timeout", /did not arrive/],
                   offline: ["network", /network error/], latin1: ["encoding", /not UTF-8/] };
  for (const [id, [code, pattern]] of Object.entries(expect)) {
    assert.ok(seen[id].shown, `${id}: a message`);
    assert.equal(seen[id].role, "alert");
    assert.match(seen[id].text, /could not be shown/);
    assert.match(seen[id].text, pattern);
    assert.equal(seen[id].event.code, code, id);
    assert.match(seen[id].event.message, pattern);
  }
  // The good reader still answers.
  await page.evaluate(() => document.getElementById("ok").toggle(2));
  await settle(page);
  assert.equal(await page.evaluate(() => document.getElementById("ok").state().qa[2].open), true);
  await page.close();
});

test("running out of wasm memory ends that reader with a message, not a frozen canvas", async () => {
  const { page } = await pageWith('<clinic-reader id="a" src="posts/milia.en.md"></clinic-reader><clinic-reader id="b" src="posts/milia.ko.md"></clinic-reader>');
  await readyAll(page);
  const result = await page.evaluate(async () => {
    const el = document.getElementById("a");
    let error = null;
    el.addEventListener("error", (e) => { error = e.detail; });
    // Fill reader a's heap to its limit, then ask for more work.
    const core = el.reader.core;
    for (const size of [64 << 20, 1 << 20, 1 << 14, 256, 16]) while (core._malloc(size)) {}
    el.expandAll();
    await new Promise((r) => setTimeout(r, 300));
    return { error, message: el.shadowRoot.querySelector(".message").textContent, other: document.getElementById("b").state().title };
  });
  assert.equal(result.error && result.error.code, "memory", "an error event");
  assert.match(result.message, /could not be shown.*out of memory/);
  assert.equal(result.other, "비립종 없애는 방법", "the other reader is unaffected");
  await page.close();
});

test("a strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval', no inline) is enough", async () => {
  const { page, errors } = await open("demo-csp.html", { init: () => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.violations.push(e.violatedDirective + " " + e.blockedURI));
  } });
  assert.deepEqual(await readyAll(page), [true]);
  await page.evaluate(() => document.querySelector("clinic-reader").toggle(0));
  await settle(page);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.equal(await page.evaluate(() => document.querySelector("clinic-reader").state().mode), "canvas");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a reader of fixed height scrolls inside itself: the canvas stays in its box and draws the scrolled part", async () => {
  const { page, errors } = await open("demo-two.html");
  await readyAll(page);
  const look = () => page.evaluate(() => {
    const el = document.getElementById("english");
    const frame = el.shadowRoot.querySelector(".frame");
    const canvas = el.shadowRoot.querySelector("canvas");
    return { frameTop: Math.round(frame.getBoundingClientRect().top), canvasTop: Math.round(canvas.getBoundingClientRect().top),
             canvasHeight: Math.round(canvas.getBoundingClientRect().height), frameHeight: frame.clientHeight,
             pageScroll: scrollY, frames: el.state().framesRendered };
  });
  const before = await look();
  assert.equal(before.canvasHeight, before.frameHeight, "the canvas is as tall as the box");
  const box = await page.evaluate(() => {
    const r = document.getElementById("english").getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  const shot = () => page.screenshot({ clip: { x: box.x - 100, y: box.y - 100, width: 200, height: 200 } });
  const pixels = await shot();
  await page.mouse.move(box.x, box.y);
  await page.mouse.wheel(0, 1500);
  await page.waitForTimeout(400);
  const after = await look();
  assert.equal(after.pageScroll, before.pageScroll, "the page itself did not scroll");
  assert.equal(after.canvasTop, after.frameTop, "the canvas sticks to the top of its box");
  assert.ok(after.frames > before.frames, "scrolling drew frames");
  assert.notDeepEqual(await shot(), pixels, "another part of the post is drawn");
  assert.deepEqual(errors, []);
  await page.close();
});

test("an engine without constructed stylesheets (Safari before 16.4): the element's styles come in a <style> and apply", async () => {
  const { page, errors } = await pageWith('<clinic-reader id="r" src="posts/milia.en.md"></clinic-reader>', { init: () => {
    delete ShadowRoot.prototype.adoptedStyleSheets;
    delete Document.prototype.adoptedStyleSheets;
  } });
  assert.deepEqual(await readyAll(page), [true]);
  const facts = await page.evaluate(() => {
    const el = document.getElementById("r");
    const style = el.shadowRoot.querySelector("style");
    return {
      supported: "adoptedStyleSheets" in ShadowRoot.prototype,
      mode: el.state().mode,
      style: Boolean(style && style.textContent.includes(".semantic")),
      semanticPosition: getComputedStyle(el.shadowRoot.querySelector(".semantic")).position,
      fallbackHidden: getComputedStyle(el.shadowRoot.querySelector(".fallback")).display,
    };
  });
  assert.deepEqual(facts, { supported: false, mode: "canvas", style: true, semanticPosition: "sticky", fallbackHidden: "none" });
  assert.deepEqual(errors, []);
  await page.close();
});
