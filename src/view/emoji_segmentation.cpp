#include "emoji_segmentation.h"

#include <algorithm>
#include <bitset>
#include <cstdint>

#include "core/utf8.h"

namespace clinic::view {
namespace {

#include "emoji_table.inc"  // generated: kEmojiKeysFrontCoded, kEmojiTextDefault, the counts

constexpr char32_t kVs16 = 0xFE0F;

// The keys unpacked (emoji_table.py says how they are packed: 10 KB in the wasm
// instead of 49): pool[start[s] .. start[s + 1]) is sprite s's key. Unpacked on
// first use, into memory no file carries.
struct Keys {
  char32_t pool[kEmojiKeyPoolSize];
  uint16_t start[kEmojiSpriteCount + 1];
  Keys() {
    const unsigned char* in = kEmojiKeysFrontCoded;
    const auto varint = [&in] {
      char32_t value = 0;
      for (int shift = 0;; shift += 7) {
        const unsigned char byte = *in++;
        value |= char32_t(byte & 0x7F) << shift;
        if (!(byte & 0x80)) return value;
      }
    };
    size_t at = 0, previous = 0, previous_length = 0;
    for (int s = 0; s < kEmojiSpriteCount; ++s) {
      const size_t shared = *in >> 4, rest = *in & 0xF;
      ++in;
      start[s] = uint16_t(at);
      for (size_t i = 0; i < shared; ++i) pool[at + i] = pool[previous + i];
      for (size_t i = 0; i < rest; ++i) {
        const bool relative = i == 0 && shared < previous_length;
        pool[at + shared + i] = varint() + (relative ? pool[previous + shared] : 0);
      }
      previous = at;
      previous_length = shared + rest;
      at += previous_length;
    }
    start[kEmojiSpriteCount] = uint16_t(at);
  }
};

const Keys& keys() {
  static const Keys unpacked;
  return unpacked;
}

struct Key {
  const char32_t* begin;
  const char32_t* end;
};

Key key_of(int sprite) {
  const Keys& k = keys();
  return {k.pool + k.start[sprite], k.pool + k.start[sprite + 1]};
}

// The sprite whose key is exactly cps[0, n), or -1.
int find_key(const char32_t* cps, size_t n) {
  int lo = 0, hi = kEmojiSpriteCount;
  while (lo < hi) {
    const int mid = (lo + hi) / 2;
    const Key k = key_of(mid);
    if (std::lexicographical_compare(k.begin, k.end, cps, cps + n)) lo = mid + 1;
    else hi = mid;
  }
  if (lo < kEmojiSpriteCount) {
    const Key k = key_of(lo);
    if (size_t(k.end - k.begin) == n && std::equal(k.begin, k.end, cps)) return lo;
  }
  return -1;
}

// Which code points below 0x100, and which 256-code-point pages below 0x20000,
// hold a key's first code point: letters and Hangul answer from a bit.
struct StarterBits {
  std::bitset<0x100> latin1;
  std::bitset<0x200> pages;
  StarterBits() {
    for (int s = 0; s < kEmojiSpriteCount; ++s) {
      const char32_t first = *key_of(s).begin;
      if (first < 0x100) latin1.set(first);
      if (first < 0x20000) pages.set(first >> 8);
    }
  }
};

// Whether any key starts with `cp`: the cheap test most characters fail.
bool starts_a_key(char32_t cp) {
  static const StarterBits bits;
  if (cp < 0x100) return bits.latin1.test(cp);
  if (cp < 0x20000 && !bits.pages.test(cp >> 8)) return false;
  const Keys& k = keys();
  const int lo = int(std::lower_bound(k.start, k.start + kEmojiSpriteCount, 0,
                                      [&k, cp](uint16_t start, int) { return k.pool[start] < cp; }) -
                     k.start);
  return lo < kEmojiSpriteCount && k.pool[k.start[lo]] == cp;
}

bool is_text_default(char32_t cp) {
  return std::binary_search(std::begin(kEmojiTextDefault), std::end(kEmojiTextDefault), cp);
}

}  // namespace

int emoji_sprite_count() { return kEmojiSpriteCount; }
const char* emoji_data_version() { return kEmojiDataVersion; }

EmojiMatch match_emoji(std::string_view text, size_t pos, size_t limit) {
  limit = std::min(limit, text.size());
  EmojiMatch none;
  if (pos >= limit) return none;
  size_t i = pos;
  const char32_t first = utf8::next(text, i);
  if (i > limit || !starts_a_key(first)) return none;
  // Up to the longest key's length of code points, VS16 skipped; ends[n] is
  // where the first n + 1 of them end.
  char32_t cps[kEmojiMaxKeyLength];
  size_t ends[kEmojiMaxKeyLength];
  size_t n = 0;
  cps[n] = first;
  ends[n++] = i;
  while (i < limit && n < size_t(kEmojiMaxKeyLength)) {
    size_t j = i;
    const char32_t cp = utf8::next(text, j);
    if (j > limit) break;
    i = j;
    if (cp == kVs16) continue;
    cps[n] = cp;
    ends[n++] = i;
  }
  for (size_t len = n; len > 0; --len) {
    const int sprite = find_key(cps, len);
    if (sprite < 0) continue;
    EmojiMatch m;
    m.sprite = sprite;
    m.end = ends[len - 1];
    bool selected = false;
    while (m.end < limit) {  // its variation selector belongs to it
      size_t j = m.end;
      if (utf8::next(text, j) != kVs16) break;
      m.end = j;
      selected = true;
    }
    m.text_default = len == 1 && !selected && is_text_default(first);
    return m;
  }
  return none;
}

std::string emoji_sequence_text(int sprite) {
  std::string out;
  if (sprite < 0 || sprite >= kEmojiSpriteCount) return out;
  // Fully qualified where it matters: VS16 after a keycap's base and after a
  // text-default emoji that ends the sequence or a ZWJ part.
  const Key k = key_of(sprite);
  for (const char32_t* cp = k.begin; cp != k.end; ++cp) {
    utf8::append(out, *cp);
    const char32_t next = cp + 1 != k.end ? cp[1] : 0;
    if (next == 0x20E3 || (is_text_default(*cp) && (next == 0 || next == 0x200D))) utf8::append(out, kVs16);
  }
  return out;
}

bool is_emoji_component_only(char32_t cp) {
  return cp == 0x200D || cp == 0xFE0E || cp == kVs16 || cp == 0x20E3 || (cp >= 0xE0020 && cp <= 0xE007F);
}

}  // namespace clinic::view
