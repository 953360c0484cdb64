#include "lint_post.h"

#include <algorithm>
#include <cstdio>
#include <iterator>

#include "front_matter.h"
#include "inline_source.h"
#include "line_index.h"
#include "markdown_to_model.h"
#include "parse_post.h"
#include "plain_text.h"
#include "utf8.h"

namespace clinic {
namespace {

using Severity = Diagnostic::Severity;

constexpr LintRule kRules[] = {
    {"invalid-utf8", Severity::Error, "bytes that are not UTF-8: the reader shows U+FFFD in their place"},
    {"front-matter-unterminated", Severity::Error,
     "front matter opened with `---` and never closed: its fields are shown as the post's text"},
    {"unsafe-target", Severity::Error,
     "a link or image whose target was dropped as unsafe (javascript:, vbscript:, file:, data: other than images)"},
    {"reader", Severity::Error, "the reader could not read the post whole (size, memory)"},
    {"front-matter", Severity::Warning, "a front matter line that is not `key: value`"},
    {"no-title", Severity::Warning, "neither a `title:` in the front matter nor a leading `# ` heading"},
    {"qa-without-questions", Severity::Warning, "a Q&A section in which no question was recognised"},
    {"question-without-answer", Severity::Warning, "a question with nothing after it before the next question"},
    {"summary-without-cards", Severity::Warning, "a summary section in which no card was recognised"},
    {"summary-single-card", Severity::Warning, "a summary section with only one card"},
    {"image-without-alt", Severity::Warning, "an image with no alt text: screen readers cannot describe it"},
    {"undrawable-character", Severity::Warning, "a character no font can draw (replacement, control, private-use, unassigned)"},
    {"long-paragraph", Severity::Warning, "a paragraph longer than the limit (1200 characters of plain text)"},
};

const LintRule& rule_named(std::string_view name) {
  for (const LintRule& r : kRules) {
    if (r.name == name) return r;
  }
  return kRules[std::size(kRules) - 1];  // unreachable: every rule used is in the table
}

size_t codepoints(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); utf8::next(s, i)) ++n;
  return n;
}

std::string hex_code_point(char32_t cp) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(cp));
  return buffer;
}

std::string quoted(std::string_view text) {
  constexpr size_t kMax = 60;
  std::string out = "\u201C";
  if (text.size() <= kMax) {
    out.append(text);
  } else {
    size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // whole code points
    out.append(text.substr(0, cut)).append("\u2026");
  }
  return out + "\u201D";
}

class Linter {
 public:
  Linter(std::string_view input, const LintOptions& options)
      : input_(input),
        options_(options),
        post_(parse_post(utf8::repaired(input))),
        front_matter_(read_front_matter(post_.source)),
        lines_(post_.source) {}

  std::vector<LintDiagnostic> run() {
    check_characters();
    check_front_matter_and_reader();
    check_title();
    check_nodes();
    std::stable_sort(found_.begin(), found_.end(),
                     [](const LintDiagnostic& a, const LintDiagnostic& b) { return a.line < b.line; });
    return std::move(found_);
  }

 private:
  void add(std::string_view rule, uint32_t line, std::string message) {
    const LintRule& r = rule_named(rule);
    found_.push_back({line, r.severity, r.name, std::move(message)});
  }

  uint32_t line_of(size_t offset) const { return lines_.line_of(offset); }

