// The few values a page's schema.org JSON-LD gives the front matter
// ("headline", "author": {"name": ...}, "datePublished"), read without a JSON
// parser: the first string value of a key anywhere in the scripts' text.
#pragma once

#include <string>
#include <string_view>

namespace clinic::html {

// The first string value of "key" in `json`, unescaped (\n, \", \uXXXX with
// surrogate pairs); when the value is an object or an array, its first "name"
// (author: {"@type": "Person", "name": "Dr. Emily Park"}). Empty when none.
std::string json_ld_value(std::string_view json, std::string_view key);

}  // namespace clinic::html
