#!/usr/bin/python3
"""Subsets Nanum Gothic (Debian's fonts-nanum) for the reader: a stopgap until
the font pipeline of issue 4 lands.

    /usr/bin/python3 assets/fonts/subset_fonts.py OUT_DIR [POST.md ...]

Writes OUT_DIR/nanum-gothic-regular.ttf, OUT_DIR/nanum-gothic-bold.ttf,
OUT_DIR/LICENSE-NanumGothic.txt and, last, OUT_DIR/fonts.txt: the list of
faces ("FACE FILE" lines) the native renderer loads (src/platform/native/
font_files.h); FACES below is the one source of that list.

The subset is ASCII, Latin-1, general punctuation, CJK symbols and
punctuation, the 2,350 Hangul syllables of KS X 1001 (the common ones), plus
every character of the posts given, so that the bundled posts never miss a
syllable outside KS X 1001. Hinting is dropped:
ImGui's rasteriser (stb_truetype) does not use it.

Debian's /usr/bin/python3 has fontTools (python3-fonttools); other Pythons may not.
"""
import os
import shutil
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

FONT_DIR = "/usr/share/fonts/truetype/nanum"
FACES = {"regular": "NanumGothic.ttf", "bold": "NanumGothicBold.ttf"}
MANIFEST = "fonts.txt"


def output_name(face):
    return f"nanum-gothic-{face}.ttf"
LICENSE = "/usr/share/doc/fonts-nanum/copyright"


def ks_x_1001_syllables():
    """The Hangul syllables KS X 1001 encodes directly: two bytes in EUC-KR
    (Python's codec spells the other syllables as 8-byte make-up sequences)."""
    out = []
    for cp in range(0xAC00, 0xD7A4):
        try:
            if len(chr(cp).encode("euc_kr")) == 2:
                out.append(cp)
        except UnicodeEncodeError:
            pass
    return out


def base_codepoints():
    cps = set(range(0x20, 0x7F))            # ASCII
    cps |= set(range(0xA0, 0x100))          # Latin-1
    cps |= set(range(0x2000, 0x2070))       # general punctuation
    cps |= set(range(0x3000, 0x3040))       # CJK symbols and punctuation
    cps |= {0x2190, 0x2192, 0x2022, 0x25A1, 0x25CF, 0x25B6, 0x25BC, 0x2713, 0x00B7, 0xFFFD}
    cps |= set(ks_x_1001_syllables())
    return cps


def post_codepoints(paths):
    cps = set()
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as f:
            cps |= {ord(c) for c in f.read() if ord(c) >= 0x20}
    return cps


def subset_face(src, dst, codepoints):
    options = subset.Options()
    options.hinting = False
    options.desubroutinize = True
    options.name_IDs = ["*"]           # keep the copyright and licence names
    options.notdef_outline = True      # a visible box for what the subset lacks
    options.layout_features = []       # ImGui does no shaping
    font = TTFont(src)
    cmap = font.getBestCmap()
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[cp for cp in codepoints if cp in cmap])
    subsetter.subset(font)
    font.save(dst)


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out_dir = argv[1]
    os.makedirs(out_dir, exist_ok=True)
    codepoints = base_codepoints() | post_codepoints(argv[2:])
    for face, file in FACES.items():
        subset_face(os.path.join(FONT_DIR, file), os.path.join(out_dir, output_name(face)), codepoints)
    shutil.copyfile(LICENSE, os.path.join(out_dir, "LICENSE-NanumGothic.txt"))
    # Written last: its presence (and time) says the fonts are complete.
    with open(os.path.join(out_dir, MANIFEST), "w", encoding="utf-8") as f:
        f.write("# FACE FILE: the reader's fonts, written by assets/fonts/subset_fonts.py\n")
        for face in FACES:
            f.write(f"{face} {output_name(face)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
