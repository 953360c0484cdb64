// Structure recognition, top level: breaks the document into pieces (blocks,
// and lines of pasted paragraphs), takes the title, groups the pieces into
// sections and lets each kind of section write its content.
#include "structure_recognition.h"

#include <algorithm>
#include <unordered_set>

#include "anchor_ids.h"
#include "emoji_scan.h"
#include "language_detection.h"
#include "plain_text.h"
#include "recognition_context.h"
#include "recognition_vocabulary.h"
#include "utf8.h"

namespace clinic {
namespace {

using recognition::Context;
using recognition::Line;
using recognition::Piece;
using recognition::PieceKind;

// Code points, counted just far enough to tell a title from a sentence.
size_t codepoints(std::string_view s) { return utf8::count_codepoints(s, vocabulary::kMaxEmojiTitleCodepoints + 1); }

bool is_answer_or_card(std::string_view text) {
  return vocabulary::answer_marker_length(text) > 0 || vocabulary::card_marker_length(text) > 0;
}

// Ends a sentence or a clause: text, not a title.
bool ends_clause(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '*')) text.remove_suffix(1);
  return vocabulary::ends_sentence(text) || (!text.empty() && (text.back() == ',' || text.back() == ';'));
}

bool reads_as_special_title(std::string_view text) {
  return vocabulary::special_title(text) != vocabulary::SpecialTitle::None;
}

// How the lines of one pasted paragraph act.
enum class LineRole : uint8_t { Text, Heading, ListItem };

class Recognizer {
 public:
  explicit Recognizer(Post& post) : ctx_(post) {}

  void run() {
    collect_pieces();
    take_title();
    group_into_sections();
    ctx_.out.finish();
  }

 private:
  // Headings the writer made with Markdown; when there are any, only the
  // Q&A and summary titles are taken from plain lines.
  bool has_markdown_headings() const {
    for (uint32_t c = 1; c < ctx_.old[0].end; c = ctx_.old[c].end) {
      if (ctx_.old[c].kind == NodeKind::Heading && (ctx_.old[c].level > 1 || c != 1)) return true;
    }
    return false;
  }

  // Sizes `pieces_` and the context's lines for the top-level blocks, from a
  // look at them before they are read: the two vectors' regrowth (each a copy
  // into fresh memory) was a tenth of recognising a long file of posts.
  void reserve_pieces() {
    size_t blocks = 0;
    size_t lines = 0;  // of top-level paragraphs: each may become a line of its own
    for (uint32_t c = 1; c < ctx_.old[0].end; c = ctx_.old[c].end) {
      if (ctx_.old[c].kind != NodeKind::Paragraph) {
        ++blocks;
        continue;
      }
      ++lines;
      for (uint32_t n = c + 1; n < ctx_.old[c].end; n = ctx_.old[n].end) {
        lines += ctx_.old[n].kind == NodeKind::SoftBreak || ctx_.old[n].kind == NodeKind::HardBreak;
      }
    }
    pieces_.reserve(blocks + lines);
    ctx_.lines.reserve(lines);
  }

  void collect_pieces() {
    reserve_pieces();
    const bool markdown_headings = has_markdown_headings();
    for (uint32_t c = 1; c < ctx_.old[0].end; c = ctx_.old[c].end) {
      const Node& n = ctx_.old[c];
      if (n.kind == NodeKind::Heading) {
        pieces_.push_back({PieceKind::Heading, c, 0, 0, n.level});
      } else if (n.kind == NodeKind::Paragraph) {
        add_paragraph(c, markdown_headings);
      } else {
        pieces_.push_back({PieceKind::Block, c, 0, 0, 0});
      }
    }
  }

