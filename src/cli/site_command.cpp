// Reads the posts folder, writes the site's files and copies the runtime. The
// pages, feed, sitemap and worker are the core's (src/core/site_*.h, sitemap.h);
// this file only reads, checks and writes. Portable on purpose: std::filesystem
// and stdio only (the CLI also runs as WebAssembly under Node).
#include "cli/site_command.h"
#include "cli/site_post_files.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include "core/content_hash.h"
#include "core/lint_post.h"
#include "core/lint_report.h"
#include "core/parse_post.h"
#include "core/site_feed.h"
#include "core/site_index.h"
#include "core/site_post.h"
#include "core/site_post_page.h"
#include "core/site_service_worker.h"
#include "core/sitemap.h"

namespace clinic::cli {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kRuntimeFolder = "reader/";

struct SourcePost {
  std::string file_name;  // in the posts folder
  std::string markdown;   // as read: written beside the page
  Post post;
  SitePost site;
};

// What the build met, for its last line and its exit status.
struct BuildReport {
  size_t errors = 0;         // unreadable files, bad or duplicate slugs
  size_t lint_errors = 0;    // posts with lint errors (built all the same)
  size_t lint_warnings = 0;  // findings that are warnings
  size_t skipped = 0;        // files that are not posts and that no post links to
  std::vector<std::string> other_entries;  // files ("a.txt") and folders ("images/") that are not posts
  size_t file_warnings = 0;  // files posts reference that could not be copied
};

// A precached file's revision: its new worker downloads it only when this changes.
std::string revision_of(std::string_view bytes) {
  ContentHash hash;
  hash.add(bytes);
  return hash.hex();
}

void note(const std::string& message) { std::fprintf(stderr, "clinic-reader site: %s\n", message.c_str()); }

void write_file(const fs::path& path, std::string_view text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (out) out.write(text.data(), static_cast<std::streamsize>(text.size()));
  if (!out) throw std::runtime_error("cannot write " + path.string() + ": " + std::strerror(errno));
}

bool is_markdown(const fs::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return extension == ".md";
}

// "https://clinic.example/blog" -> "https://clinic.example/blog/"
std::string base_url_of(const std::string& given) {
  if (!given.starts_with("https://") && !given.starts_with("http://")) {
    throw UsageError("--base-url takes an absolute http(s) URL, not '" + given + "'");
  }
  return given.ends_with("/") ? given : given + "/";
}

// Reads, lints and parses each .md file of the folder (sorted by name, so the
// build is the same on every file system). Nothing found is fatal but an empty folder.
std::vector<SourcePost> read_posts(const fs::path& folder, BuildReport& report) {
  std::error_code error;
  if (!fs::is_directory(folder, error)) throw std::runtime_error(folder.string() + " is not a folder");
  std::vector<fs::path> entries;
  for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) entries.push_back(it->path());
  if (error) throw std::runtime_error("cannot list " + folder.string() + ": " + error.message());
  std::sort(entries.begin(), entries.end());

  std::vector<SourcePost> posts;
  for (const fs::path& path : entries) {
    const std::string name = path.filename().string();
    if (fs::is_directory(path, error)) {
      report.other_entries.push_back(name + "/");
      continue;
    }
    if (!is_markdown(path)) {
      report.other_entries.push_back(name);
      continue;
    }
    SourcePost source;
    source.file_name = name;
    try {
      source.markdown = read_input(path.string());
    } catch (const std::exception& e) {
      note(std::string("error: ") + e.what());
      ++report.errors;
      continue;
    }
    const std::vector<LintDiagnostic> findings = lint_post(source.markdown);
    const std::string lint_text = lint_report_text(path.string(), findings);
    std::fwrite(lint_text.data(), 1, lint_text.size(), stderr);
    if (has_errors(findings)) ++report.lint_errors;
    for (const LintDiagnostic& d : findings) report.lint_warnings += d.severity == Diagnostic::Severity::Warning;
    source.post = parse_post(source.markdown);
    source.site = site_post_of(source.post, name);
    if (const std::string problem = slug_problem(source.site.slug); !problem.empty()) {
      note("error: " + name + ": " + problem + " ('" + source.site.slug + "'): not built");
      ++report.errors;
      continue;
    }
    posts.push_back(std::move(source));
  }
  return posts;
}

