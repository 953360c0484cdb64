#include "faq_json_ld.h"

#include <algorithm>

#include "json_writer.h"
#include "plain_text.h"

namespace clinic {

std::string faq_json_ld(const Post& post) {
  const std::vector<Node>& nodes = post.nodes;
  std::string entities;
  for (uint32_t i = 0; i < nodes.size(); ++i) {
    if (nodes[i].kind != NodeKind::QaItem) continue;
    std::string question;
    std::string answer;
    for (uint32_t c = i + 1; c < nodes[i].end; c = std::max(nodes[c].end, c + 1)) {
      if (nodes[c].kind == NodeKind::QaQuestion) question = plain_text(post, c);
      if (nodes[c].kind == NodeKind::QaAnswer) answer = plain_text(post, c);
    }
    if (question.empty()) continue;
    entities.append(entities.empty() ? "" : ",");
    entities.append("{\"@type\":\"Question\",\"name\":");
    json::append_string(entities, question);
    entities.append(",\"acceptedAnswer\":{\"@type\":\"Answer\",\"text\":");
    json::append_string(entities, answer);
    entities.append("}}");
  }
  if (entities.empty()) return {};
  std::string script = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"FAQPage\"";
  if (!post.meta.lang.empty()) {
    script.append(",\"inLanguage\":");
    json::append_string(script, post.meta.lang);
  }
  script.append(",\"mainEntity\":[");
  script.append(entities);
  script.append("]}</script>\n");
  return script;
}

}  // namespace clinic
