// The static site's offline reading: its own service worker at the site's root
// (so that its scope covers every page), made from the runtime's sw.js.
//
// The runtime's worker (web/sw.js) precaches a list of files relative to its
// own folder under a version; web/assemble.py writes both into dist/sw.js as
// the two declarations `const VERSION = "…";` and `const PRECACHE = […];`. The
// site's worker is that same script with those two declarations written again:
// the runtime's files under reader/ and the site's pages and posts, each as
// [path, revision] (its content's hash), so that a returning visitor's new
// worker downloads only the files whose revision changed; and a version that
// changes with any of them. Its code is the runtime's, never a copy.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clinic {

struct PrecacheEntry {
  std::string path;      // from the site's root ("" is the root itself)
  std::string revision;  // a hash of the file's bytes (ContentHash::hex)
};

// The names the runtime's sw.js precaches (relative to the runtime's folder),
// or nullopt when the script is not one web/assemble.py wrote.
std::optional<std::vector<std::string>> runtime_precache(std::string_view runtime_worker);

struct SiteWorkerInput {
  std::string_view runtime_worker;     // the text of the runtime's sw.js
  std::vector<PrecacheEntry> entries;  // every file to precache: the runtime's (under its folder) and the site's
};

struct SiteWorker {
  std::string script;  // empty on failure
  std::string error;   // why, when the runtime's worker is not one web/assemble.py wrote
};

SiteWorker site_service_worker(const SiteWorkerInput& input);

// offline.js, which every page of the site loads: registers sw.js from the
// site's root (beside offline.js), whatever path the site is served under.
std::string_view site_offline_script();

}  // namespace clinic
