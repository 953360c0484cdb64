#include "core/site_service_worker.h"

#include <gtest/gtest.h>

namespace clinic {
namespace {

// What web/assemble.py writes into dist/sw.js, around the worker's own code.
constexpr std::string_view kRuntimeWorker =
    "\"use strict\";\nconst VERSION = \"0123456789\";\nconst PRECACHE = [\"clinic-reader.js\", \"fonts/a.1111111111.otf\"];\n"
    "const scope = new URL(\"./\", self.location.href);\n";

TEST(RuntimePrecache, TheNamesAssembleWrote) {
  EXPECT_EQ(runtime_precache(kRuntimeWorker), (std::vector<std::string>{"clinic-reader.js", "fonts/a.1111111111.otf"}));
  EXPECT_EQ(runtime_precache("const VERSION = \"x\";\n"), std::nullopt);
  EXPECT_EQ(runtime_precache("\nconst VERSION = \"x\";\nconst PRECACHE = [a];\n"), std::nullopt);
}

TEST(SiteServiceWorker, EntriesWithRevisionsUnderAVersionOfThemAll) {
  const std::vector<PrecacheEntry> entries = {{"reader/clinic-reader.js", "aaaa"}, {"", "bbbb"}, {"posts/\"q\".html", "cccc"}};
  const SiteWorker worker = site_service_worker({kRuntimeWorker, entries});
  ASSERT_EQ(worker.error, "");
  EXPECT_NE(worker.script.find("\nconst PRECACHE = [[\"reader/clinic-reader.js\", \"aaaa\"], [\"\", \"bbbb\"], "
                               "[\"posts/\\\"q\\\".html\", \"cccc\"]];\n"), std::string::npos) << worker.script;
  EXPECT_NE(worker.script.find("const scope = new URL(\"./\", self.location.href);\n"), std::string::npos) << "the runtime's code";
  const size_t version = worker.script.find("\nconst VERSION = \"0123456789-");
  ASSERT_NE(version, std::string::npos) << "the runtime's version, then the site's";

  // One revision changed: another version; the same entries: the same one.
  std::vector<PrecacheEntry> edited = entries;
  edited[2].revision = "dddd";
  const auto version_line = [](const std::string& script) {
    const size_t at = script.find("\nconst VERSION = ");
    return script.substr(at, script.find('\n', at + 1) - at);
  };
  EXPECT_EQ(version_line(site_service_worker({kRuntimeWorker, entries}).script), version_line(worker.script));
  EXPECT_NE(version_line(site_service_worker({kRuntimeWorker, edited}).script), version_line(worker.script));
}

TEST(SiteServiceWorker, ARuntimeWorkerAssembleDidNotWriteIsRefused) {
  const SiteWorker worker = site_service_worker({"self.addEventListener('fetch', () => {});\n", {}});
  EXPECT_EQ(worker.script, "");
  EXPECT_NE(worker.error.find("./build-wasm.sh"), std::string::npos);
}

}  // namespace
}  // namespace clinic
