// The demo page in a real (headless) Chromium: the reader draws, reacts to the
// pointer and the keyboard, follows the theme and the width, and stays idle.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openDemo, canvasStats, settle, scrollToQuestion, launchBrowser, useServerAndBrowser } from "./harness.mjs";

const env = useServerAndBrowser();

test("the demo reaches ready with no console errors and reports the post", async () => {
  const { page, errors } = await openDemo(env.browser.context, env.server.url);
  const state = await page.evaluate(() => window.clinicReader.state());
  assert.ok(state.title.length > 0, "a title");
  assert.equal(state.qa.length, 5, "five questions");
  assert.ok(state.qa.every((q) => q.question.length > 0 && q.open === false), "questions closed by default");
  assert.equal(state.summary.length, 5, "five summary cards");
  assert.equal(state.theme, "light");
  assert.equal(state.fontScale, 1);
  assert.ok(state.contentHeight > 1500, `the post is long (${state.contentHeight})`);
  assert.ok(state.framesRendered > 0);
  // "ready" means the post is shown: at least one frame drew its text.
  assert.ok(state.textFramesRendered > 0 && state.textFramesRendered <= state.framesRendered,
            `text frames ${state.textFramesRendered} of ${state.framesRendered}`);
  // The page can time the reader: one user-timing mark when the text is first drawn.
  const marks = await page.evaluate(() => performance.getEntriesByName("clinic-reader:first-text-frame").length);
  assert.equal(marks, 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the canvas is not blank: text-like contrast and several colours", async () => {
  const { page } = await openDemo(env.browser.context, env.server.url);
  const stats = await canvasStats(page);
  assert.ok(stats.colours >= 8, `distinct colours: ${stats.colours}`);
  assert.ok(stats.contrast > 150, `contrast: ${stats.contrast}`);
  assert.ok(stats.backgroundShare > 0.5 && stats.backgroundShare < 0.99, `background share: ${stats.backgroundShare}`);
  await page.close();
});

test("clicking the second question's row opens it; clicking again closes it", async () => {
  const { page, errors } = await openDemo(env.browser.context, env.server.url);
  const centre = await scrollToQuestion(page, 1);
  const pixelsBefore = await canvasStats(page);
  const heightBefore = (await page.evaluate(() => window.clinicReader.state())).contentHeight;
  await page.mouse.click(centre.x, centre.y);
  await settle(page);
  let state = await page.evaluate(() => window.clinicReader.state());
  assert.equal(state.qa[1].open, true, "question 2 open");
  assert.deepEqual(state.qa.map((q) => q.open), [false, true, false, false, false]);
  assert.ok(state.contentHeight > heightBefore, "the answer takes room");
  const pixelsAfter = await canvasStats(page);
  assert.notEqual(pixelsAfter.hash, pixelsBefore.hash, "the pixels changed");
  await page.mouse.click(centre.x, centre.y);
  await settle(page);
  state = await page.evaluate(() => window.clinicReader.state());
  assert.equal(state.qa[1].open, false, "closed again");
  assert.deepEqual(errors, []);
  await page.close();
});

test("Enter and Space toggle the focused question; Tab moves between questions", async () => {
  const { page } = await openDemo(env.browser.context, env.server.url);
  const centre = await scrollToQuestion(page, 1);
  await page.mouse.click(centre.x, centre.y);  // opens question 2 and focuses it
  await settle(page);
  const open = async () => (await page.evaluate(() => window.clinicReader.state())).qa.map((q) => q.open);
  assert.deepEqual(await open(), [false, true, false, false, false]);
  await page.keyboard.press("Enter");
  await settle(page);
  assert.deepEqual(await open(), [false, false, false, false, false], "Enter closes");
  await page.keyboard.press(" ");
  await settle(page);
  assert.deepEqual(await open(), [false, true, false, false, false], "Space opens");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await settle(page);
  assert.deepEqual(await open(), [false, true, true, false, false], "Tab then Enter opens question 3");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press(" ");
  await settle(page);
  assert.deepEqual(await open(), [false, true, true, true, false], "ArrowDown then Space opens question 4");
  await page.close();
});

test("expandAll, collapseAll and toggle(i) from JavaScript", async () => {
  const { page } = await openDemo(env.browser.context, env.server.url);
  const open = () => page.evaluate(() => window.clinicReader.state().qa.map((q) => q.open));
  await page.evaluate(() => window.clinicReader.expandAll());
  await settle(page);
  assert.deepEqual(await open(), [true, true, true, true, true]);
  await page.evaluate(() => window.clinicReader.collapseAll());
  await settle(page);
  assert.deepEqual(await open(), [false, false, false, false, false]);
  await page.evaluate(() => window.clinicReader.toggle(4));
  await settle(page);
  assert.deepEqual(await open(), [false, false, false, false, true]);
  await page.close();
});

test("the theme switch changes the background", async () => {
  const { page } = await openDemo(env.browser.context, env.server.url);
  const light = await canvasStats(page);
  await page.selectOption("#theme", "dark");
  await settle(page);
  const dark = await canvasStats(page);
  const luminance = ([r, g, b]) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
  assert.ok(luminance(light.background) > 200, `light background ${light.background}`);
  assert.ok(luminance(dark.background) < 60, `dark background ${dark.background}`);
  assert.equal((await page.evaluate(() => window.clinicReader.state())).theme, "dark");
  await page.evaluate(() => window.clinicReader.setTheme("sepia"));
  await settle(page);
  const sepia = await canvasStats(page);
  assert.notDeepEqual(sepia.background, light.background);
  await page.close();
});

test("a resize reflows the text and the font scale grows it", async () => {
  const { page } = await openDemo(env.browser.context, env.server.url);
  const height = () => page.evaluate(() => window.clinicReader.state().contentHeight);
  const wide = await height();
  await page.setViewportSize({ width: 390, height: 844 });
  await settle(page);
  const narrow = await height();
  assert.ok(narrow > wide * 1.3, `narrow ${narrow} vs wide ${wide}`);
  await page.evaluate(() => window.clinicReader.setFontScale(1.4));
  await settle(page);
  const larger = await height();
  assert.ok(larger > narrow * 1.2, `font scale 1.4: ${larger} vs ${narrow}`);
  assert.equal((await page.evaluate(() => window.clinicReader.state())).fontScale, 1.4);
  await page.close();
});

test("#q3 opens question 3 and scrolls to it", async () => {
  const { page } = await openDemo(env.browser.context, env.server.url, { query: "#q3" });
  const state = await page.evaluate(() => window.clinicReader.state());
  assert.deepEqual(state.qa.map((q) => q.open), [false, false, true, false, false]);
  const rowTop = await page.evaluate((top) => document.getElementById("reader").getBoundingClientRect().top + top, state.qa[2].top);
  assert.ok(rowTop >= 0 && rowTop < 800, `question 3's row is on screen (${rowTop})`);
  await page.close();
});

test("scrolling draws the next part of the post; idling draws nothing", async () => {
  const { page } = await openDemo(env.browser.context, env.server.url);
  const frames = () => page.evaluate(() => window.clinicReader.state().framesRendered);
  const top = await canvasStats(page);
  await page.mouse.wheel(0, 1200);
  await page.waitForTimeout(300);
  await settle(page);
  const scrolled = await canvasStats(page);
  assert.notEqual(scrolled.hash, top.hash, "scrolling shows another part");
  const before = await frames();
  await page.waitForTimeout(2000);
  const afterIdle = await frames();
  assert.equal(afterIdle, before, `frames drawn while idle: ${afterIdle - before}`);
  await page.close();
});

test("inline styles, lists, callouts, code, tables; links show their URL and open through linkclick", async () => {
  const { readFileSync } = await import("node:fs");
  const markdown = readFileSync(new URL("./fixtures/kitchen-sink.md", import.meta.url), "utf8");
  const { page, errors } = await openDemo(env.browser.context, env.server.url);
  await page.evaluate((md) => window.clinicReader.load(md), markdown);
  await settle(page);
  await page.evaluate(() => scrollTo(0, 0));
  await settle(page);
  const { mkdirSync } = await import("node:fs");
  const { screenshotDir } = await import("./harness.mjs");
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}/desktop-kitchen-sink.png` });
  assert.equal((await page.evaluate(() => window.clinicReader.state())).title, "Every block the reader draws");

  await page.evaluate(() => {
    window.linkClicks = [];
    document.getElementById("reader").addEventListener("linkclick", (e) => {
      window.linkClicks.push(e.detail.href);
      e.preventDefault();  // no new tab in the test
    });
  });
  const link = await page.evaluate(() => {
    const l = window.clinicReader.state().links[0];
    const r = document.getElementById("reader").getBoundingClientRect();
    return { href: l.href, x: r.left + (l.left + l.right) / 2, y: r.top + (l.top + l.bottom) / 2 };
  });
  assert.equal(link.href, "https://example.com/clinic");
  // The pointer lands on the text layer over the canvas; the layer's parent shows the URL and the hand.
  const canvas = () => page.evaluate(() => {
    const surface = document.getElementById("reader").shadowRoot.querySelector(".sizer");
    return { title: surface.title, cursor: getComputedStyle(surface.querySelector(".text-layer")).cursor };
  });
  assert.deepEqual(await canvas(), { title: "", cursor: "text" });
  await page.mouse.move(link.x, link.y);
  await settle(page);
  assert.deepEqual(await canvas(), { title: "https://example.com/clinic", cursor: "pointer" }, "hover shows the URL and a hand");
  await page.mouse.click(link.x, link.y);
  await settle(page);
  assert.deepEqual(await page.evaluate(() => window.linkClicks), ["https://example.com/clinic"]);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a lost WebGL context is restored and the post drawn again", async () => {
  const { page, errors } = await openDemo(env.browser.context, env.server.url);
  const before = await canvasStats(page);
  await page.evaluate(async () => {
    const canvas = document.getElementById("reader").shadowRoot.querySelector("canvas");
    const ext = canvas.getContext("webgl2").getExtension("WEBGL_lose_context");
    ext.loseContext();
    await new Promise((r) => setTimeout(r, 200));
    ext.restoreContext();
    await new Promise((r) => setTimeout(r, 300));
  });
  await settle(page);
  const after = await canvasStats(page);
  assert.ok(after.colours >= 8 && after.contrast > 150, "drawn again");
  assert.equal(after.hash, before.hash, "the same picture");
  assert.deepEqual(errors.filter((e) => !/WebGL|GL_/.test(e)), []);
  await page.close();
});

test("the reader's own input fires statechange", async () => {
  const { page } = await openDemo(env.browser.context, env.server.url);
  await page.evaluate(() => {
    window.stateChanges = 0;
    document.getElementById("reader").addEventListener("statechange", () => window.stateChanges++);
  });
  const centre = await scrollToQuestion(page, 0);
  await page.mouse.click(centre.x, centre.y);
  await settle(page);
  await page.keyboard.press("Enter");
  await settle(page);
  assert.equal(await page.evaluate(() => window.stateChanges), 2);
  await page.close();
});

test("an answer opens with a short animation, at once with prefers-reduced-motion", async () => {
  const { page } = await openDemo(env.browser.context, env.server.url);
  const state = () => page.evaluate(() => window.clinicReader.state());
  // Toggles question 1 and reads the state two frames later, in one go.
  const toggleAndPeek = () => page.evaluate(() => new Promise((resolve) => {
    window.clinicReader.toggle(0);
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.clinicReader.state())));
  }));
  let before = await state();
  const early = await toggleAndPeek();
  await settle(page);
  const done = await state();
  assert.ok(early.contentHeight < done.contentHeight, `mid-animation ${early.contentHeight} < ${done.contentHeight}`);
  assert.ok(done.framesRendered - before.framesRendered >= 6, `animation frames: ${done.framesRendered - before.framesRendered}`);

  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.evaluate(() => window.clinicReader.toggle(0));  // closes
  await settle(page);
  before = await state();
  const instant = await toggleAndPeek();
  assert.equal(instant.contentHeight, done.contentHeight, "open at once");
  assert.ok(instant.framesRendered - before.framesRendered <= 3, `frames: ${instant.framesRendered - before.framesRendered}`);
  await page.close();
});

test("the language switch shows the Korean post, with the widget's words in Korean", async () => {
  const { page, errors } = await openDemo(env.browser.context, env.server.url);
  assert.equal((await page.evaluate(() => window.clinicReader.state())).lang, "en");
  await page.click("[data-post=ko]");
  await page.waitForFunction(() => window.clinicReader.state().lang === "ko");
  const state = await page.evaluate(() => window.clinicReader.state());
  assert.equal(state.title, "비립종 없애는 방법");
  assert.equal(state.qa.length, 5);
  assert.ok(state.qa.every((q) => !q.open), "a new post starts closed");
  assert.deepEqual(errors, []);
  await page.close();
});

test("Tab from the page lands on the reader's first control", async () => {
  const { page } = await openDemo(env.browser.context, env.server.url);
  await page.focus("#larger");  // the last control before the reader
  await page.keyboard.press("Tab");
  await settle(page);
  const state = await page.evaluate(() => window.clinicReader.state());
  // The semantic layer's "Expand all" button has the focus; the canvas draws the ring on its drawn twin.
  assert.deepEqual(await page.evaluate(() => [document.activeElement.tagName, document.activeElement.dataset.control]),
                   ["BUTTON", "expand"]);
  assert.equal(state.focus, 0, "the first control (expand all) has the focus");
  await page.keyboard.press("Enter");
  await settle(page);
  assert.ok((await page.evaluate(() => window.clinicReader.state())).qa.every((q) => q.open), "Enter on it expands all");
  await page.close();
});

test("a post that cannot be loaded shows a message instead of a blank box", async () => {
  const page = await env.browser.context.newPage();
  await page.goto(env.server.url + "index.html");
  const message = await page.evaluate(async () => {
    const host = document.createElement("div");
    document.body.appendChild(host);
    const reader = ClinicReader.create(host, { src: "posts/missing.md" });
    try {
      await reader.ready;
      return null;
    } catch (e) {
      return host.querySelector("[role=alert]").textContent;
    }
  });
  assert.match(message, /could not be shown: .*HTTP 404/);
  await page.close();
});

test("a tap on a phone opens a question; the page scrolls by touch, not the canvas", async () => {
  const phone = await launchBrowser({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  try {
    const { page, errors } = await openDemo(phone.context, env.server.url);
    const centre = await scrollToQuestion(page, 2);
    await page.touchscreen.tap(centre.x, centre.y);
    await settle(page);
    const state = await page.evaluate(() => window.clinicReader.state());
    assert.deepEqual(state.qa.map((q) => q.open), [false, false, true, false, false]);
    // Panning and pinch-zoom stay the browser's ("manipulation" is Chromium's name for that set).
    assert.match(await page.evaluate(() => getComputedStyle(document.getElementById("reader").shadowRoot.querySelector("canvas")).touchAction),
                 /^(manipulation|pan-x pan-y pinch-zoom)$/);
    assert.deepEqual(errors, []);
  } finally {
    await phone.close();
  }
});
