// HTML5 tree construction looks through the stack of open elements for each tag
// (gumbo too, as the spec describes it), so a page nested N deep costs N² steps:
// 100,000 unclosed <div>s take most of a minute. Browsers cap the depth; we cap
// it before parsing.
#pragma once

#include <string>
#include <string_view>

namespace clinic::html {

// `html` with the start tags that would open an element deeper than
// `max_depth` (and their end tags) left out; text, comments and every other
// tag untouched. Depth is estimated from the tags as written: void elements,
// self-closed tags and the elements whose end tags are optional (<p>, <li>,
// <td>, ...) do not count, the contents of <script>, <style>, <textarea> and
// <title> are skipped. Real pages, nested tens deep, come back unchanged.
std::string with_bounded_nesting(std::string_view html, size_t max_depth);

}  // namespace clinic::html
