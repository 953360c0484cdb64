// The post's header: title, byline (author · role · clinic · date) and the
// estimated reading time, then a rule.
#include <cmath>

#include "layout_context.h"
#include "core/reading_time.h"

namespace clinic::view {

void LayoutContext::header() {
  const PostMeta& meta = post.meta;
  const float body = m().body;
  if (!meta.title.empty()) {
    StyledText title;
    append_run(title, meta.title, text_style::kBold);
    text_block(glyph_text(title, fonts), m().left, m().column, std::round(body * kType.title), kType.title_line, ColorRole::Heading);
    y += std::round(body * kType.title_after);
  }
  std::string byline;
  for (const std::string* part : {&meta.author, &meta.role, &meta.clinic, &meta.date}) {
    if (part->empty()) continue;
    if (!byline.empty()) byline += " · ";
    byline += *part;
  }
  if (!byline.empty()) byline += " · ";
  byline += reading_time_text(post);
  StyledText line;
  append_run(line, byline, 0);
  text_block(std::move(line), m().left, m().column, std::round(body * kType.byline * 4.0f) / 4.0f, kType.byline_line,
             ColorRole::Muted);

  y += std::round(body * kType.rule_before);
  DrawItem rule;
  rule.kind = ItemKind::Line;
  rule.color = ColorRole::Rule;
  rule.x = m().left;
  rule.y = y;
  rule.w = m().column;
  rule.size = 1.0f;
  add(rule);
  gap(std::round(body * kType.header_after));
}

}  // namespace clinic::view
