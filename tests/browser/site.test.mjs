// The static site `clinic-reader site` writes, served under a base path
// (/blog/): the index links the posts, a post's reader becomes ready over its
// pre-rendered article, and after that one online visit the index and a post
// never opened before open with the network off (the site's sw.js precaches
// the runtime and every page and post).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { root, startServer, launchBrowser } from "./harness.mjs";

const cli = process.env.CLINIC_READER_CLI || path.join(root, "build/native/clinic-reader");
const hasSite = existsSync(cli) && spawnSync(cli, ["help"], { encoding: "utf8" }).stdout.includes("  site ");

let folder, server;
before(async () => {
  if (!hasSite) return;
  folder = mkdtempSync(path.join(tmpdir(), "clinic-reader-site-"));
  const posts = path.join(folder, "posts");
  mkdirSync(posts);
  for (const dir of ["tests/posts", "assets/posts"]) {
    for (const name of readdirSync(path.join(root, dir))) {
      if (name.endsWith(".md") && name !== "README.md") copyFileSync(path.join(root, dir, name), path.join(posts, name));
    }
  }
  // Served from a folder above it: the site lives under /blog/, not at the root.
  const out = path.join(folder, "www/blog");
  const built = spawnSync(cli, ["site", posts, "-o", out, "--base-url", "https://clinic.example/blog/",
                                "--title", "Clinic blog", "--runtime", path.join(root, "dist")], { encoding: "utf8" });
  assert.ok(built.status === 0 || built.status === 1, built.stderr);  // 1: a test post's lint errors
  assert.match(built.stderr, /wrote \d+ posts/, built.stderr);
  writeFileSync(path.join(folder, "www/index.html"), "<!doctype html><title>another site</title>\n");
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
