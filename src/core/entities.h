// HTML character references, decoded the way md4c's own renderer decodes them.
#pragma once

#include <string>
#include <string_view>

namespace clinic {

// Appends the UTF-8 text of an entity such as "&amp;", "&#35;" or "&#x1F600;".
// Unknown named entities are appended verbatim.
void append_decoded_entity(std::string& out, std::string_view entity);

}  // namespace clinic