  // Bytes and characters are checked in the file as written: parse_post was
  // given a repaired copy, so the bad bytes are reported once, here, by line.
  void check_characters() {
    struct LineFindings {
      size_t invalid_bytes = 0;
      std::vector<std::pair<char32_t, Undrawable>> undrawable;  // distinct, first few
      size_t undrawable_count = 0;
    } current;
    uint32_t line = 1;
    const auto flush = [&] {
      if (current.invalid_bytes > 0) {
        add("invalid-utf8", line,
            std::to_string(current.invalid_bytes) +
                " byte(s) that are not UTF-8, shown as \uFFFD; save the file as UTF-8 and check the text here");
      }
      if (current.undrawable_count > 0) {
        std::string message = std::to_string(current.undrawable_count) + " character(s) no font can draw: ";
        for (size_t k = 0; k < current.undrawable.size(); ++k) {
          if (k) message += "; ";
          message += hex_code_point(current.undrawable[k].first) + ", " +
                     std::string(undrawable_description(current.undrawable[k].second));
        }
        add("undrawable-character", line, message);
      }
      current = {};
    };
    std::string_view text = input_;
    size_t i = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    while (i < text.size()) {
      const char c = text[i];
      if (c == '\n' || c == '\r') {
        flush();
        ++line;
        i += (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
        continue;
      }
      const size_t start = i;
      const char32_t cp = utf8::next(text, i);
      if (cp == utf8::kReplacement && text.substr(start, 3) != "\xEF\xBF\xBD") {
        ++current.invalid_bytes;
        continue;
      }
      const Undrawable reason = undrawable_reason(cp, options_.coverage);
      if (reason == Undrawable::No) continue;
      ++current.undrawable_count;
      const bool seen = std::any_of(current.undrawable.begin(), current.undrawable.end(),
                                    [&](const auto& u) { return u.first == cp; });
      if (!seen && current.undrawable.size() < 3) current.undrawable.emplace_back(cp, reason);
    }
    flush();
  }

  // parse_post read the same front matter; its findings are told apart from
  // the reader's others by being the front matter's.
  void check_front_matter_and_reader() {
    const FrontMatter& fm = front_matter_;
    const bool opened = post_.source.starts_with("---\n");
    if (opened && !fm.meta.has_front_matter) {
      add("front-matter-unterminated", 1,
          "front matter opened with `---` is never closed, so its fields show as the post's text; "
          "end it with a `---` line");
    } else {
      for (const Diagnostic& d : fm.diagnostics) add("front-matter", line_of(d.source_offset), d.message);
    }
    for (const Diagnostic& d : post_.diagnostics) {
      const bool front_matter = std::any_of(fm.diagnostics.begin(), fm.diagnostics.end(), [&](const Diagnostic& f) {
        return f.source_offset == d.source_offset && f.message == d.message;
      });
      if (!front_matter) add("reader", line_of(d.source_offset), d.message);
    }
  }

  // The reader falls back to the first line when there is no title; a writer
  // should say which it is.
  void check_title() {
    if (!front_matter_.meta.title.empty()) return;
    Post body;
    body.source = post_.source;
    body.body_offset = post_.body_offset;
    build_nodes_from_markdown(body);
    if (body.nodes.size() > 1 && body.nodes[1].kind == NodeKind::Heading && body.nodes[1].level == 1) return;
    std::string message = "no title: add `title:` to the front matter or start the post with a `# ` heading";
    if (!post_.meta.title.empty()) message += "; the reader uses the first line, " + quoted(post_.meta.title);
    add("no-title", line_of(post_.body_offset), message);
  }

  uint32_t count(uint32_t i, NodeKind kind) const {
    uint32_t n = 0;
    for (uint32_t k = i + 1; k < post_.nodes[i].end; ++k) n += post_.nodes[k].kind == kind;
    return n;
  }

  uint32_t child_of_kind(uint32_t parent, NodeKind kind) const {
    for (uint32_t c = first_child(parent); c < post_.nodes[parent].end; c = post_.nodes[c].end) {
      if (post_.nodes[c].kind == kind) return c;
    }
    return 0;
  }

  uint32_t line_of_inline(uint32_t i, std::string_view marker) const {
    return line_of(inline_source_offset(post_, i, marker));
  }

  void check_nodes() {
    const std::vector<Node>& nodes = post_.nodes;
    for (uint32_t i = 0; i < nodes.size(); ++i) {
      const Node& n = nodes[i];
      switch (n.kind) {
        case NodeKind::Section: check_section(i); break;
        case NodeKind::QaItem: check_question(i); break;
        case NodeKind::Link:
        case NodeKind::Image: check_target(i); break;
        case NodeKind::Paragraph: check_length(i); break;
        default: break;
      }
    }
  }

  void check_section(uint32_t i) {
    const Node& n = post_.nodes[i];
    const uint32_t heading = child_of_kind(i, NodeKind::Heading);
    const std::string title = quoted(heading ? plain_text(post_, heading) : std::string());
    if (n.section_kind == SectionKind::Qa && count(i, NodeKind::QaItem) == 0) {
      add("qa-without-questions", line_of(n.source_offset),
          "the Q&A section " + title +
              " has no recognised questions: start each with `Q1.`, `Q:`, `질문:` (plain or bold) or a `###` heading");
    }
    if (n.section_kind == SectionKind::Summary) {
      const uint32_t cards = count(i, NodeKind::SummaryCard);
      if (cards == 0) {
        add("summary-without-cards", line_of(n.source_offset),
            "the summary section " + title + " has no cards: write them as a list or as `1️⃣` / `1.` lines");
      } else if (cards == 1) {
        add("summary-single-card", line_of(n.source_offset),
            "the summary section " + title + " has only one card: a summary reads as a list of points");
      }
    }
  }

  void check_question(uint32_t i) {
    const uint32_t answer = child_of_kind(i, NodeKind::QaAnswer);
    if (answer && !plain_text(post_, answer).empty()) return;
    const uint32_t question = child_of_kind(i, NodeKind::QaQuestion);
    add("question-without-answer", line_of(post_.nodes[i].source_offset),
        "the question " + quoted(question ? plain_text(post_, question) : std::string()) +
            " has no answer before the next question");
  }

  void check_target(uint32_t i) {
    const Node& n = post_.nodes[i];
    const bool image = n.kind == NodeKind::Image;
    const std::string text = plain_text(post_, i);
    if (n.has(node_flags::kUnsafeTarget)) {
      add("unsafe-target", line_of_inline(i, image ? "![" : "]("),
          std::string(image ? "the image " : "the link ") + (text.empty() ? "" : quoted(text) + " ") +
              "lost its target: its scheme is unsafe (javascript:, vbscript:, file:, or data: other than "
              "png/gif/jpeg/webp images), so it is shown " + (image ? "without the picture" : "as plain text"));
    }
    if (image && text.empty()) {
      add("image-without-alt", line_of_inline(i, "!["),
          "image without alt text: describe it between the brackets, `![what it shows](…)`, for screen readers");
    }
  }

  void check_length(uint32_t i) {
    const size_t length = codepoints(plain_text(post_, i));
    if (length <= options_.max_paragraph_characters) return;
    add("long-paragraph", line_of(post_.nodes[i].source_offset),
        "paragraph of " + std::to_string(length) + " characters (more than " +
            std::to_string(options_.max_paragraph_characters) + "): split it where the topic turns");
  }

  std::string_view input_;
  const LintOptions& options_;
  Post post_;
  FrontMatter front_matter_;
  LineIndex lines_;
  std::vector<LintDiagnostic> found_;
};

}  // namespace

std::span<const LintRule> lint_rules() { return kRules; }

std::vector<LintDiagnostic> lint_post(std::string_view input, const LintOptions& options) {
  return Linter(input, options).run();
}

bool has_errors(const std::vector<LintDiagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const LintDiagnostic& d) { return d.severity == Severity::Error; });
}

}  // namespace clinic
