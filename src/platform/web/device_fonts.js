/*
 * The device's own fonts for the view (src/view/device_fonts.h, through
 * device_fonts_web.cpp): Canvas 2D measures and rasterises each glyph with the
 * browser's text engine, in the system's faces (the view's font-family lists),
 * at the exact device pixel size. Built into the Emscripten glue (--pre-js).
 *
 * - draws(): a character is the device's when it does not render as a code
 *   point no font has (compared by width, then by pixels); an emoji sequence
 *   when it renders in its own colours (a colour emoji face drew it), as one glyph.
 * (Emscripten 3.1.6's optimiser reads this file: no destructuring here.)
 * - The glyphs the layout measured are rasterised together, in one canvas with
 *   one readback, when the first of them is drawn: a first frame's few hundred
 *   glyphs cost one getImageData, not one each.
 */
Module.clinicDeviceFonts = (function () {
  "use strict";
  const NO_GLYPH = "\u{10FFFD}";  // a private-use code point no font has
  const ROW_WIDTH = 2048;
  let family = "sans-serif";
  let emojiFamily = "sans-serif";
  let canvas = null;
  let context = null;
  const drawsCache = new Map();
  const missingWidths = new Map();  // face -> the width of a code point no font has
  const missingPixels = new Map();  // face -> how a code point no font has renders in it
  const emojiForms = new Map();  // sequence -> the form the device draws in colour (as is, or + VS16)
  const advances = new Map();
  const glyphs = new Map();     // "bold|size|text" -> {width, height, left, top, color, pixels}
  let pending = new Map();      // measured for layout, not rasterised yet: key -> [bold, text, cssSize]

  // One 2D context for everything, kept on the CPU (willReadFrequently): each
  // readback is a copy, not a GPU round trip.
  function surface(width, height) {
    if (!context) {
      canvas = typeof OffscreenCanvas === "function" ? new OffscreenCanvas(width, height) : document.createElement("canvas");
      context = canvas.getContext("2d", { willReadFrequently: true });
    }
    if (canvas.width < width || canvas.height < height) {
      canvas.width = Math.max(canvas.width, width);
      canvas.height = Math.max(canvas.height, height);
      contextFont = "";  // a resized canvas's context starts over
    }
    context.clearRect(0, 0, width, height);
    context.textBaseline = "alphabetic";
    context.textAlign = "left";
    context.fillStyle = "#000";
    return context;
  }
  const fontOf = (bold, size, emoji) => `${bold ? 700 : 400} ${size}px ${emoji ? emojiFamily : family}`;
  // Setting a context's font parses a CSS font string: skipped when it is the one set last.
  let contextFont = "";
  function setFont(c, font) {
    if (font !== contextFont) { c.font = font; contextFont = font; }
  }

  function pixelsOf(c, text, size) {
    c.clearRect(0, 0, size * 2, size * 2);
    c.fillText(text, size * 0.25, size * 1.4);
    return c.getImageData(0, 0, size * 2, size * 2).data;
  }

  function draws(bold, emoji, text) {
    const key = (bold ? "b" : "r") + (emoji ? "e" : "t") + text;
    let result = drawsCache.get(key);
    if (result !== undefined) return result;
    const size = 32;
    const c = surface(size * 2, size * 2);
    setFont(c, fontOf(bold, size, emoji));
    if (emoji) {
      // Drawn in black, a colour face's pixels keep their own colours (even a
      // white speech balloon's): any opaque pixel that is not black means one
      // drew it, as one glyph if it is no wider than one. Some engines draw a
      // sequence in colour only without VS16 (WebKitGTK), others only with it.
      const inColour = (form) => {
        const data = pixelsOf(c, form, size);
        let coloured = false;
        for (let i = 0; i < data.length && !coloured; i += 4) {
          coloured = data[i + 3] > 128 && Math.max(data[i], data[i + 1], data[i + 2]) > 60;
        }
        return coloured && c.measureText(form).width < size * 1.6;
      };
      const form = [text, text + "\uFE0F"].find(inColour);
      result = form !== undefined;
      if (result) emojiForms.set(text, form);
    } else {
      const width = c.measureText(text).width;
      let missing = missingWidths.get(contextFont);
      if (missing === undefined) missingWidths.set(contextFont, (missing = c.measureText(NO_GLYPH).width));
      if (Math.abs(width - missing) > 0.01) {
        result = true;
      } else {
        // The missing glyph's pixels are the same for every character of a face: read once.
        const face = contextFont;
        let b = missingPixels.get(face);
        if (!b) missingPixels.set(face, (b = pixelsOf(c, NO_GLYPH, size)));
        const a = pixelsOf(c, text, size);
        result = a.some((v, i) => v !== b[i]);
      }
    }
    drawsCache.set(key, result);
    return result;
  }

  function advance(bold, text, size) {
    const key = `${bold}|${size}|${text}`;
    let width = advances.get(key);
    if (width === undefined) {
      const c = surface(1, 1);
      setFont(c, fontOf(bold, size, false));
      width = c.measureText(text).width;
      advances.set(key, width);
      if (pending.size < 8192) pending.set(key, [bold, text, size]);
    }
    return width;
  }

  function metrics(bold, size) {
    const c = surface(1, 1);
    setFont(c, fontOf(bold, size, false));
    const m = c.measureText("Hg\uD55C");  // "Hg한"
    const ascent = m.fontBoundingBoxAscent !== undefined ? m.fontBoundingBoxAscent : m.actualBoundingBoxAscent * 1.1;
    const descent = m.fontBoundingBoxDescent !== undefined ? m.fontBoundingBoxDescent : m.actualBoundingBoxDescent * 1.3;
    return [ascent, descent];
  }

  // An emoji fitted in a size x size square, centred; RGBA.
  function emojiGlyph(sequence, size) {
    const text = emojiForms.get(sequence) || sequence;
    const c = surface(size * 2, size * 2);
    setFont(c, fontOf(false, size, true));
    const m = c.measureText(text);
    const w = m.actualBoundingBoxLeft + m.actualBoundingBoxRight, h = m.actualBoundingBoxAscent + m.actualBoundingBoxDescent;
    const scale = Math.min(1, size / Math.max(w, h, 1));
    setFont(c, fontOf(false, size * scale, true));
    const n = c.measureText(text);
    const x = (size - (n.actualBoundingBoxLeft + n.actualBoundingBoxRight)) / 2 + n.actualBoundingBoxLeft;
    const y = (size - (n.actualBoundingBoxAscent + n.actualBoundingBoxDescent)) / 2 + n.actualBoundingBoxAscent;
    c.fillText(text, x, y);
    return { width: size, height: size, left: 0, top: 0, color: true, pixels: new Uint8Array(c.getImageData(0, 0, size, size).data.buffer) };
  }

  // Text glyphs, [bold, text, pixelSize] each, laid out in rows, drawn, read back once.
  function rasteriseBatch(batch) {
    const placed = [];
    let x = 0, y = 0, rowHeight = 0;
    const c = surface(1, 1);
    for (const entry of batch) {
      const bold = entry[0], text = entry[1], size = entry[2];
      setFont(c, fontOf(bold, size, false));
      const m = c.measureText(text);
      const left = Math.ceil(m.actualBoundingBoxLeft) + 1, right = Math.ceil(m.actualBoundingBoxRight) + 1;
      const ascent = Math.ceil(m.actualBoundingBoxAscent) + 1, descent = Math.ceil(m.actualBoundingBoxDescent) + 1;
      const width = Math.max(0, left + right), height = Math.max(0, ascent + descent);
      if (x + width > ROW_WIDTH) { x = 0; y += rowHeight; rowHeight = 0; }
      placed.push({ bold, text, size, x, y, width, height, left, ascent });
      x += width;
      rowHeight = Math.max(rowHeight, height);
    }
    const total = y + rowHeight;
    if (total <= 0) return;
    const d = surface(ROW_WIDTH, total);
    for (const p of placed) {
      setFont(d, fontOf(p.bold, p.size, false));
      d.fillText(p.text, p.x + p.left, p.y + p.ascent);
    }
    const data = d.getImageData(0, 0, ROW_WIDTH, total).data;
    for (const p of placed) {
      const pixels = new Uint8Array(p.width * p.height);
      for (let row = 0; row < p.height; row++) {
        const from = ((p.y + row) * ROW_WIDTH + p.x) * 4 + 3;
        for (let col = 0; col < p.width; col++) pixels[row * p.width + col] = data[from + col * 4];
      }
      glyphs.set(`${p.bold}|${p.size}|${p.text}`,
                 { width: p.width, height: p.height, left: -p.left, top: p.ascent, color: false, pixels });
    }
  }

  function rasterize(bold, emoji, text, size) {
    if (emoji) return emojiGlyph(text, Math.max(1, Math.round(size)));
    // Spaces and tabs have nothing to draw (ImGui asks for them first, with every new size).
    if (!/\S/.test(text)) return null;
    const key = `${bold}|${size}|${text}`;
    if (!glyphs.has(key)) {
      const density = api.density || 1;
      const batch = new Map([[key, [bold, text, size]]]);
      for (const entry of pending.values()) {
        const b = entry[0], t = entry[1], css = entry[2];
        const px = Math.fround(css * density);  // as the view computes it, in single precision
        const k = `${b}|${px}|${t}`;
        if (!glyphs.has(k)) batch.set(k, [b, t, px]);
      }
      pending = new Map();
      rasteriseBatch([...batch.values()]);
      api.readbacks++;
    }
    const glyph = glyphs.get(key);
    return glyph && glyph.width > 0 && glyph.height > 0 ? glyph : null;
  }

  const api = {
    density: 1,
    readbacks: 0,  // batches read back (tests and benchmarks look)
    init(textFamily, emojiFaces) { family = textFamily; emojiFamily = emojiFaces; },
    metrics, draws, advance, rasterize,
  };
  return api;
})();
