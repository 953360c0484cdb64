#include "html_to_lines.h"

#include <algorithm>
#include <array>

#include "emoji_scan.h"
#include "html_article_finder.h"
#include "html_inline.h"
#include "html_markdown_blocks.h"
#include "link_safety.h"
#include "markdown_escape.h"
#include "recognition_vocabulary.h"
#include "url_resolution.h"

namespace clinic::html {
namespace {

using import::LineKind;
using import::PlainLine;

constexpr std::array<std::string_view, 22> kBlockTags = {
    "p", "div", "section", "article", "main", "li", "dt", "dd", "figure", "figcaption", "blockquote", "address",
    "center", "td", "th", "tr", "dl", "header", "hgroup", "details", "summary", "caption"};
// Lazy-loading pages keep the real source in one of these.
constexpr std::array<std::string_view, 5> kImageSources = {"data-lazy-src", "data-src", "data-original",
                                                           "data-lazy", "src"};
constexpr std::array<std::string_view, 3> kTagListNames = {"tag", "tags", "hashtag"};

// Lines of a Korean editor's post average under this (about 50 syllables); a
// page's paragraphs run longer.
constexpr size_t kMaxEditorLineBytes = 160;
// A cell of a board's label row is short ("2026.10.14", "관리자").
constexpr size_t kMaxLabelRowCellBytes = 120;

template <size_t N>
bool one_of(std::string_view s, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

bool is_hidden_or_control(const Node& n) {
  return n.has_attribute("hidden") || n.attribute("aria-hidden") == "true" || n.is("button") ||
         n.attribute("role") == "button";
}

int heading_rank(const Node& n) {
  if (n.tag.size() == 2 && n.tag[0] == 'h' && n.tag[1] >= '1' && n.tag[1] <= '6') return n.tag[1] - '0';
  return 0;
}

bool is_empty_paragraph(const Node& n) {
  InlineLine probe;
  probe.add_text(text_content(n));
  return probe.empty() && find_element(n, [](const Node& e) { return e.is("img"); }, false) == nullptr;
}

// A class or id with the word tag, tags or hashtag ("post_tag", "tag-list", "__se-hash-tag").
bool is_tag_list(const Node& n) {
  for (std::string_view names : {n.attribute("class"), n.attribute("id")}) {
    size_t i = 0;
    while (i < names.size()) {
      while (i < names.size() && (names[i] == ' ' || names[i] == '-' || names[i] == '_')) ++i;
      const size_t start = i;
      while (i < names.size() && names[i] != ' ' && names[i] != '-' && names[i] != '_') ++i;
      std::string word(names.substr(start, i - start));
      for (char& c : word) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      if (one_of(word, kTagListNames)) return true;
    }
  }
  return false;
}

bool is_inline(const Node& n) {
  return n.is("span") || n.is("a") || n.is("em") || n.is("strong") || n.is("b") || n.is("i") || n.is("font");
}

// "#아토피 #보습제": hashtags only.
bool is_hashtag_line(std::string_view text, std::vector<std::string>* tags) {
  if (!text.starts_with('#') || text.starts_with("# ")) return false;
  std::vector<std::string> found;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] != '#') return false;
    const size_t end = std::min(text.find(' ', i), text.size());
    if (end == i + 1) return false;
    found.emplace_back(text.substr(i + 1, end - i - 1));
    i = end;
    while (i < text.size() && text[i] == ' ') ++i;
  }
  if (tags != nullptr) tags->insert(tags->end(), found.begin(), found.end());
  return !found.empty();
}

class LineWriter {
 public:
  LineWriter(std::string_view base_url, std::string_view title) : base_(base_url), title_(title) {}

  ArticleLines run(const Node& article) {
    line_mode_ = uses_lines_as_paragraphs(article);
    min_rank_ = smallest_heading_rank(article);
    walk_children(article);
    end_line();
    ArticleLines out;
    out.lines = std::move(lines_);
    out.tags = std::move(tags_);
    while (!out.lines.empty() && out.lines.back().kind == LineKind::Blank) out.lines.pop_back();
    out.lines = with_dash_lists(std::move(out.lines));
    return out;
  }

