#include "html_page_meta.h"

#include <array>
#include <cstdio>
#include <initializer_list>

#include "date_text.h"
#include "html_article_finder.h"
#include "json_ld.h"
#include "url_resolution.h"
#include "utf8.h"

namespace clinic::html {
namespace {

constexpr std::array<std::string_view, 8> kPlaceholderAuthors = {
    "관리자", "운영자", "admin", "administrator", "webmaster", "최고관리자", "작성자", "writer"};
// Labels before a byline's name: "By Dr. Lee", "작성자 : 김하원", "글쓴이".
constexpr std::array<std::string_view, 6> kAuthorLabels = {"by ", "작성자", "글쓴이", "posted by ", "written by ",
                                                           "author"};
// A board's labels before the post's record ("<th>작성자</th><td>김하원</td>").
constexpr std::array<std::string_view, 5> kTitleLabels = {"제목", "title", "subject", "글제목", "게시물 제목"};
constexpr std::array<std::string_view, 5> kAuthorFieldLabels = {"작성자", "글쓴이", "작성", "writer", "author"};
constexpr std::array<std::string_view, 7> kDateLabels = {"작성일", "등록일", "날짜", "작성일자", "등록일자", "date",
                                                         "posted"};
// Separators between a post's title and the site's name in <title>.
constexpr std::array<std::string_view, 5> kTitleSeparators = {" | ", " - ", " :: ", " : ", " \xE2\x80\x93 "};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// White space collapsed to single spaces, zero-width spaces dropped, ends trimmed.
std::string clean_text(std::string_view s) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.substr(i, 3) == "\xE2\x80\x8B" || s.substr(i, 3) == "\xEF\xBB\xBF") {
      i += 2;
      continue;
    }
    const bool nbsp = s.substr(i, 2) == "\xC2\xA0";
    if (is_space(s[i]) || nbsp) {
      space = !out.empty();
      i += nbsp ? 1 : 0;
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(s[i]);
  }
  return out;
}

std::string visible_text(const Node& node) {
  std::string out;
  std::vector<const Node*> stack = {&node};
  while (!stack.empty()) {
    const Node* n = stack.back();
    stack.pop_back();
    if (!n->is_element()) {
      out += n->text;
      continue;
    }
    if (n != &node && (n->is("script") || n->is("style"))) continue;
    if (n->is("br") || n->is("p") || n->is("div")) out.push_back(' ');
    for (auto it = n->children.rbegin(); it != n->children.rend(); ++it) stack.push_back(it->get());
  }
  return clean_text(out);
}

// --- the page's elements ----------------------------------------------------

struct Sources {
  std::string json_ld;  // every ld+json script, joined
  std::vector<std::pair<std::string, std::string>> meta;  // name or property (lower case) -> content
  std::string html_lang, base_href, canonical, title_element;
  std::vector<std::string> tag_links;
};

bool contains_type(std::string_view type) { return lower(type).find("ld+json") != std::string::npos; }

void collect(const Node& root, Sources& out) {
  out.html_lang = std::string(root.attribute("lang"));
  std::vector<const Node*> stack = {&root};
  while (!stack.empty()) {
    const Node* n = stack.back();
    stack.pop_back();
    if (!n->is_element()) continue;
    if (n->is("script") && contains_type(n->attribute("type"))) out.json_ld += text_content(*n) + "\n";
    if (n->is("meta")) {
      std::string key = lower(n->attribute("property").empty() ? n->attribute("name") : n->attribute("property"));
      if (!key.empty()) out.meta.emplace_back(std::move(key), clean_text(n->attribute("content")));
    }
    if (n->is("base") && out.base_href.empty()) out.base_href = std::string(n->attribute("href"));
    if (n->is("link") && lower(n->attribute("rel")) == "canonical" && out.canonical.empty()) {
      out.canonical = std::string(n->attribute("href"));
    }
    if (n->is("title") && out.title_element.empty()) out.title_element = visible_text(*n);
    // rel="tag" (WordPress writes its categories as rel="category tag": not tags).
    if (n->is("a") && lower(n->attribute("rel")).find("tag") != std::string::npos &&
        lower(n->attribute("rel")).find("category") == std::string::npos) {
      out.tag_links.push_back(visible_text(*n));
    }
    for (auto it = n->children.rbegin(); it != n->children.rend(); ++it) stack.push_back(it->get());
  }
}

std::string json_ld_text(std::string_view json, std::string_view key) { return clean_text(json_ld_value(json, key)); }

std::string meta_content(const Sources& sources, std::string_view key) {
  for (const auto& [name, content] : sources.meta) {
    if (name == key && !content.empty()) return content;
  }
  return {};
}

