// Native throughput of the core beside md4c's own HTML renderer — the code of
// md2html, called in process so that file I/O does not blur the comparison.
// Variants run interleaved, round by round, so that a noisy neighbour slows
// all of them alike; times are medians of the rounds, ratios the median of
// each round's ratio.
//
//   parse_bench --seed POST.md [--post NAME=POST.md ...] [--quick] [--json OUT.json] [--write-corpora DIR]
#include <md4c-html.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

#include "core/json_writer.h"
#include "core/html_render.h"
#include "core/parse_post.h"
#include "corpora.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Variant {
  const char* name;
  std::function<size_t(const std::string&)> run;  // returns output size, so nothing is optimised away
};

void append_output(const MD_CHAR* text, MD_SIZE size, void* userdata) {
  static_cast<std::string*>(userdata)->append(text, size);
}

std::vector<Variant> variants() {
  using clinic::ParseOptions;
  return {
      {"md2html (md4c)",
       [](const std::string& in) {
         std::string out;
         out.reserve(in.size() + in.size() / 4);
         md_html(in.data(), static_cast<MD_SIZE>(in.size()), append_output, &out, MD_DIALECT_GITHUB | MD_FLAG_NOHTML, 0);
         return out.size();
       }},
      {"parse -> model",
       [](const std::string& in) { return clinic::parse_post(in, ParseOptions{.recognize_structure = false}).nodes.size(); }},
      {"parse -> model -> HTML",
       [](const std::string& in) {
         return clinic::render_plain_html(clinic::parse_post(in, ParseOptions{.recognize_structure = false})).size();
       }},
      {"parse -> recognise -> article HTML",
       [](const std::string& in) { return clinic::render_article_html(clinic::parse_post(in)).size(); }},
  };
}

// Seconds per call, timing enough calls to fill ~5 ms.
double time_once(const Variant& v, const std::string& input) {
  size_t calls = 1;
  for (;;) {
    size_t sink = 0;
    const auto start = Clock::now();
    for (size_t i = 0; i < calls; ++i) sink += v.run(input);
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    if (sink == 0) std::fputs("", stderr);
    if (elapsed > 0.005 || calls > (1u << 20)) return elapsed / static_cast<double>(calls);
    calls *= 2;
  }
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}


}  // namespace

int main(int argc, char** argv) {
  std::string seed_path;
  std::string json_path;
  std::string corpora_dir;  // where to write the generated inputs, for profiling them
  std::vector<clinic::bench::Corpus> posts;
  bool quick = false;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--seed") && i + 1 < argc) seed_path = argv[++i];
    else if (!std::strcmp(argv[i], "--post") && i + 1 < argc) {
      if (!clinic::bench::read_post_argument(argv[++i], posts.emplace_back())) {
        std::fprintf(stderr, "parse_bench: --post %s: expected NAME=FILE, a file that can be read\n", argv[i]);
        return 2;
      }
    }
    else if (!std::strcmp(argv[i], "--json") && i + 1 < argc) json_path = argv[++i];
    else if (!std::strcmp(argv[i], "--write-corpora") && i + 1 < argc) corpora_dir = argv[++i];
    else if (!std::strcmp(argv[i], "--quick")) quick = true;
  }
  std::ifstream seed_file(seed_path, std::ios::binary);
  if (!seed_file) {
    std::fprintf(stderr, "usage: parse_bench --seed POST.md [--post NAME=POST.md ...] [--quick] [--json OUT]\n");
    return 2;
  }
  const std::string seed((std::istreambuf_iterator<char>(seed_file)), std::istreambuf_iterator<char>());
  if (!corpora_dir.empty()) {
    for (const auto& corpus : clinic::bench::make_corpora(seed, posts, quick)) {
      std::string file = corpus.name;
      for (char& c : file) c = (c == ' ' || c == '&') ? '-' : c;
      std::ofstream(corpora_dir + "/" + file + ".md", std::ios::binary) << corpus.text;
    }
    return 0;
  }
  const int rounds = quick ? 3 : 15;
  const auto vs = variants();

  std::string json = "[";
  std::printf("| corpus | size | variant | MB/s | µs/call | vs md2html |\n|---|---|---|---|---|---|\n");
  for (const auto& corpus : clinic::bench::make_corpora(seed, posts, quick)) {
    std::vector<std::vector<double>> samples(vs.size());
    for (int r = 0; r < rounds; ++r) {
      for (size_t v = 0; v < vs.size(); ++v) samples[v].push_back(time_once(vs[v], corpus.text));
    }
    for (size_t v = 0; v < vs.size(); ++v) {
      const double t = median(samples[v]);
      const double mbps = static_cast<double>(corpus.text.size()) / t / 1e6;
      // The ratio is the median of each round's ratio: both sides of one were
      // timed moments apart, so a shared machine's slow spells cancel out.
      std::vector<double> ratios;
      for (int r = 0; r < rounds; ++r) ratios.push_back(samples[0][r] / samples[v][r]);
      const double ratio = median(ratios);
      std::printf("| %s | %zu B | %s | %.1f | %.1f | %.2f× |\n", corpus.name.c_str(), corpus.text.size(), vs[v].name,
                  mbps, t * 1e6, ratio);
      char row[512];
      std::snprintf(row, sizeof row,
                    "%s\n {\"corpus\": %s, \"bytes\": %zu, \"variant\": %s, \"mb_per_s\": %.2f, "
                    "\"us_per_call\": %.2f, \"throughput_vs_md2html\": %.3f}",
                    json.size() > 1 ? "," : "", clinic::json::quoted(corpus.name).c_str(), corpus.text.size(),
                    clinic::json::quoted(vs[v].name).c_str(), mbps, t * 1e6, ratio);
      json += row;
    }
  }
  json += "\n]\n";
  if (!json_path.empty()) std::ofstream(json_path) << json;
  return 0;
}
