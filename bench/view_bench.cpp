// Layout and drawing natively, in a headless ImGui (platform/native/headless_view.h:
// an ImGui context, no GL, the build's glyph files): what a width change costs
// (a full layout from a cold LayoutCache) and what one frame costs while the
// reader scrolls (begin_view_frame -> draw_post -> end_view_frame, the draw data built). No GPU
// work is in these figures: in the browser the same draw data then goes to WebGL.
// Variants run interleaved, round by round; each figure is a median.
//
//   view_bench --seed POST.md [--seed OTHER.md ...] [--quick] [--json OUT.json]
//
// Every --seed post is laid out and scrolled; the first one's body also makes
// the 1 MB post (bench/corpora.cpp, as parse_bench).
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "core/json_writer.h"
#include "core/parse_post.h"
#include "corpora.h"
#include "platform/native/headless_view.h"
#include "view/draw_post.h"
#include "view/post_layout.h"

namespace {

using Clock = std::chrono::steady_clock;
using clinic::native::HeadlessView;
namespace view = clinic::view;

constexpr float kWidths[] = {390.0f, 800.0f, 1280.0f};
constexpr float kFrameWidth = 800.0f, kFrameHeight = 900.0f;
constexpr float kScrollStep = 40.0f;  // CSS px per frame: a brisk wheel or fling

struct Subject {
  std::string name;
  size_t bytes = 0;
  clinic::Post post;
};

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0.0 : v[v.size() / 2];
}

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0.0 : v[std::min(v.size() - 1, size_t(double(v.size()) * p))];
}


// Seconds per full layout from a cold cache, timing enough layouts to fill ~5 ms.
// Inside one ImGui frame: layout measures text with the baked fonts.
double time_layout(HeadlessView& v, const Subject& s, float width) {
  view::ViewState state = clinic::native::state_for(s.post, width);
  view::LayoutCache cache;
  v.begin_frame(state);
  size_t calls = 1;
  double per_call = 0.0;
  for (;;) {
    size_t sink = 0;
    const auto start = Clock::now();
    for (size_t i = 0; i < calls; ++i) {
      cache.invalidate();
      sink += cache.get(s.post, state, v.fonts()).items.size();
    }
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    if (sink == 0) std::fputs("", stderr);
    if (elapsed > 0.005 || calls > (1u << 16)) {
      per_call = elapsed / double(calls);
      break;
    }
    calls *= 2;
  }
  v.end_frame();
  return per_call;
}

// One reader scrolling through a post: its own state and layout cache, the
// pointer resting in the viewport (as under a wheel), the scroll moving
// kScrollStep a frame from `start` and wrapping within [from, to].
struct Scroller {
  std::string name;
  const Subject* subject = nullptr;
  view::ViewState state;
  view::LayoutCache cache;
  float from = 0, to = 0;
  std::vector<double> seconds;
  std::vector<double> vertices;

