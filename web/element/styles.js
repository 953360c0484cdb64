/*
 * The element's styles, inside its shadow root: nothing leaks into the page and
 * the page's styles do not reach the canvas; and a page-level sheet for the
 * article in the element's light DOM, scoped to `clinic-reader > article`. Adopted as a constructed
 * stylesheet, so a Content-Security-Policy without 'unsafe-inline' styles
 * still allows them.
 */
(function () {
  "use strict";
  // The theme's custom properties (--cr-background, --cr-text, ..., --cr-line, --cr-h2, ...)
  // per theme, with and without more contrast, and the type scale: written by the view
  // (src/view/theme_css.cpp) and built in here by web/assemble.py.
  const THEME = /*@THEME*/{}/*THEME@*/;
  // The post as HTML, typeset like the canvas (src/view/article_css.cpp, from the
  // view's own type scale and spacing): the no-WebGL fallback (inside the shadow
  // root) and the light DOM article when it is shown (pre-rendered, print, a
  // translated page, forced colours). `at` selects the article element.
  const article = (at) => THEME.article.replaceAll("&", at);
  window.ClinicReader.words = THEME.words;

  // The light DOM article shown in place of the canvas: `at` is the root's
  // selector (a class, or the root itself inside @media print / forced-colors).
  const articleShown = (at) => `
${at} .semantic { order: 0; position: static; width: auto; height: auto; margin: 0; overflow: visible; clip-path: none;
  white-space: normal; background: var(--cr-background); color: var(--cr-text); }
${at} canvas, ${at} .text-layer, ${at} .focus-ring { display: none !important; }
${at} .sizer { height: auto !important; min-height: 0 !important; cursor: auto; }`;

  const css = `
:host { display: block; position: relative; }
:host([hidden]) { display: none; }
.root { ${THEME.type} ${THEME.light} ${THEME.mix} --cr-select: color-mix(in srgb, var(--cr-accent) 32%, transparent); font-size: medium; }
.root.dark { ${THEME.dark} ${THEME["mix-dark"]} } .root.sepia { ${THEME.sepia} }
.root.contrast { ${THEME["light-contrast"]} } .root.dark.contrast { ${THEME["dark-contrast"]} }
.root.sepia.contrast { ${THEME["sepia-contrast"]} }
.focus-ring { position: absolute; z-index: 2; pointer-events: none; border: 2px solid var(--cr-accent); border-radius: 4px; }
.frame { position: relative; }
.frame.scrolls { height: 100%; overflow-y: auto; overscroll-behavior: contain; }
.sizer { position: relative; cursor: text; display: flex; flex-direction: column; }
.text-layer { position: absolute; inset: 0; z-index: 1; overflow: hidden; line-height: 1; color: transparent;
  font-family: "Clinic Reader Text", var(--cr-font); }
.text-layer > span { position: absolute; display: block; white-space: pre; transform-origin: 0 0; }
.text-layer ::selection { background: var(--cr-select); color: transparent; }
/* The semantic layer comes after the text layer in the DOM (find-in-page meets the
   visible copy of a sentence first) but sits first and sticky in view, so that
   focusing one of its buttons never scrolls the page. */
.semantic { order: -1; position: sticky; top: 0; flex: none; width: 1px; height: 1px; margin: 0 0 -1px; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap; }
.message { margin: 1em auto; max-width: 40em; padding: 0.9em 1.1em; border: 1px solid #c98a00; border-radius: 8px;
  background: var(--cr-background); color: var(--cr-text); font: 16px/1.5 system-ui, sans-serif; }
.message strong { display: block; margin-bottom: 0.2em; }
.message pre { white-space: pre-wrap; font: inherit; margin: 0.8em 0 0; max-height: 60vh; overflow: auto; }
.fallback { background: var(--cr-background); color: var(--cr-text); }
${article(".fallback article.clinic-post")}
${articleShown(".root.show-article")}
/* Forced colours (Windows high contrast): the article, in the system's colours. */
@media (forced-colors: active) { ${articleShown(".root")} }
/* Paper: the article, light, every answer open (the page-level sheet opens them). */
@media print {
  .root, .root.dark, .root.sepia { ${THEME.light} ${THEME.mix} }
  ${articleShown(".root")}
  .fallback article.clinic-post { padding: 0; }
  .frame.scrolls { height: auto !important; overflow: visible; }
}
`;

  // For the light DOM article (a shadow root's styles cannot reach slotted
  // descendants): its typography, and on paper every answer open, no controls,
  // links followed by their address, items kept whole on a page.
  const post = "clinic-reader > article.clinic-post";
  const documentCss = `
${article(post)}
@media print {
  ${post} { padding: 0; }
  ${post} [hidden] { display: block !important; content-visibility: visible !important; }
  ${post} .qa-controls { display: none !important; }
  ${post} .qa-question > button::before { content: none !important; }
  ${post} a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; color: var(--cr-muted); word-break: break-all; }
  ${post} .qa-item, ${post} .summary-card, ${post} blockquote, ${post} figure, ${post} img, ${post} tr { break-inside: avoid; }
  ${post} h1, ${post} h2, ${post} h3, ${post} h4 { break-after: avoid; }
  ${post} .qa-item { border-color: #bbb; }
}
`;

  let sheet = null;
  // One stylesheet object shared by every reader's shadow root. Safari before 16.4
  // constructs no stylesheets: there a <style> element carries them (which a
  // Content-Security-Policy without 'unsafe-inline' styles blocks: see docs/embedding.md).
  function adopt(root) {
    if (!("adoptedStyleSheets" in ShadowRoot.prototype) || !("replaceSync" in CSSStyleSheet.prototype)) {
      const style = document.createElement("style");
      style.textContent = css;
      root.prepend(style);
      return;
    }
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    }
    root.adoptedStyleSheets = [sheet];
  }
  // The page-level sheet, once per document.
  let documentSheet = false;
  function adoptDocument() {
    if (documentSheet) return;
    documentSheet = true;
    if ("adoptedStyleSheets" in Document.prototype && "replaceSync" in CSSStyleSheet.prototype) {
      const page = new CSSStyleSheet();
      page.replaceSync(documentCss);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, page];
    } else {
      const style = document.createElement("style");
      style.textContent = documentCss;
      document.head.appendChild(style);
    }
  }
  window.ClinicReader.styles = { adopt, adoptDocument };
})();
