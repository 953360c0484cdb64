#include "html_render.h"

namespace clinic {

std::string render_plain_html(const Post&) { return {}; }  // TODO(helper): md2html-compatible renderer

}  // namespace clinic
