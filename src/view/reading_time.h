// An estimate of how long a post takes to read, for the byline.
#pragma once

#include "core/post_model.h"

namespace clinic::view {

// Minutes (at least 1): Hangul at about 500 syllables a minute, other text at
// about 230 words a minute; closed answers count, since readers open them.
int reading_minutes(const Post& post);

}  // namespace clinic::view