// The text (or content / datetime attribute) of the first element with this itemprop.
std::string itemprop_value(const Node& root, std::string_view prop) {
  const Node* found = find_element(root, [&](const Node& n) { return n.attribute("itemprop") == prop; }, false);
  if (found == nullptr) return {};
  if (!found->attribute("content").empty()) return clean_text(found->attribute("content"));
  if (!found->attribute("datetime").empty()) return clean_text(found->attribute("datetime"));
  if (const Node* name = find_element(*found, [](const Node& n) { return n.attribute("itemprop") == "name"; }, false)) {
    return visible_text(*name);
  }
  return visible_text(*found);
}

bool has_class_word(const Node& n, std::initializer_list<std::string_view> words) {
  for (std::string_view word : words) {
    if (has_class(n, word)) return true;
  }
  return false;
}

// Where a page's own title and byline elements are looked for: the article's
// nearest <article> or post-like ancestor, else the whole page.
const Node& post_region(const Node& root, const Node& article) {
  for (const Node* n = &article; n != nullptr; n = n->parent) {
    if (n->is("article") || has_class_word(*n, {"se-viewer", "board_view", "bo_v", "post", "hentry", "se_component_wrap"})) {
      return *n;
    }
  }
  return root;
}

// A page element naming the title: <h1>, or a class of title ("entry-title",
// "se-title-text", "view_title", "subject").
std::string title_element_text(const Node& region) {
  const auto is_title = [](const Node& n) {
    return n.is("h1") || n.attribute("id") == "bo_v_title" ||
           has_class_word(n, {"entry-title", "post-title", "se-title-text", "se_title", "view_title", "subject",
                              "tit_view", "title", "bo_v_tit", "board_title", "view-title"});
  };
  // Titles sit in headers, which are chrome to the post's text: look everywhere
  // but in the navigation and the footer.
  const Node* found = find_element(region, [&](const Node& n) { return is_title(n); }, false);
  // The innermost: <h2 id=bo_v_title><span class=bo_v_cate>category</span> <span class=bo_v_tit>title</span></h2>.
  while (found != nullptr) {
    const Node* inner = nullptr;
    for (const auto& child : found->children) {
      if ((inner = find_element(*child, [&](const Node& n) { return is_title(n); }, false))) break;
    }
    if (inner == nullptr) break;
    found = inner;
  }
  for (const Node* n = found; n != nullptr && n != &region; n = n->parent) {
    if (n->is("nav") || n->is("footer") || n->is("aside")) return {};
  }
  return found == nullptr ? std::string() : visible_text(*found);
}

std::string without_label(std::string text) {
  const std::string l = lower(text);
  for (std::string_view label : kAuthorLabels) {
    if (l.starts_with(label)) {
      text.erase(0, label.size());
      break;
    }
  }
  size_t i = 0;
  while (i < text.size() && (is_space(text[i]) || text[i] == ':' || text[i] == '|')) ++i;
  return text.substr(i);
}

// The value a board's label names: the element after a <th>, <dt> or label
// element whose whole text is one of `labels` (case and a trailing ':' aside).
template <size_t N>
std::string labelled_value(const Node& region, const std::array<std::string_view, N>& labels) {
  const Node* label = find_element(region, [&](const Node& n) {
    if (!(n.is("th") || n.is("dt") || n.is("span") || n.is("strong") || n.is("label"))) return false;
    std::string text = lower(visible_text(n));
    while (!text.empty() && (text.back() == ':' || text.back() == ' ')) text.pop_back();
    for (std::string_view want : labels) {
      if (text == want) return true;
    }
    return false;
  }, false);
  if (label == nullptr || label->parent == nullptr) return {};
  bool after = false;
  for (const auto& sibling : label->parent->children) {
    if (sibling.get() == label) {
      after = true;
    } else if (after && sibling->is_element()) {
      return visible_text(*sibling);
    }
  }
  return {};
}

std::string byline_element_text(const Node& region) {
  const Node* found = find_element(region, [](const Node& n) {
    return n.attribute("rel") == "author" || has_class_word(n, {"author", "writer", "nick", "byline", "se_author",
                                                                  "author-name", "fn"});
  }, false);
  return found == nullptr ? std::string() : without_label(visible_text(*found));
}

