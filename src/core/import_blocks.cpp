#include "import_blocks.h"

#include "emoji_scan.h"
#include "markdown_escape.h"
#include "recognition_vocabulary.h"

namespace clinic::import {
namespace {

bool is_question(BlockKind kind) { return kind == BlockKind::Question || kind == BlockKind::HeadingQuestion; }

// "🧴Thorough cleansing" -> "🧴 Thorough cleansing": the bullet stands apart.
std::string list_item_text(std::string_view text) {
  const size_t e = leading_emoji_length(text);
  if (e == 0) return std::string(text);
  size_t rest = e;
  while (rest < text.size() && text[rest] == ' ') ++rest;
  std::string out(text.substr(0, e));
  if (rest < text.size()) out.append(" ").append(text.substr(rest));
  return out;
}

class BlockGrouper {
 public:
  explicit BlockGrouper(const std::vector<PlainLine>& lines) : lines_(lines) {}

  std::vector<Block> run() {
    for (size_t i = 0; i < lines_.size(); ++i) {
      const PlainLine& line = lines_[i];
      if (line.kind == LineKind::Blank) {
        open_ = false;
        continue;
      }
      if (line.break_before && open_ && (line.starts_anew || ends_sentence_so_far())) open_ = false;
      add(i);
      if (line.break_after) open_ = false;
    }
    return std::move(blocks_);
  }

 private:
  void add(size_t i) {
    const PlainLine& line = lines_[i];
    switch (line.kind) {
      case LineKind::Heading:
        start(BlockKind::Heading, line.text);
        blocks_.back().level = line.heading_level;
        open_ = false;
        break;
      case LineKind::Verbatim:
        start(BlockKind::Verbatim, {});
        new_line(line.kind, line.text, line.markdown);  // its text may be empty (an image without alt)
        open_ = false;
        break;
      case LineKind::Question: start(BlockKind::Question, line.text); break;
      case LineKind::HeadingQuestion: start(BlockKind::HeadingQuestion, line.text); break;
      case LineKind::ListItem:
        if (!open_here(BlockKind::List)) start(BlockKind::List, {});
        new_line(line.kind, list_item_text(line.text), line.markdown.empty() ? "" : list_item_text(line.markdown));
        break;
      case LineKind::Answer:
      case LineKind::Card:
        if (!open_ || blocks_.back().kind == BlockKind::List) start(BlockKind::Paragraph, {});
        new_line(line.kind, line.text, line.markdown);
        break;
      default: add_text(i); break;
    }
  }

  void add_text(size_t i) {
    const PlainLine& line = lines_[i];
    if (open_ && blocks_.back().kind == BlockKind::List && line.continues_item) {
      join(line);
      return;
    }
    if (open_ && blocks_.back().kind != BlockKind::List && !line.starts_anew && !ends_sentence_so_far()) {
      Block& block = blocks_.back();
      // A question wrapped over lines runs to its question mark, when an answer
      // line follows; otherwise the plain line opens an unmarked answer.
      if (!is_question(block.kind) || block.lines.size() > 1 || question_continues(i)) {
        join(line);
        return;
      }
    }
    if (open_ && (blocks_.back().kind == BlockKind::List || last_kind_ == LineKind::Card)) open_ = false;
    if (!open_) start(BlockKind::Paragraph, {});
    new_line(LineKind::Text, line.text, line.markdown);
  }

  // The line carries on the open block's last line, after one space.
  void join(const PlainLine& line) {
    Block& block = blocks_.back();
    std::string& markdown = block.markdown.back();
    if (!markdown.empty() || !line.markdown.empty()) {
      if (markdown.empty()) markdown = markdown_escaped_line(block.lines.back());
      markdown.append(" ").append(line.markdown.empty() ? markdown_escaped_line(line.text) : line.markdown);
    }
    block.lines.back().append(" ").append(line.text);
  }

  bool question_continues(size_t i) const {
    const std::string& question = blocks_.back().lines[0];
    if (vocabulary::ends_question(question)) return false;
    for (size_t j = i + 1; j < lines_.size(); ++j) {
      if (lines_[j].kind == LineKind::Answer) return true;
      if (lines_[j].kind != LineKind::Text) return false;
    }
    return false;
  }

  bool ends_sentence_so_far() const {
    const Block& block = blocks_.back();
    return block.lines.empty() || vocabulary::ends_sentence(block.lines.back());
  }

  bool open_here(BlockKind kind) const { return open_ && blocks_.back().kind == kind; }

  void start(BlockKind kind, std::string_view first_line) {
    blocks_.push_back({kind, {}, {}});
    if (!first_line.empty()) {
      blocks_.back().lines.emplace_back(first_line);
      blocks_.back().markdown.emplace_back();
    }
    open_ = true;
    last_kind_ = LineKind::Text;
  }

  void new_line(LineKind kind, std::string text, std::string markdown) {
    blocks_.back().lines.push_back(std::move(text));
    blocks_.back().markdown.push_back(std::move(markdown));
    last_kind_ = kind;
  }

  const std::vector<PlainLine>& lines_;
  std::vector<Block> blocks_;
  bool open_ = false;                    // blocks_.back() takes more lines
  LineKind last_kind_ = LineKind::Text;  // what began the open block's last line
};

}  // namespace

std::vector<Block> group_into_blocks(const std::vector<PlainLine>& lines) { return BlockGrouper(lines).run(); }

}  // namespace clinic::import
