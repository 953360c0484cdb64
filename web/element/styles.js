/*
 * The element's styles, inside its shadow root: nothing leaks into the page and
 * the page's styles do not reach the canvas; and a page-level sheet for the
 * article in the element's light DOM, scoped to `clinic-reader > article`. Adopted as a constructed
 * stylesheet, so a Content-Security-Policy without 'unsafe-inline' styles
 * still allows them.
 */
(function () {
  "use strict";
  // The themes' colours as CSS custom properties (the canvas's palette is src/view/theme.cpp).
  const PALETTES = {
    light: "--cr-bg: #fff; --cr-text: #24292f; --cr-muted: #57606a; --cr-rule: #d0d7de; --cr-select: rgba(15, 118, 110, 0.32);",
    dark: "--cr-bg: #15181c; --cr-text: #e4e6ea; --cr-muted: #a8b0ba; --cr-rule: #3a4048; --cr-select: rgba(120, 200, 255, 0.4); color-scheme: dark;",
    sepia: "--cr-bg: #f6efdf; --cr-text: #3b3126; --cr-muted: #6b5d4b; --cr-rule: #d8ccb4;",
    contrast: "--cr-text: #000; --cr-muted: #1f2328; --cr-rule: #57606a;",
  };

  // The post as HTML, typeset like the canvas: the no-WebGL fallback (inside the
  // shadow root) and the light DOM article when it is shown (print, a translated
  // page, forced colours). `at` scopes every rule. Korean keeps its words whole
  // (word-break: keep-all), as the canvas does.
  const article = (at) => `
${at} { font: calc(1.0625em * var(--cr-scale, 1))/1.75 "Clinic Reader Text", system-ui, -apple-system, "Segoe UI", Roboto,
  "Apple SD Gothic Neo", "Noto Sans KR", "Malgun Gothic", sans-serif; word-break: keep-all; overflow-wrap: anywhere; }
${at} h1 { font-size: 1.75em; line-height: 1.3; margin: 0 0 0.3em; }
${at} h2 { font-size: 1.4em; line-height: 1.35; margin: 1.8em 0 0.5em; }
${at} h3, ${at} h4 { font-size: 1.1em; margin: 1.4em 0 0.4em; }
${at} .byline { color: var(--cr-muted); font-size: 0.9em; }
${at} a { color: var(--cr-accent); }
${at} blockquote { margin: 1em 0; padding: 0.6em 1em; border-left: 4px solid var(--cr-accent);
  background: color-mix(in srgb, var(--cr-accent) 7%, var(--cr-bg)); border-radius: 0 8px 8px 0; }
${at} code { background: color-mix(in srgb, var(--cr-text) 8%, var(--cr-bg)); padding: 0.1em 0.3em; border-radius: 3px; }
${at} pre { overflow-x: auto; background: color-mix(in srgb, var(--cr-text) 6%, var(--cr-bg)); padding: 0.8em; border-radius: 6px; }
${at} table { border-collapse: collapse; } ${at} td, ${at} th { border: 1px solid var(--cr-rule); padding: 0.3em 0.6em; }
${at} img { max-width: 100%; height: auto; }
${at} ul.emoji-bullets { list-style: none; padding-left: 0.2em; }
${at} .qa-item { border: 1px solid var(--cr-rule); border-radius: 10px; margin: 0.6em 0; padding: 0 1em; }
${at} summary { cursor: pointer; padding: 0.7em 0; list-style-position: outside; }
${at} summary > * { display: inline; font-size: 1em; margin: 0; }
${at} summary:focus-visible { outline: 2px solid var(--cr-accent); outline-offset: 2px; }
${at} h3.qa-question { font-size: 1em; margin: 0; }
${at} .qa-question > button { all: unset; display: block; box-sizing: border-box; width: 100%; padding: 0.7em 0; cursor: pointer; }
${at} .qa-question > button::before { content: "\\25B8\\FE0E  "; color: var(--cr-accent); }
${at} .qa-question > button[aria-expanded="true"]::before { content: "\\25BE\\FE0E  "; }
${at} .qa-question > button:focus-visible { outline: 2px solid var(--cr-accent); outline-offset: 2px; }
${at} .qa-controls { text-align: end; }
${at} .qa-controls > button { font: inherit; font-size: 0.85em; color: var(--cr-accent); background: none;
  border: 1px solid currentColor; border-radius: 6px; padding: 0.2em 0.7em; cursor: pointer; }
${at} ol.summary-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(14em, 1fr)); gap: 0.8em;
  padding: 0; list-style: none; counter-reset: card; }
${at} .summary-card { counter-increment: card; border: 1px solid color-mix(in srgb, var(--cr-accent) 25%, var(--cr-bg));
  border-radius: 10px; padding: 0.8em 1em; background: color-mix(in srgb, var(--cr-accent) 4%, var(--cr-bg)); }`;

  // The light DOM article shown in place of the canvas: `at` is the root's
  // selector (a class, or the root itself inside @media print / forced-colors).
  const articleShown = (at) => `
${at} .semantic { order: 0; position: static; width: auto; height: auto; margin: 0; overflow: visible; clip-path: none;
  white-space: normal; background: var(--cr-bg); color: var(--cr-text); padding: 1.5em max(16px, calc(50% - 21em)) 3em; }
${at} canvas, ${at} .text-layer, ${at} .focus-ring { display: none !important; }
${at} .sizer { height: auto !important; min-height: 0 !important; cursor: auto; }`;

  const css = `
:host { display: block; position: relative; }
:host([hidden]) { display: none; }
.root { --cr-accent: #0f766e; ${PALETTES.light} font-size: medium; }
.root.dark { ${PALETTES.dark} }
.root.sepia { ${PALETTES.sepia} }
.root.contrast { ${PALETTES.contrast} }
.root.dark.contrast { --cr-text: #fff; --cr-muted: #e4e6ea; --cr-rule: #a8b0ba; }
.focus-ring { position: absolute; z-index: 2; pointer-events: none; border: 2px solid var(--cr-accent); border-radius: 4px; }
.frame { position: relative; }
.frame.scrolls { height: 100%; overflow-y: auto; overscroll-behavior: contain; }
.sizer { position: relative; cursor: text; display: flex; flex-direction: column; }
.text-layer { position: absolute; inset: 0; z-index: 1; overflow: hidden; line-height: 1; color: transparent;
  font-family: "Clinic Reader Text", system-ui, sans-serif; }
.text-layer > span { position: absolute; display: block; white-space: pre; transform-origin: 0 0; }
.text-layer ::selection { background: var(--cr-select); color: transparent; }
/* The semantic layer comes after the text layer in the DOM (find-in-page meets the
   visible copy of a sentence first) but sits first and sticky in view, so that
   focusing one of its buttons never scrolls the page. */
.semantic { order: -1; position: sticky; top: 0; flex: none; width: 1px; height: 1px; margin: 0 0 -1px; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap; }
.message { margin: 1em auto; max-width: 40em; padding: 0.9em 1.1em; border: 1px solid #c98a00; border-radius: 8px;
  background: var(--cr-bg); color: var(--cr-text); font: 16px/1.5 system-ui, sans-serif; }
.message strong { display: block; margin-bottom: 0.2em; }
.message pre { white-space: pre-wrap; font: inherit; margin: 0.8em 0 0; max-height: 60vh; overflow: auto; }
.fallback { background: var(--cr-bg); color: var(--cr-text); padding: 1.5em max(16px, calc(50% - 21em)) 3em; }
${article(".fallback")}
${articleShown(".root.show-article")}
/* Forced colours (Windows high contrast): the article, in the system's colours. */
@media (forced-colors: active) { ${articleShown(".root")} }
/* Paper: the article, light, every answer open (the page-level sheet opens them). */
@media print {
  .root, .root.dark, .root.sepia { ${PALETTES.light} }
  ${articleShown(".root")}
  .semantic, .fallback { padding: 0; }
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
