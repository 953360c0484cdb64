#include "site_service_worker.h"

#include "content_hash.h"
#include "json_writer.h"

namespace clinic {
namespace {

struct Declaration {
  size_t start = std::string_view::npos;  // of the value
  size_t end = std::string_view::npos;    // one past the value (before ';')
};

// The value of `const NAME = VALUE;` on a line of its own; not found when there
// is not exactly one.
Declaration find_declaration(std::string_view script, std::string_view name) {
  const std::string prefix = "\nconst " + std::string(name) + " = ";
  const size_t at = script.find(prefix);
  if (at == std::string_view::npos || script.find(prefix, at + 1) != std::string_view::npos) return {};
  const size_t start = at + prefix.size();
  const size_t line_end = script.find('\n', start);
  const size_t semicolon = script.rfind(';', line_end);
  if (line_end == std::string_view::npos || semicolon == std::string_view::npos || semicolon < start) return {};
  return {start, semicolon};
}

// The string items of a JSON array of file names (["a.js", "fonts/b.otf"]), as
// web/assemble.py writes it; false on anything else (escapes included: no
// file name of the runtime has one).
bool read_names(std::string_view array, std::vector<std::string>& names) {
  if (array.size() < 2 || array.front() != '[' || array.back() != ']') return false;
  size_t i = 1;
  while (i < array.size() - 1) {
    const char c = array[i];
    if (c == ' ' || c == ',') {
      ++i;
      continue;
    }
    if (c != '"') return false;
    const size_t close = array.find('"', i + 1);
    if (close == std::string_view::npos) return false;
    const std::string_view name = array.substr(i + 1, close - i - 1);
    if (name.find('\\') != std::string_view::npos) return false;
    names.emplace_back(name);
    i = close + 1;
  }
  return true;
}

}  // namespace

std::optional<std::vector<std::string>> runtime_precache(std::string_view script) {
  const Declaration version = find_declaration(script, "VERSION");
  const Declaration precache = find_declaration(script, "PRECACHE");
  std::vector<std::string> names;
  if (version.start == std::string_view::npos || precache.start == std::string_view::npos || version.end > precache.start ||
      !read_names(script.substr(precache.start, precache.end - precache.start), names)) {
    return std::nullopt;
  }
  return names;
}

SiteWorker site_service_worker(const SiteWorkerInput& input) {
  const std::string_view script = input.runtime_worker;
  if (!runtime_precache(script)) {
    return {{}, "the runtime's sw.js has no `const VERSION = \"…\";` and `const PRECACHE = [\"…\"];` lines "
                "(is it a dist/ that ./build-wasm.sh wrote?)"};
  }
  const Declaration version = find_declaration(script, "VERSION");
  const Declaration precache = find_declaration(script, "PRECACHE");
  // The runtime's own version stays part of the site's: a new runtime is a new worker too.
  std::string runtime_version(script.substr(version.start, version.end - version.start));
  if (runtime_version.size() >= 2 && runtime_version.front() == '"') runtime_version = runtime_version.substr(1, runtime_version.size() - 2);

  ContentHash content;
  std::string list = "[";
  for (const PrecacheEntry& entry : input.entries) {
    content.add(entry.path);
    content.add(entry.revision);
    if (list.size() > 1) list += ", ";
    list += "[";
    json::append_string(list, entry.path);
    list += ", ";
    json::append_string(list, entry.revision);
    list += "]";
  }
  list += "]";

  SiteWorker worker;
  worker.script.reserve(script.size() + list.size() + 128);
  worker.script.append("// clinic-reader site: the runtime's sw.js with this site's version and precache list.\n");
  worker.script.append(script.substr(0, version.start));
  json::append_string(worker.script, runtime_version + "-" + content.hex());
  worker.script.append(script.substr(version.end, precache.start - version.end));
  worker.script.append(list);
  worker.script.append(script.substr(precache.end));
  return worker;
}

std::string_view site_offline_script() {
  return "// Registers the site's service worker (sw.js, beside this file): after one visit to\n"
         "// any page, the index and every post open with the network off.\n"
         "if (\"serviceWorker\" in navigator && document.currentScript) {\n"
         "  navigator.serviceWorker.register(new URL(\"sw.js\", document.currentScript.src)).catch(function () {});\n"
         "}\n";
}

}  // namespace clinic
