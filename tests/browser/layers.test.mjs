// The DOM layers over the canvas: the semantic article (screen readers, keyboard
// focus, axe-core) and the transparent text layer (selection, copy, find).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { root, openDemo, canvasStats, settle, useServerAndBrowser } from "./harness.mjs";

const axeSource = readFileSync(path.join(root, "node_modules/axe-core/axe.min.js"), "utf8");
const env = useServerAndBrowser();

async function axeViolations(page) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const result = await window.axe.run(document);
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

const reader = (page, fn, arg) => page.evaluate(fn, arg);

test("axe-core finds no violations on the demo, the clinic page and the two-reader page", async () => {
  const { page } = await openDemo(env.browser.context, env.server.url);
  assert.deepEqual(await axeViolations(page), [], "demo, answers closed");
  await reader(page, () => window.clinicReader.expandAll());
  await settle(page);
  assert.deepEqual(await axeViolations(page), [], "demo, answers open");
  await page.close();
  for (const url of ["demo-clinic.html", "demo-two.html"]) {
    const p = await env.browser.context.newPage();
    await p.goto(env.server.url + url);
    await p.evaluate(() => Promise.all([...document.querySelectorAll("clinic-reader")].map((e) => e.ready)).then(() => true));
    assert.deepEqual(await axeViolations(p), [], url);
    await p.close();
  }
});

test("the semantic layer reads the post in order; its Q&A buttons follow the canvas", async () => {
  const { page } = await openDemo(env.browser.context, env.server.url);
  const layer = () => reader(page, () => {
    const article = document.querySelector("#reader > article.clinic-post");
    const buttons = [...article.querySelectorAll(".qa-question button")];
    return {
      headings: [...article.querySelectorAll("h1, h2")].map((h) => h.textContent.trim()),
      expanded: buttons.map((b) => b.getAttribute("aria-expanded")),
      panels: buttons.map((b) => document.getElementById(b.getAttribute("aria-controls")).getAttribute("hidden")),
      controls: [...article.querySelectorAll(".qa-controls button")].map((b) => b.textContent),
    };
  });
  let facts = await layer();
  const state = await reader(page, () => window.clinicReader.state());
  assert.equal(facts.headings[0], state.title, "the title first");
  assert.ok(facts.headings.length >= 6, "the sections' headings");
  assert.deepEqual(facts.expanded, ["false", "false", "false", "false", "false"]);
  assert.deepEqual(facts.panels, ["until-found", "until-found", "until-found", "until-found", "until-found"]);
  assert.deepEqual(facts.controls, ["Expand all"]);
  await reader(page, () => window.clinicReader.toggle(3));
  await settle(page);
  facts = await layer();
  assert.deepEqual(facts.expanded, ["false", "false", "false", "true", "false"]);
  assert.equal(facts.panels[3], null, "the open answer's panel is shown to assistive technology");
  await page.close();
});

