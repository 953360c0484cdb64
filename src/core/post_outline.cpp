#include "post_outline.h"

#include "json_writer.h"
#include "plain_text.h"

namespace clinic {
namespace {

std::optional<std::string> present(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}

// The child of `parent` of kind `kind`, or 0 when there is none.
uint32_t child_of_kind(const Post& post, uint32_t parent, NodeKind kind) {
  for (uint32_t c = first_child(parent); c < post.nodes[parent].end; c = post.nodes[c].end) {
    if (post.nodes[c].kind == kind) return c;
  }
  return 0;
}

}  // namespace

std::string_view section_kind_name(SectionKind kind) {
  switch (kind) {
    case SectionKind::Qa: return "qa";
    case SectionKind::Summary: return "summary";
    default: return "text";
  }
}

PostOutline outline_of(const Post& post) {
  PostOutline outline;
  outline.title = post.meta.title;
  outline.author = present(post.meta.author);
  outline.date = present(post.meta.date);
  outline.lang = post.meta.lang;
  for (uint32_t i = 0; i < post.nodes.size(); ++i) {
    const Node& n = post.nodes[i];
    switch (n.kind) {
      case NodeKind::Section: {
        const uint32_t heading = child_of_kind(post, i, NodeKind::Heading);
        outline.sections.push_back({heading ? plain_text(post, heading) : std::string(),
                                    n.section_kind, std::string(post.str(n.text))});
        break;
      }
      case NodeKind::QaItem: {
        const uint32_t q = child_of_kind(post, i, NodeKind::QaQuestion);
        const uint32_t a = child_of_kind(post, i, NodeKind::QaAnswer);
        outline.qa.push_back({q ? plain_text(post, q) : std::string(), a ? plain_text(post, a) : std::string()});
        break;
      }
      case NodeKind::SummaryCard: outline.summary.push_back(plain_text(post, i)); break;
      default: break;
    }
  }
  return outline;
}

std::string outline_to_json(const PostOutline& o) {
  std::string out = "{\"title\": ";
  json::append_string(out, o.title);
  const auto optional = [&](const char* key, const std::optional<std::string>& v) {
    out += ", \"";
    out += key;
    out += "\": ";
    if (v) json::append_string(out, *v);
    else out += "null";
  };
  optional("author", o.author);
  optional("date", o.date);
  out += ", \"lang\": ";
  json::append_string(out, o.lang);
  out += ",\n \"sections\": [";
  for (size_t i = 0; i < o.sections.size(); ++i) {
    out += i ? ",\n  {\"heading\": " : "\n  {\"heading\": ";
    json::append_string(out, o.sections[i].heading);
    out += ", \"kind\": ";
    json::append_string(out, section_kind_name(o.sections[i].kind));
    out += ", \"id\": ";
    json::append_string(out, o.sections[i].id);
    out += "}";
  }
  out += "],\n \"qa\": [";
  for (size_t i = 0; i < o.qa.size(); ++i) {
    out += i ? ",\n  {\"question\": " : "\n  {\"question\": ";
    json::append_string(out, o.qa[i].question);
    out += ", \"answer\": ";
    json::append_string(out, o.qa[i].answer);
    out += "}";
  }
  out += "],\n \"summary\": [";
  for (size_t i = 0; i < o.summary.size(); ++i) {
    out += i ? ",\n  " : "\n  ";
    json::append_string(out, o.summary[i]);
  }
  out += "]}\n";
  return out;
}

std::string outline_to_text(const PostOutline& o) {
  std::string out = "Title:  " + o.title + "\n";
  if (o.author) out += "Author: " + *o.author + "\n";
  if (o.date) out += "Date:   " + *o.date + "\n";
  out += "Lang:   " + o.lang + "\n\nSections:\n";
  for (const auto& s : o.sections) {
    out += "  [" + std::string(section_kind_name(s.kind)) + "] " + s.heading + "  #" + s.id + "\n";
  }
  if (!o.qa.empty()) {
    out += "\nQ&A:\n";
    for (size_t i = 0; i < o.qa.size(); ++i) {
      out += "  Q" + std::to_string(i + 1) + ". " + o.qa[i].question + "\n      " + o.qa[i].answer + "\n";
    }
  }
  if (!o.summary.empty()) {
    out += "\nSummary:\n";
    for (size_t i = 0; i < o.summary.size(); ++i) out += "  " + std::to_string(i + 1) + ". " + o.summary[i] + "\n";
  }
  return out;
}

}  // namespace clinic
