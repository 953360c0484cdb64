#!/usr/bin/env python3
"""Fills a seed corpus folder for the fuzz targets.

Posts (*.md) are copied whole; spec files (*.txt in md4c's format) are split
into one file per example, their Markdown only; any other file is copied
as it is. Files are named by their content's hash, so running this again adds
nothing twice.

usage: seed_corpus.py OUT_DIR (FILE | DIR)...
"""

import hashlib
import os
import sys

FENCE = "`" * 32


def spec_examples(text):
    """The Markdown of each example in a CommonMark-style spec file."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if lines[i].startswith(FENCE + " example"):
            markdown = []
            i += 1
            while i < len(lines) and lines[i] != ".":
                markdown.append(lines[i])
                i += 1
            yield ("\n".join(markdown) + "\n").replace("\u2192", "\t")
            while i < len(lines) and lines[i] != FENCE:
                i += 1
        i += 1


def write(out_dir, data):
    name = hashlib.sha1(data).hexdigest()
    path = os.path.join(out_dir, name)
    if not os.path.exists(path):
        with open(path, "wb") as f:
            f.write(data)
        return 1
    return 0


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    paths = []
    for arg in sys.argv[2:]:
        if os.path.isdir(arg):
            paths += sorted(os.path.join(arg, f) for f in os.listdir(arg) if os.path.isfile(os.path.join(arg, f)))
        elif os.path.isfile(arg):
            paths.append(arg)
    added = 0
    for path in paths:
        with open(path, "rb") as f:
            data = f.read()
        if path.endswith(".txt") and FENCE.encode() in data:
            for example in spec_examples(data.decode("utf-8")):
                added += write(out_dir, example.encode("utf-8"))
        else:
            added += write(out_dir, data)
    print(f"seed corpus: {added} new file(s) in {out_dir}", file=sys.stderr)


if __name__ == "__main__":
    main()
