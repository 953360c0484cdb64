#include "reader_state_json.h"

#include <cstdio>
#include <vector>

#include "core/json_writer.h"
#include "core/plain_text.h"
#include "core/post_outline.h"

namespace clinic {

std::string reader_state_json(const Post& post, const view::ViewState& state, const view::PostLayout& layout,
                              FrameCounts frames) {
  const PostOutline outline = outline_of(post);
  std::vector<const view::HitRegion*> rows(outline.qa.size(), nullptr);
  for (const view::HitRegion& hit : layout.hits) {
    if (hit.kind == view::HitKind::QaRow && hit.index >= 0 && size_t(hit.index) < rows.size()) rows[size_t(hit.index)] = &hit;
  }
  std::string out = "{\"title\":";
  json::append_string(out, outline.title);
  out += ",\"lang\":";
  json::append_string(out, outline.lang);
  out += ",\"qa\":[";
  for (size_t i = 0; i < outline.qa.size(); ++i) {
    if (i) out += ',';
    out += "{\"question\":";
    json::append_string(out, outline.qa[i].question);
    out += ",\"open\":";
    out += i < state.qa_open.size() && state.qa_open[i] ? "true" : "false";
    if (rows[i]) {
      char extent[80];
      std::snprintf(extent, sizeof extent, ",\"top\":%.0f,\"bottom\":%.0f", double(rows[i]->y0), double(rows[i]->y1));
      out += extent;
    }
    out += '}';
  }
  out += "],\"summary\":[";
  for (size_t i = 0; i < outline.summary.size(); ++i) {
    if (i) out += ',';
    json::append_string(out, outline.summary[i]);
  }
  // Where each link's pieces are drawn (post coordinates), for automation.
  out += "],\"links\":[";
  bool first_link = true;
  for (const view::HitRegion& hit : layout.hits) {
    if (hit.kind != view::HitKind::Link || hit.index < 0 || size_t(hit.index) >= layout.links.size()) continue;
    if (!first_link) out += ',';
    first_link = false;
    out += "{\"href\":";
    json::append_string(out, layout.links[size_t(hit.index)]);
    char box[120];
    std::snprintf(box, sizeof box, ",\"left\":%.0f,\"top\":%.0f,\"right\":%.0f,\"bottom\":%.0f}", double(hit.x0),
                  double(hit.y0), double(hit.x1), double(hit.y1));
    out += box;
  }
  // Where each image block is and what it shows: "loading", "ready" (drawn) or "failed" (its alt text).
  out += "],\"images\":[";
  static constexpr const char* kStatus[] = {"loading", "ready", "failed"};
  for (size_t i = 0; i < layout.images.size(); ++i) {
    const view::ImageBox& image = layout.images[i];
    if (i) out += ',';
    out += "{\"src\":";
    json::append_string(out, post.str(post.nodes[image.id].href));
    out += ",\"alt\":";
    json::append_string(out, plain_text(post, image.id));
    out += ",\"status\":\"";
    out += kStatus[size_t(image.status)];
    char box[120];
    std::snprintf(box, sizeof box, "\",\"left\":%.0f,\"top\":%.0f,\"right\":%.0f,\"bottom\":%.0f}", double(image.x),
                  double(image.y), double(image.x + image.w), double(image.y + image.h));
    out += box;
  }
  out += "],\"theme\":";
  json::append_string(out, view::theme_name(state.theme));
  char numbers[200];
  std::snprintf(numbers, sizeof numbers,
                ",\"fontScale\":%.3g,\"contentHeight\":%.0f,\"framesRendered\":%d,\"textFramesRendered\":%d,\"focus\":%d}",
                double(state.font_scale), double(layout.height), frames.rendered, frames.with_text, state.focus);
  out += numbers;
  return out;
}

}  // namespace clinic
