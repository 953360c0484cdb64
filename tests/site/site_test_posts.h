// Hand-built posts for the site's tests: a title with every character that
// needs escaping somewhere, a Korean/English pair, an undated post.
#pragma once

#include <string>
#include <vector>

#include "core/site_post.h"

namespace clinic::site_test {

// Every character the site's formats escape: < > & " (HTML, XML, JSON) and ' .
inline constexpr const char* kAwkwardTitle = "Tom & Jerry's <b>\"Best\"</b> spots";

inline SitePost site_post(std::string slug, std::string title, std::string date, std::string lang = "en",
                          std::string translation = "") {
  SitePost p;
  p.slug = std::move(slug);
  p.title = std::move(title);
  p.date = std::move(date);
  p.lang = std::move(lang);
  p.translation = std::move(translation);
  return p;
}

inline SiteOptions with_base(std::string base = "https://clinic.example/blog/") {
  SiteOptions o;
  o.base_url = std::move(base);
  o.title = "Clear <Skin> & \"Co\"";
  return o;
}

}  // namespace clinic::site_test
