// The offline demo: registers the reader's service worker (sw.js, same folder) and
// says when the page is ready to be read offline.
(function () {
  "use strict";
  const status = document.getElementById("offline-status");
  if (!("serviceWorker" in navigator)) {
    status.textContent = "This browser cannot keep pages for offline reading.";
    return;
  }
  navigator.serviceWorker.register("sw.js").then(() => navigator.serviceWorker.ready).then((registration) => {
    // This visit's own files were fetched before the worker was there: name them to it.
    const urls = [location.href.split("#")[0], "demo.css", "demo-offline.js"].map((u) => new URL(u, location.href).href);
    registration.active.postMessage({ type: "clinic-reader-cache", urls });
    status.textContent = navigator.onLine ? "Saved for offline reading." : "Offline: reading the saved copy.";
    document.documentElement.dataset.offlineReady = "true";
  }, (error) => {
    status.textContent = "Offline reading is not available: " + error.message;
  });
})();
