// Shared by the bad-input tests: the whole pipeline on one input, checks that
// hold for any input, input generators, and a growth meter for linearity.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <ctime>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/html_render.h"
#include "core/parse_post.h"
#include "core/post_outline.h"
#include "robustness/model_invariants.h"

namespace clinic::robustness {

// Sanitizer builds run the same cases on smaller inputs: a tenth of the work
// keeps the suite well under a minute there.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif
#else
inline constexpr bool kSanitized = false;
#endif

// `full` in an optimised build, `full / divisor` under the sanitizers.
inline size_t scaled(size_t full, size_t divisor = 10) { return kSanitized ? std::max<size_t>(full / divisor, 1) : full; }

// Everything a reader of the post gets, as `clinic-reader inspect` and `html`
// (with and without --plain) make it.
struct Rendered {
  Post post;        // recognition on
  Post plain_post;  // recognition off
  std::string article;
  std::string plain;
  PostOutline outline;
};

inline Rendered render_everything(std::string_view input) {
  Rendered r;
  r.post = parse_post(input);
  r.plain_post = parse_post(input, {.recognize_structure = false});
  r.article = render_article_html(r.post, {.standalone = false, .json_ld = true});
  r.plain = render_plain_html(r.plain_post);
  r.outline = outline_of(r.post);
  return r;
}

using invariants::is_valid_utf8;

inline size_t count_of(std::string_view haystack, std::string_view needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string_view::npos; at = haystack.find(needle, at + needle.size())) ++n;
  return n;
}

inline bool has_diagnostic_containing(const Post& post, std::string_view words) {
  return std::any_of(post.diagnostics.begin(), post.diagnostics.end(),
                     [&](const Diagnostic& d) { return d.message.find(words) != std::string::npos; });
}

// What holds for every input, however broken (model_invariants.h): well-formed
// models in memory proportional to the input, and HTML that is valid UTF-8
// with no NUL byte, in proportion to the input.
inline void expect_well_formed(const Rendered& r) {
  EXPECT_EQ(invariants::model_problem(r.post), "");
  EXPECT_EQ(invariants::model_problem(r.plain_post), "");
  EXPECT_EQ(invariants::html_problem(r.plain, r.plain_post, invariants::kPlainHtmlPerByte), "");
  EXPECT_EQ(invariants::html_problem(r.article, r.post, invariants::kArticleHtmlPerByte), "");
  EXPECT_EQ(r.article.rfind("<article", 0), 0u);
  EXPECT_TRUE(std::string_view(r.article).ends_with("</article>\n"));
}

// Prose the clinic might write, a paragraph at a time: links, emphasis, Hangul.
inline std::string prose(size_t min_bytes) {
  static constexpr std::string_view kParagraphs[] = {
      "Milia are small, white bumps that appear on the skin. They are *harmless* and often clear up\n"
      "on their own within a few weeks, but [our clinic](https://example.com/clinic) can help.\n\n",
      "비립종은 피부에 생기는 작고 하얀 돌기입니다. **대부분 무해**하며 몇 주 안에 저절로 사라지기도 합니다.\n\n",
      "Sunscreen should be applied 15 minutes before going out, and again every two hours;\n"
      "use about a teaspoon for the face & neck (SPF 30 or more).\n\n",
  };
  std::string out;
  out.reserve(min_bytes + 512);
  for (size_t i = 0; out.size() < min_bytes; ++i) out.append(kParagraphs[i % 3]);
  return out;
}

inline std::string repeated(std::string_view piece, size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (size_t i = 0; i < times; ++i) out.append(piece);
  return out;
}

// A Q&A section with `items` questions written as the clinic writes them.
inline std::string qa_post(size_t items) {
  std::string out = "# Milia\n\n## 💬 Q&A\n\n";
  for (size_t i = 1; i <= items; ++i) {
    out.append("Q").append(std::to_string(i)).append(". Will it leave a scar?\n");
    out.append("A. Usually not, if it is removed by a dermatologist.\n\n");
  }
  return out;
}

// A summary section with `lines` numbered lines in one paragraph.
inline std::string summary_post(size_t lines) {
  std::string out = "# Milia\n\n## 📌 Summary\n\n";
  for (size_t i = 1; i <= lines; ++i) out.append(std::to_string(i % 100)).append(". Keep the skin moisturised.\n");
  return out;
}

// ---- Linearity ----------------------------------------------------------

// CPU time of this thread, in milliseconds: unlike wall time it does not grow
// when the (shared, two-core) machine runs something else at the same time.
inline double thread_cpu_ms() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) * 1e-6;
}

// The work whose growth is measured: parse with recognition, outline, both HTML renditions.
inline void full_pipeline(const std::string& input) {
  Post post = parse_post(input);
  const std::string article = render_article_html(post);
  const std::string plain = render_plain_html(post);
  const PostOutline outline = outline_of(post);
  // Keep the optimiser from dropping the work.
  volatile size_t sink = article.size() + plain.size() + outline.sections.size();
  (void)sink;
}

struct Growth {
  size_t small_bytes = 0;
  double small_ms = 0;  // median run
  double large_ms = 0;
  double ratio = 0;     // median of the runs' ratios, large to small
};

// Runs `work` on the input made for n and on the one made for 2n, in pairs
// (small, large, large, small, ...), and takes the median of the pairs'
// ratios: a burst of load on the machine disturbs one pair, not the median.
inline Growth measure_growth(const std::function<std::string(size_t)>& make, size_t n,
                             const std::function<void(const std::string&)>& work = full_pipeline) {
  const std::string small = make(n);
  const std::string large = make(2 * n);
  work(small);  // warm caches and the allocator
  work(large);
  std::vector<double> small_ms, large_ms, ratios;
  double spent = 0;
  for (int pair = 0; pair < 15 && (pair < 7 || spent < 250); ++pair) {
    double t[3];
    const bool small_first = pair % 2 == 0;
    t[0] = thread_cpu_ms();
    work(small_first ? small : large);
    t[1] = thread_cpu_ms();
    work(small_first ? large : small);
    t[2] = thread_cpu_ms();
    const double a = small_first ? t[1] - t[0] : t[2] - t[1];
    const double b = small_first ? t[2] - t[1] : t[1] - t[0];
    small_ms.push_back(a);
    large_ms.push_back(b);
    ratios.push_back(b / std::max(a, 1e-6));
    spent += t[2] - t[0];
  }
  const auto median = [](std::vector<double> v) {
    std::nth_element(v.begin(), v.begin() + static_cast<long>(v.size() / 2), v.end());
    return v[v.size() / 2];
  };
  return {small.size(), median(small_ms), median(large_ms), median(ratios)};
}

// Linear work doubles when its input doubles; quadratic work quadruples. The
// limit sits between, with room for noise; a measurement over it is repeated
// (noise rarely repeats, a quadratic loop always does) and the best one kept.
inline constexpr double kMaxGrowth = 2.5;

inline Growth best_growth(const std::function<std::string(size_t)>& make, size_t n,
                          const std::function<void(const std::string&)>& work = full_pipeline) {
  Growth best = measure_growth(make, n, work);
  for (int attempt = 1; attempt < 4 && best.ratio > kMaxGrowth; ++attempt) {
    const Growth again = measure_growth(make, n, work);
    if (again.ratio < best.ratio) best = again;
  }
  return best;
}

}  // namespace clinic::robustness
