// The accessible article: the recognised structure of a post as HTML.
//
// Recognised nodes (sections, Q&A items, summary cards) are written here; the
// ordinary blocks inside them go through the same writer as the plain rendition
// (html_nodes.h), so both escape and filter targets alike.
#include <algorithm>
#include <charconv>
#include <string>

#include "byte_words.h"
#include "emoji_scan.h"
#include "faq_json_ld.h"
#include "html_escape.h"
#include "html_nodes.h"
#include "html_page.h"
#include "html_render.h"
#include "plain_text.h"
#include "reading_time.h"

namespace clinic {
namespace {

// Text with keycap emoji hidden from screen readers: the list numbering or the
// words around them already say the number, and "keycap digit one" is noise.
//
// One pass, escaping as it goes, eight bytes at a time past words with nothing
// to escape and no byte a keycap's mark starts with: E2 (U+20E3, in every
// keycap but 🔟) or F0 (🔟). A scan for keycaps and then one to escape read
// every text twice (WebAssembly, bench/wasm_bench.mjs).
void append_text_hiding_keycaps(HtmlOutput& out, std::string_view text) {
  const size_t n = text.size();
  size_t run = 0;  // text[run, i) is written as it is when something ends it
  size_t i = 0;
  while (i < n) {
    if (i + 8 <= n) {
      const uint64_t word = byte_words::load(text.data() + i);
      // E2 and F0 in one test: with bits 4 and 1 set, E0 E2 F0 F2 are all F2
      // (E0 and F2 lead no keycap and only cost a look).
      if (!html::has_text_special(word) && !byte_words::any_equal(word | byte_words::kOnes * 0x12, '\xF2')) {
        i += 8;
        continue;
      }
    }
    const char c = text[i];
    if (html::is_text_special(c)) {
      out.append(text.data() + run, i - run);
      html::append_entity(out, c);
      run = ++i;
      continue;
    }
    // A keycap starts at its base: a byte before U+20E3, or four with U+FE0F
    // between; 🔟 at itself. Bases and U+FE0F are not escaped, so they are
    // still in the run.
    // The lead byte first: the other bytes of a word with a hit in it come
    // here too, and each compare is a call to memcmp in WebAssembly.
    size_t start = n;
    if (c == '\xE2' && text.substr(i, 3) == "\xE2\x83\xA3") {
      if (i >= run + 4 && leading_keycap_length(text.substr(i - 4)) == 7) start = i - 4;
      else if (i >= run + 1 && leading_keycap_length(text.substr(i - 1)) == 4) start = i - 1;
    } else if (c == '\xF0' && text.substr(i, 4) == "\xF0\x9F\x94\x9F") {
      start = i;
    }
    if (start == n) {
      ++i;
      continue;
    }
    out.append(text.data() + run, start - run);
    out.append("<span aria-hidden=\"true\">");
    i = start;
    size_t length = leading_keycap_length(text.substr(i));
    do {  // a run of keycaps ("1️⃣0️⃣") is one hidden span
      i += length;
    } while (i < n && (length = leading_keycap_length(text.substr(i))) != 0);
    out.append(text.substr(start, i - start));
    out.append("</span>");
    run = i;
  }
  out.append(text.data() + run, n - run);
}

// "2024-05-01": the forms <time datetime> is sure to accept.
bool is_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

class ArticleWriter {
 public:
  ArticleWriter(const Post& post, const HtmlOptions& options, HtmlOutput& out)
      : post_(post), nodes_(post.nodes), options_(options), out_(out) {
    blocks_.append_text = append_text_hiding_keycaps;
    blocks_.emoji_bullets = true;
    blocks_.min_heading_level = 2;  // <h1> is the title's
    labels_ = blocks_;
    labels_.links_as_text = true;
  }

  void write() {
    out_.append("<article class=\"clinic-post\"");
    append_lang_attribute(out_, post_.meta.lang);
    out_.append(">\n");
    write_header();
    if (!nodes_.empty()) children(skip_title_heading(1), nodes_[0].end, 1);
    if (options_.json_ld) out_.append(faq_json_ld(post_));
    out_.append("</article>\n");
  }

