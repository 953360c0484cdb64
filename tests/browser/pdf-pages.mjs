// A printed PDF read as paper shows it: poppler's pdftoppm renders each page,
// pdftotext reads the words (poppler-utils, installed by scripts/setup.sh web).
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PNG } from "pngjs";

// Renders a PDF's pages at 40 dpi: [{ dark, ink }] per page (shares of pixels).
export function pdfPages(pdf) {
  const dir = mkdtempSync(path.join(tmpdir(), "clinic-reader-print-"));
  try {
    writeFileSync(path.join(dir, "post.pdf"), pdf);
    execFileSync("pdftoppm", ["-r", "40", "-png", path.join(dir, "post.pdf"), path.join(dir, "page")]);
    const text = execFileSync("pdftotext", ["-raw", path.join(dir, "post.pdf"), "-"]).toString();
    const pages = readdirSync(dir).filter((f) => f.endsWith(".png")).sort().map((f) => {
      const png = PNG.sync.read(readFileSync(path.join(dir, f)));
      let dark = 0, ink = 0;
      for (let i = 0; i < png.data.length; i += 4) {
        const l = 0.2126 * png.data[i] + 0.7152 * png.data[i + 1] + 0.0722 * png.data[i + 2];
        if (l < 60) dark++;
        if (l < 200) ink++;
      }
      const n = png.data.length / 4;
      return { dark: dark / n, ink: ink / n };
    });
    return { pages, text };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// pdftotext -raw keeps the reading order of a grid of cards but may drop the
// spaces: text is compared without them.
export const normalise = (s) => s.normalize("NFKC").replace(/\s+/g, "");  // NFKC: a printed ligature (ﬃ) reads as its letters
