#include "import_html.h"

#include <algorithm>

#include "html_article_finder.h"
#include "html_page_meta.h"
#include "html_to_lines.h"
#include "html_tree.h"
#include "language_detection.h"
#include "utf8.h"

namespace clinic {
namespace {

// Bytes looked at to tell a page from text.
constexpr size_t kSniffBytes = 4096;

std::string lower_prefix(std::string_view s, size_t n) {
  std::string out(s.substr(0, std::min(n, s.size())));
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// A tag is a keyword ("아토피", "CO2 laser"): longer text, or text with the
// list's own punctuation, is some page's furniture caught by a tag-like name.
constexpr size_t kMaxTagCodepoints = 40;

bool reads_as_tag(const std::string& tag) {
  return !tag.empty() && utf8::count_codepoints(tag, kMaxTagCodepoints + 1) <= kMaxTagCodepoints &&
         tag.find_first_of("\"\\[],\n") == std::string::npos;
}

std::vector<std::string> unique_tags(std::vector<std::string> items) {
  std::vector<std::string> out;
  for (std::string& item : items) {
    if (reads_as_tag(item) && std::find(out.begin(), out.end(), item) == out.end()) out.push_back(std::move(item));
  }
  return out;
}

}  // namespace

ImportInput detect_import_input(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  while (!bytes.empty() && (bytes.front() == ' ' || bytes.front() == '\n' || bytes.front() == '\r' || bytes.front() == '\t')) {
    bytes.remove_prefix(1);
  }
  if (!bytes.starts_with('<')) return ImportInput::Text;
  const std::string head = lower_prefix(bytes, kSniffBytes);
  for (std::string_view start : {"<!doctype html", "<html", "<head", "<body", "<meta", "<!--"}) {
    if (head.starts_with(start)) return ImportInput::Html;
  }
  for (std::string_view end_tag : {"</p>", "</div>", "</article>", "</span>", "</h1>", "</h2>", "</li>", "</td>"}) {
    if (head.find(end_tag) != std::string::npos) return ImportInput::Html;
  }
  return ImportInput::Text;
}

ImportedPost import_html(std::string_view html, const HtmlImportOptions& options) {
  const html::Document document = html::parse_document(html);
  const html::Node& article = html::find_article(*document.root);
  const html::PageMeta page = html::read_page_meta(*document.root, article, options.page_url);
  html::ArticleLines body = html::article_lines(article, page.base_url, page.title);

  PostMeta meta;
  meta.title = page.title;
  meta.date = page.date;
  std::string words;
  for (const import::PlainLine& line : body.lines) words.append(line.text).push_back('\n');
  meta.lang = page.lang.empty() ? detect_language(words) : page.lang;
  std::vector<std::string> tags = page.tags;
  tags.insert(tags.end(), body.tags.begin(), body.tags.end());
  meta.tags = unique_tags(std::move(tags));
  if (meta.title.empty()) {
    // The page names no title: a heading that opens the article is one. A line
    // of text is not (unlike pasted text): in a page it is the post's first sentence.
    const auto first = std::find_if(body.lines.begin(), body.lines.end(),
                                    [](const import::PlainLine& line) { return line.kind != import::LineKind::Blank; });
    if (first != body.lines.end() && first->kind == import::LineKind::Heading) {
      meta.title = first->text;
      body.lines.erase(first);
    }
  }
  return import::write_post(std::move(body.lines), std::move(meta), page.author);
}

ImportedPost import_post(std::string_view bytes, ImportInput kind, const HtmlImportOptions& options) {
  return kind == ImportInput::Html ? import_html(bytes, options) : import_plain_text(bytes);
}

std::string_view import_refusal(const ImportedPost& post, ImportInput kind) {
  std::string_view body = post.markdown;  // the Markdown after the front matter
  if (body.starts_with("---\n")) {
    const size_t end = body.find("\n---\n");
    if (end != std::string_view::npos) body.remove_prefix(end + 5);
  }
  if (kind != ImportInput::Html || body.find_first_not_of(" \n") != std::string_view::npos) return {};
  return "no post text found in the page (is it a saved web page?)";
}

}  // namespace clinic
