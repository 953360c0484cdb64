// The authoring page as a writer uses it: typing updates the reader, the
// linter's findings lead to their lines, plain text from the old blog imports.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { root, useServerAndBrowser } from "./harness.mjs";

const env = useServerAndBrowser();

async function openEditor() {
  const page = await env.browser.context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await page.goto(env.server.url + "editor.html");
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForFunction(() => document.getElementById("source").value.includes("title:"));
  await page.evaluate(() => document.getElementById("preview").ready.then(() => true));
  return { page, errors };
}

const previewTitle = (page) => page.evaluate(() => document.getElementById("preview").state().title);

test("typing updates the reader without reloading the page", async () => {
  const { page, errors } = await openEditor();
  await page.waitForFunction(() => document.getElementById("preview").state().title.length > 0);
  assert.equal(await previewTitle(page), "How to eliminate the bitterness of millet grains");
  await page.evaluate(() => { window.__samePage = true; });
  await page.click("#source");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("# Sunscreen in winter\n\nUV-A passes through clouds.\n", { delay: 5 });
  await page.waitForFunction(() => document.getElementById("preview").state().title === "Sunscreen in winter");
  assert.equal(await page.evaluate(() => window.__samePage), true, "the page was not reloaded");
  assert.deepEqual(errors, []);
  await page.close();
});

test("lint findings are listed and lead to their line", async () => {
  const { page } = await openEditor();
  const post = "Intro line without a title\n\n## 💬 FAQ\n\nNothing here.\n\n![](photo.png)\n";
  await page.evaluate((text) => {
    const source = document.getElementById("source");
    source.value = text;
    source.dispatchEvent(new Event("input"));
  }, post);
  await page.waitForFunction(() => document.querySelectorAll("#lint button").length >= 2);
  const findings = await page.$$eval("#lint button", (bs) => bs.map((b) => ({ line: +b.dataset.line, text: b.textContent })));
  const image = findings.find((f) => /alt/i.test(f.text));
  assert.ok(image, "an image without alt text is reported: " + JSON.stringify(findings));
  assert.equal(image.line, 7);
  assert.ok(findings.some((f) => /question/i.test(f.text)), "a Q&A heading without questions is reported");
  await page.click(`#lint button[data-line="7"]`);
  const selected = await page.evaluate(() => {
    const s = document.getElementById("source");
    return s.value.slice(s.selectionStart, s.selectionEnd);
  });
  assert.equal(selected, "![](photo.png)");
  await page.close();
});

test("plain text from the old blog imports into the editor and the reader", async () => {
  const { page } = await openEditor();
  const scraped = readFileSync(path.join(root, "tests/import/posts/en-rosacea-scraped.txt"), "utf8");
  const expected = JSON.parse(readFileSync(path.join(root, "tests/import/posts/en-rosacea-scraped.expected.json"), "utf8"));
  await page.click("#import-open");
  await page.fill("#import-text", scraped);
  await page.click("#import-run");
  await page.waitForFunction((title) => document.getElementById("preview").state().title === title, expected.title);
  const state = await page.evaluate(() => document.getElementById("preview").state());
  assert.equal(state.qa.length, expected.qa.length);
  assert.deepEqual(state.qa.map((q) => q.question), expected.qa.map((q) => q.question));
  assert.deepEqual(state.summary, expected.summary);
  const markdown = await page.inputValue("#source");
  assert.match(markdown, /^---\ntitle: /);
  await page.close();
});

test("a saved web page chosen as a file imports with its structure", async () => {
  const { page } = await openEditor();
  const expected = JSON.parse(readFileSync(path.join(root, "tests/import/pages/en-wordpress.expected.json"), "utf8"));
  await page.click("#import-open");
  await page.setInputFiles("#import-file", path.join(root, "tests/import/pages/en-wordpress.html"));
  await page.waitForFunction(() => document.getElementById("import-text").value.includes("<article"));
  await page.click("#import-run");
  await page.waitForFunction((title) => document.getElementById("preview").state().title === title, expected.title);
  const state = await page.evaluate(() => document.getElementById("preview").state());
  assert.deepEqual(state.qa.map((q) => q.question), expected.qa.map((q) => q.question));
  assert.deepEqual(state.summary, expected.summary);
  const markdown = await page.inputValue("#source");
  assert.match(markdown, /^author: Dr\. Emily Park$/m);
  assert.doesNotMatch(markdown, /Leave a Reply|We use cookies/);
  await page.close();
});

test("rich text pasted with its markup imports through the page importer", async () => {
  const { page } = await openEditor();
  await page.click("#import-open");
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData("text/plain", "Warts\nFAQ\nQ1. Does freezing hurt?\nA little.");
    data.setData("text/html", "<h1>Warts</h1><p>Warts are caused by a common virus.</p><h2>💬 FAQ</h2>" +
      "<p><b>Q1. Does freezing hurt?</b></p><p>👉 A little, for a minute.</p><p><a href='javascript:x()'>Share</a></p>");
    document.getElementById("import-text").dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  assert.match(await page.textContent("#import-kind"), /Rich text/);
  await page.click("#import-run");
  await page.waitForFunction(() => document.getElementById("preview").state().title === "Warts");
  const state = await page.evaluate(() => document.getElementById("preview").state());
  assert.deepEqual(state.qa.map((q) => q.question), ["Does freezing hurt?"]);
  assert.doesNotMatch(await page.inputValue("#source"), /javascript|Share/);
  await page.close();
});

test("the post downloads as a .md file", async () => {
  const { page } = await openEditor();
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
  assert.match(download.suggestedFilename(), /^How-to-eliminate.*\.md$/);
  const text = readFileSync(await download.path(), "utf8");
  assert.equal(text, await page.inputValue("#source"));
  await page.close();
});