// Two posts may not share a page: the first by file name keeps it.
void drop_duplicate_slugs(std::vector<SourcePost>& posts, BuildReport& report) {
  std::map<std::string, std::string> owner;  // slug -> file name
  std::erase_if(posts, [&](const SourcePost& p) {
    const auto [it, added] = owner.emplace(p.site.slug, p.file_name);
    if (added) return false;
    note("error: " + p.file_name + " has the slug '" + p.site.slug + "' of " + it->second + " (both would be posts/" +
         p.site.slug + ".html): " + p.file_name + " is not built");
    ++report.errors;
    return true;
  });
}

// The reader's runtime, once, under OUT/reader/: the files runtime-files.txt
// names (loader, glue, wasm, the fonts read at start), the page stylesheet,
// their precompressed copies, every font (chunks load when a post needs them)
// and the licences; not the demo pages, nor the runtime's own sw.js (the site
// writes its own at its root).
void copy_runtime(const fs::path& runtime, const fs::path& target) {
  std::error_code error;
  fs::remove_all(target, error);  // the previous build's hashed names
  fs::create_directories(target);
  std::istringstream lines(read_input((runtime / "runtime-files.txt").string()));
  std::set<std::string> top_level = {"clinic-reader.css"};
  for (std::string line; std::getline(lines, line);) {
    const size_t space = line.find(' ');
    if (line.empty() || line[0] == '#' || space == std::string::npos) continue;
    const std::string file = line.substr(space + 1);
    if (file.find('/') == std::string::npos) top_level.insert(file);
  }
  for (const std::string& file : top_level) {
    fs::copy_file(runtime / file, target / file, fs::copy_options::overwrite_existing);
    for (const char* suffix : {".br", ".gz"}) {
      if (fs::exists(runtime / (file + suffix))) {
        fs::copy_file(runtime / (file + suffix), target / (file + suffix), fs::copy_options::overwrite_existing);
      }
    }
  }
  for (const char* folder : {"fonts", "licenses"}) {
    if (fs::is_directory(runtime / folder)) fs::copy(runtime / folder, target / folder, fs::copy_options::recursive);
  }
}

// Files a previous build wrote in OUT/posts/ that this one did not (`written`:
// paths from OUT/posts/): a post removed or renamed, a picture no post shows
// any more, must not stay online. Folders left empty go too.
void remove_stale_posts(const fs::path& folder, const std::set<std::string>& written) {
  std::error_code error;
  std::vector<fs::path> files, folders;
  for (fs::recursive_directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
    (it->is_directory(error) ? folders : files).push_back(it->path());
  }
  for (const fs::path& path : files) {
    if (!written.contains(path.lexically_relative(folder).generic_string())) fs::remove(path, error);
  }
  std::sort(folders.rbegin(), folders.rend());  // the deepest first
  for (const fs::path& path : folders) {
    if (fs::is_empty(path, error)) fs::remove(path, error);
  }
}

// Files in the posts folder that are neither posts nor linked from one: said
// once each, so a misspelt picture name shows from both sides.
void report_unused_entries(BuildReport& report, const std::set<std::string>& copied) {
  for (const std::string& entry : report.other_entries) {
    const bool folder = entry.ends_with("/");
    const auto used = copied.lower_bound(entry);
    if (used != copied.end() && (folder ? used->starts_with(entry) : *used == entry)) continue;
    note("skipping " + entry + (folder ? ": posts are read from the folder itself, and no post links to a file in it"
                                       : ": not a post (posts are .md files), and no post links to it"));
    ++report.skipped;
  }
}

}  // namespace

