// A patient's first visit on a phone: the reader's pages beside the same post
// as one plain HTML document, on a throttled phone (Lighthouse's mobile
// settings: slow 4G — 562.5 ms round trip, 1.47 Mbit/s down — and a CPU slowed
// 4×), with a cold cache and a server that serves brotli. Three pages per post:
//
//   plain: `clinic-reader html --standalone`, the baseline;
//   src:   the embed snippet only (the loader and <clinic-reader src=...>);
//   pre:   the snippet with the article pre-rendered inside the element
//          (`clinic-reader html`) and the page-level clinic-reader.css inlined.
//
// For each: when text is first on screen (the plain and pre pages' first
// contentful paint; the src page's first canvas frame with text), when the
// canvas first draws text, the largest contentful paint and the layout shift
// the page's own observers saw, and the compressed bytes fetched before the
// first text. Then Lighthouse 12 (mobile, devtools throttling) on the same
// pages: FCP, LCP (or none), CLS, total blocking time, and the score.
// Figures, never assertions; ratios are against the plain page of the same run.
//
//   node bench/first_visit.mjs CLINIC_READER_CLI [--quick] [--json OUT]
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { brotliCompressSync, constants as zlib } from "node:zlib";
import path from "node:path";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { root, startServer, launchBrowser } from "../tests/browser/harness.mjs";

const [cli, ...rest] = process.argv.slice(2);
const quick = rest.includes("--quick");
const jsonOut = rest.includes("--json") ? rest[rest.indexOf("--json") + 1] : null;
const runs = quick ? 1 : 3;
const lighthouseRuns = quick ? 1 : 3;

// Lighthouse's mobile device and its devtools throttling (lighthouse-core/config/constants.js).
const phone = { width: 412, height: 823, deviceScaleFactor: 1.75 };
const network = { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };
const cpuSlowdown = 4;

const posts = [
  ["English", "assets/posts/milia.en.md"],
  ["Korean", "assets/posts/milia.ko.md"],
  ["rare syllables and emoji", "tests/browser/fixtures/rare-and-emoji.ko.md"],
].slice(0, quick ? 1 : 3);

// A copy of dist/ with the three pages of each post.
const site = path.join(root, "build/bench/first-visit");
rmSync(site, { recursive: true, force: true });
mkdirSync(path.dirname(site), { recursive: true });
cpSync(path.join(root, "dist"), site, { recursive: true });
const pageCss = readFileSync(path.join(site, "clinic-reader.css"), "utf8").trim();
const head = (lang, title) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>`;
for (const [, file] of posts) {
  const name = path.basename(file, ".md");
  const source = path.join(root, file);
  cpSync(source, path.join(site, "posts", name + ".md"));
  const article = execFileSync(cli, ["html", source]).toString();
  const lang = /lang="(\w+)/.exec(article)?.[1] || "en";
  writeFileSync(path.join(site, `plain-${name}.html`), execFileSync(cli, ["html", "--standalone", source]));
  writeFileSync(path.join(site, `src-${name}.html`), `${head(lang, name)}
<script src="clinic-reader.js" async></script>
<style>body { margin: 0; }</style></head>
<body><clinic-reader src="posts/${name}.md"></clinic-reader></body></html>\n`);
  // The page-level stylesheet inlined (docs/embedding.md): no request before the first paint.
  writeFileSync(path.join(site, `pre-${name}.html`), `${head(lang, name)}
