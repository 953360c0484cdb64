/*
 * The transparent text layer over the canvas: one absolutely positioned span per
 * drawn line, taken from the view's own layout (cr_text_lines_json), each
 * stretched to the width the canvas drew it at (the technique PDF.js uses over
 * its canvas). Mouse and touch selection, Ctrl+C, find-in-page and page
 * translation then work on the canvas's text. Rebuilt only when the layout
 * changes (resize, font scale, an answer opened or closed), never per frame.
 */
(function () {
  "use strict";

  class TextLayer {
    constructor(container) {
      this.container = container;
      this.builds = 0;
    }

    // lines: [[x, y, width, size, bold, text], ...] in post coordinates (CSS px).
    build(lines) {
      const spans = [];
      const fragment = document.createDocumentFragment();
      for (const [x, y, width, size, bold, text] of lines) {
        const span = document.createElement("span");
        // The line break is part of the line (white-space: pre): a selection over
        // several lines copies as lines, not run together.
        span.textContent = text + "\n";
        const style = span.style;
        style.left = x + "px";
        style.top = y + "px";
        style.fontSize = size + "px";
        style.height = size + "px";
        if (bold) style.fontWeight = "700";
        spans.push([span, width]);
        fragment.appendChild(span);
      }
      this.container.replaceChildren(fragment);
      // All widths read in one go (one layout), then all written.
      const natural = spans.map(([span]) => span.getBoundingClientRect().width);
      spans.forEach(([span, width], i) => {
        if (natural[i] > 0 && Math.abs(natural[i] - width) > 0.5) span.style.transform = `scaleX(${width / natural[i]})`;
      });
      this.builds++;
    }

    clear() { this.container.replaceChildren(); }
  }

  window.ClinicReader.TextLayer = TextLayer;
})();