  void add_paragraph(uint32_t paragraph, bool markdown_headings) {
    if (!ctx_.lines_may_act(paragraph)) {
      pieces_.push_back({PieceKind::Block, paragraph, 0, 0, 0});  // prose: the paragraph stays whole
      return;
    }
    const size_t lines_before = ctx_.lines.size();
    const auto [first, end] = ctx_.split_lines(paragraph);
    std::vector<LineRole>& roles = roles_;  // reused: an allocation per paragraph showed in profiles
    roles.assign(end - first, LineRole::Text);
    const std::vector<Line>& lines = ctx_.lines;

    // Runs of lines led by the same emoji act as a list.
    for (uint32_t l = first; l < end;) {
      const size_t e = leading_emoji_length(lines[l].text);
      uint32_t m = l + 1;
      if (e > 0 && !is_answer_or_card(lines[l].text)) {
        const std::string_view bullet = std::string_view(lines[l].text).substr(0, e);
        while (m < end && std::string_view(lines[m].text).substr(0, leading_emoji_length(lines[m].text)) == bullet) ++m;
      }
      if (m - l >= 2) std::fill(roles.begin() + (l - first), roles.begin() + (m - first), LineRole::ListItem);
      l = m;
    }
    bool any_structure = false;
    for (uint32_t l = first; l < end; ++l) {
      LineRole& role = roles[l - first];
      if (role == LineRole::Text && reads_as_heading(lines[l], l == first, markdown_headings)) role = LineRole::Heading;
      any_structure = any_structure || role != LineRole::Text;
    }
    if (!any_structure) {
      ctx_.lines.resize(lines_before);  // the paragraph stays whole
      pieces_.push_back({PieceKind::Block, paragraph, 0, 0, 0});
      return;
    }
    for (uint32_t l = first; l < end;) {
      const LineRole role = roles[l - first];
      uint32_t m = l + 1;
      if (role != LineRole::Heading) {
        // Two lists side by side ("⏰ …", "⏰ …", "💬 …", "💬 …") stay two: each
        // list's bullet is its own emoji.
        const auto bullet = [&](uint32_t k) { return lines[k].text.substr(0, leading_emoji_length(lines[k].text)); };
        while (m < end && roles[m - first] == role && (role != LineRole::ListItem || bullet(m) == bullet(l))) ++m;
      }
      const PieceKind kind = role == LineRole::Heading  ? PieceKind::PastedHeading
                             : role == LineRole::ListItem ? PieceKind::EmojiList
                                                          : PieceKind::Lines;
      pieces_.push_back({kind, paragraph, l, m, 0});
      l = m;
    }
  }

  // A pasted line acts as a heading when it is led by an emoji and reads as a
  // title (short, not a finished sentence unless a question), or when it is
  // the Q&A or summary title on a line of its own.
  static bool reads_as_heading(const Line& line, bool first_in_paragraph, bool markdown_headings) {
    const std::string_view text = line.text;
    const size_t e = leading_emoji_length(text);
    if (e > 0) {
      if (is_answer_or_card(text)) return false;
      const std::string_view rest = text.substr(e);
      const size_t n = codepoints(rest);
      if (n < 2 || n > vocabulary::kMaxEmojiTitleCodepoints) return false;
      if (vocabulary::question_marker_length(rest) > 0) return false;
      if (reads_as_special_title(text)) return true;
      return !markdown_headings && (!ends_clause(text) || vocabulary::ends_question(text));
    }
    // Without an emoji, only a line standing as its own paragraph: prose that
    // merely starts with "자주 묻는 질문은 …," must stay prose.
    return first_in_paragraph && line.last_in_paragraph && codepoints(text) <= vocabulary::kMaxPlainTitleCodepoints &&
           reads_as_special_title(text) && !vocabulary::ends_question(text) && !ends_clause(text);
  }

  // Title: front matter, else a leading H1, else the first line that is not
  // scrape debris. A title line standing alone leaves the body.
  void take_title() {
    PostMeta& meta = ctx_.post.meta;
    if (pieces_.empty()) return;
    Piece& first = pieces_.front();
    if (first.kind == PieceKind::Heading && ctx_.old[first.node].level == 1) {
      const std::string text = ctx_.heading_text(first);
      if (meta.title.empty() || meta.title == text) {
        if (meta.title.empty()) meta.title = text;
        pieces_.erase(pieces_.begin());
        return;
      }
    }
    if (first.kind == PieceKind::Block && ctx_.old[first.node].kind == NodeKind::Paragraph) {
      const auto [l, end] = ctx_.split_lines(first.node);
      first = {PieceKind::Lines, first.node, l, end, 0};
    }
    if (first.kind != PieceKind::Lines) {
      if (meta.title.empty() && first.kind == PieceKind::PastedHeading) meta.title = ctx_.heading_text(first);
      return;
    }
    // Debris goes when something follows it.
    while (first.first_line < first.end_line && vocabulary::is_scrape_debris(ctx_.lines[first.first_line].text) &&
           (first.first_line + 1 < first.end_line || pieces_.size() > 1)) {
      ++first.first_line;
    }
    if (meta.title.empty() && first.first_line < first.end_line &&
        utf8::count_codepoints(ctx_.lines[first.first_line].text, vocabulary::kMaxTitleLineCodepoints + 1) <=
            vocabulary::kMaxTitleLineCodepoints) {
      const Line& line = ctx_.lines[first.first_line];
      meta.title = collapse_whitespace(line.text);
      if (line.last_in_paragraph && pieces_.size() > 1) ++first.first_line;
    }
    if (first.first_line == first.end_line) pieces_.erase(pieces_.begin());
  }

