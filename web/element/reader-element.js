/*
 * <clinic-reader>: the embeddable element.
 *
 *   <script src="clinic-reader.js" defer></script>
 *   <clinic-reader src="posts/milia.en.md"></clinic-reader>
 *
 * Attributes (and the properties they mirror): src, theme (light|dark|sepia|auto),
 * font-scale (fontScale), accent (#rrggbb), height (auto: as tall as the post,
 * the page scrolls; or a CSS length: the element scrolls inside itself). The
 * post may also come inline: <script type="text/markdown">…</script>.
 * API: ready (Promise), load(markdown), state(), toggle(i), expandAll(),
 * collapseAll(), setTheme(name), setFontScale(x), setAccent(hex).
 * Events: ready, error {message, code}, toggle {index, open}, linkclick {href}
 * (cancelable), statechange. docs/embedding.md says all of it.
 *
 * Inside (shadow root): a frame (the scroller when height is a length) holding
 * the sticky canvas, the text layer over it, and a visually hidden slot that
 * shows the light DOM's semantic article to assistive technology.
 */
(function () {
  "use strict";
  const { Reader, TextLayer, semantic, styles, runtime } = window.ClinicReader;
  const THEMES = ["light", "dark", "sepia", "auto"];
  const MESSAGES = {
    en: { failed: "This post could not be shown.", runtime: "The reader could not start; here is the post as text." },
    ko: { failed: "글을 표시하지 못했습니다.", runtime: "리더를 시작하지 못해 글을 텍스트로 보여 드립니다." },
  };
  let instances = 0;
  const clampScale = Reader.clampFontScale;
  const moreContrast = matchMedia("(prefers-contrast: more)");
  const forcedColors = matchMedia("(forced-colors: active)");
  // Safari before 15.4 knows no :focus-visible (matches() throws): a focused control shows its ring there.
  const focusVisible = CSS.supports("selector(:focus-visible)") ? (el) => el.matches(":focus-visible") : () => true;
  // Readers start once the document is parsed and its deferred scripts ran, so a
  // page's own script may still set attributes (src, theme) before the post is fetched.
  // An async loader may run while readyState is already "interactive" but the
  // deferred scripts are still to come: DOMContentLoaded, which follows them, is
  // the sign (Navigation Timing says whether it has begun).
  const navigation = performance.getEntriesByType ? performance.getEntriesByType("navigation")[0] : null;
  const contentLoaded = document.readyState === "complete" ||
    (navigation ? navigation.domContentLoadedEventStart > 0 : document.readyState === "interactive");
  const parsed = contentLoaded
    ? Promise.resolve()
    : new Promise((resolve) => document.addEventListener("DOMContentLoaded", resolve, { once: true }));
  // A reader starts (its canvas, WebGL context and runtime) once the page has
  // painted: a page showing text already (a pre-rendered article) gets its first
  // paint before that work. Without paint timing, or in a tab that draws no
  // frames, a timer lets it start.
  const afterFirstPaint = () => new Promise((resolve) => {
    if (performance.getEntriesByType && performance.getEntriesByType("paint").length > 0) return resolve();
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 250);
  });

  class ClinicReaderElement extends HTMLElement {
    static get observedAttributes() { return ["src", "theme", "font-scale", "accent", "height"]; }

    constructor() {
      super();
      const shadow = this.attachShadow({ mode: "open" });
      styles.adopt(shadow);
      styles.adoptDocument();
      const root = document.createElement("div");
      root.className = "root";
      root.innerHTML =
        '<div class="frame" part="frame"><div class="sizer">' +
        '<div class="text-layer" aria-hidden="true" translate="no"></div><div class="focus-ring" hidden></div>' +
        '<div class="semantic"><slot></slot></div>' +
        '</div></div><div class="message" role="alert" hidden></div><div class="fallback" hidden></div>';
      shadow.appendChild(root);
      this.parts = {
        root,
        frame: root.querySelector(".frame"),
        sizer: root.querySelector(".sizer"),
        semantic: root.querySelector(".semantic"),
        textLayer: root.querySelector(".text-layer"),
        ring: root.querySelector(".focus-ring"),
        message: root.querySelector(".message"),
        fallback: root.querySelector(".fallback"),
      };
      this.textLayer = new TextLayer(this.parts.textLayer);
      this.reader = null;
      this.article = null;
      this.open = [];
      this.mode = "loading";
      this.instance = ++instances;
      let resolve, reject;
      this.readyPromise = new Promise((res, rej) => { resolve = res; reject = rej; });
      this.readyPromise.catch(() => {});  // a page that never asks is not told of an unhandled rejection
      this.settle = { resolve, reject };
      // A page script that ran before this definition (an async loader) may have
      // set properties on the plain element: they become attributes now.
      for (const name of ["src", "theme", "fontScale", "accent", "height", "timeout"]) {
        if (!Object.prototype.hasOwnProperty.call(this, name)) continue;
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }

    // --- attributes and properties ---------------------------------------------
    get src() { return this.getAttribute("src") || ""; }
    set src(value) { this.setAttribute("src", value); }
    get theme() { const t = this.getAttribute("theme"); return THEMES.includes(t) ? t : "light"; }
    set theme(value) { this.setAttribute("theme", value); }
    get fontScale() { return Number(this.getAttribute("font-scale")) || 1; }
    set fontScale(value) { this.setAttribute("font-scale", String(value)); }
    get accent() { return this.getAttribute("accent") || ""; }
    set accent(value) { this.setAttribute("accent", value); }
    get height() { return this.getAttribute("height") || "auto"; }
    set height(value) { this.setAttribute("height", value); }
    get ready() { return this.readyPromise; }
    // How long a post may take to arrive, in ms (then: a message and an error event).
    get timeout() { return this.fetchTimeout || 20000; }
    set timeout(ms) { this.fetchTimeout = Math.max(100, Number(ms) || 20000); }

    attributeChangedCallback(name, old, value) {
      if (old === value) return;
      if (name === "font-scale") this.parts.root.style.setProperty("--cr-scale", String(clampScale(this.fontScale)));
      if (name === "height") return this.applyHeight();
      if (name === "theme") this.applyThemeClass();
      if (name === "accent" && /^#[0-9a-f]{6}$/i.test(value || "")) this.parts.root.style.setProperty("--cr-accent", value);
      if (!this.reader) return;  // start() reads the attributes
      if (name === "src" && value) {
        if (this.mode === "error") this.restart();
        else this.readyPromise.then(() => this.loadUrl(value), () => {});
      }
      if (name === "theme") this.reader.setTheme(this.theme);
      if (name === "font-scale") this.reader.setFontScale(this.fontScale);
      if (name === "accent" && /^#?[0-9a-f]{6}$/i.test(value || "")) {
        this.reader.options.accent = value;
        if (this.mode === "canvas") this.reader.setAccent(value);
      }
    }

    // After a failure, a new src starts a new reader.
    restart() {
      const old = this.readyPromise;
      this.readyPromise = new Promise((res, rej) => { this.settle = { resolve: res, reject: rej }; });
      this.readyPromise.catch(() => {});
      old.catch(() => {});
      this.mode = "loading";
      this.parts.message.hidden = true;
      this.parts.frame.hidden = false;
      this.parts.sizer.querySelectorAll("canvas").forEach((c) => c.remove());
      this.start();
    }

    connectedCallback() {
      this.applyHeight();
      this.applyThemeClass();
      if (!this.started) this.updatePresentation();  // a pre-rendered article stays in view
      if (!("clinicReader" in window)) window.clinicReader = this;  // automation's handle: the page's first reader
      if (this.started) {
        if (this.reader) this.reader.requestFrame();  // back on the page
        return;
      }
      this.started = true;
      // theme="auto" follows the system's light or dark setting; the contrast setting is followed too.
      matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => this.applyThemeClass());
      moreContrast.addEventListener("change", () => this.applyThemeClass());
      // Forced colours show the article (the stylesheet does it at once; the canvas stops drawing).
      forcedColors.addEventListener("change", () => this.updatePresentation());
      // The runtime is fetched now (an async loader runs while the page is still
      // parsing); the reader itself starts once the page's scripts have run.
      // (fonts="bundled": the reader's own Noto files, as the native renders draw)
      runtime.preload(this.getAttribute("fonts") === "bundled" ? runtime.fonts.map(([, file]) => file) : []);
      parsed.then(afterFirstPaint).then(() => this.start());
    }

    applyHeight() {
      const height = this.height.trim();
      const fixed = height !== "auto" && height !== "" && CSS.supports("height", height);
      this.parts.frame.classList.toggle("scrolls", fixed);
      this.parts.frame.style.height = fixed ? height : "";
      if (this.reader) {
        this.reader.scroller = fixed ? this.parts.frame : null;
        this.reader.requestFrame();
      }
    }

    applyThemeClass() {
      let theme = this.theme;
      if (theme === "auto") theme = matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
      const list = this.parts.root.classList;
      for (const name of ["light", "dark", "sepia"]) list.toggle(name, name === theme);
      list.toggle("contrast", moreContrast.matches);
    }

    inlineMarkdown() {
      const script = [...this.children].find((c) => c.matches('script[type="text/markdown"]'));
      if (!script) return null;
      // The single-file export writes the post base64-encoded: any text, even "</script>", survives.
      if (script.dataset.encoding === "base64") {
        const binary = atob(script.textContent.trim());
        return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
      }
      return script.textContent.replace(/^\n/, "");
    }

    language() {
      const lang = (this.article && this.article.lang) || this.lang || document.documentElement.lang || navigator.language || "en";
      return lang.slice(0, 2) === "ko" ? "ko" : "en";
    }

    // --- start ------------------------------------------------------------------
    start() {
      this.updatePresentation();  // children parsed since connectedCallback: a pre-rendered article shows
      const markdown = this.inlineMarkdown();
      const src = this.src;
      const parts = this.parts;
      const fixed = parts.frame.classList.contains("scrolls");
      this.reader = new Reader(this, {
        src: markdown === null ? src : "",
        timeout: this.timeout,
        markdown: markdown || "",
        theme: this.theme,
        fontScale: this.fontScale,
        accent: /^#?[0-9a-f]{6}$/i.test(this.accent) ? this.accent : "",
        stage: parts.sizer,
        sizer: parts.sizer,
        scroller: fixed ? parts.frame : null,
        pointerSurface: parts.sizer,
        semantic: true,
        deviceFonts: this.getAttribute("fonts") !== "bundled",
        fragments: document.querySelector("clinic-reader") === this,
        onLoad: () => this.installArticle(),
        onFirstText: () => this.updatePresentation(),
        onReflow: () => this.reflow(),
        onError: (error) => this.showFailure(error),
        onNoWebGL: (html) => this.showFallback(html, null),
      });
      if (!this.reader.options.deviceFonts) runtime.pageFonts();
      if (!this.listening) {
        this.listening = true;
        // The page's copy of the font arrived: the text layer measures again.
        document.fonts.addEventListener("loadingdone", () => { if (this.mode === "canvas") this.reflow(); });
        parts.frame.addEventListener("scroll", () => this.reader.requestFrame(), { passive: true });
        this.addEventListener("statechange", () => this.syncState());
        this.addEventListener("click", (e) => this.onClick(e));
        this.addEventListener("keydown", (e) => semantic.onKey(this.article, e));
        this.addEventListener("focusin", (e) => this.onFocus(e.target));
        this.addEventListener("focusout", () => this.onFocus(null));
        parts.sizer.addEventListener("pointerup", (e) => this.afterPointer(e));
        // Find-in-page met a word of a closed answer: the answer opens.
        this.addEventListener("beforematch", (e) => {
          const index = semantic.panelIndex(this.article, e.target);
          if (index >= 0 && this.mode === "canvas" && !this.reader.state().qa[index].open) this.reader.toggle(index);
        });
      }
      this.reader.ready.then(() => {
        if (this.mode === "loading") this.mode = "canvas";
        this.syncState();
        this.updatePresentation();
        this.settle.resolve(this);
        this.dispatchEvent(new CustomEvent("ready"));
      }, () => {});
    }

    // A new post in the canvas: its article goes to the light DOM.
    installArticle() {
      this.article = semantic.install(this, this.reader.html(), (article) => {
        this.uniqueIds(article);
        window.ClinicReader.ImageLoader.quiet(article, this.reader.postUrl);
      });
      this.open = [];
      this.syncState();
      this.watchTranslation();
    }

    // Two readers on a page would repeat ids (q1, section ids): the later one prefixes its own.
    // Runs before the article joins the document.
    uniqueIds(article) {
      const old = semantic.articleOf(this);
      const clashes = [...article.querySelectorAll("[id]")].filter((n) => {
        const other = document.getElementById(n.id);
        return other && !(old && old.contains(other));
      });
      if (!clashes.length) return;
      const prefix = `reader${this.instance}-`;
      for (const node of article.querySelectorAll("[id]")) node.id = prefix + node.id;
      for (const attr of ["aria-controls", "aria-labelledby"]) {
        for (const node of article.querySelectorAll(`[${attr}]`)) node.setAttribute(attr, prefix + node.getAttribute(attr));
      }
      for (const link of article.querySelectorAll('a[href^="#"]')) link.setAttribute("href", "#" + prefix + link.getAttribute("href").slice(1));
    }

    // The reader's open questions changed (its own input or the API): the DOM layer follows.
    syncState() {
      if (this.mode === "html") return;
      const state = this.reader && this.reader.core ? this.reader.state() : null;
      if (!state) return;
      semantic.sync(this.article, state.qa);
      state.qa.forEach((q, index) => {
        if (this.open[index] !== undefined && this.open[index] !== q.open) {
          this.dispatchEvent(new CustomEvent("toggle", { detail: { index, open: q.open } }));
        }
      });
      this.open = state.qa.map((q) => q.open);
    }

    reflow() {
      this.textLayer.build(this.reader.textLines());
      this.placeRing();
    }

    // --- keyboard focus in the semantic layer -------------------------------------
    onClick(event) {
      // A link of the semantic layer (keyboard users reach those) opens as a drawn link does.
      const link = event.target.closest && event.target.closest("a[href]");
      if (link && this.article && this.article.contains(link) && this.mode === "canvas") {
        event.preventDefault();
        if (!link.getAttribute("href").startsWith("#") && this.reader.onLinkClick(link.href)) {
          window.open(link.href, "_blank", "noopener,noreferrer");
        }
        return;
      }
      const button = event.target.closest && event.target.closest("button");
      if (!button || !this.article || !this.article.contains(button) || this.mode !== "canvas") return;
      if (button.dataset.control === "expand") this.reader.expandAll();
      else if (button.dataset.control === "collapse") this.reader.collapseAll();
      else {
        const index = semantic.questionButtons(this.article).indexOf(button);
        if (index >= 0) this.reader.toggle(index);
      }
    }

    onFocus(target) {
      if (this.mode !== "canvas" || !this.reader.core) return;
      this.focused = target;
      if (this.showingArticle) return;  // the article's own focus ring shows
      const control = semantic.controlOf(this.article, target);
      const visible = Boolean(target && focusVisible(target));
      this.reader.focusControl(control ? control[0] : -1, control ? control[1] : 0, visible && control);
      if (control && visible) {
        // The browser scrolled to the hidden button; the drawn control is what must show.
        this.reader.scrollFocusIntoView();
        requestAnimationFrame(() => this.reader.scrollFocusIntoView());
      }
      this.placeRing();
    }

    // A focused link has no drawn focus ring of its own: a DOM ring goes over its drawn box.
    placeRing() {
      const ring = this.parts.ring, target = this.focused;
      const link = target && target.matches && target.matches("a[href]") && this.article && this.article.contains(target) ? target : null;
      const box = link ? this.linkBox(link) : null;
      ring.hidden = !box;
      if (!box) return;
      Object.assign(ring.style, { left: box.left - 3 + "px", top: box.top - 3 + "px",
                                  width: box.right - box.left + 6 + "px", height: box.bottom - box.top + 6 + "px" });
      this.reader.scrollFocusIntoView(box.top, box.bottom);
    }

    linkBox(link) {
      const href = link.href;
      const same = [...this.article.querySelectorAll("a[href]")].filter((a) => a.href === href);
      const drawn = this.reader.state().links.filter((l) => new URL(l.href, location.href).href === href);
      return drawn[same.indexOf(link)] || drawn[0] || null;
    }

    // A click on a drawn question row moves DOM focus to its button (no ring: it was a pointer).
    afterPointer(event) {
      if (this.mode !== "canvas" || this.showingArticle || !this.reader.core || !this.article || String(getSelection())) return;
      const y = event.clientY - this.parts.sizer.getBoundingClientRect().top;
      requestAnimationFrame(() => {
        const qa = this.reader.state().qa;
        const index = qa.findIndex((q) => q.top !== undefined && y >= q.top && y < q.bottom);
        const button = semantic.questionButtons(this.article)[index];
        // (focusVisible: Firefox would otherwise ring a button focused after a click)
        if (button) button.focus({ preventScroll: true, focusVisible: false });
      });
    }

    // --- the article in place of the canvas ------------------------------------------
    // A translated page and forced colours show the light DOM article, typeset like
    // the canvas, where the canvas was (printing does too, by the stylesheet alone).
    // The canvas stops drawing meanwhile and comes back at the same place in the post.
    // A pre-rendered article (the page put `clinic-reader html` output inside the
    // element) is shown the same way from the first paint until the canvas's first
    // frame with text: the reader draws meanwhile, then takes its place. True when
    // the canvas was just put back (the reader draws it again).
    updatePresentation() {
      const running = this.mode === "canvas" || this.mode === "loading";
      const article = semantic.articleOf(this);
      const reasons = [];
      if (forcedColors.matches) reasons.push("forced-colors");
      if (this.translated) reasons.push("translated");
      if (this.mode === "loading" && !(this.reader && this.reader.textShown)) reasons.push("prerendered");
      const show = running && Boolean(article) && reasons.length > 0;
      this.presentation = show ? reasons[0] : "canvas";
      if (show && this.presentation === "prerendered") semantic.adoptPrerendered(article);
      if (show === Boolean(this.showingArticle)) return false;
      const place = this.reader && this.reader.core ? this.readingPlace() : null;
      this.showingArticle = show;
      this.parts.root.classList.toggle("show-article", show);
      this.parts.ring.hidden = true;
      if (!this.reader) return false;
      this.reader.pause(show && this.presentation !== "prerendered");
      if (show) this.goToPlace(place);
      else this.reader.nextFrame().then(() => this.goToPlace(place));
      this.dispatchEvent(new CustomEvent("statechange"));
      return !show;
    }

    // Where the reader is, between two landmarks both renditions share (the post's
    // top, each question, its end): [landmark, fraction of the way to the next], or null.
    readingPlace() {
      const y = this.viewTop();
      if (y <= 0) return null;
      const marks = this.landmarks();
      let i = 0;
      while (i + 2 < marks.length && marks[i + 1] <= y) ++i;
      return [i, Math.min(1, (y - marks[i]) / Math.max(1, marks[i + 1] - marks[i]))];
    }
    goToPlace(place) {
      if (!place) return;
      const marks = this.landmarks();
      const [i, t] = place;
      if (i + 1 >= marks.length) return;
      this.reader.scrollToPost(marks[i] + t * (marks[i + 1] - marks[i]));
    }
    // The post coordinate at the top of the view.
    viewTop() {
      const scroller = this.reader.scroller;
      return (scroller ? scroller.getBoundingClientRect().top : 0) - this.parts.sizer.getBoundingClientRect().top;
    }
    landmarks() {
      const box = this.parts.sizer.getBoundingClientRect();
      const questions = this.showingArticle
        ? semantic.questionButtons(semantic.articleOf(this)).map((b) => b.getBoundingClientRect().top - box.top)
        : this.reader.state().qa.map((q) => q.top);
      return [0, ...questions.map((y) => y || 0), box.height];
    }

    // Page translation (the browser's, or an extension's) rewrites the article's
    // text: Chrome marks <html class="translated-ltr">, others only change the words.
    // Either way the translated article is shown until the original words are back.
    watchTranslation() {
      if (!this.translationObserver) {
        const check = () => {
          clearTimeout(this.translationCheck);
          this.translationCheck = setTimeout(() => this.checkTranslation(), 50);
        };
        this.translationObserver = new MutationObserver(check);
        new MutationObserver(check).observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
      }
      this.translationObserver.disconnect();
      if (!this.article) return;
      this.originalWords = semantic.words(this.article);
      this.translationObserver.observe(this.article, { characterData: true, childList: true, subtree: true });
      this.checkTranslation();
    }
    checkTranslation() {
      const html = document.documentElement.classList;
      const translated = html.contains("translated-ltr") || html.contains("translated-rtl") ||
        Boolean(this.article && semantic.words(this.article) !== this.originalWords);
      if (translated === Boolean(this.translated)) return;
      this.translated = translated;
      this.updatePresentation();
    }

    // --- failures and the fallback --------------------------------------------------
    showFailure(error) {
      const words = MESSAGES[this.language()];
      const pre = this.article || semantic.articleOf(this);
      if (error.code === "runtime" && pre) {
        this.showFallback(null, pre);  // the page pre-rendered the post: show that
      } else {
        this.mode = "error";
        this.updatePresentation();
        this.parts.frame.hidden = true;
        const message = this.parts.message;
        message.replaceChildren();
        const title = document.createElement("strong");
        title.textContent = words.failed;
        const detail = document.createElement("span");
        detail.textContent = error.message;
        message.append(title, detail);
        const markdown = this.reader && this.reader.markdown || this.inlineMarkdown();
        if (error.code === "runtime" && markdown) {  // the runtime failed, the post is here: show its text
          const source = document.createElement("pre");
          source.textContent = markdown;
          detail.textContent = words.runtime + " (" + error.message + ")";
          message.append(source);
        }
        message.hidden = false;
      }
      this.settle.reject(error);
      this.dispatchEvent(new CustomEvent("error", { detail: { message: error.message, code: error.code || "error" } }));
    }

    // No WebGL2 (or no runtime, with a pre-rendered article): the article itself, styled, accordion as <details>.
    showFallback(html, article) {
      this.mode = "html";
      this.updatePresentation();
      if (html) this.article = semantic.install(this, html, (a) => this.uniqueIds(a));
      const source = html ? this.article : article;
      this.parts.frame.hidden = true;
      const fallback = this.parts.fallback;
      if (!this.relabelFallback) this.relabelFallback = semantic.wireFallback(fallback, (open) => this.setAll(open));
      fallback.replaceChildren(source ? semantic.withDetails(source.outerHTML) : "");
      this.relabelFallback();
      fallback.hidden = false;
      if (html) {
        this.settle.resolve(this);
        this.dispatchEvent(new CustomEvent("ready"));
      }
    }

    fallbackItems() { return [...this.parts.fallback.querySelectorAll("details.qa-item")]; }

    // --- the public API ----------------------------------------------------------------
    async load(markdown) {
      await this.ready;
      this.reader.load(String(markdown));
      if (this.mode === "canvas") await this.reader.nextFrame();
    }

    async loadUrl(url) {
      try {
        this.load(await runtime.fetchPost(url, { timeout: this.timeout }));
      } catch (error) {
        this.showFailure(error);
      }
    }

    state() {
      if (this.mode === "html") {
        const article = this.parts.fallback.querySelector("article");
        return {
          mode: "html", title: article ? (article.querySelector("h1") || {}).textContent || "" : "",
          lang: article ? article.lang : "", theme: this.theme, fontScale: this.fontScale,
          qa: this.fallbackItems().map((d) => ({ question: d.querySelector("summary").textContent.trim(), open: d.open })),
        };
      }
      const state = this.reader && this.reader.core ? this.reader.state() : null;
      if (state) {
        state.mode = this.mode;
        state.presentation = this.presentation || "canvas";
        state.textLayerBuilds = this.textLayer.builds;
      }
      return state;
    }

    toggle(index) {
      if (this.mode === "html") {
        const item = this.fallbackItems()[index];
        if (item) item.open = !item.open;
        return Boolean(item);
      }
      return this.reader ? this.reader.toggle(index) : false;
    }
    expandAll() { this.setAll(true); }
    collapseAll() { this.setAll(false); }
    setAll(open) {
      if (this.mode === "html") return this.fallbackItems().forEach((d) => { d.open = open; });
      if (this.reader) open ? this.reader.expandAll() : this.reader.collapseAll();
    }
    setTheme(name) {
      if (!THEMES.includes(name)) throw new Error("unknown theme " + name);
      this.theme = name;
    }
    setFontScale(scale) { this.fontScale = clampScale(scale); }
    setAccent(color) { this.accent = color; }
  }

  if (!customElements.get("clinic-reader")) customElements.define("clinic-reader", ClinicReaderElement);
  window.ClinicReader.Element = ClinicReaderElement;
})();
