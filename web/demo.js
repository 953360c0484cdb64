// The demo page: one reader showing posts/milia.en.md (or the Korean post when
// the English one is absent), with language, theme and text-size controls.
// Automation reaches the reader as window.clinicReader.
(function () {
  "use strict";
  const posts = { en: "posts/milia.en.md", ko: "posts/milia.ko.md" };
  const params = new URLSearchParams(location.search);
  const themeSelect = document.getElementById("theme");
  const initialTheme = params.get("theme") || "light";
  themeSelect.value = initialTheme;

  async function available(url) {
    try {
      return (await fetch(url, { method: "HEAD" })).ok;
    } catch (e) {
      return false;
    }
  }

  async function firstPost() {
    const wanted = params.get("post") === "ko" ? "ko" : "en";
    if (wanted === "en" && !(await available(posts.en))) return "ko";
    return wanted;
  }

  function markLanguage(lang) {
    for (const b of document.querySelectorAll("[data-post]")) b.setAttribute("aria-pressed", String(b.dataset.post === lang));
    document.documentElement.lang = lang;
  }

  function markTheme(reader) {
    document.body.className = reader.resolvedTheme();
  }

  const host = document.getElementById("reader");
  let resolveReader;
  const created = new Promise((resolve) => (resolveReader = resolve));
  // A handle that exists at once, so automation can await clinicReader.ready.
  window.clinicReader = {
    ready: created.then((reader) => reader.ready).then(() => window.clinicReader),
  };

  firstPost().then((lang) => {
    markLanguage(lang);
    const reader = ClinicReader.create(host, { src: posts[lang], theme: initialTheme });
    for (const name of ["state", "toggle", "expandAll", "collapseAll", "setTheme", "setFontScale", "setAccent", "load", "loadUrl"]) {
      window.clinicReader[name] = (...args) => {
        const result = reader[name](...args);
        if (name === "setTheme") markTheme(reader);
        return result;
      };
    }
    window.clinicReader.reader = reader;
    markTheme(reader);
    resolveReader(reader);

    for (const b of document.querySelectorAll("[data-post]")) {
      b.addEventListener("click", async () => {
        const next = b.dataset.post;
        if (!(await available(posts[next]))) return;
        markLanguage(next);
        await reader.loadUrl(posts[next]);
      });
    }
    themeSelect.addEventListener("change", () => {
      reader.setTheme(themeSelect.value);
      markTheme(reader);
    });
    document.getElementById("smaller").addEventListener("click", () => reader.setFontScale(reader.fontScale - 0.1));
    document.getElementById("larger").addEventListener("click", () => reader.setFontScale(reader.fontScale + 0.1));
  });
})();
