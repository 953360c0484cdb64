"""Emoji sprite atlases: 64 px Noto Emoji images (emoji_data.py) packed into PNG
sheets the reader decodes and draws emoji from, natively and in the browser.

- emoji-posts.png: exactly the emoji the bundled posts use, loaded at start;
- emoji-NN.png: the complete set, 64 sprites a sheet in sprite order, each
  loaded only when a post needs one of its emoji.

Cells are CELL px squares, row-major; the manifest says which sprite each cell
holds. PNG is lossless, so every decoder gives the same pixels.
"""
import math
import os
import shutil
import subprocess

from PIL import Image

CELL = 64
CHUNK = 64  # sprites a sheet of the complete set
POSTS_FILE = "emoji-posts.png"
CHUNK_FILE = "emoji-{:02d}.png"


def write_sheet(data, sprites, path, smallest=False):
    columns = max(1, math.ceil(math.sqrt(len(sprites))))
    rows = max(1, math.ceil(len(sprites) / columns))
    sheet = Image.new("RGBA", (columns * CELL, rows * CELL), (0, 0, 0, 0))
    for i, sprite in enumerate(sprites):
        image = Image.open(data.image_path(sprite)).convert("RGBA")
        if image.size != (CELL, CELL):
            image = image.resize((CELL, CELL), Image.LANCZOS)
        sheet.paste(image, ((i % columns) * CELL, (i // columns) * CELL))
    # Fully transparent pixels carry no colour: zero them so they compress.
    visible = sheet.getchannel("A").point(lambda a: 255 if a else 0)
    sheet = Image.composite(sheet, Image.new("RGBA", sheet.size, (0, 0, 0, 0)), visible)
    sheet.save(path, optimize=True)
    # The start-up sheet counts against the first frame's download: zopflipng
    # (Debian's zopfli) makes it ~13 % smaller, losslessly (same pixels).
    if smallest and shutil.which("zopflipng"):
        subprocess.run(["zopflipng", "-y", "--lossy_transparent", path, path], check=True, capture_output=True)


def ranges_text(sprites):
    """"3,5-9": a sorted sprite list in the manifest's form."""
    out, start = [], None
    for i, s in enumerate(sprites):
        if start is None:
            start = s
        if i + 1 == len(sprites) or sprites[i + 1] != s + 1:
            out.append(str(start) if start == s else f"{start}-{s}")
            start = None
    return ",".join(out)


def write_atlases(data, post_texts, out_dir):
    """Writes the posts' sheet and the complete set; returns (start lines, chunk lines)."""
    used = set()
    for text in post_texts:
        used |= data.sprites_in(text)
    posts = sorted(used)
    start_lines = []
    if posts:
        write_sheet(data, posts, os.path.join(out_dir, POSTS_FILE), smallest=True)
        start_lines.append(f"emoji {POSTS_FILE} {CELL} {ranges_text(posts)}")
    chunk_lines = []
    for n in range(math.ceil(len(data.keys) / CHUNK)):
        sprites = list(range(n * CHUNK, min(len(data.keys), (n + 1) * CHUNK)))
        name = CHUNK_FILE.format(n)
        write_sheet(data, sprites, os.path.join(out_dir, name))
        chunk_lines.append(f"emoji+ {name} {CELL} {ranges_text(sprites)}")
    return start_lines, chunk_lines
