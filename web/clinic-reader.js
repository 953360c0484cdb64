/*
 * The canvas reader: one instance of the WebAssembly core (the post model and
 * a Dear ImGui view) drawing a post on a WebGL2 canvas. The <clinic-reader>
 * element (web/element/reader-element.js) builds on it; pages may also use it
 * directly:
 *
 *   const reader = ClinicReader.create(element, { src: "posts/milia.en.md" });
 *   await reader.ready;
 *
 * The page scrolls natively: the element is as tall as the post and a
 * viewport-sized canvas sticks in view, drawing the part of the post that is on
 * screen (inside an element of fixed height, that element scrolls the same
 * way). A frame is drawn only when something changed (scroll, resize, input, a
 * font or post arriving): nothing runs while idle.
 */
(function () {
  "use strict";
  const runtime = window.ClinicReader.runtime;

  // view::Key in src/view/view_input.h
  const KEYS = { Enter: 1, " ": 2, Spacebar: 2, Tab: 3, ArrowUp: 5, ArrowDown: 6, Home: 7, End: 8, Escape: 9 };
  const THEMES = ["light", "dark", "sepia", "auto"];
  const FACES = { regular: 0, bold: 1 };  // cr_add_font's face numbers
  const utf8Encoder = new TextEncoder();
  const MAX_CANVAS_PIXELS = 4096 * 4096;  // iOS Safari's limit on one canvas's area

  class Reader {
    // The page's font-scale: 0.85 to 1.6, in hundredths (the element's attribute too).
    static clampFontScale(scale) { return Math.round(Math.min(1.6, Math.max(0.85, Number(scale) || 1)) * 100) / 100; }

    // options: src | markdown, theme, fontScale, accent, fonts, fragments (#qN, default on),
    // and for the element: stage (where the canvas goes), sizer (the element as tall
    // as the post), scroller (an element scrolling the post instead of the page),
    // semantic (keyboard focus lives in a DOM layer: the canvas is aria-hidden),
    // onError, onReflow, onNoWebGL.
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
      this.layoutVersion = -1;
      this.frameTiming = { frames: 0, ms: 0 };
      this.markdown = "";
      this.sizer = options.sizer || host;
      this.scroller = options.scroller || null;
      // Relative image sources in the post resolve against its URL.
      this.postUrl = new URL(options.src || "", document.baseURI).href;
      this.images = new window.ClinicReader.ImageLoader(this);

      if (!options.stage) {
        host.classList.add("clinic-reader");
        host.style.position = host.style.position || "relative";
      }
      const canvas = document.createElement("canvas");
      if (options.semantic) {
        canvas.setAttribute("aria-hidden", "true");  // the DOM layer is what assistive technology reads
      } else {
        canvas.tabIndex = 0;
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", "Post");
      }
      Object.assign(canvas.style, {
        position: "sticky", top: "0", display: "block", width: "100%", outline: "none",
        touchAction: "pan-x pan-y pinch-zoom",
        // Hidden until it first draws the post's text: a WebGL canvas shows
        // black before that, and each frame drawn is one more to composite.
        visibility: "hidden",
      });
      (options.stage || host).appendChild(canvas);
      this.canvas = canvas;
      if (!this.scroller) this.sizer.style.minHeight = "100vh";

      this.ready = this.start().catch((error) => {
        this.fail(error);
        throw error;
      });
    }

    // A reader that cannot start (or whose core aborts) says so instead of staying blank.
    fail(error) {
      if (this.failed) return;
      this.failed = error;
      this.canvas.style.display = "none";
      this.sizer.style.minHeight = "";
      this.sizer.style.height = "";
      if (this.options.onError) return this.options.onError(error);
      const message = document.createElement("p");
      message.className = "clinic-reader-error";
      message.setAttribute("role", "alert");
      const korean = (document.documentElement.lang || navigator.language || "").startsWith("ko");
      message.textContent = (korean ? "글을 불러오지 못했습니다: " : "The post could not be shown: ") + error.message;
      Object.assign(message.style, { padding: "1em", margin: "1em auto", maxWidth: "40em", border: "1px solid #c98a00",
                                     borderRadius: "8px", font: "16px/1.5 system-ui, sans-serif" });
      this.host.appendChild(message);
      this.host.dispatchEvent(new CustomEvent("error", { detail: { message: error.message, code: error.code } }));
    }

    // Calls into the core; an abort in there (out of memory) ends this reader only.
    call(name, ...args) {
      if (!this.core || this.failed) return 0;
      try {
        return this.core[name](...args);
      } catch (error) {
        // An abort: almost always memory (a heap at its limit); say which when it is.
        const full = this.core.HEAPU8.length > 0.9 * 2 ** 31 || /memory|alloc|OOM/i.test(String(error.message || error));
        const message = full ? "the reader ran out of memory (the post is too large for it)"
                             : "the reader stopped unexpectedly (" + String(error.message || error).split(".")[0] + ")";
        this.core = null;
        // The engine's own words kept as the cause: a page (or a test) can log them.
        this.fail(Object.assign(new Error(message), { code: full ? "memory" : "aborted", cause: String(error.message || error) }));
        return 0;
      }
    }

    async start() {
      // Glyphs come from the device's own fonts (options.deviceFonts, the default:
      // fonts/fonts.txt's files then only for what the device lacks) or from
      // fonts.txt's files (the core asks for them: pumpGlyphs); options.fonts,
      // [face, file] pairs, loads just those faces instead.
      const faces = (this.options.fonts || []).filter(([face]) => face in FACES);
      const device = this.options.deviceFonts !== false && !this.options.fonts;
      const startFiles = device ? [] : runtime.fonts.map(([, file]) => file);
      runtime.preload(this.options.fonts ? faces.map(([, file]) => file) : startFiles);
      const fonts = faces.map(([, file]) => runtime.bytes(file));
      // The files loaded at start are fetched at once, beside the core and the post.
      const manifest = this.options.fonts ? null : runtime.bytes("fonts/fonts.txt");
      if (manifest) for (const file of startFiles) runtime.bytes(file).catch(() => {});
      const post = this.options.src
        ? runtime.fetchPost(this.options.src, { signal: this.options.signal, timeout: this.options.timeout })
        : Promise.resolve(this.options.markdown || "");
      fonts.forEach((f) => f.catch(() => {}));
      post.catch(() => {});
      const core = await runtime.createCore({ onLinkClick: (href) => this.onLinkClick(href) });
      this.core = core;
      core.specialHTMLTargets["!canvas"] = this.canvas;
      // Where WebGL is off (a setting, a blocklisted GPU, an old engine), WebKit
      // does not even define WebGL2RenderingContext: no context is asked for then.
      const ok = typeof WebGL2RenderingContext === "function" && this.call("_cr_init", this.allocString("!canvas", true));
      if (!ok) {
        // No WebGL2: the core still turns the post into HTML for the fallback.
        this.canvas.remove();
        this.noWebGL = true;
        const error = Object.assign(new Error("this browser cannot draw the reader (no WebGL2)"), { code: "webgl" });
        if (!this.options.onNoWebGL) throw error;
        this.markdown = await post;
        this.options.onNoWebGL(this.htmlOf(this.markdown));
        return this;
      }
      if (device) this.call("_cr_use_device_fonts");
      this.applyTheme();
      this.textScale = this.defaultTextScale();
      this.applyFontScale();
      // prefers-contrast: more draws the higher-contrast palette.
      const moreContrast = matchMedia("(prefers-contrast: more)");
      const applyContrast = () => { this.call("_cr_set_more_contrast", moreContrast.matches ? 1 : 0); this.requestFrame(); };
      applyContrast();
      moreContrast.addEventListener("change", applyContrast);
      const reduceMotion = matchMedia("(prefers-reduced-motion: reduce)");
      this.call("_cr_set_reduce_motion", reduceMotion.matches ? 1 : 0);
      reduceMotion.addEventListener("change", () => this.call("_cr_set_reduce_motion", reduceMotion.matches ? 1 : 0));
      if (this.options.accent) this.setAccent(this.options.accent);
      this.listen();
      this.requestFrame();
      // The post and the fonts arrive in any order; each one redraws.
      const jobs = fonts.map((promise, i) => promise.then((bytes) => this.addFont(FACES[faces[i][0]], bytes)));
      jobs.push(post.then((text) => this.load(text)));
      if (manifest) jobs.push(manifest.then((bytes) => this.setGlyphManifest(bytes)));
      await Promise.all(jobs);
      await this.glyphsLoaded();
      if (this.failed) throw this.failed;
      await this.nextFrame();
      this.runAfterFirstText();  // no text drawn (no font, an empty post): now
      if (this.options.fragments !== false) {
        addEventListener("hashchange", () => this.openFragment());
        await this.openFragment();
      }
      return this;
    }

    // "#q3" opens question 3 and scrolls to it.
    async openFragment() {
      const match = /^#q(\d+)$/.exec(location.hash);
      if (!match || !this.core) return;
      const index = Number(match[1]) - 1;
      const before = this.state().qa[index];
      if (!before) return;
      if (!before.open) this.toggle(index);
      await this.nextFrame();
      this.scrollToPost(this.state().qa[index].top - 16);
      await this.nextFrame();
    }

    // Scrolls the page (or the reader's own scroller) so post coordinate y is at the top.
    scrollToPost(y) {
      if (this.scroller) {
        this.scroller.scrollTop = Math.max(0, y);
      } else {
        scrollTo(0, Math.max(0, this.sizer.getBoundingClientRect().top + scrollY + y));
      }
    }

    // --- the public handle ----------------------------------------------------
    load(markdown) {
      this.markdown = markdown;
      if (this.noWebGL) return this.options.onNoWebGL(this.htmlOf(markdown));
      const [ptr, length] = this.allocString(markdown);
      this.call("_cr_load_markdown", ptr, length);
      this.call("_free", ptr);
      this.images.load(this.postUrl);
      const title = this.core ? this.state().title : "";
      if (!this.options.semantic) this.canvas.setAttribute("aria-label", title ? `Post: ${title}` : "Post");
      this.requestFrame();
      this.pumpGlyphs();  // the chunks this post needs
      if (this.options.onLoad) this.afterFirstText(this.options.onLoad);
    }
    async loadUrl(url) {
      const text = await runtime.fetchPost(url);
      this.postUrl = new URL(url, document.baseURI).href;
      this.load(text);
      await this.glyphsLoaded();
      await this.nextFrame();
    }
    state() {
      if (!this.core || this.noWebGL) return null;
      const state = JSON.parse(this.core.UTF8ToString(this.call("_cr_state_json")));
      state.textScale = state.fontScale;  // what is drawn: fontScale x the default font size's share of 16 px
      state.fontScale = this.fontScale;
      state.theme = this.themeName;
      state.resolvedTheme = this.resolvedTheme();
      return state;
    }
    toggle(index) { return this.changed(this.call("_cr_toggle", index) === 1); }
    expandAll() { this.call("_cr_expand_all"); this.changed(true); }
    collapseAll() { this.call("_cr_collapse_all"); this.changed(true); }
    setTheme(name) {
      if (!THEMES.includes(name)) throw new Error("unknown theme " + name);
      this.themeName = name;
      if (this.core) this.applyTheme();
      this.requestFrame();
    }
    setFontScale(scale) {
      this.fontScale = Reader.clampFontScale(scale);
      this.applyFontScale();
    }
    // The drawn size: the page's font-scale times the browser's default font size
    // against 16 px (a patient who chose 24 px in the browser's settings reads at 1.5x).
    applyFontScale() {
      this.call("_cr_set_font_scale", this.fontScale * this.textScale);
      this.requestFrame();
    }
    defaultTextScale() {
      const probe = document.createElement("div");
      probe.style.cssText = "position: absolute; visibility: hidden; font-size: medium";
      (this.options.stage || this.host).appendChild(probe);
      const px = parseFloat(getComputedStyle(probe).fontSize) || 16;
      probe.remove();
      return px / 16;
    }
    // While paused (the element shows the article instead: print, a translated
    // page, forced colours) no frame is drawn.
    pause(paused) {
      this.paused = paused;
      if (!paused) this.requestFrame();
    }
    setAccent(color) {
      const hex = /^#?([0-9a-f]{6})$/i.exec(String(color));
      if (!hex) throw new Error("accent must be #rrggbb");
      this.call("_cr_set_accent", parseInt(hex[1], 16));
      this.requestFrame();
    }
    // The core's accessible article for the loaded post.
    html() { return this.core && !this.noWebGL ? this.core.UTF8ToString(this.call("_cr_post_html")) : this.htmlOf(this.markdown); }
    // The drawn lines, for the text layer: [[x, y, width, size, bold, text], ...].
    textLines() { return this.core ? JSON.parse(this.core.UTF8ToString(this.call("_cr_text_lines_json"))) : []; }
    // Keyboard focus on a DOM control: the canvas draws its ring (kind -1: none).
    focusControl(kind, index, visible) {
      const found = this.call("_cr_focus_hit", kind, index, visible ? 1 : 0) === 1;
      this.requestFrame();
      return found;
    }

    // --- internals ----------------------------------------------------------
    // Runs `job` in a task once the next animation frame has begun: after the
    // frame being drawn now is on screen.
    afterThisFrame(job) { requestAnimationFrame(() => setTimeout(job)); }

    // Work the first frame with text need not wait for: the page's DOM layers
    // (the semantic article) and the layout that measures them held that frame
    // back by 25-100 ms. It runs once that frame is on screen.
    afterFirstText(job) {
      if (this.textShown && !this.afterText) return job();
      (this.afterText = this.afterText || []).push(job);
    }
    runAfterFirstText() {
      const jobs = this.afterText || [];
      this.afterText = null;
      for (const job of jobs) if (this.core && !this.failed) job();
    }

    htmlOf(markdown) {
      const [ptr, length] = this.allocString(markdown);
      const html = this.core.UTF8ToString(this.call("_cr_html_of", ptr, length));
      this.call("_free", ptr);
      return html;
    }

    // The string as UTF-8 in the wasm heap, written there by the browser's
    // encoder in one pass (Emscripten's stringToUTF8 is a JS loop per character,
    // milliseconds for a long post). A UTF-16 unit takes at most 3 bytes.
    allocString(s, nulTerminated) {
      const capacity = s.length * 3 + 1;
      const ptr = this.call("_malloc", capacity);
      if (!ptr) throw Object.assign(new Error("the post is too large for this device's memory"), { code: "memory" });
      const heap = this.core.HEAPU8;  // read after malloc: a grown memory has a new buffer
      const { written } = utf8Encoder.encodeInto(s, heap.subarray(ptr, ptr + capacity - 1));
      heap[ptr + written] = 0;
      return nulTerminated ? ptr : [ptr, written];
    }

    // --- glyph files ------------------------------------------------------------
    setGlyphManifest(bytes) {
      const [ptr, length] = this.allocString(new TextDecoder().decode(bytes));
      const ok = this.call("_cr_glyphs_manifest", ptr, length);
      this.core._free(ptr);
      if (!ok) throw Object.assign(new Error("the reader's font list (fonts/fonts.txt) is unreadable"), { code: "fonts" });
      this.glyphManifest = true;
      this.pumpGlyphs();
    }

    // Fetches the glyph files the core wants now (at start the base faces and
    // the start-up emoji; after a post, the chunks it needs) and hands each one
    // in; every arrival redraws and asks again.
    pumpGlyphs() {
      if (!this.core || !this.glyphManifest) return;
      this.glyphJobs = this.glyphJobs || new Set();
      const names = this.core.UTF8ToString(this.call("_cr_glyphs_wanted")).split("\n").filter(Boolean);
      for (const name of names) {
        const job = runtime.bytes("fonts/" + name).then((bytes) => this.addGlyphFile(name, bytes), (error) => {
          console.warn(`clinic-reader: ${error.message}; its glyphs stay blank`);
          this.addGlyphFile(name, null);
        }).finally(() => {
          this.glyphJobs.delete(job);
          this.pumpGlyphs();
        });
        this.glyphJobs.add(job);
      }
    }

    addGlyphFile(name, bytes) {
      if (!this.core) return;
      const ptr = bytes ? this.call("_cr_font_buffer", bytes.length) : 0;
      if (ptr) this.core.HEAPU8.set(bytes, ptr);
      const namePtr = this.allocString(name, true);
      this.call("_cr_glyphs_add", namePtr, ptr, bytes ? bytes.length : 0, ptr ? 1 : 0);
      this.core._free(namePtr);
      this.requestFrame();
    }

    // Resolves when no glyph file is on its way (the post draws completely).
    async glyphsLoaded() {
      while (this.glyphJobs && this.glyphJobs.size) await Promise.allSettled([...this.glyphJobs]);
    }

    addFont(face, bytes) {
      const ptr = this.call("_cr_font_buffer", bytes.length);
      if (!ptr) return;
      this.core.HEAPU8.set(bytes, ptr);
      if (!this.call("_cr_add_font", face, ptr, bytes.length)) throw new Error("could not read font " + face);
      this.requestFrame();
    }

    resolvedTheme() {
      if (this.themeName !== "auto") return this.themeName;
      return matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
    }

    applyTheme() {
      const ptr = this.allocString(this.resolvedTheme(), true);
      this.call("_cr_set_theme", ptr);
      this.call("_free", ptr);
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

    viewportHeight() { return this.scroller ? this.scroller.clientHeight : innerHeight; }

    listen() {
      const canvas = this.canvas;
      // With a text layer over the canvas, pointer input arrives on the layer's parent.
      const surface = this.options.pointerSurface || canvas;
      const redraw = () => this.requestFrame();
      addEventListener("scroll", redraw, { passive: true });
      if (this.scroller) this.scroller.addEventListener("scroll", redraw, { passive: true });
      addEventListener("resize", () => {
        // A new default font size in the browser's settings shows on the next resize or visit.
        const scale = this.defaultTextScale();
        if (scale !== this.textScale) { this.textScale = scale; this.applyFontScale(); }
        redraw();
      });
      // A new devicePixelRatio (browser zoom, a window moved to another screen):
      // the backing store follows within a frame.
      const watchResolution = () => {
        matchMedia(`(resolution: ${devicePixelRatio}dppx)`).addEventListener("change", () => { redraw(); watchResolution(); }, { once: true });
      };
      watchResolution();
      // Pinch zoom: once the gesture settles, the canvas redraws at devicePixelRatio x scale.
      if (window.visualViewport) {
        let settle = 0;
        visualViewport.addEventListener("resize", () => {
          clearTimeout(settle);
          settle = setTimeout(redraw, 150);
        });
      }
      new ResizeObserver(redraw).observe(this.sizer);
      if (this.scroller) new ResizeObserver(redraw).observe(this.scroller);
      matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => {
        if (this.themeName === "auto") { this.applyTheme(); redraw(); }
      });
      const position = (e) => {
        const r = canvas.getBoundingClientRect();
        this.call("_cr_pointer_move", e.clientX - r.left, e.clientY - r.top);
      };
      let down = null;
      surface.addEventListener("pointermove", (e) => { position(e); redraw(); });
      surface.addEventListener("pointerdown", (e) => {
        down = { x: e.clientX, y: e.clientY };
        position(e);
        this.call("_cr_pointer_button", e.button, 1);
        redraw();
      });
      surface.addEventListener("pointerup", (e) => {
        position(e);
        // A drag that selected text is a selection, not a click.
        const dragged = down && Math.hypot(e.clientX - down.x, e.clientY - down.y) > 4 && String(getSelection()).length > 0;
        down = null;
        if (dragged) this.call("_cr_pointer_leave");
        this.call("_cr_pointer_button", e.button, 0);
        if (e.pointerType !== "mouse" || dragged) this.call("_cr_pointer_leave");  // no hover after a tap
        redraw();
      });
      surface.addEventListener("pointercancel", () => {  // a touch that became a scroll
        this.call("_cr_pointer_leave");
        this.call("_cr_pointer_button", 0, 0);
        redraw();
      });
      surface.addEventListener("pointerleave", () => { this.call("_cr_pointer_leave"); redraw(); });
      if (!this.options.semantic) {
        // Tabbing into the reader lands on its first (or, with Shift, last) control.
        let tabbed = null;
        document.addEventListener("keydown", (e) => {
          if (e.key === "Tab") tabbed = { shift: e.shiftKey, at: performance.now() };
        }, true);
        canvas.addEventListener("focus", () => {
          this.call("_cr_focus", 1);
          if (tabbed && performance.now() - tabbed.at < 500 && this.call("_cr_key", tabbed.shift ? 4 : 3)) {
            this.scrollFocusIntoView();
          }
          tabbed = null;
          redraw();
        });
        canvas.addEventListener("blur", () => { this.call("_cr_focus", 0); redraw(); });
        canvas.addEventListener("keydown", (e) => this.onKey(e));
      }
      // A lost context (GPU reset, too many contexts) comes back: redraw then.
      canvas.addEventListener("webglcontextlost", (e) => { e.preventDefault(); this.contextLost = true; });
      canvas.addEventListener("webglcontextrestored", () => {
        this.contextLost = false;
        this.call("_cr_context_restored");
        this.canvasSize = [0, 0, 0];
        redraw();
      });
    }

    onKey(e) {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      let key = KEYS[e.key];
      if (!key) return;
      if (key === 3 && e.shiftKey) key = 4;
      if (!this.call("_cr_key", key)) return;
      e.preventDefault();
      this.scrollFocusIntoView();
      this.requestFrame();
    }

    // Keeps the focused control (post coordinates top..bottom) on screen.
    scrollFocusIntoView(top = this.call("_cr_focus_top"), bottom = this.call("_cr_focus_bottom")) {
      if (bottom <= top) return;
      const margin = 24;
      const view = this.scroller ? this.scroller.getBoundingClientRect() : { top: 0, bottom: innerHeight };
      const sizerTop = this.sizer.getBoundingClientRect().top;
      const by = sizerTop + top < view.top + margin ? sizerTop + top - view.top - margin
        : sizerTop + bottom > view.bottom - margin ? sizerTop + bottom - view.bottom + margin : 0;
      if (!by) return;
      if (this.scroller) this.scroller.scrollTop += by;
      else scrollBy(0, by);
    }

    requestFrame() {
      // A reader taken off the page draws nothing until it is back (connectedCallback asks).
      if (this.pending || this.paused || !this.core || this.contextLost || this.noWebGL || this.failed || !this.host.isConnected) return;
      this.pending = true;
      requestAnimationFrame(() => this.frame());
    }

    nextFrame() {
      return new Promise((resolve) => {
        this.requestFrame();
        requestAnimationFrame(() => requestAnimationFrame(resolve));
      });
    }

    // Device pixels per CSS pixel of the backing store: devicePixelRatio, times the
    // pinch zoom's scale (text as sharp as the page's own when zoomed), at most
    // MAX_CANVAS_PIXELS in all (iOS Safari draws nothing on a larger canvas; 64 MB
    // of RGBA) and the GPU's largest texture on either side.
    backingScale(width, height) {
      const pinch = window.visualViewport ? Math.max(1, visualViewport.scale || 1) : 1;
      const maxSide = this.maxTextureSize || (this.maxTextureSize = this.readMaxTextureSize());
      return Math.min((devicePixelRatio || 1) * pinch, Math.sqrt(MAX_CANVAS_PIXELS / (width * height)),
                      maxSide / Math.max(width, height));
    }
    readMaxTextureSize() {
      const gl = this.canvas.getContext("webgl2");  // the core's own context: getContext hands back the same one
      return (gl && gl.getParameter(gl.MAX_TEXTURE_SIZE)) || 4096;
    }

    // Script time (JS and wasm) spent inside frames, for bench/browser_bench.mjs.
    frame() {
      const start = performance.now();
      try {
        this.drawFrame();
      } finally {
        this.frameTiming.frames++;
        this.frameTiming.ms += performance.now() - start;
      }
    }

    drawFrame() {
      this.pending = false;
      const core = this.core, canvas = this.canvas;
      if (!core || this.failed) return;
      // The canvas covers the viewport (or the whole post, when shorter).
      const width = this.sizer.clientWidth;
      const height = Math.max(1, Math.min(this.viewportHeight(), this.contentHeight || this.viewportHeight()));
      if (canvas.style.height !== height + "px") canvas.style.height = height + "px";
      const dpr = this.backingScale(width, height);
      if (this.canvasSize[0] !== width || this.canvasSize[1] !== height || this.canvasSize[2] !== dpr) {
        canvas.width = Math.round(width * dpr);
        canvas.height = Math.round(height * dpr);
        this.canvasSize = [width, height, dpr];
        this.call("_cr_resize", width, height, dpr);
      }
      // The part of the post on screen: the canvas's offset inside the element.
      const scroll = Math.max(0, canvas.getBoundingClientRect().top - this.sizer.getBoundingClientRect().top);
      this.call("_cr_set_scroll", scroll);

      const more = this.call("_cr_frame");
      if (!this.core) return;  // aborted
      // A user-timing mark when the post's text is first drawn, for the page's
      // own measurements (and bench/browser_bench.mjs).
      if (!this.textShown && this.call("_cr_text_frames_rendered") > 0) {
        this.textShown = true;
        canvas.style.visibility = "";
        performance.mark("clinic-reader:first-text-frame");
        this.afterThisFrame(() => this.runAfterFirstText());
        // The page showed something else until now (a pre-rendered article): the
        // canvas takes its place, drawn again now that it is on the page, in this
        // same animation frame, so that no frame between shows neither.
        if (this.options.onFirstText && this.options.onFirstText()) return this.drawFrame();
      }

      const contentHeight = Math.ceil(this.call("_cr_content_height"));
      if (contentHeight > 0 && contentHeight !== this.contentHeight) {
        this.contentHeight = contentHeight;
        this.sizer.style.minHeight = "";
        this.sizer.style.height = contentHeight + "px";
        this.requestFrame();  // the canvas may need another size
      }
      const cursor = this.call("_cr_cursor") ? "pointer" : "";
      const surface = this.options.pointerSurface || canvas;
      if (surface.style.cursor !== cursor) surface.style.cursor = cursor;
      const link = core.UTF8ToString(this.call("_cr_hovered_link"));
      if (surface.title !== link) surface.title = link;
      const version = this.call("_cr_state_version");
      if (version !== this.stateVersion) {  // the reader's own input changed what state() reports
        this.stateVersion = version;
        this.host.dispatchEvent(new CustomEvent("statechange"));
      }
      // A reflow (width, font scale, an answer opened) settled: the text layer
      // follows, once this frame is on screen. Its DOM and the layout that
      // measures it take tens of milliseconds, which held back the first frame
      // with text by as much.
      const layout = this.call("_cr_layout_version");
      if (!more && layout !== this.layoutVersion && this.options.onReflow) {
        this.layoutVersion = layout;
        if (!this.reflowQueued) {
          this.reflowQueued = true;
          this.afterThisFrame(() => {
            this.reflowQueued = false;
            if (this.core && !this.failed) this.options.onReflow();
          });
        }
      }
      if (more) this.requestFrame();
    }
  }

  Object.assign(window.ClinicReader, {
    create(host, options) { return new Reader(host, options); },
    Reader,
  });
})();
