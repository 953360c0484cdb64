"""The reader's text face: Noto Sans CJK KR (Debian's fonts-noto-cjk), regular
and bold, cut into a base subset loaded at start and chunks loaded when a post
needs them.

Why this face: among the Korean faces Debian and npm carry (Nanum Gothic and
Nanum Barun Gothic from fonts-nanum, Pretendard from npm, Noto Sans CJK KR), it
is the one that covers everything a clinic post may hold — all of Latin-1, all
11,172 Hangul syllables, every jamo block and all CJK punctuation (Barun Gothic
lacks most of Latin-1, Pretendard the conjoining jamo) — and its CFF outlines
compress best: the base subset is ~190 KB gzip per face against ~230 (regular)
and ~290 (bold) for Nanum Gothic. It was drawn for screens, its Hangul and
Latin share one colour and height, and it is Android's default Korean face, so
the reader looks like the phone it is read on.

Base subset: ASCII, Latin-1, common punctuation and symbols, modern
compatibility jamo, common CJK punctuation, and the 2,350 syllables of
KS X 1001 (the everyday ones). Everything else Korean text uses is in chunks
by code point span: the other 8,822 syllables in four, the other jamo (old
Hangul, conjoining, halfwidth) in one, the other CJK symbols and punctuation
in one, other Latin and symbols in one.
"""
import os

from fontTools import subset
from fontTools.ttLib import TTFont

SOURCES = {
    "regular": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 1),  # face 1: KR
    "bold": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 1),
}
LICENSE = "/usr/share/doc/fonts-noto-cjk/copyright"
FILE = "noto-sans-kr-{face}{part}.otf"

HANGUL = (0xAC00, 0xD7A3)
HANGUL_CHUNKS = 4

# Common symbols kept in the base: Korean posts use these in running text.
BASE_SYMBOLS = [
    0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2016, 0x2018, 0x2019, 0x201A, 0x201C, 0x201D,
    0x201E, 0x2020, 0x2021, 0x2022, 0x2025, 0x2026, 0x2030, 0x2032, 0x2033, 0x203B, 0x203C, 0x2047,
    0x2048, 0x2049, 0x20A9, 0x20AC, 0x2103, 0x2116, 0x2122, 0x2190, 0x2191, 0x2192, 0x2193, 0x2194,
    0x21D2, 0x21D4, 0x2212, 0x2215, 0x221E, 0x2248, 0x2260, 0x2264, 0x2265,
    0x2460, 0x2461, 0x2462, 0x2463, 0x2464, 0x2465, 0x2466, 0x2467, 0x2468, 0x2469,  # ①..⑩
    0x25A0, 0x25A1, 0x25B2, 0x25B3, 0x25B6, 0x25B7, 0x25BC, 0x25BD, 0x25C0, 0x25C1, 0x25C6, 0x25C7,
    0x25CB, 0x25CE, 0x25CF, 0x2605, 0x2606, 0x2610, 0x2611, 0x2612, 0x2713, 0x2714, 0x2715,
    0x3380, 0x3381, 0x3382, 0x3383, 0x3384, 0x338E, 0x338F, 0x3396, 0x3397, 0x3398, 0x339C,
    0x339D, 0x339E, 0x33A1, 0x33C4, 0x33CE,  # ㎎ ㎏ ㎖ ㎗ ㎘ ㎜ ㎝ ㎞ ㎡ ㏄ ㏎
    0xFF01, 0xFF08, 0xFF09, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F, 0xFF5E, 0xFFE6, 0xFFFD,
]
# Common CJK punctuation: ideographic space, 、。〃 brackets 〈〉《》「」『』【】〔〕 〜 and 〮.
BASE_CJK_PUNCTUATION = list(range(0x3000, 0x3004)) + list(range(0x3008, 0x3012)) + [0x3014, 0x3015, 0x301C, 0x30FB]
MODERN_COMPAT_JAMO = range(0x3131, 0x3164)  # ㄱ..ㅣ