 private:
  // Korean editors write each line as its own <p> and separate paragraphs with
  // an empty one (a zero-width space, a <br>): there, a <p> is a line.
  // (WordPress pages may hold an empty <p>&nbsp;</p> spacer too: editor lines
  // are short, a WordPress paragraph is not.)
  static bool uses_lines_as_paragraphs(const Node& article) {
    size_t empty = 0, lines = 0, bytes = 0;
    std::vector<const Node*> stack = {&article};
    while (!stack.empty()) {
      const Node* n = stack.back();
      stack.pop_back();
      if (!n->is_element() || is_chrome(*n)) continue;
      const bool innermost = (n->is("p") || n->is("div")) &&
          find_element(*n, [n](const Node& e) { return &e != n && (e.is("p") || e.is("div")); }, false) == nullptr;
      if (innermost && !n->children.empty()) {
        if (is_empty_paragraph(*n)) {
          ++empty;
        } else {
          ++lines;
          bytes += text_content(*n).size();
        }
        continue;
      }
      for (const auto& child : n->children) stack.push_back(child.get());
    }
    return empty > 0 && lines > 0 && bytes / lines <= kMaxEditorLineBytes;
  }

  static int smallest_heading_rank(const Node& article) {
    int smallest = 7;
    std::vector<const Node*> stack = {&article};
    while (!stack.empty()) {
      const Node* n = stack.back();
      stack.pop_back();
      if (!n->is_element() || is_chrome(*n)) continue;
      if (const int rank = heading_rank(*n); rank >= 2) smallest = std::min(smallest, rank);
      for (const auto& child : n->children) stack.push_back(child.get());
    }
    return smallest;
  }

  void walk_children(const Node& n) {
    for (const auto& child : n.children) walk(*child);
  }

  void walk(const Node& n) {
    if (!n.is_element()) {
      line_.add_text(n.text);
      return;
    }
    // A <header> in the article: its headings are the post's ("<section><header>
    // <h2>…"); its byline and date are the page's.
    if (n.is("header") && n.parent != nullptr && (n.parent->is("section") || n.parent->is("article"))) {
      return header_headings(n);
    }
    if (n.is("tr") && is_label_row(n)) return;
    if (is_chrome(n)) {
      // A hashtag inside running text ("오늘은 #비립종 이야기") is a word of the
      // sentence; a list of tags is the front matter's.
      if (is_tag_list(n) && is_inline(n) && !is_hidden_or_control(n)) return walk_children(n);
      if (is_tag_list(n)) collect_tag_list(n);
      return;
    }
    if (n.is("br")) return end_line();
    if (n.is("img")) return image(n);
    if (n.is("hr")) return verbatim("* * *", "");
    if (n.is("pre")) return code_block(n);
    if (n.is("ul") || n.is("ol")) return list(n);
    if (n.is("table")) return is_data_table(n) ? data_table(n) : block(n, false);
    if (const int rank = heading_rank(n)) return heading(n, rank);
    if (n.is("a")) return link(n);
    if (n.is("summary") || n.is("dt")) {
      end_line();
      question_element_ = true;
      block(n, false);
      question_element_ = false;
      return;
    }
    if (one_of(n.tag, kBlockTags)) return block(n, n.is("p") || n.is("blockquote") || n.is("figure") || n.is("dl"));
    const uint8_t style = style_of(n);
    if (style == 0) return walk_children(n);
    const uint8_t saved = line_.style();
    line_.set_style(saved | style);
    walk_children(n);
    line_.set_style(saved);
  }

  void header_headings(const Node& n) {
    for (const auto& child : n.children) {
      if (!child->is_element() || is_chrome(*child)) continue;
      if (const int rank = heading_rank(*child)) heading(*child, rank);
      else if (!child->is("header")) header_headings(*child);
    }
  }

  // A layout table's row of a label and short values ("작성자 | 관리자",
  // "조회 | 52"): the board's record of the post, not its text.
  static bool is_label_row(const Node& row) {
    bool label = false;
    for (const auto& cell : row.children) {
      if (cell->is("th")) label = true;
      if ((cell->is("td") || cell->is("th")) && text_content(*cell).size() > kMaxLabelRowCellBytes) return false;
    }
    return label;
  }

