/*
 * The post's images: fetched and decoded by the browser, never by the wasm.
 * Each image (relative sources against the post's URL) is fetched with a size
 * limit, checked for its pixel size before decoding where the header tells,
 * decoded with createImageBitmap (scaled down to at most TEXTURE px a side) and
 * left in core.imageBitmaps[id] for the core to upload as a WebGL texture
 * (cr_image_loaded). One that fails or is too large is skipped (cr_image_failed):
 * its alt text stays. Each arrival redraws; the layout reflows to its size.
 */
(function () {
  "use strict";

  const LIMITS = { bytes: 20 * 1024 * 1024, side: 8192, texture: 2048 };

  const tooLarge = (what) => Object.assign(new Error("too large (" + what + ")"), { code: "too-large" });

  async function fetchBytes(url, signal) {
    if (url.startsWith("data:")) {  // no fetch: a page's CSP may allow data: images but not data: connections
      const comma = url.indexOf(",");
      if (url.length > LIMITS.bytes * 1.4) throw tooLarge("over " + LIMITS.bytes + " bytes");
      const meta = url.slice(5, comma);
      const body = decodeURIComponent(url.slice(comma + 1));
      const bytes = /;base64$/i.test(meta) ? Uint8Array.from(atob(body), (c) => c.charCodeAt(0))
                                           : new TextEncoder().encode(body);
      return new Blob([bytes], { type: meta.split(";")[0] });
    }
    const response = await fetch(url, { signal, credentials: "same-origin" });
    if (!response.ok) throw new Error("HTTP " + response.status);
    const declared = Number(response.headers.get("content-length"));
    if (declared > LIMITS.bytes) {
      response.body && response.body.cancel();
      throw tooLarge(declared + " bytes");
    }
    const reader = response.body.getReader();
    const chunks = [];
    for (let total = 0; ;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > LIMITS.bytes) {
        reader.cancel();
        throw tooLarge("over " + LIMITS.bytes + " bytes");
      }
      chunks.push(value);
    }
    return new Blob(chunks, { type: response.headers.get("content-type") || "" });
  }

  // Width and height from a PNG, GIF or JPEG header (null for other formats):
  // a small file may still declare a huge picture.
  function headerSize(b) {
    const u32 = (i) => (b[i] << 24 | b[i + 1] << 16 | b[i + 2] << 8 | b[i + 3]) >>> 0;
    if (b.length >= 24 && b[0] === 0x89 && b[1] === 0x50) return [u32(16), u32(20)];
    if (b.length >= 10 && b[0] === 0x47 && b[1] === 0x49) return [b[6] | b[7] << 8, b[8] | b[9] << 8];
    if (b[0] === 0xff && b[1] === 0xd8) {
      for (let i = 2; i + 9 < b.length;) {
        if (b[i] !== 0xff) return null;
        const marker = b[i + 1];
        if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
          return [b[i + 7] << 8 | b[i + 8], b[i + 5] << 8 | b[i + 6]];
        }
        i += 2 + (b[i + 2] << 8 | b[i + 3]);
      }
    }
    return null;
  }

  async function decode(url, signal) {
    const blob = await fetchBytes(url, signal);
    const declared = headerSize(new Uint8Array(await blob.slice(0, 65536).arrayBuffer()));
    if (declared && Math.max(...declared) > LIMITS.side) throw tooLarge(declared.join("×") + " px");
    let bitmap = await createImageBitmap(blob, { premultiplyAlpha: "none" });
    const width = bitmap.width, height = bitmap.height;
    if (Math.max(width, height) > LIMITS.side) {
      bitmap.close();
      throw tooLarge(width + "×" + height + " px");
    }
    const scale = LIMITS.texture / Math.max(width, height);
    if (scale < 1) {  // the texture need not be sharper than the widest column at DPR 3
      const small = await createImageBitmap(bitmap, { resizeWidth: Math.max(1, Math.round(width * scale)),
        resizeHeight: Math.max(1, Math.round(height * scale)), resizeQuality: "high", premultiplyAlpha: "none" });
      bitmap.close();
      bitmap = small;
    }
    return { bitmap, width, height };
  }

  class ImageLoader {
    constructor(reader) {
      this.reader = reader;
      this.generation = 0;
      this.controller = null;
      this.jobs = [];
    }

    // A new post is in the core: fetch its images, sources resolved against `base`.
    load(base) {
      const core = this.reader.core;
      if (!core) return;
      this.cancel();
      const generation = this.generation;
      const controller = this.controller = new AbortController();
      const list = JSON.parse(core.UTF8ToString(this.reader.call("_cr_images_json")));
      const byUrl = new Map();  // an image used twice is fetched once
      this.jobs = list.map(([id, src]) => {
        let url = "";
        try { url = new URL(src, base).href; } catch (e) { /* unparsable: fails below */ }
        if (!byUrl.has(url)) byUrl.set(url, url ? decode(url, controller.signal) : Promise.reject(new Error("bad URL")));
        return byUrl.get(url).then((image) => this.arrived(generation, id, image),
                                   (error) => this.failed(generation, id, src, error));
      });
    }

    // Resolves when every image of the post has arrived or failed.
    settled() { return Promise.allSettled(this.jobs); }

    arrived(generation, id, image) {
      const core = this.reader.core;
      if (generation !== this.generation || !core) return image.bitmap.close();
      core.imageBitmaps = core.imageBitmaps || {};
      core.imageBitmaps[id] = image.bitmap;  // kept: a restored WebGL context uploads it again
      if (!this.reader.call("_cr_image_loaded", id, image.width, image.height)) {
        console.warn("clinic-reader: an image could not be uploaded; its alt text shows");
      }
      this.reader.requestFrame();
    }

    failed(generation, id, src, error) {
      if (generation !== this.generation || error.name === "AbortError") return;
      console.warn(`clinic-reader: image ${src.slice(0, 200)} skipped (${error.message}); its alt text shows`);
      this.reader.call("_cr_image_failed", id);
      this.reader.requestFrame();
    }

    cancel() {
      this.generation++;
      if (this.controller) this.controller.abort();
      const core = this.reader.core;
      if (core && core.imageBitmaps) {
        for (const bitmap of new Set(Object.values(core.imageBitmaps))) bitmap.close();
        core.imageBitmaps = {};
      }
    }

    // The semantic layer's <img>s name the image (alt) without loading it again:
    // the source, resolved against the post, moves to data-src.
    static quiet(article, base) {
      for (const img of article.querySelectorAll("img[src]")) {
        try { img.dataset.src = new URL(img.getAttribute("src"), base).href; } catch (e) { /* kept as written */ }
        img.removeAttribute("src");
      }
    }
  }

  window.ClinicReader.ImageLoader = ImageLoader;
  window.ClinicReader.imageLimits = LIMITS;
})();
