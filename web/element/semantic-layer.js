/*
 * The semantic layer: the core's accessible article (render_article_html) in
 * the element's light DOM, where search engines, reader modes and screen
 * readers find it. Over a working canvas it is visually hidden but stays the
 * reading order for assistive technology, and its Q&A buttons are the real
 * keyboard focus targets: the canvas only draws the ring where focus is.
 *
 * The core writes the answers open (readable with no script at all); here they
 * follow the reader: closed answers are `hidden`, `aria-expanded` in sync.
 */
(function () {
  "use strict";

  // The canvas's words (src/view/ui_words.cpp, built into styles.js) for its one expand/collapse-all control.
  const wordsOf = (article) => {
    const words = window.ClinicReader.words;
    return words[(article.getAttribute("lang") || "en").slice(0, 2)] || words.en;
  };
  // view::HitKind in src/view/post_layout.h
  const HIT = { question: 0, expand: 2, collapse: 3 };

  function parse(html) {
    const template = document.createElement("template");
    template.innerHTML = html;  // the core's output: escaped, no script, safe link targets
    return template.content;
  }

  // The light DOM article (a page may have pre-rendered it with `clinic-reader html`).
  function articleOf(element) {
    return [...element.children].find((c) => c.matches("article.clinic-post")) || null;
  }

  // prepare(article) runs on the new article before it replaces the old one.
  function install(element, html, prepare) {
    const content = parse(html);
    const article = content.querySelector("article.clinic-post");
    if (!article) return null;
    addControls(article);
    if (prepare) prepare(article);
    const old = articleOf(element);
    if (old) old.replaceWith(article);
    else element.appendChild(article);
    return article;
  }

  // "Expand all" (or, when every answer is open, "Collapse all") before each run
  // of questions, as the canvas draws it; sync() keeps its words.
  function addControls(article) {
    article.dataset.clinicReader = "";
    for (const item of article.querySelectorAll(".qa-item")) {
      const previous = item.previousElementSibling;
      if (previous && (previous.matches(".qa-item") || previous.matches(".qa-controls"))) continue;
      const controls = document.createElement("div");
      controls.className = "qa-controls";
      const button = document.createElement("button");
      button.type = "button";
      button.dataset.control = "expand";
      button.textContent = wordsOf(article).expand;
      controls.appendChild(button);
      item.before(controls);
    }
  }

  // A page's pre-rendered article (written with every answer open, for a reader
  // without script) made what the canvas will draw: answers closed, the controls in.
  function adoptPrerendered(article) {
    if (article.dataset.clinicReader !== undefined) return;
    addControls(article);
    sync(article, []);
  }

  function questionButtons(article) {
    return article ? [...article.querySelectorAll(".qa-item > .qa-question > button, .qa-item > * > button[aria-controls]")] : [];
  }

  // The expand/collapse-all buttons say what a press does: "Collapse all" once every answer is open.
  function labelControls(article, allOpen) {
    const kind = allOpen ? "collapse" : "expand";
    for (const button of article.querySelectorAll(".qa-controls button")) {
      if (button.dataset.control !== kind) {
        button.dataset.control = kind;
        button.textContent = wordsOf(article)[kind];
      }
    }
  }

  // Makes the article follow the reader's open questions.
  function sync(article, qa) {
    if (!article) return;
    labelControls(article, qa.length > 0 && qa.every((q) => q.open));
    questionButtons(article).forEach((button, i) => {
      const open = Boolean(qa[i] && qa[i].open);
      if (button.getAttribute("aria-expanded") !== String(open)) button.setAttribute("aria-expanded", String(open));
      const panel = panelOf(article, button);
      // A closed answer is hidden "until found": find-in-page still finds its words (and opens it).
      if (!panel) return;
      if (open) panel.removeAttribute("hidden");
      else if (panel.getAttribute("hidden") !== "until-found") panel.setAttribute("hidden", "until-found");
    });
  }

  function panelOf(article, button) {
    return article.querySelector("#" + CSS.escape(button.getAttribute("aria-controls") || ""));
  }

  // The question whose answer panel holds `node`, or -1.
  function panelIndex(article, node) {
    return article ? questionButtons(article).findIndex((b) => { const p = panelOf(article, b); return p && p.contains(node); }) : -1;
  }

  // The WAI-ARIA accordion's keys among the question buttons.
  function onKey(article, event) {
    const buttons = questionButtons(article);
    const at = buttons.indexOf(event.target);
    if (at < 0) return;
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (to === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    buttons[(to + buttons.length) % buttons.length].focus();
  }

  // What the canvas should draw a ring on for a focused DOM element: [kind, index] or null.
  function controlOf(article, target) {
    if (!article || !target || !article.contains(target)) return null;
    if (target.dataset && target.dataset.control) return [HIT[target.dataset.control], 0];
    const index = questionButtons(article).indexOf(target);
    return index >= 0 ? [HIT.question, index] : null;
  }

  // The fallback without a canvas: the same article, with the accordion as <details>.
  function withDetails(html) {
    const content = parse(html);
    for (const item of content.querySelectorAll(".qa-item")) {
      const button = item.querySelector(".qa-question button");
      const panel = item.querySelector(".qa-answer");
      const heading = item.querySelector(".qa-question");
      if (!button || !panel || !heading) continue;
      const details = document.createElement("details");
      details.className = "qa-item";
      details.id = button.id;
      const summary = document.createElement("summary");
      summary.className = "qa-question";
      const title = document.createElement(heading.tagName);
      title.append(...button.childNodes);
      summary.appendChild(title);
      panel.removeAttribute("hidden");
      panel.removeAttribute("role");
      panel.removeAttribute("aria-labelledby");
      panel.removeAttribute("id");
      details.append(summary, panel);
      item.replaceWith(details);
    }
    return content;
  }

  // The fallback's accordion (<details>, see withDetails) with its expand/collapse-all
  // buttons working and labelled as in the canvas; setAll(open) opens or closes every answer.
  function wireFallback(container, setAll) {
    const items = () => [...container.querySelectorAll("details.qa-item")];
    const relabel = () => {
      const article = container.querySelector("article");
      if (article) labelControls(article, items().length > 0 && items().every((d) => d.open));
    };
    container.addEventListener("click", (event) => {
      const button = event.target.closest && event.target.closest(".qa-controls button");
      if (button) setAll(button.dataset.control === "expand");
    });
    container.addEventListener("toggle", relabel, true);  // a <details>' toggle does not bubble
    return relabel;
  }

  // The article's words, without its expand/collapse controls (whose labels sync() changes).
  function words(article) {
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement.closest(".qa-controls") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    let text = "";
    while (walker.nextNode()) text += walker.currentNode.data;
    return text;
  }

  window.ClinicReader.semantic = { words, install, adoptPrerendered, sync, wireFallback, panelIndex, onKey, controlOf, questionButtons, articleOf, withDetails };
})();
