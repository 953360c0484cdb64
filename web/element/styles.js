/*
 * The element's styles, inside its shadow root: nothing leaks into the page and
 * the page's styles do not reach the canvas. Adopted as a constructed
 * stylesheet, so a Content-Security-Policy without 'unsafe-inline' styles
 * still allows them.
 */
(function () {
  "use strict";
  const css = `
:host { display: block; position: relative; }
:host([hidden]) { display: none; }
.root { --cr-accent: #0f766e; --cr-bg: #fff; --cr-text: #24292f; --cr-muted: #57606a; --cr-rule: #d0d7de;
  --cr-select: rgba(15, 118, 110, 0.32); }
.root.dark { --cr-bg: #15181c; --cr-text: #e4e6ea; --cr-muted: #a8b0ba; --cr-rule: #3a4048;
  --cr-select: rgba(120, 200, 255, 0.4); color-scheme: dark; }
.root.sepia { --cr-bg: #f6efdf; --cr-text: #3b3126; --cr-muted: #6b5d4b; --cr-rule: #d8ccb4; }
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
.fallback { background: var(--cr-bg); color: var(--cr-text); padding: 1.5em max(20px, calc(50% - 22em)) 3em;
  font: 17px/1.75 "Clinic Reader Text", system-ui, sans-serif; overflow-wrap: break-word; }
.fallback h1 { font-size: 1.75em; line-height: 1.3; margin: 0 0 0.3em; }
.fallback h2 { font-size: 1.4em; line-height: 1.35; margin: 1.8em 0 0.5em; }
.fallback h3, .fallback h4 { font-size: 1.1em; margin: 1.4em 0 0.4em; }
.fallback .byline { color: var(--cr-muted); font-size: 0.9em; }
.fallback a { color: var(--cr-accent); }
.fallback blockquote { margin: 1em 0; padding: 0.6em 1em; border-left: 4px solid var(--cr-accent);
  background: color-mix(in srgb, var(--cr-accent) 7%, var(--cr-bg)); border-radius: 0 8px 8px 0; }
.fallback code { background: color-mix(in srgb, var(--cr-text) 8%, var(--cr-bg)); padding: 0.1em 0.3em; border-radius: 3px; }
.fallback pre { overflow-x: auto; background: color-mix(in srgb, var(--cr-text) 6%, var(--cr-bg)); padding: 0.8em; border-radius: 6px; }
.fallback table { border-collapse: collapse; } .fallback td, .fallback th { border: 1px solid var(--cr-rule); padding: 0.3em 0.6em; }
.fallback img { max-width: 100%; height: auto; }
.fallback ul.emoji-bullets { list-style: none; padding-left: 0.2em; }
.fallback details.qa-item { border: 1px solid var(--cr-rule); border-radius: 10px; margin: 0.6em 0; padding: 0 1em; }
.fallback summary { cursor: pointer; padding: 0.7em 0; list-style-position: outside; }
.fallback summary > * { display: inline; font-size: 1em; margin: 0; }
.fallback summary:focus-visible { outline: 2px solid var(--cr-accent); outline-offset: 2px; }
.fallback ol.summary-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(14em, 1fr)); gap: 0.8em;
  padding: 0; list-style: none; counter-reset: card; }
.fallback .summary-card { counter-increment: card; border: 1px solid color-mix(in srgb, var(--cr-accent) 25%, var(--cr-bg));
  border-radius: 10px; padding: 0.8em 1em; background: color-mix(in srgb, var(--cr-accent) 4%, var(--cr-bg)); }
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
  window.ClinicReader.styles = { adopt };
})();