// "작성일 26-10-14 09:30" (a board's date column): a two-digit year, read as 20YY.
std::string short_year_date(const std::string& text) {
  if (!normalized_date(text).empty()) return text;
  const auto digit = [&](size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
  const auto separator = [&](size_t i) { return i < text.size() && (text[i] == '-' || text[i] == '.' || text[i] == '/'); };
  for (size_t i = 0; i + 8 <= text.size(); ++i) {
    if ((i > 0 && digit(i - 1)) || !digit(i) || !digit(i + 1) || !separator(i + 2)) continue;
    return "20" + text.substr(i);
  }
  return text;
}

std::string date_element_text(const Node& region) {
  const Node* time = find_element(region, [](const Node& n) { return n.is("time"); }, false);
  if (time != nullptr && !time->attribute("datetime").empty()) return std::string(time->attribute("datetime"));
  const Node* found = find_element(region, [](const Node& n) {
    return n.is("time") || has_class_word(n, {"date", "regdate", "se_publishDate", "entry-date", "published", "post-date",
                                              "wdate", "if_date", "td_date", "write_date"});
  }, false);
  return found == nullptr ? std::string() : short_year_date(visible_text(*found));
}

// "비립종 없애는 방법 | 밝은피부과" -> "비립종 없애는 방법": the site's name after
// the last separator is dropped (the post's title is the longer part); so is
// a board's name after " > " or " < " ("제목 > 건강칼럼").
std::string title_without_site(std::string title) {
  for (std::string_view separator : kTitleSeparators) {
    const size_t at = title.rfind(separator);
    if (at != std::string::npos && at > 0 && at >= title.size() - at - separator.size()) {
      title = title.substr(0, at);
      break;
    }
  }
  for (std::string_view board : {" > ", " < ", " \xC2\xBB "}) {
    const size_t at = title.rfind(board);
    if (at != std::string::npos && at > 0 && at >= title.size() - at - board.size()) title = title.substr(0, at);
  }
  return title;
}

// The first heading near the article whose text the page's <title> holds: the
// post's title as the page shows it, whatever its element or class.
std::string heading_in_page_title(const Node& region, const std::string& page_title) {
  if (page_title.empty()) return {};
  const Node* found = find_element(region, [&](const Node& n) {
    if (!(n.is("h1") || n.is("h2") || n.is("h3") || n.is("h4"))) return false;
    const std::string text = visible_text(n);
    return text.size() >= 4 && page_title.find(text) != std::string::npos;
  }, false);
  return found == nullptr ? std::string() : visible_text(*found);
}

std::string first_of(std::initializer_list<std::string> values) {
  for (const std::string& value : values) {
    if (!value.empty()) return value;
  }
  return {};
}

}  // namespace

bool is_placeholder_author(std::string_view name) {
  const std::string l = lower(clean_text(name));
  for (std::string_view placeholder : kPlaceholderAuthors) {
    if (l == placeholder) return true;
  }
  return false;
}

PageMeta read_page_meta(const Node& root, const Node& article, std::string_view page_url) {
  Sources sources;
  collect(root, sources);
  const Node& region = post_region(root, article);
  PageMeta meta;

  meta.title = first_of({json_ld_text(sources.json_ld, "headline"), itemprop_value(root, "headline"),
                         meta_content(sources, "og:title"), title_element_text(region),
                         heading_in_page_title(region, sources.title_element), labelled_value(region, kTitleLabels),
                         heading_in_page_title(root, sources.title_element), title_without_site(sources.title_element)});

  std::string author = first_of({json_ld_text(sources.json_ld, "author"), itemprop_value(root, "author"),
                                 meta_content(sources, "author"), byline_element_text(region),
                                 labelled_value(region, kAuthorFieldLabels)});
  if (author.find("://") != std::string::npos || is_placeholder_author(author)) author.clear();
  meta.author = author;

  meta.date = normalized_date(first_of({json_ld_text(sources.json_ld, "datePublished"),
                                        meta_content(sources, "article:published_time"),
                                        itemprop_value(root, "datePublished"), date_element_text(region),
                                        short_year_date(labelled_value(region, kDateLabels))}));
  // Old pages print the date as text beside the title, just before the article.
  if (meta.date.empty() && article.parent != nullptr) {
    for (const auto& sibling : article.parent->children) {
      if (sibling.get() == &article) break;
      if (sibling->is_element() && !is_chrome(*sibling)) {
        if (std::string date = normalized_date(visible_text(*sibling)); !date.empty()) meta.date = date;
      }
    }
  }

  std::string lang = lower(sources.html_lang.substr(0, sources.html_lang.find_first_of("-_")));
  if (lang.size() >= 2 && lang.size() <= 3) meta.lang = lang;

  const std::string address = first_of({sources.canonical, meta_content(sources, "og:url"), std::string(page_url)});
  meta.base_url = sources.base_href.empty() ? address : resolve_url(address, sources.base_href);

  for (const auto& [name, content] : sources.meta) {
    if (name == "article:tag" && !content.empty()) meta.tags.push_back(content);
  }
  for (std::string& tag : sources.tag_links) {
    if (tag.starts_with('#')) tag.erase(0, 1);
    if (!tag.empty()) meta.tags.push_back(tag);
  }
  return meta;
}

}  // namespace clinic::html