test("keyboard only: Tab, Enter, Space and the accordion keys walk the Q&A; the canvas draws the ring", async () => {
  const { page } = await openDemo(env.browser.context, env.server.url);
  const focus = () => reader(page, () => {
    const a = document.activeElement;
    const el = window.clinicReader;
    return { control: a.dataset.control || (a.closest(".qa-question") ? a.id : a.id || a.tagName), focus: el.state().focus,
             open: el.state().qa.map((q) => q.open), expanded: a.getAttribute("aria-expanded") };
  });
  await page.focus("#larger");
  await page.keyboard.press("Tab");
  let f = await focus();
  assert.deepEqual([f.control, f.focus], ["expand", 0], "Tab from the page: the reader's first control");
  await page.keyboard.press("Tab");
  f = await focus();
  assert.deepEqual([f.control, f.focus], ["q1", 1]);
  // The drawn row is on screen, with its ring: the pixels differ from the same view without focus.
  const rowTop = await reader(page, () => document.getElementById("reader").getBoundingClientRect().top + window.clinicReader.state().qa[0].top);
  assert.ok(rowTop > 0 && rowTop < 800, `question 1's row is on screen (${rowTop})`);
  await settle(page);
  const ringed = await canvasStats(page);
  await reader(page, () => window.clinicReader.reader.focusControl(-1, 0, false));
  await settle(page);
  assert.notEqual((await canvasStats(page)).hash, ringed.hash, "the canvas draws a ring on the focused row");
  await reader(page, () => window.clinicReader.reader.focusControl(0, 0, true));
  await page.keyboard.press("Enter");
  await settle(page);
  f = await focus();
  assert.deepEqual([f.open[0], f.expanded, f.focus], [true, "true", 1], "Enter opens question 1");
  await page.keyboard.press("Tab");
  assert.equal((await focus()).control, "q2");
  await page.keyboard.press(" ");
  await settle(page);
  assert.deepEqual((await focus()).open, [true, true, false, false, false], "Space opens question 2");
  await page.keyboard.press("ArrowDown");
  assert.equal((await focus()).control, "q3");
  await page.keyboard.press("End");
  assert.equal((await focus()).control, "q5");
  await page.keyboard.press("Home");
  assert.equal((await focus()).control, "q1");
  await page.keyboard.press("Enter");
  await settle(page);
  assert.deepEqual((await focus()).open, [false, true, false, false, false], "Enter closes question 1");
  await page.keyboard.press("ArrowUp");
  assert.equal((await focus()).control, "q5", "ArrowUp wraps to the last question");
  for (let i = 0; i < 5; i++) await page.keyboard.press("Shift+Tab");
  assert.equal((await focus()).control, "expand", "Shift+Tab walks back");
  await page.keyboard.press("Enter");
  await settle(page);
  f = await focus();
  assert.deepEqual([f.open, f.control], [[true, true, true, true, true], "collapse"], "Expand all; the control now collapses");
  await page.keyboard.press("Enter");
  await settle(page);
  assert.deepEqual((await focus()).open, [false, false, false, false, false], "Collapse all");
  // The ring follows focus: gone when focus leaves the reader.
  await page.focus("#larger");
  assert.equal((await reader(page, () => window.clinicReader.state())).focus, -1);
  await page.close();
});

test("a sentence selected with the mouse is what getSelection() and Ctrl+C give; the highlight shows", async () => {
  const { page } = await openDemo(env.browser.context, env.server.url);
  await settle(page);
  const line = await reader(page, () => {
    const spans = [...document.getElementById("reader").shadowRoot.querySelectorAll(".text-layer span")];
    const span = spans.find((s) => s.textContent.startsWith("Hello."));
    const r = span.getBoundingClientRect();
    return { text: span.textContent.trimEnd(), x0: r.left + 1, x1: r.right - 1, y: r.top + r.height / 2, box: { x: r.left, y: r.top - 4, width: r.width, height: r.height + 8 } };
  });
  assert.equal(line.text, "Hello. This is Chief Director Kim Ha-won.");
  const before = await page.screenshot({ clip: line.box });
  await page.mouse.move(line.x0, line.y);
  await page.mouse.down();
  await page.mouse.move(line.x1, line.y, { steps: 10 });
  await page.mouse.up();
  assert.equal(await reader(page, () => String(getSelection())), line.text);
  const after = await page.screenshot({ clip: line.box });
  assert.notDeepEqual(after, before, "the selection is highlighted over the canvas");
  await reader(page, () => { window.copied = null; document.addEventListener("copy", () => { window.copied = String(getSelection()); }); });
  await page.keyboard.press("Control+c");
  assert.equal(await reader(page, () => window.copied), line.text);
  // Over two lines, the copy keeps the line break between them.
  const two = await reader(page, () => {
    const spans = [...document.getElementById("reader").shadowRoot.querySelectorAll(".text-layer span")];
    const i = spans.findIndex((s) => s.textContent.startsWith("These days"));
    const a = spans[i].getBoundingClientRect(), b = spans[i + 1].getBoundingClientRect();
    return { from: [a.left + 1, a.top + a.height / 2], to: [b.right - 1, b.top + b.height / 2],
             first: spans[i].textContent.trimEnd(), second: spans[i + 1].textContent.trimEnd() };
  });
  await page.mouse.move(...two.from);
  await page.mouse.down();
  await page.mouse.move(...two.to, { steps: 10 });
  await page.mouse.up();
  assert.equal(await reader(page, () => String(getSelection())), two.first + "\n" + two.second);
  // A drag that selects text toggles nothing.
  assert.ok((await reader(page, () => window.clinicReader.state())).qa.every((q) => !q.open));
  await page.close();
});

