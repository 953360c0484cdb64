// Inputs the benchmarks generate: the seed post and larger or hostile posts
// built from it, so that every run measures the same bytes.
#pragma once

#include <string>
#include <vector>

namespace clinic::bench {

struct Corpus {
  std::string name;
  std::string text;
};

// `seed` is the sample post's text; the others are derived from it.
std::vector<Corpus> make_corpora(const std::string& seed, bool quick);

}  // namespace clinic::bench
