#include "article_css.h"

#include <cstdio>

#include "theme.h"
#include "ui_words.h"

namespace clinic::view {
namespace {

static_assert(kType.heading[5] == kType.heading[6], "h5 and h6 share one rule");

// `body` ems of the body size, in ems of an element whose font is `own` times the body's.
std::string em(float body, float own = 1.0f) {
  char out[32];
  std::snprintf(out, sizeof out, "%.4gem", double(body / own));
  return out;
}

// A length the canvas rounds to whole pixels: rounded here too where CSS can.
// `less_px`: a border's pixels taken off (the canvas draws its outlines inside).
std::string rounded(std::string_view property, float body, float own = 1.0f, int less_px = 0) {
  const std::string length = em(body, own);
  const std::string p(property);
  if (less_px == 0) return p + ':' + length + ';' + p + ":round(" + length + ",1px);";
  const std::string less = " - " + std::to_string(less_px) + "px)";
  return p + ":calc(" + length + less + ';' + p + ":calc(round(" + length + ",1px)" + less + ';';
}

std::string number(float value) {
  char out[32];
  std::snprintf(out, sizeof out, "%.4g", double(value));
  return out;
}

class Sheet {
 public:
  explicit Sheet(std::string_view scope) : scope_(scope) {}

  // `selectors`: comma-separated, each starting with "&" (the article).
  void rule(std::string_view selectors, const std::string& declarations) {
    size_t start = 0;
    bool first = true;
    while (start <= selectors.size()) {
      size_t comma = selectors.find(',', start);
      if (comma == std::string_view::npos) comma = selectors.size();
      std::string_view one = selectors.substr(start, comma - start);
      while (!one.empty() && one.front() == ' ') one.remove_prefix(1);
      if (!first) out_ += ',';
      first = false;
      out_ += scope_;
      one.remove_prefix(1);  // the "&"
      if (one.starts_with(" > ")) {  // written with spaces for reading, sent without
        out_ += '>';
        one.remove_prefix(3);
        size_t child = one.find(" > ");
        while (child != std::string_view::npos) {
          out_ += one.substr(0, child);
          out_ += '>';
          one.remove_prefix(child + 3);
          child = one.find(" > ");
        }
      }
      out_ += one;
      start = comma + 1;
    }
    out_ += '{' + declarations + '}';
  }
  void open(std::string_view at_rule) { out_ += std::string(at_rule) + '{'; }
  void close() { out_ += '}'; }
  std::string take() { return std::move(out_); }

