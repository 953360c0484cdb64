// Reading without a network: the service worker after one visit, and the
// single-file export (clinic-reader bundle) opened from file://.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { root, startServer, launchBrowser, settle } from "./harness.mjs";

let server;
before(async () => { server = await startServer(); });
after(() => server?.stop());

const readyState = (page) => page.evaluate(async () => {
  const el = document.querySelector("clinic-reader");
  await el.ready;
  const s = el.state();
  return { mode: s.mode, title: s.title, questions: s.qa.length };
});

test("after one online visit, the offline page and its post open with the network off", async () => {
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url + "demo-offline.html");
    const online = await readyState(page);
    assert.equal(online.mode, "canvas");
    // The worker is installed and has what this visit read.
    await page.waitForFunction(() => document.documentElement.dataset.offlineReady === "true");
    await page.waitForFunction(async () => {
      const content = await caches.open("clinic-reader-content");
      return Boolean(await content.match(new URL("posts/milia.en.md", location.href).href)) &&
             Boolean(await content.match(location.href.split("#")[0]));
    });
    const runtime = await page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names.find((n) => n.startsWith("clinic-reader-runtime-")));
      return (await cache.keys()).map((r) => new URL(r.url).pathname.split("/").pop());
    });
    assert.ok(runtime.includes("clinic-reader.js") && runtime.some((n) => /^clinic-reader-core\.[0-9a-f]{10}\.wasm$/.test(n)) &&
              runtime.some((n) => /\.(ttf|otf|woff2?)$/.test(n)), "the versioned runtime is precached: " + runtime);

    await browser.context.setOffline(true);
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.reload();
    const offline = await readyState(page);
    assert.deepEqual(offline, online, "the same post, drawn, offline");
    await page.evaluate(() => document.querySelector("clinic-reader").toggle(1));
    await settle(page);
    assert.equal(await page.evaluate(() => document.querySelector("clinic-reader").state().qa[1].open), true);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

const cli = path.join(root, "build/native/clinic-reader");

test("clinic-reader bundle writes one HTML file that opens from file:// with no network", { skip: !existsSync(cli) && "build the CLI first (cmake --preset native)" }, async () => {
  const out = path.join(root, "build/bundle-test");
  mkdirSync(out, { recursive: true });
  const file = path.join(out, "milia.ko.html");
  execFileSync(cli, ["bundle", "--runtime", path.join(root, "dist"), "-o", file, path.join(root, "assets/posts/milia.ko.md")], { stdio: "pipe" });

  const browser = await launchBrowser();
  try {
    await browser.context.setOffline(true);
    const page = await browser.context.newPage();
    const fetched = [];
    const errors = [];
    page.on("request", (r) => { if (!/^(file|data|blob):/.test(r.url())) fetched.push(r.url()); });
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    await page.goto(pathToFileURL(file).href);
    const state = await readyState(page);
    assert.deepEqual(state, { mode: "canvas", title: "비립종 없애는 방법", questions: 5 });
    assert.ok(await page.evaluate(() => document.querySelector("clinic-reader").shadowRoot.querySelectorAll(".text-layer span").length) > 30);
    assert.deepEqual(fetched, [], "nothing asked of the network");
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    await browser.close();
  }
  // Without script the same file still reads: the pre-rendered article, answers open.
  const noScript = await launchBrowser({ javaScriptEnabled: false });
  try {
    const page = await noScript.context.newPage();
    await page.goto(pathToFileURL(file).href);
    const text = await page.locator("body").innerText();
    assert.match(text, /비립종 없애는 방법/, "the title");
    assert.match(text, /치료는 몇 번 받아야 하나요\?/, "a question");
    const answers = await page.locator(".qa-answer").count();
    assert.equal(answers, 5);
    assert.ok(await page.locator(".qa-answer").first().isVisible(), "answers readable without script");
  } finally {
    await noScript.close();
  }
});
