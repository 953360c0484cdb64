// An estimate of how long a post takes to read, for the byline: the canvas
// draws it and the HTML article writes it, in the same words.
#pragma once

#include <string>

#include "post_model.h"

namespace clinic {

// What the estimate is made of: the Hangul syllables, and the words of the
// rest (white space and syllables separate them; so do block boundaries and
// line breaks).
struct ReadingCounts {
  uint32_t hangul_syllables = 0;
  uint32_t words = 0;
};
ReadingCounts reading_counts(const Post& post);

// Minutes (at least 1): Hangul at about 500 syllables a minute, other text at
// about 230 words a minute; closed answers count, since readers open them.
int reading_minutes(const Post& post);

// "4 min read", "읽는 시간 4분": in the post's language (English for any but Korean).
std::string reading_time_text(const Post& post);

}  // namespace clinic