 private:
  std::string scope_;
  std::string out_;
};

}  // namespace

std::string article_css(std::string_view article) {
  const Typography& t = kType;
  const QaMetrics& qa = t.qa;
  const CardMetrics& card = t.card;
  Sheet s(article);

  // The box: the canvas's top and bottom space, column and side margins (the
  // canvas centres a column of at most `column` ems in the element's width).
  const std::string column_side = "calc(50% - " + em(t.column * 0.5f) + ")";
  s.rule("&", "display:block;box-sizing:border-box;margin:0;color:var(--cr-text);"
              "font:calc(1em * var(--cr-body-scale) * var(--cr-scale, 1))/" + number(t.line) +
              " \"Clinic Reader Text\",var(--cr-font);" + rounded("line-height", t.line) +
              "padding:" + em(t.top) + " max(var(--cr-margin)," + column_side + ") " + em(t.bottom) + ';' +
              rounded("padding-top", t.top) + "word-break:keep-all;overflow-wrap:anywhere;"
              "counter-reset:cr-question cr-card;container:cr-article/inline-size;");
  s.open("@media (min-width:" + number(t.wide_from_px) + "px)");
  s.rule("&", "padding-inline:max(var(--cr-wide-margin)," + column_side + ");");
  s.close();
  // The canvas adds no gap after the last block.
  s.rule("& > :last-child, & > :last-child > :last-child", "margin-bottom:0;");

  // The header: title, byline, and a rule under them.
  s.rule("& > header", rounded("padding-bottom", t.rule_before) + "margin:0 0 calc(" + em(t.header_after) +
                           " - 1px);border-bottom:1px solid var(--cr-rule);");
  s.rule("& > header > h1", rounded("font-size", t.title) + rounded("line-height", t.title_line * t.title, t.title) +
                                "margin:0 0 " + em(t.title_after, t.title) + ';');
  s.rule("& .byline", "margin:0;color:var(--cr-muted);font-size:" + em(t.byline) + ';' +
                          rounded("line-height", t.byline_line * t.byline, t.byline));

  // Headings, by level: the gap above is the larger of theirs and the block's before.
  s.rule("& h1, & h2, & h3, & h4, & h5, & h6", "color:var(--cr-heading);font-weight:700;");
  for (int level = 1; level <= 5; ++level) {  // h6 is drawn as h5
    const float size = t.heading[level];
    const float before = t.heading_before[level <= 2 ? 0 : 1];
    const std::string h = level == 5 ? "& h5, & h6" : "& h" + std::to_string(level);
    s.rule(h, rounded("font-size", size) + rounded("line-height", t.heading_line * size, size) + rounded("margin-top", before, size) +
                  rounded("margin-bottom", t.heading_after, size));
  }
  s.rule("& > header > h1", "margin-top:0;");

  s.rule("& p", "margin:0;" + rounded("margin-bottom", t.paragraph_gap));
  s.rule("& a", "color:var(--cr-link);");
  s.rule("& img", "max-width:100%;height:auto;");

  // Lists: the canvas's gutters; an emoji bullet hangs in the gutter as the canvas draws it.
  s.rule("& ul, & ol", "margin:0;" + rounded("margin-bottom", t.paragraph_gap) + "padding:0 0 0 " + em(t.bullet_gutter) + ';');
  s.rule("& ol", "padding-left:calc(1.3ch + " + em(t.number_gap) + ");");
  s.rule("& ul > li::marker", "color:var(--cr-accent);");
  s.rule("& ol > li::marker", "color:var(--cr-muted);");
  s.rule("& li + li", rounded("margin-top", t.list_item_gap));
  s.rule("& ul.emoji-bullets", "list-style:none;padding-left:" + em(t.emoji_bullet_gutter) + ';');
  s.rule("& ul.emoji-bullets > li", "position:relative;");
  s.rule("& ul.emoji-bullets > li > .bullet", "position:absolute;left:-" + em(t.emoji_bullet_gutter) + ';');

  // Boxes: quotes, code, tables, thematic breaks.
  s.rule("& blockquote", "margin:0;" + rounded("margin-bottom", t.boxed_after) + rounded("padding", t.quote_pad) +
                             "border-left:" + number(t.quote_bar_px) + "px solid var(--cr-quote-bar);"
                             "background:var(--cr-quote-background);border-radius:8px;");
  s.rule("& blockquote > :last-child, & .qa-answer > :last-child", "margin-bottom:0;");
  s.rule("& code", "font:inherit;background:var(--cr-code-background);color:var(--cr-code-text);"
                   "padding:0.1em 0.2em;border-radius:3px;");
  s.rule("& pre", "margin:0;" + rounded("margin-bottom", t.boxed_after, t.code) + rounded("padding", t.code_pad, t.code) +
                      "font-size:" + em(t.code) + ';' + rounded("line-height", t.code_line * t.code, t.code) +
                      "background:var(--cr-code-background);border-radius:6px;overflow-x:auto;white-space:pre-wrap;");
  s.rule("& pre code", "padding:0;background:none;font-size:1em;");
  s.rule("& table", "border-collapse:collapse;table-layout:fixed;width:100%;margin:0;" +
                        rounded("margin-bottom", t.boxed_after, t.table) + "font-size:" + em(t.table) + ';' +
                        rounded("line-height", t.table_line * t.table, t.table));
  s.rule("& th, & td", rounded("padding", t.cell_pad, t.table) +
                           "border:0;border-bottom:1px solid var(--cr-rule);text-align:start;vertical-align:top;");
  s.rule("& thead th", "background:var(--cr-code-background);");
  s.rule("& hr", "border:0;border-top:1px solid var(--cr-rule);width:40%;" + rounded("margin", t.break_around) +
                     "margin-inline:auto;");

  // The Q&A: an expand/collapse-all control, then a row per question ("Q1",
  // the question, a chevron) and the answer below it, behind a bar.
  s.rule("& .qa-controls", "display:flex;justify-content:flex-end;margin:0;" + rounded("margin-bottom", qa.controls_after));
  s.rule("& .qa-controls > button",
         "font:inherit;font-size:" + em(qa.controls_size) + ";line-height:1;box-sizing:border-box;" +
             rounded("height", qa.controls_size * (1.0f + 2.0f * qa.controls_pad_y), qa.controls_size) + "padding:0 " +
             em(qa.controls_pad_x) + ";border:1px solid var(--cr-card-border);border-radius:999px;"
             "color:var(--cr-accent);background:none;cursor:pointer;");
  s.rule("& .qa-item", "counter-increment:cr-question;margin:0;" + rounded("margin-bottom", qa.between));
  s.rule("& .qa-question", "margin:0;font-size:1em;" + rounded("line-height", qa.line) +
                               "background:var(--cr-row-background);border-radius:" + number(qa.row_radius_px) + "px;");
  // "Q1" hangs before the question's text (about 1.6 ems wide in a bold system face), the chevron after it.
  const std::string number_width = "1.6em";
  const std::string chevron = em(qa.chevron * 0.6f);  // a square turned 45°: about the canvas chevron's width
  s.rule("& .qa-question > button, & summary.qa-question",
         "all:unset;box-sizing:border-box;display:block;position:relative;width:100%;" + rounded("padding", qa.pad) +
             "padding-left:calc(" + em(qa.pad + qa.number_gap) + " + " + number_width + ");padding-right:" +
             em(qa.pad + qa.number_gap + qa.chevron) + ";cursor:pointer;color:var(--cr-heading);font-weight:700;");
  s.rule("& summary.qa-question", "list-style:none;");
  s.rule("& summary.qa-question::-webkit-details-marker", "display:none;");
  s.rule("& summary.qa-question > *", "display:inline;font-size:1em;margin:0;");
  s.rule("& .qa-question > button::before, & summary.qa-question::before",
         "content:\"" + std::string(ui_words("en").question_label) + "\" counter(cr-question);position:absolute;left:" +
             em(qa.pad) + ";top:" + em(qa.pad) + ";color:var(--cr-accent);");
  // The chevron: a corner turned down when closed, up when open.
  s.rule("& .qa-question > button::after, & summary.qa-question::after",
         "content:\"\";position:absolute;right:" + em(qa.pad + qa.chevron * 0.2f) + ";top:calc(50% - " +
             em(qa.chevron * 0.4f) + ");width:" + chevron + ";height:" + chevron +
             ";box-sizing:border-box;border:solid var(--cr-muted);border-width:0 2px 2px 0;transform:rotate(45deg);");
  s.rule("& .qa-question > button[aria-expanded=\"true\"]::after, & details[open] > summary.qa-question::after",
         "transform:rotate(-135deg);");
  s.rule("& .qa-question > button:focus-visible, & summary.qa-question:focus-visible",
         "outline:2px solid var(--cr-accent);outline-offset:2px;border-radius:" + number(qa.row_radius_px) + "px;");
  // The answer starts under the question's text (after "Q1" and its gap).
  s.rule("& .qa-answer", "margin:0 0 0 calc(" + number_width + " + " + em(qa.number_gap + qa.pad - qa.answer_before) + ");" +
                             rounded("padding-top", qa.answer_before) + rounded("padding-bottom", qa.answer_after) +
                             "padding-left:calc(" + em(qa.answer_before) + " - 3px);" + rounded("padding-right", qa.pad) +
                             "border-left:3px solid var(--cr-quote-bar);background-clip:content-box;");

  // A closed answer is hidden "until found" (find-in-page still reaches it): no box at all.
  s.rule("& .qa-answer[hidden]", "padding:0;border:0;");

  // Summary cards: a grid of one column, two from `two_columns` ems, three from
  // `three_columns`; a numbered badge beside the text in one column, above it in more.
  s.rule("& ol.summary-cards", "list-style:none;margin:0;" + rounded("margin-bottom", card.after) +
                                   "padding:0;display:grid;grid-template-columns:1fr;" + rounded("gap", card.gutter));
  const float pad = card.pad, badge = card.badge, text = card.text;
  s.rule("& .summary-card", "counter-increment:cr-card;position:relative;box-sizing:border-box;margin:0;"
                            "font-size:" + em(text) + ';' + rounded("line-height", card.line * text, text) +
                            rounded("padding", pad, text, 1) + rounded("padding-left", pad + badge + card.badge_gap, text, 1) +
                            "min-height:" + em(badge + 2.0f * pad, text) + ';' +
                            "border:1px solid var(--cr-card-border);border-radius:" + number(card.radius_px) + "px;"
                            "background:var(--cr-card-background);");
  s.rule("& .summary-card::before",
         "content:counter(cr-card);position:absolute;" + rounded("left", pad, text, 1) + rounded("top", pad, text, 1) +
             rounded("width", badge, text) + rounded("height", badge, text) +
             "display:flex;align-items:center;justify-content:center;border-radius:50%;line-height:1;"
             "background:var(--cr-accent);color:var(--cr-accent-text);font-weight:700;");
  for (int columns : {2, 3}) {
    const float from = columns == 2 ? card.two_columns : card.three_columns;
    const float p = columns == 3 ? card.pad_three_columns : card.pad;
    s.open("@container cr-article (min-width:" + em(from) + ")");
    s.rule("& ol.summary-cards", "grid-template-columns:repeat(" + std::to_string(columns) + ",1fr);");
    s.rule("& .summary-card", rounded("padding", p, text, 1) + rounded("padding-top", p + badge + card.badge_gap, text, 1));
    s.rule("& .summary-card::before", rounded("left", p, text, 1) + rounded("top", p, text, 1));
    s.close();
  }

  // Windows high contrast: the backgrounds are gone, so rows and cards get borders.
  s.open("@media (forced-colors:active)");
  s.rule("& .qa-question, & .summary-card, & blockquote", "border:1px solid CanvasText;");
  s.close();
  return s.take();
}

}  // namespace clinic::view
