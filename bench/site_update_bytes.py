#!/usr/bin/env python3
"""What a returning visitor of a `clinic-reader site` downloads after a rebuild.

    python3 bench/site_update_bytes.py --cli build/native/clinic-reader [--posts 1000] [--runtime dist]

Builds --posts posts (bench/site_bench.py's folder: the sample and test posts
copied under their own slugs), edits one paragraph of one post (not its first
sentence: its description, and so the index, stay the same) and builds again.
The site's sw.js lists every precached file with its revision; its new worker
downloads sw.js and each file whose revision changed, once per revision
(web/sw.js), and copies the rest from the old cache. Printed: those bytes, raw
and gzip-compressed (as a server would send them), beside what the whole
precache weighs (every file downloaded again, which a new version cost before
revisions). A second row adds a new post as well (the index changes then).
"""
import argparse
import gzip
import json
import pathlib
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from site_bench import ROOT, make_posts  # noqa: E402


def build(cli, posts, out, runtime):
    result = subprocess.run([cli, "site", posts, "-o", out, "--runtime", runtime, "--base-url", "https://clinic.example/"],
                            capture_output=True, text=True)
    if result.returncode not in (0, 1):
        sys.exit(result.stderr)
    worker = (out / "sw.js").read_text(encoding="utf-8")
    return dict(json.loads(re.search(r"^const PRECACHE = (\[.*\]);$", worker, re.M).group(1)))


def weigh(out, paths):
    raw = packed = 0
    for path in paths:
        data = (out / (path or "index.html")).read_bytes()
        raw += len(data)
        packed += len(gzip.compress(data, 6))
    return raw, packed


def downloads(before, after):
    seen, paths = set(), []
    for path, revision in after.items():
        kind = "html" if path == "" else path.rsplit(".", 1)[-1]
        if before.get(path) == revision or (revision, kind) in seen:
            continue
        seen.add((revision, kind))
        paths.append(path)
    return paths + ["sw.js"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--runtime", default=str(ROOT / "dist"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="clinic-site-update-") as tmp:
        posts, out = pathlib.Path(tmp) / "posts", pathlib.Path(tmp) / "site"
        posts.mkdir()
        make_posts(posts, args.posts)
        first = build(args.cli, posts, out, args.runtime)
        whole = weigh(out, list(first) + ["sw.js"])
        edited = posts / "milia-0000.en.md"
        text = edited.read_text(encoding="utf-8")
        edited.write_text(text.replace("Milia are small, firm", "Milia are tiny, firm"), encoding="utf-8")
        second = build(args.cli, posts, out, args.runtime)
        one_edit = downloads(first, second)
        edit_bytes = weigh(out, one_edit)
        (posts / "added.md").write_text("---\ntitle: Added\ndate: 2027-01-01\n---\n\nA new post.\n", encoding="utf-8")
        third = build(args.cli, posts, out, args.runtime)
        with_added = downloads(second, third)
        added_bytes = weigh(out, with_added)
    print(f"{args.posts} posts; the whole precache (what every new version cost before): "
          f"{len(first) + 1} files, {whole[0]:,} bytes ({whole[1]:,} gzip)")
    print(f"one post edited: {len(one_edit)} files ({', '.join(p or '/' for p in one_edit)}): "
          f"{edit_bytes[0]:,} bytes ({edit_bytes[1]:,} gzip)")
    print(f"then one post added: {len(with_added)} files ({', '.join(p or '/' for p in with_added)}): "
          f"{added_bytes[0]:,} bytes ({added_bytes[1]:,} gzip)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
