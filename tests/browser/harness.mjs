// Shared by the browser tests: serves dist/ on a free 127.0.0.1 port with
// web/serve.py (what `./build-wasm.sh --serve` runs) and drives Debian's
// Chromium through playwright-core with a fresh profile.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { before, after } from "node:test";
import { chromium } from "playwright-core";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const screenshotDir = path.join(root, "build/screenshots");

// `dist` defaults to the built widget; the benchmarks serve a copy with extra pages.
// overlay: a folder whose files are served in place of (or beside) dist's. The
// server's log is kept: requests() lists what was asked of it, as
// { method, path, status }, in order.
export async function startServer(dist = path.join(root, "dist"), { overlay } = {}) {
  if (!existsSync(path.join(dist, "index.html"))) throw new Error("dist/ is missing: run ./build-wasm.sh first");
  const args = [path.join(root, "web/serve.py"), dist, "0", ...(overlay ? ["--overlay", overlay] : [])];
  const server = spawn("python3", args, { stdio: ["ignore", "pipe", "pipe"] });
  const log = [];
  let rest = "";
  server.stderr.on("data", (chunk) => {
    const lines = (rest + chunk).split("\n");
    rest = lines.pop();
    for (const line of lines) {
      const m = /"([A-Z]+) (\S+) HTTP\/[\d.]+" (\d+)/.exec(line);
      if (m) log.push({ method: m[1], path: decodeURIComponent(m[2].split("?")[0]), status: Number(m[3]) });
      else if (line.trim()) process.stderr.write(line + "\n");
    }
  });
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("server did not start")), 10000);
    let out = "";
    server.stdout.on("data", (chunk) => {
      out += chunk;
      const m = /serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    server.on("exit", (code) => reject(new Error("server exited with " + code)));
  });
  return { url, requests: () => log.slice(), stop: () => server.kill() };
}

// options: playwright context options (viewport, deviceScaleFactor, isMobile, ...);
// args: extra Chromium switches (e.g. --disable-webgl).
export async function launchBrowser({ args = [], ...options } = {}) {
  const profile = mkdtempSync(path.join(tmpdir(), "clinic-reader-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync", ...args],
    viewport: { width: 1280, height: 800 },
    ...options,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// Opens the demo in a new page and waits for the reader; collects console errors.
export async function openDemo(context, baseUrl, { width, height, query = "" } = {}) {
  const page = await context.newPage();
  if (width && height) await page.setViewportSize({ width, height });
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(baseUrl + "index.html" + query);
  await page.waitForFunction(() => window.clinicReader && window.clinicReader.ready);
  // (resolve to a plain value: the handle itself holds the whole wasm heap)
  await page.evaluate(() => window.clinicReader.ready.then(() => true));
  return { page, errors };
}

// Statistics of the canvas's pixels, from a screenshot of it (WebGL's drawing
// buffer is not preserved, so a screenshot is the honest way to read it).
export async function canvasStats(page) {
  // The visible part of the canvas (the viewport), without scrolling the page.
  const box = await page.evaluate(() => {
    const host = document.querySelector("clinic-reader");
    const r = (host && host.shadowRoot ? host.shadowRoot : document).querySelector("canvas").getBoundingClientRect();
    const top = Math.max(0, r.top), bottom = Math.min(innerHeight, r.bottom);
    return { x: r.left, y: top, width: r.width, height: Math.max(1, bottom - top) };
  });
  const png = await page.screenshot({ clip: box });
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = "data:image/png;base64," + b64;
    await img.decode();
    const c = new OffscreenCanvas(img.width, img.height);
    const g = c.getContext("2d");
    g.drawImage(img, 0, 0);
    const { data } = g.getImageData(0, 0, img.width, img.height);
    const counts = new Map();
    let minL = 255, maxL = 0;
    for (let i = 0; i < data.length; i += 4) {
      const key = (data[i] >> 3) << 10 | (data[i + 1] >> 3) << 5 | (data[i + 2] >> 3);
      counts.set(key, (counts.get(key) || 0) + 1);
      const l = 0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2];
      minL = Math.min(minL, l); maxL = Math.max(maxL, l);
    }
    const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    const [bgKey, bgCount] = sorted[0];
    const bg = [(bgKey >> 10 & 31) << 3, (bgKey >> 5 & 31) << 3, (bgKey & 31) << 3];
    let hash = 0;
    for (let i = 0; i < data.length; i += 97) hash = (hash * 31 + data[i]) >>> 0;
    return { width: img.width, height: img.height, colours: counts.size, background: bg,
             backgroundShare: bgCount / (data.length / 4), contrast: maxL - minL, hash };
  }, png.toString("base64"));
}

// Resolves after the reader has drawn the frames that follow a change,
// including a Q&A open/close animation (0.2 s).
export async function settle(page) {
  await page.evaluate(() => new Promise((resolve) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(resolve)), 260)));
}

// Scrolls the page so that question `index`'s row is on screen; returns the
// row's centre in viewport coordinates.
export async function scrollToQuestion(page, index) {
  const centre = await page.evaluate((i) => {
    const q = window.clinicReader.state().qa[i];
    const host = document.getElementById("reader");
    scrollTo(0, host.getBoundingClientRect().top + scrollY + q.top - 200);
    const top = host.getBoundingClientRect().top;
    return { x: host.getBoundingClientRect().left + host.clientWidth / 2, y: top + (q.top + q.bottom) / 2 };
  }, index);
  await settle(page);
  return centre;
}

// One server and one browser for a test file: started before its tests, closed
// after them. Read them as env.server and env.browser.
export function useServerAndBrowser() {
  const env = {};
  before(async () => {
    env.server = await startServer();
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    env.server?.stop();
  });
  return env;
}
