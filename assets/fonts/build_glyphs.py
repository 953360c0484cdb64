#!/usr/bin/python3
"""Builds everything the reader draws text with, into one folder (dist/fonts on
the web, build/<preset>/fonts natively): the text face's parts (text_faces.py),
the emoji sprite sheets (emoji_atlas.py), their licences, and fonts.txt.

    /usr/bin/python3 assets/fonts/build_glyphs.py OUT_DIR [POST.md ...]

The posts given decide which emoji the start-up sheet holds. fonts.txt, written
last (its date says the folder is complete), lists every file and what it holds;
src/view/glyph_manifest.h reads it, and is where its format is described.

Needs Debian's /usr/bin/python3 (fontTools, PIL), fonts-noto-cjk, and the npm
package of package.json beside this file (scripts/setup.sh installs them all).
"""
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import emoji_atlas  # noqa: E402
import emoji_data  # noqa: E402
import text_faces  # noqa: E402

MANIFEST = "fonts.txt"
LICENSES = {
    "LICENSE-NotoSansCJK.txt": text_faces.LICENSE,
    "LICENSE-NotoEmoji-Apache-2.0.txt": "/usr/share/common-licenses/Apache-2.0",
    "LICENSE-emoji-datasource.txt": os.path.join(emoji_data.PACKAGE, "LICENSE"),
}
EMOJI_NOTICE = """Emoji images: Noto Emoji, Copyright 2013-2024 Google LLC, under the Apache
License 2.0 (LICENSE-NotoEmoji-Apache-2.0.txt), as packaged by the npm package
emoji-datasource-google {version} (MIT, Copyright (c) 2013 Cal Henderson:
LICENSE-emoji-datasource.txt), whose emoji sequence data (from Unicode's
emoji-test.txt, Unicode License v3) the reader's segmentation table is made from.
The images were packed into sprite sheets, unchanged.
"""


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out_dir = argv[1]
    os.makedirs(out_dir, exist_ok=True)
    for old in os.listdir(out_dir):  # a stale part must not be listed or shipped
        if old.endswith((".otf", ".ttf", ".png")) or old == MANIFEST:
            os.remove(os.path.join(out_dir, old))
    posts = []
    for path in argv[2:]:
        with open(path, encoding="utf-8", errors="replace") as f:
            posts.append(f.read())
    data = emoji_data.EmojiData()
    face_lines, face_chunks = text_faces.write_faces(out_dir)
    emoji_lines, emoji_chunks = emoji_atlas.write_atlases(data, posts, out_dir)
    for name, source in LICENSES.items():
        shutil.copyfile(source, os.path.join(out_dir, name))
    with open(os.path.join(out_dir, "NOTICE-emoji.txt"), "w", encoding="utf-8") as f:
        f.write(EMOJI_NOTICE.format(version=data.version))
    lines = [
        "# The reader's glyph sources: written by assets/fonts/build_glyphs.py, read by",
        "# src/view/glyph_manifest.h (the format is described there).",
        f"emoji-data {data.version} {len(data.keys)}",
        "# loaded at start",
        *face_lines,
        *emoji_lines,
        "# loaded when a post needs them",
        *face_chunks,
        *emoji_chunks,
    ]
    with open(os.path.join(out_dir, MANIFEST), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