  static uint8_t style_of(const Node& n) {
    if (n.is("strong") || n.is("b")) return kBold;
    if (n.is("em") || n.is("i")) return kItalic;
    if (n.is("s") || n.is("del") || n.is("strike")) return kStrike;
    const std::string_view css = n.attribute("style");
    if (css.find("font-weight:bold") != std::string_view::npos || css.find("font-weight: bold") != std::string_view::npos ||
        css.find("font-weight:700") != std::string_view::npos || css.find("font-weight: 700") != std::string_view::npos) {
      return kBold;
    }
    return 0;
  }

  // A paragraph-like element: its own line(s); a paragraph (not a line of an
  // editor's, not a layout <div>) is followed by a blank line.
  void block(const Node& n, bool paragraph) {
    end_line();
    if (n.is("p") || n.is("div")) {
      if (is_empty_paragraph(n)) {
        if (find_element(n, [](const Node& e) { return e.is("p") || e.is("div"); }, false) == &n) blank();
        return;
      }
    }
    walk_children(n);
    end_line();
    if ((paragraph && !line_mode_) || has_class(n, "se-component")) blank();
  }

  void heading(const Node& n, int rank) {
    end_line();
    walk_children(n);
    const InlineLine::Written written = line_.take();
    if (written.text.empty()) return;
    if (!seen_content_ && written.text == title_) return;  // the title, in the front matter already
    track_section(written.text, true);
    blank();
    PlainLine line;
    line.text = written.text;
    line.kind = LineKind::Heading;
    const int level = rank <= min_rank_ ? 2 : 2 + (rank - min_rank_);
    line.heading_level = static_cast<uint8_t>(std::min(level, 4));
    push(std::move(line));
    blank();
  }

  void link(const Node& n) {
    // In-page anchors ("#", "#top") point nowhere once the post leaves the page.
    const std::string_view raw = n.attribute("href");
    const std::string href = resolve_url(base_, raw);
    const bool keep = !raw.empty() && !raw.starts_with('#') && is_safe_url(href);
    const std::string saved = line_.link();
    if (keep) line_.set_link(href);
    walk_children(n);
    if (keep) line_.set_link(saved);
  }

  std::string image_source(const Node& n) const {
    for (std::string_view name : kImageSources) {
      const std::string_view value = n.attribute(name);
      if (!value.empty() && !(name == "src" && value.starts_with("data:") && n.has_attribute("data-lazy-src"))) {
        return resolve_url(base_, value);
      }
    }
    return {};
  }

  void image(const Node& n) {
    InlineLine alt_line;
    alt_line.add_text(n.attribute("alt"));
    const std::string alt = alt_line.take().text;
    // WordPress and others draw emoji as images ("💡 What are milia?" with an
    // <img class=emoji alt=💡>): the emoji is a character of the line.
    if (!alt.empty() && leading_emoji_length(alt) == alt.size()) {
      line_.add_text(alt);
      return;
    }
    const std::string src = image_source(n);
    if (src.empty() || !is_safe_url(src)) {
      if (!alt.empty()) line_.add_text(" " + alt + " ");  // nothing to show: its words stay
      return;
    }
    verbatim("![" + markdown_escaped_line(alt) + "](" + markdown_destination(src) + ")", alt);
  }

  void code_block(const Node& n) {
    const std::string code = text_content(n);
    size_t longest = 0, run = 0;
    for (char c : code) longest = std::max(longest, run = c == '`' ? run + 1 : 0);
    const std::string fence(std::max<size_t>(3, longest + 1), '`');
    std::string body = code;
    while (!body.empty() && body.back() == '\n') body.pop_back();
    verbatim(fence + "\n" + body + "\n" + fence, body);
  }

  void list(const Node& n) {
    end_line();
    const MarkdownBlock block = list_block(n, inline_writer());
    if (!block.markdown.empty()) verbatim(block.markdown, block.text);
  }

  void data_table(const Node& table) {
    end_line();
    const MarkdownBlock block = table_block(table, inline_writer());
    if (!block.markdown.empty()) verbatim(block.markdown, block.text);
  }

  // A list item's or a cell's content, written on a line of its own.
  InlineWriter inline_writer() {
    return [this](const Node& n, std::vector<const Node*>& nested) {
      InlineLine saved = std::move(line_);
      line_ = InlineLine();
      walk_inline(n, nested);
      const InlineLine::Written written = line_.take();
      line_ = std::move(saved);
      return written;
    };
  }

