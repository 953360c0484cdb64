#include "corpora.h"

#include <fstream>
#include <iterator>

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

std::vector<Corpus> make_corpora(const std::string& seed, const std::vector<Corpus>& posts, bool quick) {
  const size_t scale = quick ? 16 : 1;
  std::vector<Corpus> corpora;
  corpora.push_back({"seed post", seed});
  corpora.insert(corpora.end(), posts.begin(), posts.end());
  corpora.push_back({"100 KB post", repeated_post(seed, 100 * 1024 / scale)});
  corpora.push_back({"1 MB post", repeated_post(seed, 1024 * 1024 / scale)});
  corpora.push_back({"deep nesting", repeat("> ", 5000 / scale) + "deep\n\n" + repeat("- ", 5000 / scale) + "deep\n"});
  corpora.push_back({"long lines", repeat(repeat("word ", 20000 / scale) + "\n\n", 10)});
  corpora.push_back({"emphasis markers", repeat("*a **b _c __d ", 20000 / scale) + "\n"});
  corpora.push_back({"many Q&A items", "## FAQ\n\n" + repeat("Q1. Why is this so?\n👉 Because it is.\n\n", 5000 / scale)});
  return corpora;
}

std::string concatenated_posts(const std::vector<Corpus>& posts, size_t bytes) {
  std::string out;
  out.reserve(bytes + 64 * 1024);
  size_t total = 0;
  for (const Corpus& post : posts) total += post.text.size();
  while (total > 0 && out.size() < bytes) {
    for (const Corpus& post : posts) {
      out += post.text;
      if (!out.empty() && out.back() != '\n') out += '\n';
    }
  }
  return out;
}

bool read_post_argument(const std::string& argument, Corpus& out) {
  const size_t eq = argument.find('=');
  if (eq == std::string::npos) return false;
  std::ifstream file(argument.substr(eq + 1), std::ios::binary);
  if (!file) return false;
  out.name = argument.substr(0, eq);
  out.text.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
  return true;
}

}  // namespace clinic::bench
