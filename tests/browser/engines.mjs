// The engine matrix: one small page-driving interface over the three engines a
// patient's browser is built on, each driven the way its Debian build allows:
//   chromium  Debian's chromium through playwright-core (as the rest of the suite)
//   firefox   Debian's firefox-esr over WebDriver BiDi (puppeteer-core), headful:
//             headless Firefox has no WebGL
//   webkit    WebKitGTK's MiniBrowser through WebKitWebDriver (classic WebDriver,
//             selenium-webdriver): Debian's build speaks no BiDi
// Firefox and WebKit draw into an Xvfb display this module starts when none is set.
//
// A page: goto(url), evaluate(fn, arg) (fn runs in the page, may be async, returns
// JSON), screenshot() (PNG of the viewport), click(x, y) (a real pointer click, in
// CSS pixels of the viewport), press(key) (a real key press to the focused element:
// "Enter", "ArrowDown", "Tab", " "), close(). BROWSER_ENGINES=chromium,webkit narrows the matrix.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PNG } from "pngjs";
import { launchBrowser, root, screenshotDir } from "./harness.mjs";

export const ENGINES = (process.env.BROWSER_ENGINES || "chromium,firefox,webkit").split(",").map((e) => e.trim()).filter(Boolean);

const FIREFOX = process.env.FIREFOX || "/usr/bin/firefox-esr";
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || "/usr/bin/WebKitWebDriver";
// WebKitGTK's MiniBrowser (libwebkit2gtk-4.1-0, beside the multiarch libraries).
function miniBrowser() {
  if (process.env.WEBKIT_BROWSER) return process.env.WEBKIT_BROWSER;
  for (const dir of readdirSync("/usr/lib")) {
    const binary = path.join("/usr/lib", dir, "webkit2gtk-4.1/MiniBrowser");
    if (existsSync(binary)) return binary;
  }
  throw new Error("WebKitGTK's MiniBrowser is missing (apt-get install webkit2gtk-driver)");
}

// A promise that gives up after ms with a readable error (a browser that never
// answers must fail its test, not hang the suite).
function within(ms, what, promise) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
  })]).finally(() => clearTimeout(timer));
}

// One Xvfb for the whole test process (a display is not per browser).
let display = null;
function ensureDisplay() {
  if (process.env.DISPLAY) return Promise.resolve(process.env.DISPLAY);
  if (!display) {
    display = new Promise((resolve, reject) => {
      // -displayfd: Xvfb picks a free display and writes its number to fd 3.
      const xvfb = spawn("Xvfb", ["-displayfd", "3", "-screen", "0", "1920x1200x24", "-nolisten", "tcp"],
                         { stdio: ["ignore", "ignore", "ignore", "pipe"] });
      xvfb.on("error", (e) => reject(new Error("Xvfb could not start (apt-get install xvfb): " + e.message)));
      let out = "";
      xvfb.stdio[3].on("data", (chunk) => {
        out += chunk;
        if (out.includes("\n")) resolve(":" + out.trim());
      });
      xvfb.unref();
      process.on("exit", () => xvfb.kill());
    });
  }
  return display;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function untilListening(url, ms = 10000) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      return await fetch(url);
    } catch (e) {
      if (Date.now() > end) throw new Error(`${url} did not answer: ${e.message}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

// --- Chromium: playwright-core ----------------------------------------------------------
async function chromium({ webgl, width, height }) {
  // "No WebGL2" as an old or blocklisted device has it: WebGL 1 may still be there.
  const browser = await launchBrowser({ args: webgl ? [] : ["--disable-webgl2"], viewport: { width, height } });
  return {
    async newPage() {
      const page = await browser.context.newPage();
      return {
        goto: (url) => page.goto(url).then(() => {}),
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        screenshot: () => page.screenshot(),
        pdf: () => page.pdf({ format: "A4" }),
        click: (x, y) => page.mouse.click(x, y),
        press: (key) => page.keyboard.press(key),
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}

// --- Firefox: puppeteer-core over WebDriver BiDi ---------------------------------------
async function firefox({ webgl, width, height }) {
  const { default: puppeteer } = await import("puppeteer-core");
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: false,
    env: { ...process.env, DISPLAY: await ensureDisplay() },
    extraPrefsFirefox: webgl ? { "webgl.force-enabled": true } : { "webgl.disabled": true },
  });
  return {
    async newPage() {
      const page = await browser.newPage();
      await page.setViewport({ width, height });
      return {
        goto: (url) => page.goto(url).then(() => {}),
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        screenshot: async () => Buffer.from(await page.screenshot()),
        pdf: async () => Buffer.from(await page.pdf({ format: "A4" })),
        click: (x, y) => page.mouse.click(x, y),
        press: (key) => page.keyboard.press(key),
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}

// --- WebKit: WebKitWebDriver, classic WebDriver ------------------------------------------
async function webkit({ webgl, width, height }) {
  const { Builder, Origin, Key } = await import("selenium-webdriver");
  const KEYS = { Enter: Key.ENTER, ArrowDown: Key.ARROW_DOWN, ArrowUp: Key.ARROW_UP, Tab: Key.TAB, " ": Key.SPACE };
  const port = await freePort();
  const driverProcess = spawn(WEBKIT_DRIVER, [`--port=${port}`, "--host=local"],
                              { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DISPLAY: await ensureDisplay() } });
  const exited = new Promise((resolve) => driverProcess.on("exit", resolve));
  await untilListening(`http://127.0.0.1:${port}/status`);
  // MiniBrowser takes WebKitSettings as switches: --enable-webgl=false turns WebGL off
  // as Safari's setting does (WebGLRenderingContext is then not even defined). Given
  // args, the driver passes them alone: --automation must be among them, and the
  // binary must be named for browserName to match.
  const options = { binary: miniBrowser(), args: ["--automation", ...(webgl ? [] : ["--enable-webgl=false"])] };
  let driver;
  try {
    driver = await within(60000, "WebKitWebDriver's new session", new Builder().usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({ browserName: "MiniBrowser", "webkitgtk:browserOptions": options }).build());
  } catch (error) {
    driverProcess.kill();
    throw error;
  }
  await driver.manage().setTimeouts({ script: 60000, pageLoad: 60000 });
  // The window's size includes no toolbar in automation: grow it until the viewport is width × height.
  await driver.manage().window().setRect({ width, height });
  const inner = await driver.executeScript("return [innerWidth, innerHeight]");
  await driver.manage().window().setRect({ width: 2 * width - inner[0], height: 2 * height - inner[1] });
  // A WebDriver session has one window here: a "page" is a navigation in it.
  return {
    async newPage() {
      return {
        goto: (url) => driver.get(url),
        async evaluate(fn, arg) {
          const result = await driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];" +
            `Promise.resolve().then(() => (${fn})(arguments[0]))` +
            ".then((value) => done({ value: value === undefined ? null : value }), (e) => done({ error: String(e && e.stack || e) }));",
            arg === undefined ? null : arg);
          if (result && "error" in result) throw new Error("in the page: " + result.error);
          return result.value;
        },
        screenshot: async () => Buffer.from(await driver.takeScreenshot(), "base64"),
        // WebDriver's Print Page (A4 is 21 x 29.7 cm)
        pdf: async () => Buffer.from(await within(60000, "WebKitWebDriver's print", driver.printPage({ width: 21, height: 29.7 })), "base64"),
        click: (x, y) => driver.actions({ async: true }).move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT }).click().perform(),
        press: (key) => driver.actions({ async: true }).sendKeys(KEYS[key] || key).perform(),
        close: () => driver.get("about:blank"),
      };
    },
    async close() {
      await driver.quit().catch(() => {});
      driverProcess.kill();
      await exited;
    },
  };
}