 private:
  void write_header() {
    const PostMeta& meta = post_.meta;
    // Always a byline: at least the reading time, where the canvas draws it.
    out_.append("<header>\n");
    if (!meta.title.empty()) {
      out_.append("<h1>");
      append_text_hiding_keycaps(out_, meta.title);
      out_.append("</h1>\n");
    }
    {
      out_.append("<p class=\"byline\">");
      bool first = true;
      for (const std::string* part : {&meta.author, &meta.role, &meta.clinic}) {
        if (part->empty()) continue;
        if (!first) out_.append(" · ");
        html::append_text(out_, *part);
        first = false;
      }
      if (!meta.date.empty()) {
        if (!first) out_.append(" · ");
        if (is_iso_date(meta.date)) {
          out_.append("<time datetime=\"");
          html::append_attribute(out_, meta.date);
          out_.append("\">");
          html::append_text(out_, meta.date);
          out_.append("</time>");
        } else {
          html::append_text(out_, meta.date);
        }
        first = false;
      }
      if (!first) out_.append(" · ");
      out_.append("<span class=\"reading-time\">");
      html::append_text(out_, reading_time_text(post_));
      out_.append("</span></p>\n");
    }
    out_.append("</header>\n");
  }

  // The header already shows the title; a first heading repeating it is dropped.
  uint32_t skip_title_heading(uint32_t first) const {
    if (first < nodes_[0].end && nodes_[first].kind == NodeKind::Heading && !post_.meta.title.empty() &&
        plain_text(post_, first) == collapse_whitespace(post_.meta.title)) {
      return nodes_[first].end;
    }
    return first;
  }

  // The sibling nodes [first, end) inside a container whose heading is at `level`.
  void children(uint32_t first, uint32_t end, int level) {
    uint32_t run = first;  // ordinary blocks are written a run at a time
    for (uint32_t c = first; c < end; c = std::max(nodes_[c].end, c + 1)) {
      const NodeKind kind = nodes_[c].kind;
      const bool recognised = kind == NodeKind::Section || kind == NodeKind::QaItem || kind == NodeKind::SummaryList ||
                              kind == NodeKind::SummaryCard || kind == NodeKind::QaQuestion ||
                              kind == NodeKind::QaAnswer;
      if (!recognised) continue;
      append_nodes_html(post_, run, c, out_, blocks_);
      run = std::max(nodes_[c].end, c + 1);
      switch (kind) {
        case NodeKind::Section: write_section(c); break;
        case NodeKind::QaItem: write_qa_item(c, level + 1); break;
        case NodeKind::SummaryList: write_summary_list(c); break;
        case NodeKind::QaAnswer: children(c + 1, nodes_[c].end, level); break;
        default:  // a question or card outside its container: its text as a paragraph
          out_.append("<p>");
          append_nodes_html(post_, c + 1, nodes_[c].end, out_, blocks_);
          out_.append("</p>\n");
          break;
      }
    }
    append_nodes_html(post_, run, end, out_, blocks_);
  }

  void open_heading(int level) {
    out_.append("<h");
    out_.push_back(static_cast<char>('0' + level));
  }
  void close_heading(int level) {
    out_.append("</h");
    out_.push_back(static_cast<char>('0' + level));
    out_.push_back('>');
  }

  void write_section(uint32_t index) {
    const Node& section = nodes_[index];
    uint32_t first = index + 1;
    const bool has_heading = first < section.end && nodes_[first].kind == NodeKind::Heading;
    const int written_level = section.level != 0 ? section.level : has_heading ? nodes_[first].level : 2;
    const int level = std::clamp(written_level, 2, 6);
    std::string_view id = post_.str(section.text);  // the anchor recognition made
    std::string unnamed;
    if (id.empty()) id = unnamed = "section-" + std::to_string(++unnamed_sections_);

    out_.append("<section class=\"post-section");
    if (section.section_kind == SectionKind::Qa) out_.append(" qa");
    if (section.section_kind == SectionKind::Summary) out_.append(" summary");
    out_.push_back('"');
    if (has_heading) {
      out_.append(" aria-labelledby=\"");
      html::append_attribute(out_, id);
      out_.push_back('"');
    }
    out_.append(">\n");
    if (has_heading) {
      open_heading(level);
      out_.append(" id=\"");
      html::append_attribute(out_, id);
      out_.append("\">");
      append_nodes_html(post_, first + 1, nodes_[first].end, out_, blocks_);
      close_heading(level);
      out_.push_back('\n');
      first = nodes_[first].end;
    }
    children(first, section.end, level);
    out_.append("</section>\n");
  }