# Chunks beyond the Hangul syllables: (name, spans). A code point a post needs
# that falls in a chunk's spans and no loaded part of the face has loads it.
EXTRA_CHUNKS = [
    ("jamo", [(0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xD7B0, 0xD7FF), (0xFFA0, 0xFFDF)]),
    ("cjk-symbols", [(0x2E80, 0x2FFF), (0x3000, 0x312F), (0x3190, 0x33FF), (0xFE10, 0xFE1F), (0xFE30, 0xFE4F),
                     (0xFF00, 0xFF9F), (0xFFE0, 0xFFEF)]),
    ("latin-symbols", [(0x0100, 0x04FF), (0x1E00, 0x1EFF), (0x2000, 0x2BFF)]),
]


def ks_x_1001_syllables():
    """The 2,350 Hangul syllables KS X 1001 encodes directly (two bytes in EUC-KR)."""
    out = []
    for cp in range(HANGUL[0], HANGUL[1] + 1):
        try:
            if len(chr(cp).encode("euc_kr")) == 2:
                out.append(cp)
        except UnicodeEncodeError:
            pass
    return out


def base_codepoints():
    cps = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100))
    cps |= set(BASE_SYMBOLS) | set(BASE_CJK_PUNCTUATION) | set(MODERN_COMPAT_JAMO)
    cps |= set(ks_x_1001_syllables())
    return cps


def plan(cmap):
    """[(part, spans, codepoints)]: the base first (spans empty), then the chunks."""
    base = {cp for cp in base_codepoints() if cp in cmap}
    parts = [("", [], base)]
    rest = [cp for cp in range(HANGUL[0], HANGUL[1] + 1) if cp in cmap and cp not in base]
    size = -(-len(rest) // HANGUL_CHUNKS)
    first = HANGUL[0]
    for i in range(HANGUL_CHUNKS):
        cps = rest[i * size:(i + 1) * size]
        last = HANGUL[1] if i == HANGUL_CHUNKS - 1 else cps[-1]
        parts.append((f".hangul-{i + 1}", [(first, last)], set(cps)))
        first = last + 1
    for name, spans in EXTRA_CHUNKS:
        cps = {cp for a, b in spans for cp in range(a, b + 1) if cp in cmap and cp not in base}
        parts.append((f".{name}", spans, cps))
    return parts


def subset_options():
    options = subset.Options()
    options.hinting = False            # stb_truetype ignores hints
    options.desubroutinize = True      # larger raw, smaller compressed
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]  # keep copyright, names and licence
    options.notdef_outline = True
    options.layout_features = []       # ImGui does no shaping
    options.drop_tables += ["vhea", "vmtx", "VORG", "GSUB", "GPOS", "GDEF", "BASE", "DSIG"]
    return options


def write_face(face, part, codepoints, out_dir):
    path, number = SOURCES[face]
    font = TTFont(path, fontNumber=number)
    options = subset_options()
    options.font_number = number
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(codepoints))
    subsetter.subset(font)
    # ImGui sizes a face by ascent - descent (stb_truetype's ScaleForPixelHeight):
    # the typographic ascender and descender (880/-120 of 1000) make that the em,
    # so a 17 px font is a 17 px em, as in CSS. The hhea values (1160/-288)
    # would make every glyph 30 % smaller.
    hhea, os2 = font["hhea"], font["OS/2"]
    hhea.ascent, hhea.descent, hhea.lineGap = os2.sTypoAscender, os2.sTypoDescender, 0
    assert hhea.ascent - hhea.descent == font["head"].unitsPerEm
    name = FILE.format(face=face, part=part)
    font.save(os.path.join(out_dir, name))
    return name


def write_faces(out_dir):
    """Writes every part of both faces; returns the manifest lines."""
    lines = []
    chunk_lines = []
    for face, (path, number) in SOURCES.items():
        cmap = TTFont(path, fontNumber=number, lazy=True).getBestCmap()
        for part, spans, cps in plan(cmap):
            name = write_face(face, part, cps, out_dir)
            if not spans:
                lines.append(f"{face} {name}")
            else:
                chunk_lines.append(f"{face}+ {name} " + ",".join(f"{a:04X}-{b:04X}" for a, b in spans))
    return lines, chunk_lines
