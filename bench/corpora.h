// Inputs the benchmarks generate: the seed post and larger or hostile posts
// built from it, so that every run measures the same bytes; and other posts
// named on the command line (the Korean post, the CommonMark spec).
#pragma once

#include <string>
#include <vector>

namespace clinic::bench {

struct Corpus {
  std::string name;
  std::string text;
};

// `seed` is the sample post's text, and the larger and hostile inputs are
// derived from it; `posts` (other real posts, as they are) follow the seed.
std::vector<Corpus> make_corpora(const std::string& seed, const std::vector<Corpus>& posts, bool quick);

// Posts joined end to end, front matter and all (as `cat` joins files), in
// turn until the text reaches `bytes`: a long file of real posts.
std::string concatenated_posts(const std::vector<Corpus>& posts, size_t bytes);

// "NAME=PATH" (a --post argument) as a corpus; false when PATH cannot be read.
bool read_post_argument(const std::string& argument, Corpus& out);

}  // namespace clinic::bench