  // An item's content on one line; its own lists are kept for after it.
  void walk_inline(const Node& n, std::vector<const Node*>& nested) {
    for (const auto& child : n.children) {
      if (child->is("ul") || child->is("ol")) {
        nested.push_back(child.get());
      } else if (child->is_element() && (is_chrome(*child) || child->is("img") || child->is("br"))) {
        if (child->is("br")) line_.add_text(" ");
      } else if (child->is("a")) {
        link(*child);
      } else if (child->is_element()) {
        const uint8_t style = style_of(*child);
        const uint8_t saved = line_.style();
        line_.set_style(saved | style);
        if (one_of(child->tag, kBlockTags)) line_.add_text(" ");
        walk_inline(*child, nested);
        line_.set_style(saved);
      } else {
        line_.add_text(child->text);
      }
    }
  }

  void collect_tag_list(const Node& n) {
    std::vector<const Node*> stack = {&n};
    while (!stack.empty()) {
      const Node* e = stack.back();
      stack.pop_back();
      if (e->is("a") || e->is("li")) {
        InlineLine probe;
        probe.add_text(text_content(*e));
        std::string tag = probe.take().text;
        if (tag.starts_with('#')) tag.erase(0, 1);
        if (!tag.empty()) tags_.push_back(tag);
        continue;
      }
      for (auto it = e->children.rbegin(); it != e->children.rend(); ++it) stack.push_back(it->get());
    }
  }

  // A line that is all bold (or a <summary>/<dt>) and asks a question, in a Q&A
  // section: a question, as FAQ blocks write them (Yoast's schema-faq, accordions).
  bool is_question_line(const InlineLine::Written& written) const {
    if (!in_qa_ || !vocabulary::ends_question(written.text) || vocabulary::question_marker_length(written.text) > 0) {
      return false;
    }
    const bool all_bold = written.markdown == "**" + markdown_escaped_line(written.text) + "**";
    return all_bold || question_element_;
  }

  // Q&A sections as the page shows them: a heading or a bold line naming one.
  void track_section(const std::string& text, bool heading_like) {
    if (!heading_like || vocabulary::ends_question(text)) return;
    in_qa_ = vocabulary::is_qa_title(text);
  }

  void end_line() {
    const InlineLine::Written written = line_.take();
    if (written.text.empty()) return;
    const bool all_bold = !written.markdown.empty() && written.markdown == "**" + markdown_escaped_line(written.text) + "**";
    if (is_question_line(written)) {
      PlainLine question;
      question.text = written.text;
      question.kind = LineKind::Heading;
      question.heading_level = 3;
      blank();
      push(std::move(question));
      blank();
      return;
    }
    track_section(written.text, all_bold && written.text.size() <= 180);
    // The title again at the top, hashtags, and the page's furniture written as
    // text ("블로그 목록으로", "공감 12") are not the post's text.
    if (!seen_content_ && written.text == title_) return;
    if (is_hashtag_line(written.text, &tags_)) return;
    if (vocabulary::is_scrape_debris(written.text)) return;
    PlainLine line;
    line.text = written.text;
    line.markdown = written.markdown;
    push(std::move(line));
  }

  void verbatim(std::string markdown, std::string text) {
    end_line();
    blank();
    PlainLine line;
    line.kind = LineKind::Verbatim;
    line.text = std::move(text);
    line.markdown = std::move(markdown);
    push(std::move(line));
    blank();
  }

  void blank() {
    if (!lines_.empty() && lines_.back().kind != LineKind::Blank) lines_.push_back({.kind = LineKind::Blank});
  }

  void push(PlainLine line) {
    seen_content_ = true;
    lines_.push_back(std::move(line));
  }

  std::string base_;
  std::string title_;
  InlineLine line_;
  std::vector<PlainLine> lines_;
  std::vector<std::string> tags_;
  bool line_mode_ = false;
  bool in_qa_ = false;             // inside a section whose heading names questions and answers
  bool question_element_ = false;  // the line being written is a <summary> or <dt>
  bool seen_content_ = false;
  int min_rank_ = 2;
};

}  // namespace

ArticleLines article_lines(const Node& article, std::string_view base_url, std::string_view title) {
  return LineWriter(base_url, title).run(article);
}

}  // namespace clinic::html
