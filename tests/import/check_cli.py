#!/usr/bin/env python3
"""The `import` and `lint` commands as a shell user meets them: files, standard
input and output, and exit statuses (lint: 1 on errors, 0 on warnings only).

usage: check_cli.py CLINIC_READER SEED_TXT
"""
import json
import pathlib
import subprocess
import sys
import tempfile

failures = []


def run(binary, *args, stdin=b""):
    return subprocess.run([binary, *args], input=stdin, capture_output=True, timeout=30)


def check(name, condition, detail=""):
    print(("ok   " if condition else "FAIL ") + name)
    if not condition:
        failures.append(name)
        if detail:
            print("     " + detail.replace("\n", "\n     "))


def main():
    binary, seed = sys.argv[1], pathlib.Path(sys.argv[2])
    seed_bytes = seed.read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)

        imported = run(binary, "import", str(seed))
        check("import FILE exits 0", imported.returncode == 0, imported.stderr.decode())
        check("import FILE writes the post with front matter to stdout",
              imported.stdout.startswith(b"---\ntitle: How to eliminate the bitterness of millet grains\n"))
        from_stdin = run(binary, "import", "-", stdin=seed_bytes)
        check("import - reads standard input", from_stdin.returncode == 0 and from_stdin.stdout == imported.stdout)

        out = tmp / "milia.md"
        written = run(binary, "import", str(seed), "-o", str(out))
        check("import -o FILE exits 0 and prints nothing", written.returncode == 0 and written.stdout == b"")
        check("import -o FILE writes the same post", out.exists() and out.read_bytes() == imported.stdout)

        inspected = run(binary, "inspect", "--json", "-", stdin=imported.stdout)
        outline = json.loads(inspected.stdout)
        check("import | inspect --json - gives 5 questions and 5 cards",
              len(outline["qa"]) == 5 and len(outline["summary"]) == 5 and all(q["answer"] for q in outline["qa"]))

        missing = run(binary, "import", str(tmp / "missing.txt"))
        check("import of a missing file exits 1 with a message", missing.returncode == 1 and b"cannot read" in missing.stderr)
        no_value = run(binary, "import", str(seed), "-o")
        check("import -o without a value fails", no_value.returncode != 0 and b"-o" in no_value.stderr)
        unwritable = run(binary, "import", str(seed), "-o", str(tmp / "no-such-dir" / "x.md"))
        check("import -o into a missing folder exits 1", unwritable.returncode == 1 and b"cannot write" in unwritable.stderr)

        clean = run(binary, "lint", str(out))
        check("lint of the imported seed: exit 0, nothing to say", clean.returncode == 0 and clean.stdout == b"",
              clean.stdout.decode())

        warned = run(binary, "lint", str(seed))
        check("lint with warnings only exits 0", warned.returncode == 0, warned.stdout.decode())
        check("lint prints FILE:LINE: warning: ... [rule]", f"{seed}:1: warning: ".encode() in warned.stdout
              and b"[no-title]" in warned.stdout, warned.stdout.decode())

        bad = tmp / "bad.md"
        bad.write_text("---\ntitle: Bad\n---\n\n[book now](javascript:alert(1))\n\n![](mole.png)\n", encoding="utf-8")
        errored = run(binary, "lint", str(bad))
        check("lint with an error exits 1", errored.returncode == 1, errored.stdout.decode())
        as_json = run(binary, "lint", "--json", str(bad))
        report = json.loads(as_json.stdout)
        check("lint --json exits 1 too", as_json.returncode == 1)
        check("lint --json shape", report["file"] == str(bad) and [
            (d["line"], d["severity"], d["rule"]) for d in report["diagnostics"]
        ] == [(5, "error", "unsafe-target"), (7, "warning", "image-without-alt")]
            and all(isinstance(d["message"], str) and d["message"] for d in report["diagnostics"]),
            as_json.stdout.decode())
        piped = run(binary, "lint", "--json", "-", stdin=bad.read_bytes())
        check("lint - reads standard input", piped.returncode == 1 and json.loads(piped.stdout)["file"] == "<stdin>")
        warnings_json = run(binary, "lint", "--json", str(seed))
        check("lint --json with warnings only exits 0",
              warnings_json.returncode == 0 and json.loads(warnings_json.stdout)["diagnostics"][0]["severity"] == "warning")

        # Saved web pages: the kind told apart by content, --from forcing it.
        page = pathlib.Path(__file__).parent / "pages" / "en-wordpress.html"
        from_page = run(binary, "import", str(page))
        check("import PAGE.html reads it as a page", from_page.returncode == 0 and from_page.stdout.startswith(
            b"---\ntitle: Rosacea Flare-Ups: What Sets Them Off and How to Calm Them\n"), from_page.stderr.decode())
        piped_page = run(binary, "import", "-", stdin=page.read_bytes())
        check("import - tells a page from text too", piped_page.stdout == from_page.stdout)
        as_text = run(binary, "import", "--from", "text", str(page))
        check("import --from text keeps the markup as text", as_text.returncode == 0 and b"&lt;" not in as_text.stdout
              and b"\\<article" in as_text.stdout, as_text.stdout[:300].decode(errors="replace"))
        forced = run(binary, "import", "--from", "html", str(seed))
        check("import --from html reads text as a page body", forced.returncode == 0 and b"millet grains" in forced.stdout)
        bogus = run(binary, "import", "--from", "pdf", str(page))
        check("import --from with an unknown kind fails", bogus.returncode != 0 and b"--from" in bogus.stderr)
        empty_page = tmp / "empty.html"
        empty_page.write_text("<!doctype html><html><head><title>x</title></head><body><nav>Home</nav></body></html>")
        no_text = run(binary, "import", str(empty_page))
        check("import of a page without text exits 1 with a message",
              no_text.returncode == 1 and b"no post text" in no_text.stderr and no_text.stdout == b"")
        based = run(binary, "import", "--url", "https://c.example/blog/p.html", "-", stdin=b"<article><p>"
                    b"A paragraph long enough to be the article, with an image after it.</p><img src='i.png' alt='x'>")
        check("import --url makes a page's sources absolute", b"](https://c.example/blog/i.png)" in based.stdout,
              based.stdout.decode(errors="replace"))

        usage = run(binary, "lint")
        check("lint without FILE fails", usage.returncode != 0 and b"missing FILE" in usage.stderr)
        unknown = run(binary, "lint", "--yaml", str(bad))
        check("lint with an unknown option fails", unknown.returncode != 0 and b"unknown option" in unknown.stderr)
    print(f"{len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
