// What the reader does with a key or an activation, independent of where the
// input came from (a browser event, a test, the native renderer's options).
#pragma once

#include <string>

#include "core/post_model.h"
#include "post_layout.h"
#include "view_state.h"

namespace clinic::view {

// Keys the reader reacts to while it has keyboard focus. The numbers are part of
// the web platform's interface (web/clinic-reader.js sends them).
enum class Key : int { Enter = 1, Space = 2, Tab = 3, ShiftTab = 4, Up = 5, Down = 6, Home = 7, End = 8, Escape = 9 };

// Sizes the open-question list for a newly loaded post: every question closed.
void reset_for_post(const Post& post, ViewState& state);

// Returns false when `index` is not a question.
bool toggle_question(ViewState& state, int index);
void set_all_questions(ViewState& state, bool open);

// Moves each answer's reveal towards open or closed by `seconds` of a short
// animation (none with reduce_motion). True while an answer is still moving.
bool advance_animations(ViewState& state, float seconds);

struct Activation {
  bool state_changed = false;
  std::string open_link;  // a link to open (the platform decides how)
};
// Activates hit region `hit` of `layout` (a click, or Enter/Space on focus).
Activation activate(const PostLayout& layout, int hit, ViewState& state);

// Handles a key; true when it was used (the platform then cancels the browser's
// default). Tab moves focus among the Q&A rows and controls and returns false
// past either end so that focus can leave the reader.
bool handle_key(const PostLayout& layout, ViewState& state, Key key, Activation* activation = nullptr);

// The focused region's top and bottom in post coordinates ({0, 0} when none).
struct Extent { float top = 0, bottom = 0; };
Extent focus_extent(const PostLayout& layout, const ViewState& state);

}  // namespace clinic::view