test("window.find() finds a word of an open answer in the text layer; the layer is rebuilt only on reflow", async () => {
  const { page } = await openDemo(env.browser.context, env.server.url);
  await settle(page);
  const builds = () => reader(page, () => window.clinicReader.state().textLayerBuilds);
  const initial = await builds();
  await page.mouse.wheel(0, 900);
  await page.waitForTimeout(300);
  assert.equal(await builds(), initial, "scrolling rebuilds nothing");
  await reader(page, () => window.clinicReader.toggle(0));
  await settle(page);
  assert.ok(await builds() > initial, "opening an answer rebuilds the layer");
  const found = await reader(page, () => {
    const el = document.getElementById("reader");
    getSelection().removeAllRanges();
    const ok = window.find("sufficient for removal");
    const inner = el.shadowRoot.getSelection ? el.shadowRoot.getSelection() : getSelection();
    const node = inner.anchorNode;
    return { ok, text: String(getSelection()), inLayer: Boolean(node && node.parentElement && node.parentElement.closest(".text-layer")) };
  });
  assert.deepEqual(found, { ok: true, text: "sufficient for removal", inLayer: true });
  const spans = await reader(page, () => document.getElementById("reader").shadowRoot.querySelectorAll(".text-layer span").length);
  await page.setViewportSize({ width: 600, height: 800 });
  await settle(page);
  assert.ok(await builds() > initial + 1, "a resize rebuilds the layer");
  assert.ok(await reader(page, () => document.getElementById("reader").shadowRoot.querySelectorAll(".text-layer span").length) > spans,
            "narrower: more lines");
  await page.close();
});

test("a link in the post: Tab reaches it, a ring is drawn over it, Enter opens it through linkclick", async () => {
  const { page, errors } = await openDemo(env.browser.context, env.server.url);
  await reader(page, (md) => window.clinicReader.load(md), readFileSync(path.join(root, "tests/browser/fixtures/kitchen-sink.md"), "utf8"));
  await settle(page);
  await reader(page, () => {
    window.linkClicks = [];
    document.getElementById("reader").addEventListener("linkclick", (e) => { window.linkClicks.push(e.detail.href); e.preventDefault(); });
  });
  await page.focus("#larger");
  await page.keyboard.press("Tab");
  await settle(page);
  const facts = await reader(page, () => {
    const el = document.getElementById("reader");
    const ring = el.shadowRoot.querySelector(".focus-ring").getBoundingClientRect();
    const sizer = el.shadowRoot.querySelector(".sizer").getBoundingClientRect();
    const link = el.state().links[0];
    return { href: document.activeElement.href, ringShown: !el.shadowRoot.querySelector(".focus-ring").hidden,
             around: ring.left <= sizer.left + link.left && ring.right >= sizer.left + link.right &&
                     ring.top <= sizer.top + link.top && ring.bottom >= sizer.top + link.bottom };
  });
  assert.deepEqual(facts, { href: "https://example.com/clinic", ringShown: true, around: true });
  await page.keyboard.press("Enter");
  assert.deepEqual(await reader(page, () => window.linkClicks), ["https://example.com/clinic"]);
  assert.equal(page.url(), env.server.url + "index.html", "the page stays");
  assert.deepEqual(errors, []);
  await page.close();
});
