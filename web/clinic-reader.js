/*
 * clinic-reader.js — the loader and JavaScript handle of the clinic post reader.
 *
 *   <script src="clinic-reader.js" defer></script>
 *   const reader = ClinicReader.create(element, { src: "posts/milia.en.md" });
 *   await reader.ready;
 *
 * The post is drawn by WebAssembly (clinic-reader-core.wasm: the post model and
 * a Dear ImGui view) on a canvas. The page scrolls natively: the element is as
 * tall as the post and a viewport-sized canvas sticks in view, drawing the part
 * of the post that is on screen. A frame is drawn only when something changed
 * (scroll, resize, input, a font or post arriving): nothing runs while idle.
 */
(function () {
  "use strict";

  const scriptUrl = document.currentScript ? document.currentScript.src : location.href;
  const base = new URL(".", scriptUrl).href;

  // view::Key in src/view/view_input.h
  const KEYS = { Enter: 1, " ": 2, Spacebar: 2, Tab: 3, ArrowUp: 5, ArrowDown: 6, Home: 7, End: 8, Escape: 9 };
  const THEMES = ["light", "dark", "sepia", "auto"];

  let coreScript = null;
  function loadCoreScript() {
    if (!coreScript) {
      coreScript = new Promise((resolve, reject) => {
        const s = document.createElement("script");
        s.src = base + "clinic-reader-core.js";
        s.async = true;
        s.onload = () => resolve(window.createClinicReaderCore);
        s.onerror = () => reject(new Error("could not load " + s.src));
        document.head.appendChild(s);
      });
    }
    return coreScript;
  }

  async function fetchBytes(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`could not load ${url}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }

  async function fetchText(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`could not load ${url}: HTTP ${response.status}`);
    return response.text();
  }

  let nextId = 0;

  class Reader {
    constructor(host, options = {}) {
      this.host = host;
      this.options = options;
      this.themeName = options.theme || "light";
      this.fontScale = options.fontScale || 1;
      this.core = null;
      this.pending = false;
      this.contentHeight = 0;
      this.canvasSize = [0, 0, 0];
      this.stateVersion = 0;

      host.classList.add("clinic-reader");
      host.style.position = host.style.position || "relative";
      const canvas = document.createElement("canvas");
      canvas.id = "clinic-reader-canvas-" + nextId++;
      canvas.tabIndex = 0;
      canvas.setAttribute("role", "img");
      canvas.setAttribute("aria-label", "Post");
      Object.assign(canvas.style, {
        position: "sticky", top: "0", display: "block", width: "100%", outline: "none",
        touchAction: "pan-x pan-y pinch-zoom",
      });
      host.appendChild(canvas);
      this.canvas = canvas;
      host.style.minHeight = "100vh";

      this.ready = this.start().catch((error) => {
        this.showError(error);
        throw error;
      });
    }

    // A reader that cannot start says so inside its element instead of staying blank.
    showError(error) {
      const message = document.createElement("p");
      message.className = "clinic-reader-error";
      message.setAttribute("role", "alert");
      const korean = (document.documentElement.lang || navigator.language || "").startsWith("ko");
      message.textContent = (korean ? "글을 불러오지 못했습니다: " : "The post could not be shown: ") + error.message;
      Object.assign(message.style, { padding: "1em", margin: "1em auto", maxWidth: "40em", border: "1px solid #c98a00",
                                     borderRadius: "8px", font: "16px/1.5 system-ui, sans-serif" });
      this.canvas.style.display = "none";
      this.host.style.minHeight = "";
      this.host.style.height = "";
      this.host.appendChild(message);
      this.host.dispatchEvent(new CustomEvent("error", { detail: { message: error.message } }));
    }

    async start() {
      const fonts = (this.options.fonts || [
        base + "fonts/nanum-gothic-regular.ttf",
        base + "fonts/nanum-gothic-bold.ttf",
      ]).map(fetchBytes);
      const post = this.options.src ? fetchText(this.options.src) : Promise.resolve(this.options.markdown || "");
      const factory = await loadCoreScript();
      const core = await factory({
        locateFile: (path) => base + path,
        onLinkClick: (href) => this.onLinkClick(href),
      });
      this.core = core;
      const selector = this.allocString("#" + this.canvas.id, true);
      const ok = core._cr_init(selector);
      core._free(selector);
      if (!ok) {
        this.core = null;
        throw new Error("this browser cannot draw the reader (no WebGL2)");
      }
      this.applyTheme();
      core._cr_set_font_scale(this.fontScale);
      const reduceMotion = matchMedia("(prefers-reduced-motion: reduce)");
      core._cr_set_reduce_motion(reduceMotion.matches ? 1 : 0);
      reduceMotion.addEventListener("change", () => core._cr_set_reduce_motion(reduceMotion.matches ? 1 : 0));
      if (this.options.accent) this.setAccent(this.options.accent);
      this.listen();
      this.requestFrame();
      // The post and the fonts arrive in any order; each one redraws.
      const jobs = fonts.map((promise, face) => promise.then((bytes) => this.addFont(face, bytes)));
      jobs.push(post.then((text) => this.load(text)));
      await Promise.all(jobs);
      await this.nextFrame();
      if (this.options.fragments !== false) {
        addEventListener("hashchange", () => this.openFragment());
        await this.openFragment();
      }
      return this;
    }

    // "#q3" opens question 3 and scrolls to it.
    async openFragment() {
      const match = /^#q(\d+)$/.exec(location.hash);
      if (!match) return;
      const index = Number(match[1]) - 1;
      const before = this.state().qa[index];
      if (!before) return;
      if (!before.open) this.toggle(index);
      await this.nextFrame();
      const row = this.state().qa[index];
      const top = this.host.getBoundingClientRect().top + scrollY + row.top - 16;
      scrollTo(0, Math.max(0, top));
      await this.nextFrame();
    }

    // --- the public handle ----------------------------------------------------
    load(markdown) {
      const [ptr, length] = this.allocString(markdown);
      this.core._cr_load_markdown(ptr, length);
      this.core._free(ptr);
      const title = this.state().title;
      this.canvas.setAttribute("aria-label", title ? `Post: ${title}` : "Post");
      this.requestFrame();
    }
    async loadUrl(url) {
      this.load(await fetchText(url));
      await this.nextFrame();
    }
    state() {
      if (!this.core) return null;
      const state = JSON.parse(this.core.UTF8ToString(this.core._cr_state_json()));
      state.theme = this.themeName;
      state.resolvedTheme = this.resolvedTheme();
      return state;
    }
    toggle(index) { return this.changed(this.core._cr_toggle(index) === 1); }
    expandAll() { this.core._cr_expand_all(); this.changed(true); }
    collapseAll() { this.core._cr_collapse_all(); this.changed(true); }
    setTheme(name) {
      if (!THEMES.includes(name)) throw new Error("unknown theme " + name);
      this.themeName = name;
      if (this.core) this.applyTheme();
      this.requestFrame();
    }
    setFontScale(scale) {
      this.fontScale = Math.min(1.6, Math.max(0.85, Number(scale) || 1));
      if (this.core) this.core._cr_set_font_scale(this.fontScale);
      this.requestFrame();
    }
    setAccent(color) {
      const hex = /^#?([0-9a-f]{6})$/i.exec(String(color));
      if (!hex) throw new Error("accent must be #rrggbb");
      this.core._cr_set_accent(parseInt(hex[1], 16));
      this.requestFrame();
    }

    // --- internals ----------------------------------------------------------
    allocString(s, nulTerminated) {
      const core = this.core;
      const bytes = core.lengthBytesUTF8(s);
      const ptr = core._malloc(bytes + 1);
      core.stringToUTF8(s, ptr, bytes + 1);
      return nulTerminated ? ptr : [ptr, bytes];
    }

    addFont(face, bytes) {
      const ptr = this.core._cr_font_buffer(bytes.length);
      this.core.HEAPU8.set(bytes, ptr);
      if (!this.core._cr_add_font(face, ptr, bytes.length)) throw new Error("could not read font " + face);
      this.requestFrame();
    }

    resolvedTheme() {
      if (this.themeName !== "auto") return this.themeName;
      return matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
    }

    applyTheme() {
      const ptr = this.allocString(this.resolvedTheme(), true);
      this.core._cr_set_theme(ptr);
      this.core._free(ptr);
    }

    changed(result) {
      this.requestFrame();
      this.host.dispatchEvent(new CustomEvent("statechange"));
      return result;
    }

    onLinkClick(href) {
      const event = new CustomEvent("linkclick", { detail: { href }, cancelable: true });
      return this.host.dispatchEvent(event);
    }

    listen() {
      const canvas = this.canvas;
      const redraw = () => this.requestFrame();
      addEventListener("scroll", redraw, { passive: true });
      addEventListener("resize", redraw);
      new ResizeObserver(redraw).observe(this.host);
      matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => {
        if (this.themeName === "auto") { this.applyTheme(); redraw(); }
      });
      const position = (e) => {
        const r = canvas.getBoundingClientRect();
        this.core._cr_pointer_move(e.clientX - r.left, e.clientY - r.top);
      };
      canvas.addEventListener("pointermove", (e) => { position(e); redraw(); });
      canvas.addEventListener("pointerdown", (e) => {
        position(e);
        this.core._cr_pointer_button(e.button, 1);
        redraw();
      });
      canvas.addEventListener("pointerup", (e) => {
        position(e);
        this.core._cr_pointer_button(e.button, 0);
        if (e.pointerType !== "mouse") this.core._cr_pointer_leave();  // no hover after a tap
        redraw();
      });
      canvas.addEventListener("pointercancel", () => {  // a touch that became a scroll
        this.core._cr_pointer_leave();
        this.core._cr_pointer_button(0, 0);
        redraw();
      });
      canvas.addEventListener("pointerleave", () => { this.core._cr_pointer_leave(); redraw(); });
      // Tabbing into the reader lands on its first (or, with Shift, last) control.
      let tabbed = null;
      document.addEventListener("keydown", (e) => {
        if (e.key === "Tab") tabbed = { shift: e.shiftKey, at: performance.now() };
      }, true);
      canvas.addEventListener("focus", () => {
        this.core._cr_focus(1);
        if (tabbed && performance.now() - tabbed.at < 500 && this.core._cr_key(tabbed.shift ? 4 : 3)) {
          this.scrollFocusIntoView();
        }
        tabbed = null;
        redraw();
      });
      canvas.addEventListener("blur", () => { this.core._cr_focus(0); redraw(); });
      canvas.addEventListener("keydown", (e) => this.onKey(e));
      // A lost context (GPU reset, too many contexts) comes back: redraw then.
      canvas.addEventListener("webglcontextlost", (e) => { e.preventDefault(); this.contextLost = true; });
      canvas.addEventListener("webglcontextrestored", () => {
        this.contextLost = false;
        this.core._cr_context_restored();
        this.canvasSize = [0, 0, 0];
        redraw();
      });
    }

    onKey(e) {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      let key = KEYS[e.key];
      if (!key) return;
      if (key === 3 && e.shiftKey) key = 4;
      if (!this.core._cr_key(key)) return;
      e.preventDefault();
      this.scrollFocusIntoView();
      this.requestFrame();
    }

    scrollFocusIntoView() {
      const top = this.core._cr_focus_top(), bottom = this.core._cr_focus_bottom();
      if (bottom <= top) return;
      const hostTop = this.host.getBoundingClientRect().top;
      const margin = 24;
      if (hostTop + top < margin) scrollBy(0, hostTop + top - margin);
      else if (hostTop + bottom > innerHeight - margin) scrollBy(0, hostTop + bottom - innerHeight + margin);
    }

    requestFrame() {
      if (this.pending || !this.core || this.contextLost) return;
      this.pending = true;
      requestAnimationFrame(() => this.frame());
    }

    nextFrame() {
      return new Promise((resolve) => {
        this.requestFrame();
        requestAnimationFrame(() => requestAnimationFrame(resolve));
      });
    }

    frame() {
      this.pending = false;
      const core = this.core, canvas = this.canvas;
      // The canvas covers the viewport (or the whole post, when shorter).
      const width = this.host.clientWidth;
      const height = Math.max(1, Math.min(innerHeight, this.contentHeight || innerHeight));
      if (canvas.style.height !== height + "px") canvas.style.height = height + "px";
      const dpr = devicePixelRatio || 1;
      if (this.canvasSize[0] !== width || this.canvasSize[1] !== height || this.canvasSize[2] !== dpr) {
        canvas.width = Math.round(width * dpr);
        canvas.height = Math.round(height * dpr);
        this.canvasSize = [width, height, dpr];
        core._cr_resize(width, height, dpr);
      }
      // The part of the post on screen: the canvas's offset inside the element.
      const scroll = Math.max(0, canvas.getBoundingClientRect().top - this.host.getBoundingClientRect().top);
      core._cr_set_scroll(scroll);

      const more = core._cr_frame();

      const contentHeight = Math.ceil(core._cr_content_height());
      if (contentHeight > 0 && contentHeight !== this.contentHeight) {
        this.contentHeight = contentHeight;
        this.host.style.minHeight = "";
        this.host.style.height = contentHeight + "px";
        this.requestFrame();  // the canvas may need another size
      }
      canvas.style.cursor = core._cr_cursor() ? "pointer" : "";
      const link = core.UTF8ToString(core._cr_hovered_link());
      if (canvas.title !== link) canvas.title = link;
      const version = core._cr_state_version();
      if (version !== this.stateVersion) {  // the reader's own input changed what state() reports
        this.stateVersion = version;
        this.host.dispatchEvent(new CustomEvent("statechange"));
      }
      if (more) this.requestFrame();
    }
  }

  window.ClinicReader = {
    create(host, options) { return new Reader(host, options); },
    Reader,
  };
})();
