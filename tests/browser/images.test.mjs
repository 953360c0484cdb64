// Images in a post: fetched and decoded by the browser, drawn as WebGL
// textures scaled to the column; one that is missing or too large keeps its
// alt text in a placeholder, in the canvas and in the text layer.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { root, startServer, launchBrowser } from "./harness.mjs";

// A PNG of one colour (RGB, 8 bits), written by hand: no image library needed.
function solidPng(width, height, [r, g, b]) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, "latin1");
    data.copy(out, 8);
    out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;  // bit depth
  header[9] = 2;  // RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header),
                        chunk("IDAT", pixels), chunk("IEND", Buffer.alloc(0))]);
}

const RED = [220, 20, 60], BLUE = [30, 80, 220];
const POST = `# Images in a post

A photo next to its own post, by a relative path:

![Red square of the treated area](photos/red.png)

The same, inline as a data URL:

![Blue square from a data URL](data:image/png;base64,${solidPng(40, 20, BLUE).toString("base64")})

![Missing photo of the clinic](photos/missing.png)

![Oversized photo of the waiting room](photos/huge.png)

The end.
`;

let dist, server, browser;
before(async () => {
  // A copy of dist/ with the post, its photos and a page showing it.
  dist = mkdtempSync(path.join(tmpdir(), "clinic-reader-images-"));
  cpSync(path.join(root, "dist"), dist, { recursive: true });
  mkdirSync(path.join(dist, "posts/images/photos"), { recursive: true });
  writeFileSync(path.join(dist, "posts/images/post.md"), POST);
  writeFileSync(path.join(dist, "posts/images/photos/red.png"), solidPng(120, 80, RED));
  // 21 MB: a valid PNG signature and header, then padding past the size limit.
  const huge = Buffer.alloc(21 * 1024 * 1024);
  solidPng(8, 8, RED).copy(huge);
  writeFileSync(path.join(dist, "posts/images/photos/huge.png"), huge);
  writeFileSync(path.join(dist, "images.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Images</title><link rel="icon" href="data:,"><script src="clinic-reader.js" defer></script></head>
<body style="margin:0"><clinic-reader id="reader" src="posts/images/post.md"></clinic-reader></body></html>`);
  server = await startServer(dist);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

test("a post's images: drawn when they load, their alt text when missing or too large", async () => {
  const page = await browser.context.newPage();
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(server.url + "images.html");
  await page.evaluate(() => document.getElementById("reader").ready.then(() => true));
  // Every image arrives or fails; the layout reflows and the text layer follows.
  await page.waitForFunction(() => {
    const s = document.getElementById("reader").state();
    return s.images.length === 4 && s.images.every((i) => i.status !== "loading");
  }, null, { timeout: 15000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const state = await page.evaluate(() => document.getElementById("reader").state());
  const [red, blue, missing, huge] = state.images;
  assert.deepEqual(state.images.map((i) => i.status), ["ready", "ready", "failed", "failed"]);
  assert.equal(missing.alt, "Missing photo of the clinic");
  // Natural size (never upscaled), aspect kept.
  assert.equal(red.right - red.left, 120);
  assert.equal(red.bottom - red.top, 80);
  assert.equal(blue.right - blue.left, 40);
  assert.equal(blue.bottom - blue.top, 20);

  // The text layer has the failed images' alt text, inside their boxes, and not the drawn ones'.
  const lines = await page.evaluate(() => [...document.getElementById("reader").shadowRoot.querySelectorAll(".text-layer span")]
    .map((s) => ({ text: s.textContent.trim(), top: parseFloat(s.style.top) })));
  for (const image of [missing, huge]) {
    const line = lines.find((l) => l.text === image.alt);
    assert.ok(line, `text layer shows "${image.alt}"`);
    assert.ok(line.top > image.top && line.top < image.bottom, `"${image.alt}" sits in its placeholder`);
  }
  assert.ok(!lines.some((l) => l.text === red.alt), "a drawn image's alt text is not in the text layer");

  // The semantic layer names every image without loading it a second time.
  const imgs = await page.evaluate(() => [...document.querySelectorAll("#reader img")].map((i) => ({
    alt: i.alt, src: i.getAttribute("src"), dataSrc: i.dataset.src })));
  assert.equal(imgs.length, 4);
  assert.ok(imgs.every((i) => i.src === null));
  assert.equal(imgs[0].dataSrc, server.url + "posts/images/photos/red.png");

  // Pixels: each drawn image's box shows its colour.
  for (const [image, colour] of [[red, RED], [blue, BLUE]]) {
    const box = await page.evaluate((img) => {
      const sizer = document.getElementById("reader").shadowRoot.querySelector(".sizer");
      scrollTo(0, sizer.getBoundingClientRect().top + scrollY + img.top - 100);
      return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => {
        const r = sizer.getBoundingClientRect();
        resolve({ x: r.left + img.left + 4, y: r.top + img.top + 4, width: img.right - img.left - 8, height: img.bottom - img.top - 8 });
      })));
    }, image);
    const png = await page.screenshot({ clip: box });
    const mean = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = "data:image/png;base64," + b64;
      await img.decode();
      const c = new OffscreenCanvas(img.width, img.height);
      const g = c.getContext("2d");
      g.drawImage(img, 0, 0);
      const { data } = g.getImageData(0, 0, img.width, img.height);
      const sum = [0, 0, 0];
      for (let i = 0; i < data.length; i += 4) for (let k = 0; k < 3; k++) sum[k] += data[i + k];
      return sum.map((s) => s / (data.length / 4));
    }, png.toString("base64"));
    mean.forEach((v, k) => assert.ok(Math.abs(v - colour[k]) < 12, `image ${image.alt}: ${mean.map(Math.round)} ≈ ${colour}`));
  }
  // The one console error is the browser's own line for the missing photo.
  assert.deepEqual(errors.filter((e) => !/404|Not Found/.test(e)), []);
  await page.close();
});
