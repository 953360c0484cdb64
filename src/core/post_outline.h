// The outline of a recognised post: what `clinic-reader inspect` prints and the
// widget's state() reports. Every string is plain text.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "post_model.h"

namespace clinic {

struct OutlineSection {
  std::string heading;
  SectionKind kind = SectionKind::Text;
  std::string id;
};

struct OutlineQa {
  std::string question;
  std::string answer;
};

struct PostOutline {
  std::string title;
  std::optional<std::string> author;
  std::optional<std::string> date;
  std::string lang;
  std::vector<OutlineSection> sections;
  std::vector<OutlineQa> qa;
  std::vector<std::string> summary;
};

PostOutline outline_of(const Post& post);

std::string_view section_kind_name(SectionKind kind);

// {"title": ..., "author": ...|null, "date": ...|null, "lang": ..., "sections": [...],
//  "qa": [{"question", "answer"}], "summary": [...]}
std::string outline_to_json(const PostOutline& outline);

// The same as a readable, indented outline.
std::string outline_to_text(const PostOutline& outline);

}  // namespace clinic
