#!/usr/bin/env python3
"""Saved web pages imported: `clinic-reader import PAGE.html`, then read back with
`inspect --json` and `html --plain`, against expectations written by hand from
each page in tests/import/pages:

  NAME.html            the saved page
  NAME.expected.json   title, author, date, lang, qa, summary, tags, images ({alt, src});
                       "url": the page's address, passed as --url (optional)
  NAME.article.txt     the article's text marked by hand, one piece per line, in the
                       page's order: each must appear, in this order, in the post's text
  NAME.chrome.txt      strings of the page's chrome (menus, counters, share buttons,
                       comments, footer), one per line: none may appear in the post

None of these comes from the importer or its vocabulary.

usage: check_pages.py CLINIC_READER PAGES_DIR
"""
import html.parser
import json
import pathlib
import re
import subprocess
import sys

failures = []


def check(name, condition, detail=""):
    print(("ok   " if condition else "FAIL ") + name)
    if not condition:
        failures.append(name)
        if detail:
            print("     " + detail.replace("\n", "\n     "))


BLOCKS = {"p", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "table", "br", "div",
          "img", "blockquote", "pre", "hr", "thead", "tbody"}


class TextAndImages(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.text, self.images = [], []

    def handle_starttag(self, tag, attrs):
        if tag == "img":
            a = dict(attrs)
            self.images.append({"alt": a.get("alt", ""), "src": a.get("src", "")})
        if tag in BLOCKS:
            self.text.append(" ")

    def handle_endtag(self, tag):
        if tag in BLOCKS:
            self.text.append(" ")

    def handle_data(self, data):
        self.text.append(data)


def normal(s):
    return re.sub(r"\s+", " ", s).strip()


def lines_of(path):
    return [l.strip() for l in path.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]


def front_matter_tags(markdown):
    m = re.search(r"^tags: \[(.*)\]$", markdown.split("\n---\n")[0], re.M)
    if not m:
        return []
    return [t.strip().strip('"') for t in m.group(1).split(",") if t.strip()]


def run(binary, *args, stdin=None):
    return subprocess.run([binary, *args], input=stdin, capture_output=True, timeout=30)


def check_page(binary, page):
    name = page.stem
    expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
    args = ["import", str(page)] + (["--url", expected["url"]] if "url" in expected else [])
    imported = run(binary, *args)
    check(f"{name}: import exits 0", imported.returncode == 0, imported.stderr.decode(errors="replace"))
    markdown = imported.stdout.decode("utf-8")
    outline = json.loads(run(binary, "inspect", "--json", "-", stdin=imported.stdout).stdout)
    for key in ("title", "author", "date", "lang", "qa", "summary"):
        if key in expected:
            check(f"{name}: {key}", outline.get(key) == expected[key],
                  f"expected {json.dumps(expected[key], ensure_ascii=False)}\n"
                  f"actual   {json.dumps(outline.get(key), ensure_ascii=False)}")
    if "tags" in expected:
        tags = front_matter_tags(markdown)
        check(f"{name}: tags", tags == expected["tags"], f"actual {tags}")

    reader = TextAndImages()
    reader.feed(run(binary, "html", "--plain", "-", stdin=imported.stdout).stdout.decode("utf-8"))
    text = normal("".join(reader.text))
    for image in expected.get("images", []):
        check(f"{name}: image {image['alt']!r}", image in reader.images, f"images: {reader.images}")

    # The whole article, in order: the title and every hand-marked piece.
    whole = normal(outline["title"] or "") + " " + text
    at = 0
    for piece in lines_of(page.with_name(name + ".article.txt")):
        found = whole.find(normal(piece), at)
        check(f"{name}: article text in order: {piece[:40]}", found >= 0,
              f"not found after offset {at}; the post's text from there:\n{whole[at:at + 300]}")
        if found >= 0:
            at = found + len(normal(piece))
    for chrome in lines_of(page.with_name(name + ".chrome.txt")):
        check(f"{name}: no chrome: {chrome}", chrome not in markdown and chrome not in text)


def main():
    binary, pages = sys.argv[1], pathlib.Path(sys.argv[2])
    found = sorted(pages.glob("*.html"))
    check("at least four test pages", len(found) >= 4)
    for page in found:
        check_page(binary, page)
    print(f"{len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
