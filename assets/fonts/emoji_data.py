"""Unicode's emoji sequences, as the reader numbers them: one module read by the
recipe that writes the C++ segmentation table (emoji_table.py) and by the one
that draws the sprite atlases (build_glyphs.py), so that a sprite number means
the same emoji in both.

The data is emoji-datasource-google (npm, pinned in package.json beside this
file): every fully-qualified sequence of Unicode's emoji-test.txt with its
skin-tone variations, and a 64 px Noto Emoji image for each.

A sequence's *key* is its code points without U+FE0F (VS16): text in the wild
often drops or misplaces VS16, and no two emoji differ by VS16 alone. Sprites
are numbered in the lexicographic order of their keys, which keeps related
emoji (a person and its skin tones, the flags, the keycaps) in one chunk of
the complete atlas.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGE = os.path.join(HERE, "node_modules", "emoji-datasource-google")
VS16 = 0xFE0F
VS15 = 0xFE0E


class EmojiData:
    def __init__(self, package=PACKAGE):
        with open(os.path.join(package, "package.json"), encoding="utf-8") as f:
            self.version = json.load(f)["version"]
        with open(os.path.join(package, "emoji.json"), encoding="utf-8") as f:
            entries = json.load(f)
        self.image_dir = os.path.join(package, "img", "google", "64")
        images = {}
        # Emoji whose fully-qualified form is "X FE0F": X alone is text by
        # default (Emoji_Presentation=No), e.g. U+2640, U+26A0, U+00A9.
        self.text_default = set()
        for entry in entries:
            variants = [entry] + list((entry.get("skin_variations") or {}).values())
            for v in variants:
                if not v.get("has_img_google"):
                    continue
                key = key_of(v["unified"])
                if key in images:
                    raise ValueError(f"two emoji with the key {v['unified']}")
                images[key] = v["image"]
            parts = entry["unified"].split("-")
            if len(parts) == 2 and int(parts[1], 16) == VS16:
                self.text_default.add(int(parts[0], 16))
        self.keys = sorted(images)
        self.images = [images[k] for k in self.keys]
        self.sprite_of = {k: i for i, k in enumerate(self.keys)}
        self.max_key = max(len(k) for k in self.keys)
        self.first_codepoints = {k[0] for k in self.keys}

    def image_path(self, sprite):
        return os.path.join(self.image_dir, self.images[sprite])

    def sprites_in(self, text):
        """The sprites drawing `text` needs: the same greedy longest match over
        keys as src/view/emoji_segmentation.cpp. A sequence the data does not
        know (an unknown ZWJ sequence, an unpaired modifier) falls apart into
        the components it is made of, each matched on its own."""
        cps = [ord(c) for c in text]
        used = set()
        i = 0
        while i < len(cps):
            sprite, end = self.match(cps, i)
            if sprite is None:
                i += 1
                continue
            # A text-default character without VS16 (a bare U+2640) is drawn by the
            # text face when it has the glyph; the sprite is its fallback, so it
            # is kept either way.
            used.add(sprite)
            i = end
        return used

    def match(self, cps, start):
        """(sprite, end) of the longest key at cps[start:], VS16 ignored, or (None, start)."""
        if cps[start] not in self.first_codepoints:
            return None, start
        key = []
        ends = []
        i = start
        while i < len(cps) and len(key) < self.max_key:
            if cps[i] != VS16:
                key.append(cps[i])
                ends.append(i + 1)
            i += 1
        for n in range(len(key), 0, -1):
            sprite = self.sprite_of.get(tuple(key[:n]))
            if sprite is not None:
                end = ends[n - 1]
                while end < len(cps) and cps[end] == VS16:
                    end += 1
                return sprite, end
        return None, start


def key_of(unified):
    return tuple(cp for cp in (int(x, 16) for x in unified.split("-")) if cp != VS16)
