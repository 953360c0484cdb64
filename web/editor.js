/*
 * The authoring page: Markdown on the left, the reader on the right, updated as
 * one types (debounced; the post is reloaded into the running reader, not the
 * page); the linter's findings listed and linked to their lines; plain text from
 * the old blog and saved web pages (a chosen or dropped .html file, rich text
 * pasted with its markup) imported by the same core code as `clinic-reader import`.
 */
(function () {
  "use strict";

  const DEBOUNCE_MS = 300;
  const STORAGE_KEY = "clinic-reader-editor-draft";
  const source = document.getElementById("source");
  const preview = document.getElementById("preview");
  const lintList = document.getElementById("lint");
  const lintSummary = document.getElementById("lint-summary");
  const encoder = new TextEncoder();

  // The authoring module (importer + linter), started once.
  const authoring = window.createClinicReaderAuthoring({
    locateFile: (path) => new URL(path, document.baseURI).href,
  });

  // Calls an exported function that takes UTF-8 text and returns a C string.
  function callWithText(module, name, text) {
    const bytes = encoder.encode(text);
    const ptr = module._malloc(bytes.length + 1);
    module.HEAPU8.set(bytes, ptr);
    try {
      return module.UTF8ToString(module["_" + name](ptr, bytes.length));
    } finally {
      module._free(ptr);
    }
  }

  // Character offset where 1-based `line` starts in the textarea.
  function lineStart(text, line) {
    let offset = 0;
    for (let l = 1; l < line; l++) {
      const next = text.indexOf("\n", offset);
      if (next < 0) return text.length;
      offset = next + 1;
    }
    return offset;
  }

  function goToLine(line) {
    const text = source.value;
    const start = lineStart(text, line);
    const end = text.indexOf("\n", start);
    source.focus();
    source.setSelectionRange(start, end < 0 ? text.length : end);
    // Bring the line into view: the textarea scrolls to its selection on focus in most
    // browsers; set it explicitly from the line height for the rest.
    const lineHeight = parseFloat(getComputedStyle(source).lineHeight) || 20;
    source.scrollTop = Math.max(0, (line - 3) * lineHeight);
  }

  function showLint(report) {
    lintList.replaceChildren();
    const findings = report.diagnostics;
    const errors = findings.filter((d) => d.severity === "error").length;
    lintSummary.textContent = findings.length === 0 ? "No problems found."
      : `${errors} error(s), ${findings.length - errors} warning(s).`;
    for (const d of findings) {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = d.severity;
      button.dataset.line = String(d.line);
      button.textContent = `Line ${d.line}: ${d.severity}: ${d.message}`;
      button.addEventListener("click", () => goToLine(d.line));
      item.appendChild(button);
      lintList.appendChild(item);
    }
  }

  let timer = 0;
  let revision = 0;
  async function refresh() {
    const text = source.value;
    const mine = ++revision;
    try { localStorage.setItem(STORAGE_KEY, text); } catch (e) { /* private mode: no draft kept */ }
    preview.load(text);
    const module = await authoring;
    if (mine !== revision) return;  // a newer edit is on its way
    showLint(JSON.parse(callWithText(module, "cr_lint_json", text)));
  }
  function scheduleRefresh() {
    clearTimeout(timer);
    timer = setTimeout(refresh, DEBOUNCE_MS);
  }
  source.addEventListener("input", scheduleRefresh);

  // Import from the old blog: plain text, a saved page, or rich text pasted
  // with its markup (the clipboard's text/html, kept aside while the textarea
  // shows its plain text; editing that text drops the markup).
  const dialog = document.getElementById("import-dialog");
  const importText = document.getElementById("import-text");
  const importKind = document.getElementById("import-kind");
  let pastedHtml = null;
  function setPastedHtml(html) {
    pastedHtml = html;
    importKind.textContent = html === null ? "" : "Rich text: imported with its headings, lists, links and images.";
  }
  async function loadFile(file) {
    setPastedHtml(null);
    importText.value = await file.text();  // a page's source is told apart from text by the importer
  }
  document.getElementById("import-open").addEventListener("click", () => dialog.showModal());
  document.getElementById("import-file").addEventListener("change", async (e) => {
    const file = e.target.files[0];
    if (file) await loadFile(file);
  });
  importText.addEventListener("paste", (e) => {
    const html = e.clipboardData && e.clipboardData.getData("text/html");
    if (!html) return setPastedHtml(null);
    e.preventDefault();
    importText.value = e.clipboardData.getData("text/plain") || html;
    setPastedHtml(html);
  });
  importText.addEventListener("input", () => setPastedHtml(null));
  // A file dropped anywhere on the page opens the import dialog with it.
  document.addEventListener("dragover", (e) => {
    if (e.dataTransfer && Array.from(e.dataTransfer.types).includes("Files")) e.preventDefault();
  });
  document.addEventListener("drop", async (e) => {
    const file = e.dataTransfer && e.dataTransfer.files[0];
    if (!file) return;
    e.preventDefault();
    await loadFile(file);
    if (!dialog.open) dialog.showModal();
  });
  dialog.addEventListener("close", async () => {
    const html = pastedHtml;
    setPastedHtml(null);
    if (dialog.returnValue !== "import" || (!html && !importText.value.trim())) return;
    const module = await authoring;
    source.value = html ? callWithText(module, "cr_import_html", html) : callWithText(module, "cr_import", importText.value);
    importText.value = "";
    refresh();
  });

  document.getElementById("download").addEventListener("click", () => {
    const title = (/^title:\s*(.+)$/m.exec(source.value) || [])[1] || "post";
    const name = title.trim().replace(/[\\/:*?"<>|]+/g, "").replace(/\s+/g, "-").slice(0, 80) || "post";
    const url = URL.createObjectURL(new Blob([source.value], { type: "text/markdown;charset=utf-8" }));
    const a = Object.assign(document.createElement("a"), { href: url, download: name + ".md" });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });

  // Start from the draft kept in this browser, else from the sample post.
  (async () => {
    let draft = null;
    try { draft = localStorage.getItem(STORAGE_KEY); } catch (e) { /* no storage */ }
    if (draft === null) {
      const response = await fetch("posts/milia.en.md");
      draft = response.ok ? await response.text() : "";
    }
    source.value = draft;
    await customElements.whenDefined("clinic-reader");
    refresh();
  })();

  window.clinicEditor = { authoring, refresh, goToLine };
})();