const LAUNCHERS = { chromium, firefox, webkit };

// options: webgl (default true), width × height of the viewport in CSS pixels.
export async function launchEngine(name, { webgl = true, width = 1280, height = 800 } = {}) {
  if (!LAUNCHERS[name]) throw new Error("unknown engine " + name);
  return LAUNCHERS[name]({ webgl, width, height });
}

// Copies of dist's pages with the error recorder (tests/browser/fixtures/page-errors.js)
// as their first script, for the server's overlay: WebDriver classic reports no page
// errors, so every engine records them in the page the same way.
export function pagesWithErrorRecorder(dist, overlay, pages) {
  mkdirSync(path.join(overlay, "__test__"), { recursive: true });
  writeFileSync(path.join(overlay, "__test__/page-errors.js"),
                readFileSync(path.join(root, "tests/browser/fixtures/page-errors.js"), "utf8"));
  for (const name of pages) {
    const html = readFileSync(path.join(dist, name), "utf8");
    const at = html.search(/<head[^>]*>/i);
    if (at < 0) throw new Error(name + " has no <head>");
    const end = html.indexOf(">", at) + 1;
    writeFileSync(path.join(overlay, name), html.slice(0, end) + '\n<script src="__test__/page-errors.js"></script>' + html.slice(end));
  }
}

// Saves a screenshot for a person to look at (build/screenshots/).
export function keepScreenshot(name, png) {
  mkdirSync(screenshotDir, { recursive: true });
  writeFileSync(path.join(screenshotDir, name), png);
}

// Statistics of a screenshot's pixels inside rect ({x, y, width, height} in the
// CSS pixels of a viewport viewportWidth wide): how much of it is the background
// (its most common colour), how many colours, the luminance range.
export function pixelStats(png, rect, viewportWidth) {
  const image = PNG.sync.read(png);
  const scale = image.width / viewportWidth;
  const x0 = Math.max(0, Math.round(rect.x * scale)), y0 = Math.max(0, Math.round(rect.y * scale));
  const x1 = Math.min(image.width, Math.round((rect.x + rect.width) * scale));
  const y1 = Math.min(image.height, Math.round((rect.y + rect.height) * scale));
  const counts = new Map();
  let minL = 255, maxL = 0, saturated = 0, pixels = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * image.width + x) * 4;
      const [r, g, b] = [image.data[i], image.data[i + 1], image.data[i + 2]];
      const key = (r >> 3) << 10 | (g >> 3) << 5 | (b >> 3);
      counts.set(key, (counts.get(key) || 0) + 1);
      const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
      minL = Math.min(minL, l);
      maxL = Math.max(maxL, l);
      if (Math.max(r, g, b) - Math.min(r, g, b) > 96) saturated++;
      pixels++;
    }
  }
  const background = Math.max(0, ...counts.values());
  return { pixels, colours: counts.size, backgroundShare: pixels ? background / pixels : 1,
           contrast: maxL - minL, saturatedShare: pixels ? saturated / pixels : 0 };
}
