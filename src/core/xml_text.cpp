#include "xml_text.h"

#include "html_escape.h"

namespace clinic::xml {

void append_text(HtmlOutput& out, std::string_view text) {
  size_t run = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') continue;
    html::append_text(out, text.substr(run, i - run));
    run = i + 1;
  }
  html::append_text(out, text.substr(run));
}

void append_date_time(HtmlOutput& out, std::string_view date) {
  out.append(date);
  out.append("T00:00:00Z");
}

}  // namespace clinic::xml
