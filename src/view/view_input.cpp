#include "view_input.h"

#include <algorithm>

namespace clinic::view {

void reset_for_post(const Post& post, ViewState& state) {
  size_t questions = 0;
  for (const Node& n : post.nodes) questions += n.kind == NodeKind::QaItem;
  state.qa_open.assign(questions, 0);
  state.qa_reveal.assign(questions, 0.0f);
  state.focus = -1;
  state.focus_visible = false;
  state.pressed = -1;
}

bool toggle_question(ViewState& state, int index) {
  if (index < 0 || index >= int(state.qa_open.size())) return false;
  state.qa_open[size_t(index)] ^= 1;
  return true;
}

void set_all_questions(ViewState& state, bool open) {
  std::fill(state.qa_open.begin(), state.qa_open.end(), open ? 1 : 0);
}

bool advance_animations(ViewState& state, float seconds) {
  constexpr float kDuration = 0.2f;
  state.qa_reveal.resize(state.qa_open.size(), 0.0f);
  bool moving = false;
  for (size_t i = 0; i < state.qa_open.size(); ++i) {
    const float target = state.qa_open[i] ? 1.0f : 0.0f;
    float& reveal = state.qa_reveal[i];
    if (state.reduce_motion) reveal = target;
    else if (reveal < target) reveal = std::min(target, reveal + seconds / kDuration);
    else if (reveal > target) reveal = std::max(target, reveal - seconds / kDuration);
    moving |= reveal != target;
  }
  return moving;
}

Activation activate(const PostLayout& layout, int hit, ViewState& state) {
  Activation result;
  if (hit < 0 || hit >= int(layout.hits.size())) return result;
  const HitRegion& region = layout.hits[size_t(hit)];
  switch (region.kind) {
    case HitKind::QaRow: result.state_changed = toggle_question(state, region.index); break;
    case HitKind::ExpandAll: set_all_questions(state, true), result.state_changed = true; break;
    case HitKind::CollapseAll: set_all_questions(state, false), result.state_changed = true; break;
    case HitKind::Link:
      if (region.index >= 0 && region.index < int(layout.links.size())) result.open_link = layout.links[size_t(region.index)];
      break;
  }
  return result;
}

bool handle_key(const PostLayout& layout, ViewState& state, Key key, Activation* activation) {
  const int count = int(layout.focus_order.size());
  if (state.focus >= count) state.focus = -1;
  const auto focused_hit = [&]() -> const HitRegion* {
    return state.focus >= 0 ? &layout.hits[size_t(layout.focus_order[size_t(state.focus)])] : nullptr;
  };
  switch (key) {
    case Key::Tab:
    case Key::ShiftTab: {
      const int next = key == Key::Tab ? state.focus + 1 : (state.focus < 0 ? count - 1 : state.focus - 1);
      if (next < 0 || next >= count) {
        state.focus = -1;
        state.focus_visible = false;
        return false;
      }
      state.focus = next;
      state.focus_visible = true;
      return true;
    }
    case Key::Enter:
    case Key::Space: {
      if (state.focus < 0) return false;
      Activation a = activate(layout, layout.focus_order[size_t(state.focus)], state);
      if (activation) *activation = std::move(a);
      return true;
    }
    case Key::Up:
    case Key::Down:
    case Key::Home:
    case Key::End: {
      // Among the questions, the arrows move as in an accordion; elsewhere the page scrolls.
      const HitRegion* hit = focused_hit();
      if (hit == nullptr || hit->kind != HitKind::QaRow) return false;
      int target = state.focus;
      const auto is_row = [&](int f) { return layout.hits[size_t(layout.focus_order[size_t(f)])].kind == HitKind::QaRow; };
      if (key == Key::Down) {
        for (int f = state.focus + 1; f < count; ++f) if (is_row(f)) { target = f; break; }
      } else if (key == Key::Up) {
        for (int f = state.focus - 1; f >= 0; --f) if (is_row(f)) { target = f; break; }
      } else if (key == Key::Home) {
        for (int f = 0; f < count; ++f) if (is_row(f)) { target = f; break; }
      } else {
        for (int f = count - 1; f >= 0; --f) if (is_row(f)) { target = f; break; }
      }
      state.focus = target;
      state.focus_visible = true;
      return true;
    }
    case Key::Escape:
      if (!state.focus_visible) return false;
      state.focus_visible = false;
      return true;
  }
  return false;
}

Extent focus_extent(const PostLayout& layout, const ViewState& state) {
  if (state.focus < 0 || state.focus >= int(layout.focus_order.size())) return {};
  const HitRegion& r = layout.hits[size_t(layout.focus_order[size_t(state.focus)])];
  return {r.y0, r.y1};
}

}  // namespace clinic::view