  // The WAI-ARIA accordion pattern (a heading holding a button that shows a
  // region); a standalone page, which has no script, uses <details> instead.
  // The fragment's answers are written open: a page that shows the fragment
  // without script (pre-rendered, <noscript>) stays readable, and the
  // <clinic-reader> element closes them as it takes over.
  // Ids count questions across the whole article, so "#q3" is the third question.
  void write_qa_item(uint32_t index, int level) {
    level = std::min(level, 6);
    // "q3": written piece by piece below, since std::string's operator+ is a
    // library call per piece in WebAssembly.
    char id_buffer[16] = {'q'};
    const std::string_view id(id_buffer, std::to_chars(id_buffer + 1, id_buffer + sizeof id_buffer, ++questions_).ptr - id_buffer);
    uint32_t question = 0;
    uint32_t rest = index + 1;  // the answer and anything else
    if (rest < nodes_[index].end && nodes_[rest].kind == NodeKind::QaQuestion) {
      question = rest;
      rest = nodes_[rest].end;
    }
    const auto write_question = [&] {
      if (question != 0) append_nodes_html(post_, question + 1, nodes_[question].end, out_, labels_);
    };
    if (options_.standalone) {
      out_.append("<details class=\"qa-item\" id=\"");
      out_.append(id);
      out_.append("\">\n<summary class=\"qa-question\">");
      open_heading(level);
      out_.push_back('>');
      write_question();
      close_heading(level);
      out_.append("</summary>\n<div class=\"qa-answer\">\n");
      children(rest, nodes_[index].end, level);
      out_.append("</div>\n</details>\n");
      return;
    }
    out_.append("<div class=\"qa-item\">\n");
    open_heading(level);
    out_.append(" class=\"qa-question\"><button type=\"button\" aria-expanded=\"true\" aria-controls=\"");
    out_.append(id);
    out_.append("-panel\" id=\"");
    out_.append(id);
    out_.append("\">");
    write_question();
    out_.append("</button>");
    close_heading(level);
    out_.append("\n<div class=\"qa-answer\" role=\"region\" id=\"");
    out_.append(id);
    out_.append("-panel\" aria-labelledby=\"");
    out_.append(id);
    out_.append("\">\n");
    children(rest, nodes_[index].end, level);
    out_.append("</div>\n</div>\n");
  }

  void write_summary_list(uint32_t index) {
    out_.append("<ol class=\"summary-cards\">\n");
    uint32_t position = 0;
    for (uint32_t c = index + 1; c < nodes_[index].end; c = std::max(nodes_[c].end, c + 1)) {
      ++position;
      const Node& card = nodes_[c];
      if (card.kind != NodeKind::SummaryCard) {  // a stray block still sits in an item
        out_.append("<li>\n");
        append_nodes_html(post_, c, card.end, out_, blocks_);
        out_.append("</li>\n");
        continue;
      }
      out_.append("<li class=\"summary-card\"");
      if (card.number != 0 && card.number != position) {
        out_.append(" value=\"" + std::to_string(card.number) + "\"");
        position = card.number;
      }
      out_.push_back('>');
      append_nodes_html(post_, c + 1, card.end, out_, blocks_);
      out_.append("</li>\n");
    }
    out_.append("</ol>\n");
  }

  const Post& post_;
  const std::vector<Node>& nodes_;
  const HtmlOptions& options_;
  HtmlOutput& out_;
  NodeHtmlStyle blocks_;  // ordinary blocks
  NodeHtmlStyle labels_;  // text inside a <button> or <summary>
  uint32_t questions_ = 0;
  uint32_t unnamed_sections_ = 0;
};

void write_article(const Post& post, const HtmlOptions& options, HtmlOutput& out) {
  if (options.standalone) append_page_start(out, post.meta, options.theme_css);
  ArticleWriter(post, options, out).write();
  if (options.standalone) append_page_end(out);
}

}  // namespace

std::string render_article_html(const Post& post, const HtmlOptions& options) {
  HtmlOutput out(post.source.size() * 2 + post.pool.size() + (options.standalone ? 4096 : 512));
  write_article(post, options, out);
  return out.take();
}

void render_article_html(const Post& post, const HtmlOptions& options, const HtmlSink& sink) {
  HtmlOutput out(sink);
  write_article(post, options, out);
  out.flush();
}

}  // namespace clinic
