#include "html_article_finder.h"

#include <array>
#include <unordered_map>

#include "recognition_vocabulary.h"
#include "utf8.h"

namespace clinic::html {
namespace {

constexpr std::array<std::string_view, 21> kNeverPostTags = {
    "script", "style", "noscript", "template", "iframe", "form", "button", "input", "select", "textarea",
    "nav", "aside", "footer", "header", "svg", "canvas", "object", "embed", "dialog", "menu", "head"};
constexpr std::array<std::string_view, 10> kChromeRoles = {
    "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar",
    "toolbar"};
constexpr std::array<std::string_view, 4> kContainerTags = {"html", "body", "main", "article"};

// The post's element as blog engines and clinic boards name it, best first.
constexpr std::array<std::string_view, 12> kEditorBodyClasses = {
    "se-main-container", "entry-content", "post-content", "article-content", "post_content", "article_body",
    "tt_article_useless_p_margin", "article-view", "post-body", "blog-content", "post-view", "wrap_body"};
constexpr std::array<std::string_view, 4> kEditorBodyIds = {"postViewArea", "post-content", "article-body",
                                                            "bo_v_con"};
constexpr std::array<std::string_view, 10> kBoardViewNames = {
    "view_content", "view-content", "bbs_content", "board_content", "view_con", "board_view", "board-view",
    "bbs_view", "bo_v", "bbs"};

// Too little text to be the post the page is about.
constexpr size_t kMinArticleBytes = 60;
// A readability "paragraph": a block with at least this much text of its own.
constexpr size_t kMinParagraphBytes = 40;

template <size_t N>
bool one_of(std::string_view s, const std::array<std::string_view, N>& list) {
  for (std::string_view item : list) {
    if (s == item) return true;
  }
  return false;
}

bool contains_ci(std::string_view haystack, std::string_view needle) {
  if (needle.size() > haystack.size()) return false;
  for (size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
    size_t k = 0;
    while (k < needle.size()) {
      char c = haystack[i + k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != needle[k]) break;
      ++k;
    }
    if (k == needle.size()) return true;
  }
  return false;
}

bool is_hidden(const Node& element) {
  if (element.has_attribute("hidden") || element.attribute("aria-hidden") == "true") return true;
  const std::string_view style = element.attribute("style");
  return contains_ci(style, "display:none") || contains_ci(style, "display: none") ||
         contains_ci(style, "visibility:hidden") || contains_ci(style, "visibility: hidden");
}

// Text bytes and link text bytes of every element, chrome left out.
struct TextStats {
  size_t text = 0;
  size_t links = 0;
};

class TextCounter {
 public:
  const TextStats& of(const Node& node) {
    if (auto it = stats_.find(&node); it != stats_.end()) return it->second;
    TextStats stats;
    for (const auto& child : node.children) {
      if (!child->is_element()) {
        stats.text += visible_bytes(child->text);
        continue;
      }
      if (is_chrome(*child)) continue;
      const TextStats& inner = of(*child);
      stats.text += inner.text;
      stats.links += child->is("a") ? inner.text : inner.links;
    }
    return stats_[&node] = stats;
  }

