#include "entities.h"

#include "utf8.h"

extern "C" {
#include "entity.h"  // md4c's table of named entities
}

namespace clinic {

void append_decoded_entity(std::string& out, std::string_view entity) {
  if (entity.size() > 3 && entity[1] == '#') {
    const bool hex = entity[2] == 'x' || entity[2] == 'X';
    char32_t cp = 0;
    for (size_t i = hex ? 3 : 2; i + 1 < entity.size(); ++i) {
      const char c = entity[i];
      const unsigned digit = (c >= '0' && c <= '9')   ? unsigned(c - '0')
                             : (c >= 'a' && c <= 'f') ? unsigned(c - 'a' + 10)
                                                      : unsigned(c - 'A' + 10);
      cp = cp * (hex ? 16 : 10) + digit;
      if (cp > 0x10FFFF) cp = 0x110000;  // keep it out of range without overflowing
    }
    utf8::append(out, cp);
    return;
  }
  if (const ENTITY* e = entity_lookup(entity.data(), entity.size())) {
    utf8::append(out, e->codepoints[0]);
    if (e->codepoints[1]) utf8::append(out, e->codepoints[1]);
    return;
  }
  out.append(entity);
}

}  // namespace clinic
