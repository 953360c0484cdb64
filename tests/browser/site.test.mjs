// The static site `clinic-reader site` writes, served under a base path
// (/blog/): the index links the posts, a post's reader becomes ready over its
// pre-rendered article, and after that one online visit the index and a post
// never opened before open with the network off (the site's sw.js precaches
// the runtime and every page and post). Then a rebuild with one post edited and
// one added: the returning visitor's new worker downloads only those (and the
// index), and offline the edited post shows its new text and the new one opens.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startServer, launchBrowser } from "./harness.mjs";
import { hasSite, copyPosts, buildSite } from "./site-build.mjs";

let folder, server;
before(async () => {
  if (!hasSite) return;
  folder = mkdtempSync(path.join(tmpdir(), "clinic-reader-site-"));
  copyPosts(folder);
  buildSite(folder);
  server = await startServer(path.join(folder, "www"));
});
after(() => {
  server?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

// Waits for the page's reader (the loader defines the element as it runs).
const readerState = (page) => page.evaluate(async () => {
  await customElements.whenDefined("clinic-reader");
  const el = document.querySelector("clinic-reader");
  await el.ready;
  const s = el.state();
  return { mode: s.mode, title: s.title, questions: s.qa.length };
});

test("the site: index → post, then the index and an unvisited post offline", { timeout: 90000, skip: !hasSite && "build the CLI with `site` first (cmake --build --preset native)" }, async () => {
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(server.url + "blog/index.html");
    const titles = await page.locator("article.site-index h2 a").allTextContents();
    assert.ok(titles.includes("How to eliminate the bitterness of millet grains") && titles.includes("비립종 없애는 방법"), titles.join(" | "));
    // One visit registers the site's worker, whose install precaches the whole site.
    const scope = await page.evaluate(() => Promise.race([navigator.serviceWorker.ready.then((r) => r.scope),
      new Promise((resolve) => setTimeout(() => resolve("no service worker after 30 s"), 30000))]));
    assert.equal(scope, server.url + "blog/");

    await page.locator("article.site-index h2 a", { hasText: "How to eliminate the bitterness of millet grains" }).click();
    await page.waitForURL(/\/blog\/posts\/milia\.en\.html$/);
    assert.deepEqual(await readerState(page), { mode: "canvas", title: "How to eliminate the bitterness of millet grains", questions: 5 });

    await browser.context.setOffline(true);
    await page.goto(server.url + "blog/index.html");
    assert.deepEqual(await page.locator("article.site-index h2 a").allTextContents(), titles, "the index, offline");
    await page.locator("article.site-index h2 a", { hasText: "비립종 없애는 방법" }).click();
    await page.waitForURL(/\/blog\/posts\/milia\.ko\.html$/);
    assert.deepEqual(await readerState(page), { mode: "canvas", title: "비립종 없애는 방법", questions: 5 },
                     "a post never opened online, drawn offline");
    await page.goto(server.url + "blog/posts/en-sunscreen.html");
    assert.equal((await readerState(page)).mode, "canvas", "any other post, offline");
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

// Until this worker version's cache exists and the older ones are gone (the new worker activated).
const workerActivated = (page, version) => page.evaluate(async (name) => {
  for (let i = 0; i < 600; i++) {
    const names = (await caches.keys()).filter((n) => n.startsWith("clinic-reader-runtime-"));
    if (names.length === 1 && names[0] === name && navigator.serviceWorker.controller) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return (await caches.keys()).join(", ");
}, "clinic-reader-runtime-" + version);

test("a rebuild: the returning visitor's worker downloads only the changed and added files", { timeout: 120000, skip: !hasSite && "build the CLI with `site` first (cmake --build --preset native)" }, async () => {
  const own = mkdtempSync(path.join(tmpdir(), "clinic-reader-site-update-"));
  const posts = copyPosts(own);
  const first = buildSite(own);
  const ownServer = await startServer(path.join(own, "www"));
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(ownServer.url + "blog/index.html");
    assert.equal(await workerActivated(page, first.version), true, "the first worker installed");

    // One post edited further down than its description, one added.
    const edited = path.join(posts, "milia.en.md");
    writeFileSync(edited, readFileSync(edited, "utf8").replace("Milia are small, firm, rice-like bumps",
                                                                "Milia are tiny, firm, pearl-like bumps"));
    writeFileSync(path.join(posts, "added.md"), "---\ntitle: A Post Added Later\ndate: 2026-12-01\nlang: en\n---\n\n" +
                  "# A Post Added Later\n\nIt was written after the first visit.\n");
    const second = buildSite(own);
    const changed = [...second.revisions].filter(([p, r]) => first.revisions.get(p) !== r).map(([p]) => p).sort();
    assert.deepEqual(changed, ["", "index.html", "posts/added.html", "posts/added.md", "posts/milia.en.html", "posts/milia.en.md"]);

    const mark = ownServer.requests().length;
    await page.reload();  // the page registers sw.js again: the browser finds a new one, which installs
    assert.equal(await workerActivated(page, second.version), true, "the second worker activated");
    const fetched = ownServer.requests().slice(mark).filter((r) => r.method === "GET").map((r) => r.path);
    // The root and index.html are the same bytes (one revision): one download for both.
    const index = fetched.filter((p) => p === "/blog/" || p === "/blog/index.html");
    assert.equal(index.length, 1, fetched.join(" "));
    assert.deepEqual(fetched.filter((p) => p !== "/blog/sw.js" && !index.includes(p)).sort(),
                     ["/blog/posts/added.html", "/blog/posts/added.md", "/blog/posts/milia.en.html", "/blog/posts/milia.en.md"],
                     "nothing but the changed and added files: " + fetched.join(" "));
    assert.ok(fetched.includes("/blog/sw.js"));

    await browser.context.setOffline(true);
    await page.goto(ownServer.url + "blog/posts/milia.en.html");
    assert.equal((await readerState(page)).mode, "canvas", "the edited post, offline");
    assert.match(await page.locator("clinic-reader article").textContent(), /tiny, firm, pearl-like bumps/, "its new text");
    await page.goto(ownServer.url + "blog/index.html");
    await page.locator("article.site-index h2 a", { hasText: "A Post Added Later" }).click();
    await page.waitForURL(/\/blog\/posts\/added\.html$/);
    assert.deepEqual(await readerState(page), { mode: "canvas", title: "A Post Added Later", questions: 0 }, "the added post, offline");
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    ownServer.stop();
    rmSync(own, { recursive: true, force: true });
  }
});
