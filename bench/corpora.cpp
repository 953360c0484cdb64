#include "corpora.h"

namespace clinic::bench {
namespace {

// The body of the seed repeated, each copy with its own numbered headings, up
// to `bytes`: a long post that still looks like the clinic's.
std::string repeated_post(const std::string& seed, size_t bytes) {
  std::string out;
  out.reserve(bytes + seed.size());
  const size_t body = seed.rfind("\n---\n", 200) != std::string::npos ? seed.find("\n---\n", 4) + 5 : 0;
  for (int copy = 1; out.size() < bytes; ++copy) {
    out += "## Part " + std::to_string(copy) + "\n\n";
    out.append(seed, body, std::string::npos);
    out += "\n\n";
  }
  return out;
}

std::string repeat(const std::string& unit, size_t count) {
  std::string out;
  out.reserve(unit.size() * count);
  for (size_t i = 0; i < count; ++i) out += unit;
  return out;
}

}  // namespace

std::vector<Corpus> make_corpora(const std::string& seed, bool quick) {
  const size_t scale = quick ? 16 : 1;
  std::vector<Corpus> corpora;
  corpora.push_back({"seed post", seed});
  corpora.push_back({"100 KB post", repeated_post(seed, 100 * 1024 / scale)});
  corpora.push_back({"1 MB post", repeated_post(seed, 1024 * 1024 / scale)});
  corpora.push_back({"deep nesting", repeat("> ", 5000 / scale) + "deep\n\n" + repeat("- ", 5000 / scale) + "deep\n"});
  corpora.push_back({"long lines", repeat(repeat("word ", 20000 / scale) + "\n\n", 10)});
  corpora.push_back({"emphasis markers", repeat("*a **b _c __d ", 20000 / scale) + "\n"});
  corpora.push_back({"many Q&A items", "## FAQ\n\n" + repeat("Q1. Why is this so?\n👉 Because it is.\n\n", 5000 / scale)});
  return corpora;
}

}  // namespace clinic::bench
