#include "html_tree.h"

#include <gumbo.h>

#include <cstdlib>

#include "html_nesting_limit.h"
#include "utf8.h"

namespace clinic::html {
namespace {

// gumbo's own clean-up (gumbo_destroy_output) recurses once per nesting level and
// overflows the stack on pages nested tens of thousands deep. Every allocation of
// one parse goes into an arena instead, freed at once whatever the tree's shape.
class Arena {
 public:
  ~Arena() {
    for (void* block : blocks_) std::free(block);
  }
  void* allocate(size_t size) {
    void* block = std::malloc(size == 0 ? 1 : size);
    if (block == nullptr) std::abort();  // as gumbo's own malloc wrapper would crash on NULL
    blocks_.push_back(block);
    return block;
  }

 private:
  std::vector<void*> blocks_;
};

void* arena_allocate(void* arena, size_t size) { return static_cast<Arena*>(arena)->allocate(size); }
void arena_free(void*, void*) {}  // freed with the arena

std::string tag_name(const GumboElement& element) {
  if (element.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(element.tag);
  GumboStringPiece original = element.original_tag;
  gumbo_tag_from_original_text(&original);
  std::string name(original.data == nullptr ? "" : original.data, original.data == nullptr ? 0 : original.length);
  for (char& c : name) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return name;
}

std::unique_ptr<Node> element_node(const GumboElement& element) {
  auto node = std::make_unique<Node>();
  node->tag = tag_name(element);
  for (unsigned i = 0; i < element.attributes.length; ++i) {
    const auto* attribute = static_cast<const GumboAttribute*>(element.attributes.data[i]);
    node->attributes.emplace_back(attribute->name, attribute->value);
  }
  return node;
}

const GumboVector* children_of(const GumboNode* node) {
  if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) return &node->v.element.children;
  return nullptr;
}

// gumbo's tree copied into ours, iteratively (no recursion on the page's depth).
std::unique_ptr<Node> copy_tree(const GumboNode* gumbo_root) {
  auto root = element_node(gumbo_root->v.element);
  struct Frame {
    const GumboVector* children;
    unsigned next;
    Node* into;
  };
  std::vector<Frame> stack = {{children_of(gumbo_root), 0, root.get()}};
  while (!stack.empty()) {
    Frame& frame = stack.back();
    if (frame.next == frame.children->length) {
      stack.pop_back();
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(frame.children->data[frame.next++]);
    Node* into = frame.into;
    switch (child->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA: {
        auto text = std::make_unique<Node>();
        text->kind = Node::Kind::Text;
        text->text = child->v.text.text;
        text->parent = into;
        into->children.push_back(std::move(text));
        break;
      }
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: {
        if (stack.size() >= kMaxTreeDepth) {
          // Too deep: its children go to the frame's element itself.
          stack.push_back({children_of(child), 0, into});
          break;
        }
        auto element = element_node(child->v.element);
        element->parent = into;
        Node* raw = element.get();
        into->children.push_back(std::move(element));
        stack.push_back({children_of(child), 0, raw});
        break;
      }
      default: break;  // comments, the document node
    }
  }
  return root;
}

void append_text(const Node& node, std::string& out) {
  // Bounded depth (kMaxTreeDepth): recursion is safe here.
  if (!node.is_element()) {
    out += node.text;
    return;
  }
  for (const auto& child : node.children) append_text(*child, out);
}

}  // namespace

std::string_view Node::attribute(std::string_view name) const {
  for (const auto& [key, value] : attributes) {
    if (key == name) return value;
  }
  return {};
}

bool Node::has_attribute(std::string_view name) const {
  for (const auto& attribute : attributes) {
    if (attribute.first == name) return true;
  }
  return false;
}

Document parse_document(std::string_view html) {
  // gumbo wants UTF-8; a saved page in another encoding keeps its ASCII markup.
  const std::string valid = with_bounded_nesting(utf8::repaired(html), kMaxTreeDepth);
  Arena arena;
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = arena_allocate;
  options.deallocator = arena_free;
  options.userdata = &arena;
  options.max_errors = 0;  // parse errors are not reported: no need to keep them
  GumboOutput* output = gumbo_parse_with_options(&options, valid.data(), valid.size());
  Document document;
  document.root = copy_tree(output->root);
  return document;  // the arena frees gumbo's output
}

std::string text_content(const Node& node) {
  std::string out;
  append_text(node, out);
  return out;
}

}  // namespace clinic::html
