// The demo page: one <clinic-reader> showing posts/milia.en.md (or the Korean
// post with ?post=ko, or when the English one is absent), with language, theme
// and text-size controls. Automation reaches the reader as window.clinicReader
// (the loader's alias of the page's first reader).
(function () {
  "use strict";
  const posts = { en: "posts/milia.en.md", ko: "posts/milia.ko.md" };
  const params = new URLSearchParams(location.search);
  const reader = document.getElementById("reader");
  const themeSelect = document.getElementById("theme");
  const theme = params.get("theme") || "light";
  themeSelect.value = theme;
  reader.theme = theme;

  async function available(url) {
    try {
      return (await fetch(url, { method: "HEAD" })).ok;
    } catch (e) {
      return false;
    }
  }

  function markLanguage(lang) {
    for (const b of document.querySelectorAll("[data-post]")) b.setAttribute("aria-pressed", String(b.dataset.post === lang));
    document.documentElement.lang = lang;
  }

  function markTheme() {
    const name = reader.theme === "auto" ? (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light") : reader.theme;
    document.body.className = name;
  }

  // ?fonts=bundled: the reader's own Noto files instead of the device's fonts.
  if (params.get("fonts") === "bundled") reader.setAttribute("fonts", "bundled");
  const wanted = params.get("post") === "ko" ? "ko" : "en";
  markLanguage(wanted);
  if (wanted === "ko") reader.src = posts.ko;
  else available(posts.en).then((ok) => { if (!ok) { markLanguage("ko"); reader.src = posts.ko; } });
  markTheme();

  for (const b of document.querySelectorAll("[data-post]")) {
    b.addEventListener("click", async () => {
      const next = b.dataset.post;
      if (!(await available(posts[next]))) return;
      markLanguage(next);
      reader.src = posts[next];
    });
  }
  themeSelect.addEventListener("change", () => {
    reader.setTheme(themeSelect.value);
    markTheme();
  });
  document.getElementById("smaller").addEventListener("click", () => reader.setFontScale(reader.fontScale - 0.1));
  document.getElementById("larger").addEventListener("click", () => reader.setFontScale(reader.fontScale + 0.1));
})();
