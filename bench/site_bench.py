#!/usr/bin/env python3
"""How long `clinic-reader site` takes on a folder of many posts.

    python3 bench/site_bench.py --cli build/native/clinic-reader [--posts 1000] [--runtime dist]
                                [--rounds 5] [--quick] [--json OUT.json]

The folder is the sample and test posts (assets/posts, tests/posts) copied
until it holds --posts files, each copy under its own slug and keeping its
language suffix (so milia.ko.md and milia.en.md stay pairs). The whole command
is timed, process start to exit (wall and CPU time): reading and linting every post, parsing,
writing each page and its Markdown, the index, feed, sitemap and worker, and
copying the runtime (dist/: 19 MB of fonts; tests/site/runtime, a stand-in of
a few bytes, when there is no dist/). Median of --rounds runs into a fresh folder.
--quick: 100 posts, 1 round (CI checks that it works).
"""
import argparse
import json
import pathlib
import resource
import shutil
import statistics
import subprocess
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def make_posts(folder: pathlib.Path, count: int) -> int:
    sources = sorted(ROOT.glob("assets/posts/*.md")) + sorted(p for p in ROOT.glob("tests/posts/*.md") if p.name != "README.md")
    total = 0
    for i in range(count):
        source = sources[i % len(sources)]
        # "milia.ko.md" -> "milia-0007.ko.md": a slug of its own, the pair kept.
        stem, _, lang = source.stem.rpartition(".") if source.stem.count(".") else (source.stem, "", "")
        name = f"{stem}-{i // len(sources):04d}" + (f".{lang}" if lang else "") + ".md"
        data = source.read_bytes()
        (folder / name).write_bytes(data)
        total += len(data)
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--runtime", default=None)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--json")
    args = parser.parse_args()
    if args.quick:
        args.posts, args.rounds = 100, 1
    runtime = pathlib.Path(args.runtime) if args.runtime else (
        ROOT / "dist" if (ROOT / "dist/runtime-files.txt").exists() else ROOT / "tests/site/runtime")

    with tempfile.TemporaryDirectory(prefix="clinic-site-bench-") as tmp:
        posts = pathlib.Path(tmp) / "posts"
        posts.mkdir()
        post_bytes = make_posts(posts, args.posts)
        times, cpu_times = [], []
        for round_ in range(args.rounds):
            out = pathlib.Path(tmp) / f"out{round_}"
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            result = subprocess.run([args.cli, "site", str(posts), "-o", str(out), "--base-url", "https://clinic.example/",
                                     "--runtime", str(runtime)], capture_output=True, text=True)
            times.append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu_times.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
            if result.returncode not in (0, 1) or "wrote" not in result.stderr:
                raise SystemExit("site_bench: the build failed:\n" + result.stderr[-2000:])
            site_bytes = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
            shutil.rmtree(out)
    median = statistics.median(times)
    cpu = statistics.median(cpu_times)
    print("| posts | Markdown | site written | runtime copied from | wall time (median of %d) | CPU time (user + sys) | per post |"
          % args.rounds)
    print("|---|---|---|---|---|---|---|")
    print(f"| {args.posts} | {post_bytes / 1e6:.1f} MB | {site_bytes / 1e6:.1f} MB | {runtime.relative_to(ROOT) if runtime.is_relative_to(ROOT) else runtime} "
          f"| {median:.2f} s | {cpu:.2f} s | {median / args.posts * 1000:.2f} ms |")
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps({
            "posts": args.posts, "markdown_bytes": post_bytes, "site_bytes": site_bytes, "runtime": str(runtime),
            "rounds": args.rounds, "seconds_median": median, "seconds": times,
            "cpu_seconds_median": cpu, "cpu_seconds": cpu_times}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
