#!/usr/bin/python3
"""Sizes of the reader's glyph files as a browser downloads them: raw, gzip -9,
zopfli gzip (the .gz sibling build-wasm.sh writes), brotli -q 11, and the total
fetched before the first text frame of a post (the files fonts.txt loads at
start; a post with characters beyond them adds the chunks that hold those).

    /usr/bin/python3 bench/glyph_sizes.py [FONT_DIR]     (default dist/fonts)

Prints a Markdown table (bench/glyph_sizes.md is its output for the current build).
"""
import gzip
import pathlib
import re
import sys

import brotli


def sizes(path):
    data = path.read_bytes()
    zopfli = path.with_name(path.name + ".gz")
    return (len(data), len(gzip.compress(data, 9)), len(zopfli.read_bytes()) if zopfli.exists() else None,
            len(brotli.compress(data, quality=11)))


def logical(name):
    return re.sub(r"\.[0-9a-f]{10}(\.[a-z]+)$", r"\1", name)  # without assemble.py's content hash


def main(argv):
    folder = pathlib.Path(argv[1] if len(argv) > 1 else "dist/fonts")
    files = {logical(p.name): p for p in folder.iterdir() if p.suffix in (".otf", ".png", ".txt") and "LICENSE" not in p.name
             and "NOTICE" not in p.name}
    manifest = files["fonts.txt"].read_text(encoding="utf-8").splitlines()
    start = ["fonts.txt"] + [line.split()[1] for line in manifest
                             if line.split() and line.split()[0] in ("regular", "bold", "emoji")]
    print("| file | loaded | raw | gzip -9 | zopfli | brotli |")
    print("|---|---|---:|---:|---:|---:|")
    totals = [0, 0, 0, 0]
    emoji_sheets = [0, 0, 0, 0, 0]
    for name in sorted(files, key=lambda n: (n not in start, n.startswith("emoji-") and n != "emoji-posts.png", n)):
        raw, gz, zop, br = sizes(files[name])
        at_start = name in start
        if at_start:
            totals = [t + v for t, v in zip(totals, (raw, gz, zop if zop is not None else gz, br))]
        if re.fullmatch(r"emoji-\d\d\.png", name):  # the complete set: one line for all its sheets
            emoji_sheets = [emoji_sheets[0] + 1] + [s + v for s, v in zip(emoji_sheets[1:], (raw, gz, zop or gz, br))]
            continue
        print(f"| {name} | {'at start' if at_start else 'when needed'} | {raw:,} | {gz:,} | "
              f"{'-' if zop is None else f'{zop:,}'} | {br:,} |")
    n, raw, gz, zop, br = emoji_sheets
    print(f"| emoji-00..{n - 1:02d}.png ({n} sheets, complete set) | when needed | {raw:,} | {gz:,} | {zop:,} | {br:,} |")
    print(f"| **before the first text frame** (start files) | | **{totals[0]:,}** | **{totals[1]:,}** | "
          f"**{totals[2]:,}** | **{totals[3]:,}** |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
