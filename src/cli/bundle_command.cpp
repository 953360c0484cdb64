#include "cli/bundle_command.h"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "core/html_escape.h"
#include "core/html_render.h"
#include "core/parse_post.h"
#include "core/post_outline.h"

namespace clinic::cli {
namespace {

std::string base64(std::string_view bytes) {
  static constexpr char kDigits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const uint32_t v = uint32_t(uint8_t(bytes[i])) << 16 | uint32_t(uint8_t(bytes[i + 1])) << 8 | uint8_t(bytes[i + 2]);
    for (int shift = 18; shift >= 0; shift -= 6) out += kDigits[(v >> shift) & 63];
  }
  if (i < bytes.size()) {
    uint32_t v = uint32_t(uint8_t(bytes[i])) << 16;
    if (i + 1 < bytes.size()) v |= uint32_t(uint8_t(bytes[i + 1])) << 8;
    out += kDigits[(v >> 18) & 63];
    out += kDigits[(v >> 12) & 63];
    out += i + 1 < bytes.size() ? kDigits[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

// Script text inside <script>…</script>: "</script" may not appear. In the
// loader and Emscripten's glue it can only sit in a string or a comment, where
// "<\/script" means the same.
std::string inline_script(std::string js) {
  for (size_t at = 0; (at = js.find("</script", at)) != std::string::npos; at += 2) js.replace(at, 2, "<\\/");
  return js;
}

std::string escaped(std::string_view text) {
  HtmlOutput out(text.size() + 16);
  html::append_text(out, text);
  return out.take();
}

// runtime-files.txt: "logical-name file-name" lines (web/assemble.py writes it).
std::vector<std::pair<std::string, std::string>> runtime_files(const std::string& dir) {
  std::istringstream lines(read_input(dir + "/runtime-files.txt"));
  std::vector<std::pair<std::string, std::string>> files;
  for (std::string line; std::getline(lines, line);) {
    const size_t space = line.find(' ');
    if (line.empty() || line[0] == '#' || space == std::string::npos) continue;
    files.emplace_back(line.substr(0, space), line.substr(space + 1));
  }
  return files;
}

}  // namespace

int bundle_command(const Args& given) {
  Args args = given;
  const std::string dir = take_option(args, "--runtime").value_or("dist");
  const std::string theme = take_option(args, "--theme").value_or("light");
  const std::string output = take_option(args, "-o").value_or("-");
  if (theme != "light" && theme != "dark" && theme != "sepia" && theme != "auto") throw UsageError("unknown theme " + theme);
  const std::string markdown = read_input(take_single_path(args));

  std::vector<std::pair<std::string, std::string>> files;
  try {
    files = runtime_files(dir);
  } catch (const std::exception&) {
    throw UsageError("no reader runtime in " + dir + "/ (build it with ./build-wasm.sh, or name it with --runtime DIR)");
  }
  std::string loader, glue, assets;
  for (const auto& [name, file] : files) {
    const std::string bytes = read_input(dir + "/" + file);
    if (name == "clinic-reader.js") loader = bytes;
    else if (name == "clinic-reader-core.js") glue = bytes;
    else assets += "<script type=\"application/x-clinic-reader-asset\" data-name=\"" + escaped(name) + "\">" + base64(bytes) + "</script>\n";
  }
  if (loader.empty() || glue.empty()) throw UsageError(dir + "/runtime-files.txt lacks the loader or the core");

  const Post post = parse_post(markdown);
  const PostOutline outline = outline_of(post);
  const std::string lang = post.meta.lang.empty() ? "en" : post.meta.lang;
  std::string page;
  page += "<!doctype html>\n<html lang=\"" + escaped(lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n";
  page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  page += "<title>" + escaped(outline.title.empty() ? "Post" : outline.title) + "</title>\n";
  page += "<style>body{margin:0;font-family:system-ui,sans-serif}clinic-reader>article{max-width:70ch;margin:0 auto;padding:1em}</style>\n";
  page += "</head>\n<body>\n<clinic-reader theme=\"" + theme + "\">\n";
  // The post twice: its Markdown for the reader (base64: any text survives), and
  // its article, readable where script does not run.
  page += "<script type=\"text/markdown\" data-encoding=\"base64\">" + base64(markdown) + "</script>\n";
  page += render_article_html(post);
  page += "</clinic-reader>\n" + assets;
  page += "<script>\n" + inline_script(glue) + "\n</script>\n";
  page += "<script>\n" + inline_script(loader) + "\n</script>\n</body>\n</html>\n";

  if (output == "-") {
    std::fwrite(page.data(), 1, page.size(), stdout);
    return 0;
  }
  std::ofstream file(output, std::ios::binary);
  if (!file.write(page.data(), std::streamsize(page.size()))) throw std::runtime_error("cannot write " + output);
  std::fprintf(stderr, "clinic-reader bundle: wrote %s (%zu bytes)\n", output.c_str(), page.size());
  return 0;
}

}  // namespace clinic::cli
