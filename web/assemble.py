#!/usr/bin/env python3
"""Finishes a dist/ folder for deployment (run by build-wasm.sh on its staging folder).

    python3 web/assemble.py DIST

- gives the runtime files (the Emscripten glue, the .wasm, every font) content-hashed
  names, so a server or the service worker may cache them forever;
- writes the one loader file clinic-reader.js: the modules under web/ in order,
  with the map of hashed names built in (the loader's own name stays stable: it is
  what a clinic's page links);
- writes sw.js with this build's precache list and version;
- writes runtime-files.txt ("logical-name hashed-name" lines), what
  `clinic-reader bundle` reads to inline the runtime into one HTML file.
"""
import hashlib
import json
import pathlib
import re
import subprocess
import sys

WEB = pathlib.Path(__file__).resolve().parent
# Order matters: each module adds to window.ClinicReader what the next ones use.
LOADER_MODULES = [
    "element/runtime.js",
    "element/images.js",
    "clinic-reader.js",
    "element/styles.js",
    "element/text-layer.js",
    "element/semantic-layer.js",
    "element/reader-element.js",
]


def hashed(dist: pathlib.Path, name: str) -> str:
    path = dist / name
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:10]
    new_name = f"{path.stem}.{digest}{path.suffix}"
    path.rename(path.with_name(new_name))
    return str(pathlib.PurePosixPath(name).with_name(new_name))


def strip_comments(source: str) -> str:
    """Drops what only a reader of the source needs (our own modules only: block
    comments, whole-line // comments, indentation), keeping /*! licence */ ones.
    The loader must stay under 18 KB gzip; the sources stay commented."""
    source = re.sub(r"/\*(?!!)[\s\S]*?\*/\n?", "", source)
    lines = []
    for line in source.splitlines():
        stripped = line.strip()
        if stripped.startswith("//") or not stripped:
            continue
        lines.append(stripped)
    return "\n".join(lines) + "\n"


def minify(source: str) -> str:
    """terser (a dev dependency in package.json) when installed: the loader must
    stay under 18 KB gzip. Without it the comment-stripped source is kept."""
    terser = WEB.parent / "node_modules" / ".bin" / "terser"
    if not terser.exists():
        return source
    result = subprocess.run([str(terser), "--compress", "--mangle", "--comments", "/^!/"], input=source,
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit("assemble: terser failed: " + result.stderr)
    return result.stdout + "\n"


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    dist = pathlib.Path(sys.argv[1])
    runtime = ["clinic-reader-core.js", "clinic-reader-core.wasm"]
    # The glyph files of fonts/fonts.txt (assets/fonts/build_glyphs.py): all get
    # hashed names; those loaded only when a post needs them ("KIND+" lines: the
    # rest of the faces, the complete emoji set) stay out of the precache and
    # of the one-file bundle.
    glyph_lines = [line.split() for line in (dist / "fonts" / "fonts.txt").read_text(encoding="utf-8").splitlines()
                   if line.strip() and not line.startswith("#") and not line.startswith("emoji-data ")]
    runtime += ["fonts/fonts.txt"] + [f"fonts/{f[1]}" for f in glyph_lines if not f[0].endswith("+")]
    lazy = [f"fonts/{f[1]}" for f in glyph_lines if f[0].endswith("+")]
    assets = {name: hashed(dist, name) for name in runtime + lazy}

    parts = [
        "/*! clinic-reader: the <clinic-reader> element and its loader. "
        "Built by build-wasm.sh from the modules in web/element/ and web/clinic-reader.js. */\n"
    ]
    for module in LOADER_MODULES:
        parts.append((WEB / module).read_text(encoding="utf-8"))
    loader = "\n".join(parts)
    marker = "/*@ASSETS*/{}/*ASSETS@*/"
    if marker not in loader:
        raise SystemExit("assemble: the asset marker is missing from web/element/runtime.js")
    loader = loader.replace(marker, json.dumps(assets, separators=(",", ":")))
    # The theme's CSS declarations (build-wasm.sh prints them from src/view/theme_css.cpp).
    theme_file = dist / "theme.json"
    theme = json.loads(theme_file.read_text(encoding="utf-8"))
    theme_file.unlink()
    # The page-level stylesheet for pages that pre-render the article (docs/embedding.md).
    (dist / "clinic-reader.css").write_text(theme.pop("page") + "\n", encoding="utf-8")
    marker = "/*@THEME*/{}/*THEME@*/"
    if marker not in loader:
        raise SystemExit("assemble: the theme marker is missing from web/element/styles.js")
    loader = loader.replace(marker, json.dumps(theme, separators=(",", ":"), ensure_ascii=False))
    # The files loaded at start, [kind, file], for the preload hints.
    if glyph_lines:
        fonts = json.dumps([[f[0], "fonts/" + f[1]] for f in glyph_lines if not f[0].endswith("+")],
                           separators=(",", ":"))
        loader, count = re.subn(r"/\*@FONTS\*/.*?/\*FONTS@\*/", lambda m: fonts, loader, count=1)
        if count != 1:
            raise SystemExit("assemble: the fonts marker is missing from web/element/runtime.js")
    loader = minify(strip_comments(loader))
    (dist / "clinic-reader.js").write_text(loader, encoding="utf-8")

    version = hashlib.sha256((loader + json.dumps(assets)).encode()).hexdigest()[:10]
    precache = ["clinic-reader.js", "clinic-reader.css"] + sorted(v for k, v in assets.items() if k not in lazy)
    sw = (WEB / "sw.js").read_text(encoding="utf-8")
    sw = sw.replace('"@VERSION@"', json.dumps(version)).replace("/*@PRECACHE*/[]", json.dumps(precache))
    (dist / "sw.js").write_text(sw, encoding="utf-8")

    lines = [f"clinic-reader.js clinic-reader.js"] + [f"{k} {v}" for k, v in assets.items() if k not in lazy]
    (dist / "runtime-files.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
