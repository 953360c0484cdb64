// Builds post models by hand, node by node, for renderer tests that must not
// depend on what the parser or the structure recognition happen to produce.
#pragma once

#include <string_view>
#include <vector>

#include "core/post_model.h"

namespace clinic::testing {

class PostBuilder {
 public:
  PostBuilder() { open(NodeKind::Document); }

  // Starts a container; it holds the nodes added until the matching close().
  PostBuilder& open(NodeKind kind) {
    open_.push_back(static_cast<uint32_t>(post_.nodes.size()));
    post_.nodes.emplace_back().kind = kind;
    return *this;
  }
  PostBuilder& close() {
    post_.nodes[open_.back()].end = static_cast<uint32_t>(post_.nodes.size());
    open_.pop_back();
    return *this;
  }
  // The most recently opened or added node, to set its fields.
  Node& last() { return post_.nodes.back(); }
  Node& current() { return post_.nodes[open_.back()]; }
  TextRef pool(std::string_view s) { return post_.add_to_pool(s); }

  PostBuilder& text(std::string_view s) {
    leaf(NodeKind::Text).text = pool(s);
    return *this;
  }
  Node& leaf(NodeKind kind) {
    open(kind);
    close();
    return post_.nodes.back();
  }
  PostBuilder& paragraph(std::string_view s) { return open(NodeKind::Paragraph).text(s).close(); }
  PostBuilder& heading(int level, std::string_view s) {
    open(NodeKind::Heading);
    current().level = static_cast<uint8_t>(level);
    return text(s).close();
  }
  PostBuilder& section(SectionKind kind, std::string_view id, int level = 2) {
    open(NodeKind::Section);
    current().section_kind = kind;
    current().level = static_cast<uint8_t>(level);
    current().text = pool(id);
    return *this;
  }
  PostBuilder& qa(uint32_t number, std::string_view question, std::string_view answer) {
    open(NodeKind::QaItem);
    current().number = number;
    open(NodeKind::QaQuestion).text(question).close();
    open(NodeKind::QaAnswer).paragraph(answer).close();
    return close();
  }
  PostMeta& meta() { return post_.meta; }

  Post build() {
    while (!open_.empty()) close();
    return std::move(post_);
  }

 private:
  Post post_;
  std::vector<uint32_t> open_;
};

}  // namespace clinic::testing
