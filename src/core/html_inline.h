// One line of a saved page's text with its inline markup (bold, italic,
// strikethrough, links), built as the page is walked and written at the line's
// end both as plain text (what the importer recognises) and as Markdown (what it
// writes). Markup that CommonMark would not read back as markup where it stands
// ("**“비립종”**이란": a closing ** after punctuation, before a letter) is left
// out, so its markers never show as stray asterisks; the text always stays.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace clinic::html {

enum Style : uint8_t { kBold = 1, kItalic = 2, kStrike = 4 };

class InlineLine {
 public:
  // Text as HTML renders it: runs of white space (and line breaks) are one space,
  // zero-width spaces and BOMs dropped, no-break spaces are spaces.
  void add_text(std::string_view text);
  void set_style(uint8_t styles) { styles_ = styles; }
  uint8_t style() const { return styles_; }
  // Links: `href` already absolute and safe; an empty href ends the link.
  void set_link(std::string href);
  const std::string& link() const { return link_; }

  bool empty() const;  // no text but white space
  struct Written {
    std::string text;      // plain, trimmed
    std::string markdown;  // empty when the line has no markup (then: the text, escaped)
  };
  // The line so far, written; the line is empty afterwards (style and link stay).
  Written take();

 private:
  struct Run {
    std::string text;
    uint8_t styles = 0;
    int link = -1;  // index into links_
  };
  Run& current_run();
  Written write();
  std::vector<Run> runs_;
  std::vector<std::string> links_;
  uint8_t styles_ = 0;
  std::string link_;
  int link_index_ = -1;
  bool space_pending_ = false;
};

// A URL written as a Markdown link or image destination: characters that would
// end it or break it (space, parentheses, angle brackets, line breaks) percent-encoded.
std::string markdown_destination(std::string_view url);

}  // namespace clinic::html