  void frame(HeadlessView& v, bool record) {
    state.scroll_y += kScrollStep;
    if (state.scroll_y > to) state.scroll_y = from;
    ImGui::GetIO().MousePos = ImVec2(kFrameWidth * 0.5f, kFrameHeight * 0.5f);
    const auto start = Clock::now();
    v.begin_frame(state);
    view::draw_post(subject->post, state, v.fonts(), cache);
    const ImDrawData* data = v.end_frame();
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    if (record) {
      seconds.push_back(elapsed);
      vertices.push_back(double(data->TotalVtxCount));
    }
  }
};

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> seed_paths;
  std::string json_path;
  bool quick = false;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--seed") && i + 1 < argc) seed_paths.push_back(argv[++i]);
    else if (!std::strcmp(argv[i], "--json") && i + 1 < argc) json_path = argv[++i];
    else if (!std::strcmp(argv[i], "--quick")) quick = true;
  }
  std::vector<std::unique_ptr<Subject>> subjects;
  for (const std::string& path : seed_paths) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
      std::fprintf(stderr, "view_bench: cannot read %s\n", path.c_str());
      return 2;
    }
    const std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    auto s = std::make_unique<Subject>();
    s->name = "seed post (" + path.substr(path.find_last_of('/') + 1) + ")";
    s->bytes = text.size();
    s->post = clinic::parse_post(text);
    subjects.push_back(std::move(s));
  }
  if (subjects.empty()) {
    std::fprintf(stderr, "usage: view_bench --seed POST.md [--seed OTHER.md ...] [--quick] [--json OUT]\n");
    return 2;
  }
  {
    std::ifstream file(seed_paths[0], std::ios::binary);
    const std::string seed((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    for (auto& corpus : clinic::bench::make_corpora(seed, {}, quick)) {
      if (corpus.name != "1 MB post") continue;
      auto s = std::make_unique<Subject>();
      s->name = corpus.name;
      s->bytes = corpus.text.size();
      s->post = clinic::parse_post(corpus.text);
      subjects.push_back(std::move(s));
    }
  }
  const Subject& large = *subjects.back();

  HeadlessView v;
  // Every post's glyph chunks first: a chunk arriving later would change the fonts.
  for (const auto& s : subjects) v.use_post(s->post);
  if (!v.ready()) {
    std::fprintf(stderr, "view_bench: no fonts: %s\n", v.error().c_str());
    return 1;
  }

  const int rounds = quick ? 3 : 15;
  const int frames_per_round = quick ? 20 : 200;

  // Layout: every post at every width, interleaved; the first round warms up
  // (glyphs are rasterised the first time a size meets them).
  std::vector<std::vector<double>> layout_samples(subjects.size() * std::size(kWidths));
  for (int r = -1; r < rounds; ++r) {
    for (size_t s = 0; s < subjects.size(); ++s) {
      for (size_t w = 0; w < std::size(kWidths); ++w) {
        const double t = time_layout(v, *subjects[s], kWidths[w]);
        if (r >= 0) layout_samples[s * std::size(kWidths) + w].push_back(t);
      }
    }
  }

  // Scrolling frames: the seed posts top to bottom (and round again), the 1 MB
  // post from its top, its middle and to its end.
  std::vector<std::unique_ptr<Scroller>> scrollers;
  const auto add_scroller = [&](const std::string& name, const Subject& s, double where) {
    auto sc = std::make_unique<Scroller>();
    sc->name = name;
    sc->subject = &s;
    sc->state = clinic::native::state_for(s.post, kFrameWidth);
    sc->state.viewport_height = kFrameHeight;
    v.begin_frame(sc->state);  // laid out once here: the frames then reuse the layout
    const float height = sc->cache.get(s.post, sc->state, v.fonts()).height;
    v.end_frame();
    const float last = std::max(0.0f, height - kFrameHeight);
    const float span = float(rounds + 1) * float(frames_per_round) * kScrollStep;  // what the run scrolls
    if (where <= 0.0) sc->from = 0.0f, sc->to = last;
    else if (where < 1.0) sc->from = std::floor(last * float(where)), sc->to = last;
    else sc->from = std::max(0.0f, last - span), sc->to = last;
    sc->state.scroll_y = sc->from - kScrollStep;
    scrollers.push_back(std::move(sc));
  };
  for (size_t s = 0; s + 1 < subjects.size(); ++s) add_scroller(subjects[s]->name, *subjects[s], 0.0);
  add_scroller(large.name + ", from the top", large, 0.0);
  add_scroller(large.name + ", from the middle", large, 0.5);
  add_scroller(large.name + ", to the end", large, 1.0);
  for (int r = -1; r < rounds; ++r) {
    for (auto& sc : scrollers) {
      for (int f = 0; f < frames_per_round; ++f) sc->frame(v, r >= 0);
    }
  }

  // Tables and JSON.
  std::string json = "{\n \"layout\": [";
  std::printf("Full layout from a cold cache (ms, median):\n\n| post | size |");
  for (float w : kWidths) std::printf(" %.0f px |", double(w));
  std::printf("\n|---|---|");
  for (size_t w = 0; w < std::size(kWidths); ++w) std::printf("---|");
  std::printf("\n");
  for (size_t s = 0; s < subjects.size(); ++s) {
    std::printf("| %s | %zu B |", subjects[s]->name.c_str(), subjects[s]->bytes);
    for (size_t w = 0; w < std::size(kWidths); ++w) {
      const double ms = median(layout_samples[s * std::size(kWidths) + w]) * 1e3;
      std::printf(" %.3f |", ms);
      char row[512];
      std::snprintf(row, sizeof row, "%s\n  {\"post\": %s, \"bytes\": %zu, \"width\": %.0f, \"ms\": %.4f}",
                    json.back() == '[' ? "" : ",", clinic::json::quoted(subjects[s]->name).c_str(), subjects[s]->bytes,
                    double(kWidths[w]), ms);
      json += row;
    }
    std::printf("\n");
  }
  json += "\n ],\n \"frames\": [";
  std::printf("\nOne scrolling frame, %.0fx%.0f viewport, %.0f px a frame: begin_view_frame -> draw_post -> end_view_frame "
              "(µs, median of %d frames)\n\n",
              double(kFrameWidth), double(kFrameHeight), double(kScrollStep), rounds * frames_per_round);
  std::printf("| post | median | 90th percentile | vs the first seed post | vertices |\n|---|---|---|---|---|\n");
  const double baseline = median(scrollers[0]->seconds);
  for (const auto& sc : scrollers) {
    const double med = median(sc->seconds), p90 = percentile(sc->seconds, 0.9);
    const double verts = median(sc->vertices);
    std::printf("| %s | %.1f | %.1f | %.2f× | %.0f |\n", sc->name.c_str(), med * 1e6, p90 * 1e6, med / baseline, verts);
    char row[512];
    std::snprintf(row, sizeof row,
                  "%s\n  {\"post\": %s, \"bytes\": %zu, \"us_median\": %.2f, \"us_p90\": %.2f, "
                  "\"vs_first_seed\": %.3f, \"vertices\": %.0f}",
                  json.back() == '[' ? "" : ",", clinic::json::quoted(sc->name).c_str(), sc->subject->bytes, med * 1e6,
                  p90 * 1e6, med / baseline, verts);
    json += row;
  }
  char tail[256];
  std::snprintf(tail, sizeof tail,
                "\n ],\n \"frame_viewport\": [%.0f, %.0f], \"scroll_step_px\": %.0f, \"rounds\": %d, "
                "\"frames_per_round\": %d\n}\n",
                double(kFrameWidth), double(kFrameHeight), double(kScrollStep), rounds, frames_per_round);
  json += tail;
  if (!json_path.empty()) std::ofstream(json_path) << json;
  return 0;
}
