// Without WebGL2, or when the WebAssembly cannot load, the element shows the
// post as styled HTML (the accordion as <details>) instead of a blank box.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { root, startServer, launchBrowser } from "./harness.mjs";

let server;
before(async () => { server = await startServer(); });
after(() => server?.stop());

test("with WebGL disabled the post is shown as HTML, its answers as <details>, with no axe violations", async () => {
  const browser = await launchBrowser({ args: ["--disable-webgl", "--disable-webgl2"] });
  try {
    const page = await browser.context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(server.url + "index.html");
    const facts = await page.evaluate(async () => {
      const el = document.getElementById("reader");
      await el.ready;
      const fallback = el.shadowRoot.querySelector(".fallback");
      return {
        mode: el.state().mode,
        title: el.state().title,
        canvas: el.shadowRoot.querySelectorAll("canvas").length,
        shown: !fallback.hidden && fallback.getBoundingClientRect().height > 1000,
        details: fallback.querySelectorAll("details.qa-item").length,
        lightArticle: Boolean(el.querySelector("article.clinic-post")),
      };
    });
    assert.deepEqual(facts, { mode: "html", title: "How to eliminate the bitterness of millet grains", canvas: 0, shown: true,
                              details: 5, lightArticle: true });
    // The accordion works by itself, and through the API.
    const summary = page.locator("clinic-reader >> details.qa-item >> nth=1 >> summary");
    await summary.scrollIntoViewIfNeeded();
    await summary.click();
    assert.deepEqual(await page.evaluate(() => window.clinicReader.state().qa.map((q) => q.open)), [false, true, false, false, false]);
    await page.evaluate(() => window.clinicReader.expandAll());
    assert.ok(await page.evaluate(() => window.clinicReader.state().qa.every((q) => q.open)));
    await page.addScriptTag({ content: readFileSync(path.join(root, "node_modules/axe-core/axe.min.js"), "utf8") });
    const violations = await page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => v.id));
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test("when the WebAssembly cannot load: the page's pre-rendered article, or the post's text, and an error event", async () => {
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.route("**/*.wasm", (route) => route.fulfill({ status: 404, body: "" }));
    await page.route(server.url + "broken-runtime.html", (route) => route.fulfill({
      contentType: "text/html; charset=utf-8",
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title><script src="clinic-reader.js" defer></script></head><body>
<clinic-reader id="pre" src="posts/milia.en.md"><article class="clinic-post" lang="en"><header><h1>Pre-rendered title</h1></header>
<div class="qa-item"><h3 class="qa-question"><button type="button" aria-expanded="true" aria-controls="q1-panel" id="q1">A question?</button></h3>
<div class="qa-answer" role="region" id="q1-panel" aria-labelledby="q1"><p>An answer.</p></div></div></article></clinic-reader>
<clinic-reader id="inline"><script type="text/markdown"># Inline title

Some text of the post.</script></clinic-reader></body></html>`,
    }));
    await page.addInitScript(() => {
      window.errors = {};
      document.addEventListener("error", (e) => { if (e.target.id) window.errors[e.target.id] = e.detail; }, true);
    });
    await page.goto(server.url + "broken-runtime.html");
    const facts = await page.evaluate(async () => {
      const out = {};
      for (const el of document.querySelectorAll("clinic-reader")) {
        out[el.id] = {
          ready: await el.ready.then(() => "ready", (e) => "failed: " + e.code),
          fallback: el.shadowRoot.querySelector(".fallback").hidden ? null : el.shadowRoot.querySelector(".fallback").innerText,
          message: el.shadowRoot.querySelector(".message").hidden ? null : el.shadowRoot.querySelector(".message").innerText,
          details: el.shadowRoot.querySelectorAll(".fallback details").length,
          error: window.errors[el.id] && window.errors[el.id].code,
        };
      }
      return out;
    });
    assert.equal(facts.pre.ready, "failed: runtime");
    assert.equal(facts.pre.error, "runtime");
    assert.match(facts.pre.fallback, /Pre-rendered title/);
    assert.equal(facts.pre.details, 1, "the pre-rendered accordion as <details>");
    assert.equal(facts.pre.message, null);
    assert.equal(facts.inline.ready, "failed: runtime");
    assert.equal(facts.inline.error, "runtime");
    assert.match(facts.inline.message, /could not be shown/);
    assert.match(facts.inline.message, /Some text of the post\./, "the post's own text stays readable");
  } finally {
    await browser.close();
  }
});