<style>${pageCss}</style><script src="clinic-reader.js" async></script>
<style>body { margin: 0; }</style></head>
<body><clinic-reader src="posts/${name}.md">
${article}</clinic-reader></body></html>\n`);
}

// The pages brotli-compressed beside themselves, as a production server sends
// HTML (web/serve.py serves such a sibling to a browser that accepts it).
for (const file of readdirSync(site).filter((f) => /^(plain|src|pre)-.*\.html$/.test(f))) {
  const data = readFileSync(path.join(site, file));
  writeFileSync(path.join(site, file + ".br"), brotliCompressSync(data, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }));
}

// What the page itself saw: paints, the reader's first text frame, LCP and layout shifts.
const observe = () => {
  window.__seen = { lcp: null, cls: 0, text: null };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__seen.lcp = e.renderTime || e.loadTime || e.startTime;
  }).observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__seen.cls += e.value;
  }).observe({ type: "layout-shift", buffered: true });
  const tick = (now) => {
    const drawn = performance.getEntriesByName("clinic-reader:first-text-frame")[0];
    if (drawn && now >= drawn.startTime) window.__seen.text = now;  // the frame after it: composited
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

const median = (xs) => {
  const v = xs.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  return v.length ? v[v.length >> 1] : null;
};

const server = await startServer(site);

async function throttledVisit(page, kind) {
  const browser = await launchBrowser({ viewport: { width: phone.width, height: phone.height }, deviceScaleFactor: phone.deviceScaleFactor, isMobile: true, hasTouch: true });
  const tab = await browser.context.newPage();
  await tab.addInitScript(observe);
  const cdp = await browser.context.newCDPSession(tab);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", network);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
  let bytes = 0;
  cdp.on("Network.loadingFinished", (e) => { bytes += e.encodedDataLength; });
  await tab.goto(server.url + page, { waitUntil: "commit" });
  // First text: the plain and pre pages' first contentful paint, the src page's first canvas text.
  const firstText = async () => tab.evaluate((k) => {
    const fcp = performance.getEntriesByName("first-contentful-paint")[0];
    return k === "src" ? window.__seen.text : fcp ? fcp.startTime : null;
  }, kind);
  let text = null;
  let bytesAtText = null;
  for (let i = 0; i < 1200 && text === null; i++) {
    text = await firstText().catch(() => null);
    if (text !== null) bytesAtText = bytes;
    else await tab.waitForTimeout(50);
  }
  if (kind !== "plain") {
    await tab.waitForFunction(() => window.__seen.text !== null, null, { timeout: 120000 });
  }
  await tab.waitForTimeout(1500);  // late shifts and paints
  const seen = await tab.evaluate(() => window.__seen);
  await browser.close();
  return { first_text_ms: text, canvas_text_ms: seen.text, lcp_ms: seen.lcp, cls: seen.cls, bytes_before_text: bytesAtText };
}

async function lighthouseRun(page) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM || "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-quic",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const result = await lighthouse(server.url + page, {
      port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"],
      formFactor: "mobile", throttlingMethod: "devtools",
    });
    const audits = result.lhr.audits;
    const value = (id) => (audits[id] && audits[id].numericValue !== undefined ? audits[id].numericValue : null);
    if (process.env.LCP_DEBUG) console.error(page, Object.keys(audits).filter((k) => /largest|lcp/.test(k)), String(JSON.stringify(audits["largest-contentful-paint-element"]?.details)).slice(0, 2500));
    return { fcp_ms: value("first-contentful-paint"), lcp_ms: value("largest-contentful-paint"),
             cls: value("cumulative-layout-shift"), tbt_ms: value("total-blocking-time"),
             score: result.lhr.categories.performance.score };
  } finally {
    await chrome.kill();
  }
}

const results = { settings: { phone, network, cpuSlowdown, runs, lighthouseRuns }, posts: {} };
for (const [label, file] of posts) {
  const name = path.basename(file, ".md");
  const entry = {};
  for (const kind of ["plain", "src", "pre"]) {
    const visits = [];
    for (let r = 0; r < runs; r++) visits.push(await throttledVisit(`${kind}-${name}.html`, kind));
    const lh = [];
    for (let r = 0; r < lighthouseRuns; r++) lh.push(await lighthouseRun(`${kind}-${name}.html`));
    const med = (list, key) => median(list.map((v) => v[key]));
    entry[kind] = {
      first_text_ms: med(visits, "first_text_ms"), canvas_text_ms: med(visits, "canvas_text_ms"),
      lcp_ms: med(visits, "lcp_ms"), cls: med(visits, "cls"), bytes_before_text: med(visits, "bytes_before_text"),
      lighthouse: { fcp_ms: med(lh, "fcp_ms"), lcp_ms: med(lh, "lcp_ms"), cls: med(lh, "cls"), tbt_ms: med(lh, "tbt_ms"),
                    score: med(lh, "score"), lcp_found: lh.filter((x) => x.lcp_ms !== null).length + "/" + lh.length },
    };
  }
  results.posts[label] = entry;
}
server.stop();

const ms = (x) => (x === null || x === undefined ? "none" : `${(x / 1000).toFixed(2)} s`);
const ratio = (a, b) => (a === null || b === null || !b ? "–" : `${(a / b).toFixed(2)}×`);
console.log(`Throttled phone (${phone.width}×${phone.height} at ${phone.deviceScaleFactor}×, slow 4G, CPU ${cpuSlowdown}× slower, cold cache, brotli), median of ${runs}:\n`);
console.log("| post | page | bytes before first text | first text on screen | vs plain | canvas's first text | LCP (page's observer) | CLS |");
console.log("|---|---|---|---|---|---|---|---|");
for (const [label, entry] of Object.entries(results.posts)) {
  for (const kind of ["plain", "src", "pre"]) {
    const r = entry[kind];
    console.log(`| ${label} | ${kind} | ${r.bytes_before_text ?? "–"} | ${ms(r.first_text_ms)} | ${ratio(r.first_text_ms, entry.plain.first_text_ms)} | ${kind === "plain" ? "–" : ms(r.canvas_text_ms)} | ${ms(r.lcp_ms)} | ${r.cls === null ? "–" : r.cls.toFixed(3)} |`);
  }
}
console.log(`\nLighthouse ${JSON.parse(readFileSync(path.join(root, "bench/node_modules/lighthouse/package.json"), "utf8")).version} (mobile, devtools throttling), median of ${lighthouseRuns}:\n`);
console.log("| post | page | FCP | LCP | LCP vs plain | LCP found | CLS | TBT | score |");
console.log("|---|---|---|---|---|---|---|---|---|");
for (const [label, entry] of Object.entries(results.posts)) {
  for (const kind of ["plain", "src", "pre"]) {
    const l = entry[kind].lighthouse;
    console.log(`| ${label} | ${kind} | ${ms(l.fcp_ms)} | ${ms(l.lcp_ms)} | ${ratio(l.lcp_ms, entry.plain.lighthouse.lcp_ms)} | ${l.lcp_found} | ${l.cls === null ? "–" : l.cls.toFixed(3)} | ${l.tbt_ms === null ? "–" : l.tbt_ms.toFixed(0) + " ms"} | ${l.score === null ? "–" : Math.round(l.score * 100)} |`);
  }
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 1));