int site_command(const Args& given) {
  Args args = given;
  const std::optional<std::string> output = take_option(args, "-o");
  SiteOptions options;
  if (const std::optional<std::string> url = take_option(args, "--base-url")) options.base_url = base_url_of(*url);
  if (const std::optional<std::string> title = take_option(args, "--title")) options.title = *title;
  const fs::path runtime = take_option(args, "--runtime").value_or("dist");
  const fs::path posts_folder = take_single_path(args);
  if (!output) throw UsageError("missing -o OUT_DIR");
  const fs::path out = *output;
  if (!fs::exists(runtime / "runtime-files.txt") || !fs::exists(runtime / "sw.js")) {
    throw UsageError("no reader runtime in " + runtime.string() + "/ (build it with ./build-wasm.sh, or name it with --runtime DIR)");
  }

  BuildReport report;
  std::vector<SourcePost> posts = read_posts(posts_folder, report);
  if (posts.empty()) report_unused_entries(report, {});
  if (posts.empty() && report.errors == 0) throw std::runtime_error("no posts: " + posts_folder.string() + " holds no .md file");
  if (posts.empty()) throw std::runtime_error("no post could be read from " + posts_folder.string());
  drop_duplicate_slugs(posts, report);
  std::sort(posts.begin(), posts.end(), [](const SourcePost& a, const SourcePost& b) { return listed_before(a.site, b.site); });
  std::vector<SitePost> listed;
  listed.reserve(posts.size());
  for (const SourcePost& p : posts) listed.push_back(p.site);

  std::error_code error;
  fs::create_directories(out / "posts", error);
  if (error) throw std::runtime_error("cannot create " + (out / "posts").string() + ": " + error.message());
  if (fs::equivalent(out / "posts", posts_folder, error)) throw UsageError("OUT_DIR/posts may not be the posts folder itself");

  // Every file the worker precaches goes through here, with its revision.
  std::vector<PrecacheEntry> site_files;
  const auto write_site_file = [&](const std::string& path, std::string_view text, bool precache) {
    write_file(out / path, text);
    if (!precache) return;
    if (path == "index.html") site_files.push_back({"", revision_of(text)});  // the root, as linked and as typed
    site_files.push_back({path, revision_of(text)});
  };

  std::set<std::string> written_posts;
  for (size_t i = 0; i < posts.size(); ++i) {
    const SitePostPage page{posts[i].post, listed[i], translations_of(listed, i), options};
    write_site_file(post_page_path(listed[i]), site_post_page_html(page), true);
    write_site_file(post_markdown_path(listed[i]), posts[i].markdown, true);
    written_posts.insert(listed[i].slug + ".html");
    written_posts.insert(listed[i].slug + ".md");
  }
  PostFileCopier files{posts_folder, out / "posts", written_posts, {}, 0};
  for (const SourcePost& p : posts) files.copy_references(p.post, p.file_name);
  report.file_warnings = files.warnings;
  written_posts.insert(files.copied.begin(), files.copied.end());
  remove_stale_posts(out / "posts", written_posts);
  report_unused_entries(report, files.copied);
  write_site_file("index.html", site_index_html(listed, options), true);
  write_site_file("offline.js", site_offline_script(), true);
  const std::string feed = site_feed_xml(listed, options);
  const std::string sitemap = sitemap_xml(listed, options);
  for (const char* name : {"feed.xml", "sitemap.xml"}) fs::remove(out / name, error);  // none without a base URL
  if (!feed.empty()) write_site_file("feed.xml", feed, false);
  if (!sitemap.empty()) write_site_file("sitemap.xml", sitemap, false);

  copy_runtime(runtime, out / std::string(kRuntimeFolder));
  const std::string runtime_worker = read_input((runtime / "sw.js").string());
  const std::optional<std::vector<std::string>> runtime_files = runtime_precache(runtime_worker);
  std::vector<PrecacheEntry> entries;
  for (const std::string& name : runtime_files.value_or(std::vector<std::string>{})) {
    const std::string path = std::string(kRuntimeFolder) + name;
    entries.push_back({path, revision_of(read_input((out / path).string()))});
  }
  entries.insert(entries.end(), site_files.begin(), site_files.end());
  const SiteWorker worker = site_service_worker({runtime_worker, std::move(entries)});
  if (!worker.error.empty()) throw std::runtime_error((runtime / "sw.js").string() + ": " + worker.error);
  write_site_file("sw.js", worker.script, false);

  if (options.base_url.empty()) note("no --base-url: no canonical URLs, sitemap.xml or feed.xml (they need absolute URLs)");
  // "1 post", "2 posts": the summary line a writer reads after every build.
  const auto count = [](size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
  };
  note("wrote " + count(posts.size(), "post", "posts") + " to " + out.string() + " (" +
       count(report.lint_errors, "with lint errors", "with lint errors") + ", " +
       count(report.lint_warnings, "lint warning", "lint warnings") + ", " + count(report.errors, "error", "errors") + ", " +
       count(report.skipped, "file skipped", "files skipped") + ", " +
       count(report.file_warnings, "referenced file not copied", "referenced files not copied") + ")");
  return report.errors > 0 || report.lint_errors > 0 ? 1 : 0;
}

}  // namespace clinic::cli