 private:
  static size_t visible_bytes(std::string_view text) {
    size_t n = 0;
    for (char c : text) n += (c != ' ' && c != '\n' && c != '\t' && c != '\r');
    return n;
  }
  std::unordered_map<const Node*, TextStats> stats_;
};

const Node* largest(const Node& root, TextCounter& counter, bool (*match)(const Node&)) {
  const Node* best = nullptr;
  size_t best_text = 0;
  std::vector<const Node*> stack = {&root};
  while (!stack.empty()) {
    const Node* node = stack.back();
    stack.pop_back();
    if (!node->is_element() || (is_chrome(*node) && !one_of(node->tag, kContainerTags))) continue;
    if (match(*node) && counter.of(*node).text > best_text) {
      best = node;
      best_text = counter.of(*node).text;
    }
    for (const auto& child : node->children) stack.push_back(child.get());
  }
  return best_text >= kMinArticleBytes ? best : nullptr;
}

bool own_text_bytes_at_least(const Node& node, size_t bytes) {
  size_t n = 0;
  for (const auto& child : node.children) {
    if (child->is_element() && !one_of(child->tag, std::array<std::string_view, 8>{"a", "b", "strong", "em", "i",
                                                                                    "span", "font", "u"})) {
      continue;
    }
    n += child->is_element() ? text_content(*child).size() : child->text.size();
    if (n >= bytes) return true;
  }
  return false;
}

bool holds_lines(const Node& node) {
  size_t breaks = 0;
  for (const auto& child : node.children) breaks += child->is("br") ? 1 : 0;
  return breaks >= 2 && !node.is("p");
}

// Readability's choice: each paragraph scores its parent, and half that its
// grandparent; a candidate's score shrinks with the share of its text in links.
const Node* densest_text(const Node& root, TextCounter& counter) {
  std::unordered_map<const Node*, double> scores;
  std::vector<const Node*> stack = {&root};
  while (!stack.empty()) {
    const Node* node = stack.back();
    stack.pop_back();
    if (!node->is_element() || is_chrome(*node)) continue;
    for (const auto& child : node->children) stack.push_back(child.get());
    if (!own_text_bytes_at_least(*node, kMinParagraphBytes) || node->parent == nullptr) continue;
    const std::string text = text_content(*node);
    double score = 1.0 + std::min(static_cast<double>(utf8::count_codepoints(text)) / 100.0, 3.0);
    for (char c : text) score += c == ',' ? 1.0 : 0.0;
    if (holds_lines(*node)) {  // a cell or div of <br>-separated lines is the container itself
      scores[node] += score;
      continue;
    }
    scores[node->parent] += score;
    if (node->parent->parent != nullptr) scores[node->parent->parent] += score / 2;
  }
  const Node* best = nullptr;
  double best_score = 0;
  for (const auto& [node, score] : scores) {
    const TextStats& stats = counter.of(*node);
    if (stats.text == 0) continue;
    const double weighted = score * (1.0 - static_cast<double>(stats.links) / static_cast<double>(stats.text));
    if (weighted > best_score || (weighted == best_score && best != nullptr && node < best)) {
      best = node;
      best_score = weighted;
    }
  }
  return best;
}

}  // namespace

bool has_class(const Node& element, std::string_view name) {
  const std::string_view classes = element.attribute("class");
  size_t i = 0;
  while (i < classes.size()) {
    while (i < classes.size() && (classes[i] == ' ' || classes[i] == '\t' || classes[i] == '\n')) ++i;
    const size_t start = i;
    while (i < classes.size() && classes[i] != ' ' && classes[i] != '\t' && classes[i] != '\n') ++i;
    if (classes.substr(start, i - start) == name) return true;
  }
  return false;
}

bool is_chrome(const Node& element) {
  if (!element.is_element()) return false;
  if (one_of(element.tag, kNeverPostTags) || is_hidden(element)) return true;
  if (one_of(element.attribute("role"), kChromeRoles)) return true;
  if (one_of(element.tag, kContainerTags)) return false;
  return vocabulary::is_chrome_name(element.attribute("class")) || vocabulary::is_chrome_name(element.attribute("id"));
}

const Node& find_article(const Node& root) {
  TextCounter counter;
  const auto enough = [&](const Node* node) { return node != nullptr && counter.of(*node).text >= kMinArticleBytes; };

  const Node* found = find_element(root, [](const Node& n) {
    return contains_ci(n.attribute("itemprop"), "articlebody");
  });
  if (enough(found)) return *found;
  for (std::string_view name : kEditorBodyClasses) {
    found = find_element(root, [&](const Node& n) { return has_class(n, name); });
    if (enough(found)) return *found;
  }
  for (std::string_view id : kEditorBodyIds) {
    found = find_element(root, [&](const Node& n) { return n.attribute("id") == id; });
    if (enough(found)) return *found;
  }
  for (std::string_view name : kBoardViewNames) {
    found = find_element(root, [&](const Node& n) { return has_class(n, name) || n.attribute("id") == name; });
    if (enough(found)) return *found;
  }
  if ((found = largest(root, counter, [](const Node& n) { return n.is("article"); }))) return *found;
  if ((found = largest(root, counter, [](const Node& n) { return n.is("main") || n.attribute("role") == "main"; }))) {
    return *found;
  }
  const Node* body = find_element(root, [](const Node& n) { return n.is("body"); }, false);
  if ((found = densest_text(body != nullptr ? *body : root, counter)) && enough(found)) return *found;
  return body != nullptr ? *body : root;
}

}  // namespace clinic::html
