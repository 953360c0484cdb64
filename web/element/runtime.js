/*
 * The runtime every reader on the page shares: where the build's files are,
 * fetching them once, and one compiled WebAssembly module.
 *
 * Each reader gets its own instance of that module (its own memory, its own
 * ImGui context and WebGL context): one reader that runs out of memory or
 * aborts takes no other reader with it. The wasm is downloaded and compiled
 * once (WebAssembly.instantiateStreaming for the first reader, then
 * WebAssembly.instantiate of the compiled module), the fonts are fetched once.
 * docs/embedding.md has the measurements behind that choice.
 */
(function () {
  "use strict";
  // Where the loader was loaded from (a module script has no currentScript: find it by name).
  const script = document.currentScript ||
    [...document.querySelectorAll("script[src]")].find((s) => /clinic-reader(\.[0-9a-f]+)?\.js([?#]|$)/.test(s.src));
  const base = new URL(".", script && script.src ? script.src : location.href).href;
  // build-wasm.sh replaces this map with the build's content-hashed file names.
  const ASSETS = /*@ASSETS*/{}/*ASSETS@*/;
  // The faces to load, [face, file]: build-wasm.sh writes them from fonts/fonts.txt.
  const FONTS = /*@FONTS*/[["regular", "fonts/nanum-gothic-regular.ttf"], ["bold", "fonts/nanum-gothic-bold.ttf"]]/*FONTS@*/;

  // The single-file export (clinic-reader bundle) carries its files inline as
  // <script type="application/x-clinic-reader-asset" data-name="..."> (base64).
  function inlineAsset(name) {
    const node = document.querySelector(`script[type="application/x-clinic-reader-asset"][data-name="${name}"]`);
    if (!node) return null;
    const binary = atob(node.textContent.trim());
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  function url(name) { return base + (ASSETS[name] || name); }

  class LoadError extends Error {
    constructor(message, code) { super(message); this.name = "LoadError"; this.code = code; }
  }

  // fetch() with readable failures: HTTP status, network, timeout, cancelled.
  async function fetchChecked(target, { signal, timeout = 20000 } = {}) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort("timeout"), timeout);
    const cancel = () => controller.abort("cancelled");
    if (signal) signal.aborted ? cancel() : signal.addEventListener("abort", cancel, { once: true });
    try {
      const response = await fetch(target, { signal: controller.signal });
      if (!response.ok) {
        throw new LoadError(`${target} answered HTTP ${response.status}${response.statusText ? " " + response.statusText : ""}`,
                            "http-" + response.status);
      }
      return new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      if (error instanceof LoadError) throw error;
      if (controller.signal.aborted) {
        throw controller.signal.reason === "timeout"
          ? new LoadError(`${target} did not arrive within ${Math.round(timeout / 1000)} s`, "timeout")
          : new LoadError(`loading ${target} was cancelled`, "aborted");
      }
      throw new LoadError(`${target} could not be fetched (network error)`, "network");
    } finally {
      clearTimeout(timer);
      if (signal) signal.removeEventListener("abort", cancel);
    }
  }

  // A post is UTF-8 text; anything else is refused with a message, not shown as mojibake.
  async function fetchPost(target, options) {
    const href = new URL(target, location.href).href;
    const bytes = await fetchChecked(href, options);
    let text;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch (e) {
      throw new LoadError(`${target} is not UTF-8 text`, "encoding");
    }
    rememberForOffline([location.href.split("#")[0], href]);
    return text;
  }

  // With the reader's service worker (sw.js) on the page, what was read is kept
  // for offline reading, even on the visit that installed the worker.
  function rememberForOffline(urls) {
    const workers = navigator.serviceWorker;
    if (!workers) return;
    workers.ready.then((registration) => {
      if (registration.active) registration.active.postMessage({ type: "clinic-reader-cache", urls });
    }, () => {});
  }

  const files = new Map();  // name -> Promise<Uint8Array>, fetched once per page
  function bytes(name) {
    if (!files.has(name)) {
      const inline = inlineAsset(name);
      files.set(name, inline ? Promise.resolve(inline) : fetchChecked(url(name)));
    }
    return files.get(name);
  }

  // When the first reader connects, the runtime starts downloading, beside the
  // post. Nothing is fetched for a page with no reader. The glue is hinted with
  // <link rel=preload as=script>, which the <script> that runs it uses in every
  // engine; the wasm and the glyph files are fetched at once by the very fetch()
  // whose bytes the reader later awaits. (A <link rel=preload as=fetch> is not
  // matched to a later fetch() in WebKit: each of those files came twice there.)
  let hinted = false;
  function preload(fonts) {
    if (hinted || document.querySelector('script[type="application/x-clinic-reader-asset"]')) return;
    hinted = true;
    const link = document.createElement("link");
    link.rel = "preload";
    link.href = url("clinic-reader-core.js");
    link.as = "script";
    document.head.appendChild(link);
    fetchWasm();
    for (const font of fonts) bytes(font).catch(() => {});
  }

  // The wasm's response, fetched once and handed to the one instantiateStreaming
  // that compiles it (a body is read once: the next taker fetches anew, which
  // only a failed compile lets happen).
  let wasmResponse = null;
  let wasmCopy = null;  // Promise<ArrayBuffer>: the wasm's bytes for a service worker installing (below)
  function fetchWasm() {
    if (!wasmResponse) {
      wasmResponse = fetch(url("clinic-reader-core.wasm"), { credentials: "same-origin" });
      wasmResponse.catch(() => {});  // its taker reports a failure
      if (keepsForWorker()) {
        wasmCopy = wasmResponse.then((response) => response.clone().arrayBuffer());
        wasmCopy.catch(() => {});
        setTimeout(() => { wasmCopy = null; }, HANDOVER_MS);
      }
    }
    return wasmResponse;
  }
  function takeWasm() {
    const response = fetchWasm();
    wasmResponse = null;
    return response;
  }

  // The reader's service worker (web/sw.js), installing on a page's first visit,
  // asks the page for the runtime files it has fetched already instead of
  // downloading them again: an engine whose worker does not share the page's HTTP
  // cache (WebKit in a private or automated session) would otherwise download
  // each one twice. Only on a page no worker controls yet, and for a minute.
  const HANDOVER_MS = 60000;
  const started = performance.now();
  function keepsForWorker() {
    return Boolean(navigator.serviceWorker) && !navigator.serviceWorker.controller && window.isSecureContext;
  }
  if (keepsForWorker()) {
    navigator.serviceWorker.addEventListener("message", (event) => {
      const data = event.data || {};
      if (data.type !== "clinic-reader-runtime-files" || !event.ports[0]) return;
      const port = event.ports[0];
      if (performance.now() - started > HANDOVER_MS) return port.postMessage({ files: [] });
      port.postMessage({ coming: true });
      const wanted = new Set(data.urls || []);
      const offers = [];
      for (const [name, promise] of files) offers.push([url(name), promise]);
      if (wasmCopy) offers.push([url("clinic-reader-core.wasm"), wasmCopy]);
      Promise.all(offers.filter(([href]) => wanted.has(href))
        .map(([href, promise]) => promise.then((data) => [href, data], () => null)))
        .then((found) => port.postMessage({ files: found.filter(Boolean) }));
    });
    navigator.serviceWorker.startMessages();  // before DOMContentLoaded, messages would wait
  }

  // The reader's faces for the page too, from the bytes already fetched: the
  // text layer's spans and the no-WebGL fallback then use the canvas's font.
  let pageFontsAdded = false;
  function pageFonts() {
    if (pageFontsAdded || !window.FontFace) return;
    pageFontsAdded = true;
    for (const [face, file] of FONTS) {
      if (face !== "regular" && face !== "bold") continue;
      bytes(file).then((data) => {
        const font = new FontFace("Clinic Reader Text", data, { weight: face === "bold" ? "700" : "400" });
        document.fonts.add(font);
        return font.load();
      }).catch(() => {});
    }
  }

  let glue = null;
  function loadGlue() {
    if (!glue) {
      glue = new Promise((resolve, reject) => {
        if (window.createClinicReaderCore) return resolve(window.createClinicReaderCore);
        const s = document.createElement("script");
        s.src = url("clinic-reader-core.js");
        s.async = true;
        s.onload = () => resolve(window.createClinicReaderCore);
        s.onerror = () => reject(new LoadError("the reader's runtime could not be loaded", "runtime"));
        document.head.appendChild(s);
      });
      glue.catch(() => { glue = null; });  // a later reader may try again
    }
    return glue;
  }

  let compiled = null;  // Promise<WebAssembly.Module>
  function instantiate(imports) {
    if (compiled) return compiled.then((module) => WebAssembly.instantiate(module, imports));
    const inline = inlineAsset("clinic-reader-core.wasm");
    const result = inline
      ? WebAssembly.instantiate(inline, imports)
      : WebAssembly.instantiateStreaming(takeWasm(), imports);
    compiled = result.then((r) => r.module);
    compiled.catch(() => { compiled = null; });
    return result.then((r) => r.instance);
  }

  // A new instance of the core: resolves to the Emscripten module object.
  async function createCore(options) {
    const factory = await loadGlue();
    let fail;
    const failed = new Promise((resolve, reject) => { fail = reject; });
    const core = factory({
      ...options,
      locateFile: (path) => url(path),
      instantiateWasm(imports, receive) {
        instantiate(imports).then((instance) => receive(instance), (error) => {
          fail(new LoadError("the reader's WebAssembly could not be started: " + (error.message || error), "runtime"));
        });
        return {};
      },
    });
    return Promise.race([core, failed]);
  }

  window.ClinicReader = Object.assign(window.ClinicReader || {}, {
    runtime: { base, fonts: FONTS, url, bytes, pageFonts, fetchPost, fetchChecked, preload, createCore, LoadError },
  });
})();