  // Headings at the top section level start sections; so does a deeper
  // heading that names a Q&A or summary ("# Milia" … "## FAQ"), which would
  // otherwise go unrecognised inside its parent.
  bool starts_section(const Piece& p, uint8_t section_level) const {
    if (p.kind == PieceKind::PastedHeading) return true;
    if (p.kind != PieceKind::Heading) return false;
    return p.level <= section_level || reads_as_special_title(ctx_.heading_text(p));
  }

  void group_into_sections() {
    uint8_t section_level = 0;
    for (const Piece& p : pieces_) {
      if (p.kind == PieceKind::Heading && (section_level == 0 || p.level < section_level)) section_level = p.level;
    }
    if (section_level == 0) section_level = 2;

    Node document = ctx_.old[0];
    ctx_.out.open(document);
    size_t i = 0;
    while (i < pieces_.size() && !starts_section(pieces_[i], section_level)) ctx_.emit_piece(pieces_[i++]);
    AnchorIds ids;
    while (i < pieces_.size()) {
      const Piece& heading = pieces_[i];
      size_t end = i + 1;
      while (end < pieces_.size() && !starts_section(pieces_[end], section_level)) ++end;
      write_section(heading, std::span<const Piece>(pieces_).subspan(i + 1, end - i - 1), section_level, ids);
      i = end;
    }
    ctx_.out.close();
  }

  void write_section(const Piece& heading, std::span<const Piece> content, uint8_t section_level, AnchorIds& ids) {
    const std::string title = ctx_.heading_text(heading);
    Node section;
    section.kind = NodeKind::Section;
    section.level = heading.kind == PieceKind::Heading ? heading.level : section_level;
    switch (vocabulary::special_title(title)) {
      case vocabulary::SpecialTitle::Qa: section.section_kind = SectionKind::Qa; break;
      case vocabulary::SpecialTitle::Summary: section.section_kind = SectionKind::Summary; break;
      case vocabulary::SpecialTitle::None: section.section_kind = SectionKind::Text; break;
    }
    section.text = ctx_.post.add_to_pool(ids.make(title));
    if (heading.kind == PieceKind::Heading) {
      section.source_offset = ctx_.old[heading.node].source_offset;
      ctx_.out.open(section);
      ctx_.out.copy_subtree(heading.node);
    } else {
      const Line& line = ctx_.lines[heading.first_line];
      section.source_offset = ctx_.old[line.first].source_offset;
      ctx_.out.open(section);
      Node h;
      h.kind = NodeKind::Heading;
      h.level = section.level;
      h.flags = node_flags::kPasted;
      h.source_offset = section.source_offset;
      ctx_.out.open(h);
      ctx_.out.copy_range(line.first, line.end);
      ctx_.out.close();
    }
    switch (section.section_kind) {
      case SectionKind::Qa: recognition::emit_qa_section_content(ctx_, content); break;
      case SectionKind::Summary: recognition::emit_summary_section_content(ctx_, content); break;
      default:
        for (const Piece& p : content) ctx_.emit_piece(p);
        break;
    }
    ctx_.out.close();
  }

  Context ctx_;
  std::vector<Piece> pieces_;
  std::vector<LineRole> roles_;  // add_paragraph's, for one paragraph's lines
};

}  // namespace

void recognize_structure(Post& post) {
  Recognizer(post).run();
  if (post.meta.lang.empty()) {
    post.meta.lang = detect_language(std::string_view(post.source).substr(post.body_offset));
  }
}

}  // namespace clinic
