/*
 * The reader's service worker: offline reading after one online visit.
 *
 * Serve it from the clinic's own origin next to clinic-reader.js (a worker must
 * be same-origin with the page, and it controls the pages under its folder) and
 * register it from the page:  navigator.serviceWorker.register("/reader/sw.js").
 *
 * - the versioned runtime (loader, .wasm, fonts: content-hashed names written by
 *   build-wasm.sh) is precached at install and served from the cache;
 * - an entry of PRECACHE may carry its content's revision, ["posts/a.html", "3f2a…"]
 *   (clinic-reader site writes them so): a new version's install copies it from the
 *   old version's cache when its revision is the same, and downloads only what
 *   changed or is new (once per revision); the old cache, with what was removed,
 *   goes on activate. A plain name is downloaded at every install, as before;
 * - posts, images and the pages themselves are stale-while-revalidate: shown from
 *   the cache at once, refreshed from the network behind.
 * build-wasm.sh fills in VERSION and PRECACHE.
 */
"use strict";
const VERSION = "@VERSION@";
const PRECACHE = /*@PRECACHE*/[];
const RUNTIME_CACHE = "clinic-reader-runtime-" + VERSION;
const CONTENT_CACHE = "clinic-reader-content";
const scope = new URL("./", self.location.href);
// URL -> the key it is cached under: the URL itself, or with its revision (a key
// names its content, so an older cache's entry under the same key is the same file).
const precached = new Map(PRECACHE.map((entry) => {
  const href = new URL(typeof entry === "string" ? entry : entry[0], scope).href;
  return [href, typeof entry === "string" ? href : href + "?__revision=" + encodeURIComponent(entry[1])];
}));
const revisioned = (href) => precached.get(href) !== href;

// The runtime's files a page of this origin has fetched already (it was loading
// the reader when it registered this worker): they are handed over rather than
// downloaded again (web/element/runtime.js). A page that does not answer within
// two seconds (no reader on it) hands over nothing; one whose files are still
// arriving is waited for, up to 30 s.
async function filesFromPages(urls) {
  const pages = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const answers = pages.map((page) => new Promise((resolve) => {
    const channel = new MessageChannel();
    let timer = setTimeout(() => resolve([]), 2000);
    channel.port1.onmessage = (event) => {
      clearTimeout(timer);
      const data = event.data || {};
      if (data.files) return resolve(data.files);
      timer = setTimeout(() => resolve([]), 30000);  // {coming: true}: the files follow
    };
    page.postMessage({ type: "clinic-reader-runtime-files", urls }, [channel.port2]);
  }));
  const found = new Map();
  for (const files of await Promise.all(answers)) {
    for (const [href, data] of files) if (!found.has(href)) found.set(href, data);
  }
  return found;
}

// The MIME type a server gives each kind of runtime file (instantiateStreaming needs application/wasm).
const TYPES = { wasm: "application/wasm", js: "text/javascript", otf: "font/otf", ttf: "font/ttf", png: "image/png",
                txt: "text/plain; charset=utf-8" };

// The entries an older version's cache holds under the same key, copied into `cache`; the rest is returned.
async function keepUnchanged(cache) {
  const older = [];
  for (const name of await caches.keys()) {
    if (name.startsWith("clinic-reader-runtime-") && name !== RUNTIME_CACHE) older.push(await caches.open(name));
  }
  const missing = [];
  await Promise.all([...precached].map(async ([href, key]) => {
    if (revisioned(href)) {
      for (const old of older) {
        const kept = await old.match(key);
        if (kept) return cache.put(key, kept);
      }
    }
    missing.push(href);
  }));
  return missing;
}

// A revisioned file is revalidated with the server (an HTTP cache's copy may be
// older than its revision says); files of the same revision are one download.
const downloads = new Map();  // revision and kind of file -> Promise<Response>
function download(href) {
  const path = new URL(href).pathname;
  const revision = precached.get(href).slice(href.length) + (path.endsWith("/") ? " html" : " " + path.split(".").pop());
  if (!downloads.has(revision)) {
    downloads.set(revision, fetch(href, { cache: "no-cache" }).then((response) => {
      if (!response.ok) throw new TypeError(`${href}: HTTP ${response.status}`);
      return response;
    }));
  }
  return downloads.get(revision).then((response) => response.clone());
}

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(RUNTIME_CACHE);
    const missing = await keepUnchanged(cache);
    const handed = await filesFromPages(missing).catch(() => new Map());
    await Promise.all(missing.map(async (href) => {
      const key = precached.get(href);
      const data = handed.get(href);
      if (data) {
        const type = TYPES[new URL(href).pathname.split(".").pop()] || "application/octet-stream";
        return cache.put(key, new Response(data, { headers: { "Content-Type": type } }));
      }
      if (!revisioned(href)) return cache.add(href);
      return cache.put(key, await download(href));
    }));
    downloads.clear();
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith("clinic-reader-runtime-") && name !== RUNTIME_CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

function isContent(request, url) {
  if (url.origin !== self.location.origin) return request.destination === "image";
  return request.mode === "navigate" || request.destination === "image" || request.destination === "style" ||
    request.destination === "script" || /\.(md|markdown|txt|html?|css|js|png|jpe?g|gif|webp|avif|svg)$/i.test(url.pathname);
}

async function staleWhileRevalidate(request, event) {
  const cache = await caches.open(CONTENT_CACHE);
  const cached = await cache.match(request, { ignoreVary: true });
  const network = fetch(request).then((response) => {
    if (response.ok || response.type === "opaque") return cache.put(request, response.clone()).then(() => response);
    return response;
  });
  if (cached) {
    event.waitUntil(network.catch(() => {}));
    return cached;
  }
  return network;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (precached.has(url.href)) {
    const key = precached.get(url.href);
    event.respondWith(caches.match(revisioned(url.href) ? key : request, { cacheName: RUNTIME_CACHE }).then((hit) => hit || fetch(request)));
  } else if (isContent(request, url)) {
    event.respondWith(staleWhileRevalidate(request, event));
  }
});

// The first visit happened before this worker controlled the page: the page
// (through the loader) names what it read, and it is cached now.
self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type !== "clinic-reader-cache" || !Array.isArray(data.urls)) return;
  event.waitUntil(caches.open(CONTENT_CACHE).then((cache) => Promise.all(data.urls.map(async (href) => {
    const url = new URL(href, self.location.href);
    // A precached file is kept already (a site's pages and posts): not downloaded twice.
    if (url.origin !== self.location.origin || precached.has(url.href) || await cache.match(url.href)) return;
    const response = await fetch(url.href).catch(() => null);
    if (response && response.ok) await cache.put(url.href, response);
  }))));
});
