#include "html_render.h"

namespace clinic {

std::string render_article_html(const Post&, const HtmlOptions&) { return {}; }  // TODO(helper)

}  // namespace clinic
