/*
 * The reader's service worker: offline reading after one online visit.
 *
 * Serve it from the clinic's own origin next to clinic-reader.js (a worker must
 * be same-origin with the page, and it controls the pages under its folder) and
 * register it from the page:  navigator.serviceWorker.register("/reader/sw.js").
 *
 * - the versioned runtime (loader, .wasm, fonts: content-hashed names written by
 *   build-wasm.sh) is precached at install and served from the cache;
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
const precached = new Set(PRECACHE.map((name) => new URL(name, scope).href));

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

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(RUNTIME_CACHE);
    const handed = await filesFromPages([...precached]).catch(() => new Map());
    await Promise.all([...precached].map((href) => {
      const data = handed.get(href);
      if (!data) return cache.add(href);
      const type = TYPES[new URL(href).pathname.split(".").pop()] || "application/octet-stream";
      return cache.put(href, new Response(data, { headers: { "Content-Type": type } }));
    }));
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
    event.respondWith(caches.match(request, { cacheName: RUNTIME_CACHE }).then((hit) => hit || fetch(request)));
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
    if (url.origin !== self.location.origin || await cache.match(url.href)) return;
    const response = await fetch(url.href).catch(() => null);
    if (response && response.ok) await cache.put(url.href, response);
  }))));
});
