#!/usr/bin/env python3
"""`clinic-reader site` on a folder of posts, checked from the outside.

    python3 tests/site/check_site.py CLINIC_READER

Builds tests/site/posts (a Korean/English pair by file name, a pair by
`translation:`, posts with Q&A, a post with a lint error, an undated post, a
.txt file) with the stand-in runtime tests/site/runtime, then reads what was
written: the index, each page, the Markdown beside it, sitemap.xml, feed.xml,
the runtime under reader/ and sw.js. Then bad input. Expected values are
written here by hand; the article inside each page is compared with what
`clinic-reader html` prints for the same file (the page must hold exactly that).
"""
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from urllib.parse import quote

HERE = pathlib.Path(__file__).resolve().parent
POSTS = HERE / "posts"
RUNTIME = HERE / "runtime"
BASE = "https://clinic.example/blog/"
CLI = None  # set in main

# Newest first; the two 2026-09-02 posts and the two 2026-06-15 posts by title; undated last.
EXPECTED_ORDER = [
    ("Dark Spots After Summer", "posts/spots.en.html"),
    ("여름이 지나고 생긴 잡티", "posts/spots.ko.html"),
    ("Sunscreen Every Day", "posts/sun-care.html"),
    ("매일 바르는 선크림", "posts/" + quote("선크림") + ".html"),
    ("A Post With a Broken Link", "posts/unsafe-link.html"),
    ("Clinic Opening Hours", "posts/undated.html"),
]
SLUGS = ["spots.en", "spots.ko", "sun-care", "선크림", "unsafe-link", "undated"]


def run(*args, cwd=None):
    return subprocess.run([CLI, *map(str, args)], capture_output=True, text=True, cwd=cwd)


def url(slug):
    return BASE + "posts/" + quote(slug) + ".html"


class Page(HTMLParser):
    """The parts of a page the checks read: links, metas, JSON-LD, index entries."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.links, self.metas, self.json_ld, self.entries, self.scripts = [], [], [], [], []
        self._in_h2_link = None
        self._in_json = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "link":
            self.links.append(a)
        elif tag == "meta":
            self.metas.append(a)
        elif tag == "script":
            self.scripts.append(a)
            self._in_json = a.get("type") == "application/ld+json"
            if self._in_json:
                self.json_ld.append("")
        elif tag == "a" and self.lasttag_h2:
            self._in_h2_link = [a.get("href"), ""]
        self.lasttag_h2 = tag == "h2"

    lasttag_h2 = False

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_json = False
        if tag == "a" and self._in_h2_link:
            self.entries.append((self._in_h2_link[1], self._in_h2_link[0]))
            self._in_h2_link = None

    def handle_data(self, data):
        if self._in_json:
            self.json_ld[-1] += data
        if self._in_h2_link:
            self._in_h2_link[1] += data

    def meta(self, key):
        return [m.get("content") for m in self.metas if m.get("property") == key or m.get("name") == key]

    def link(self, rel):
        return [l for l in self.links if l.get("rel") == rel]


def sw_declarations(script):
    version = re.search(r'^const VERSION = "([^"]+)";$', script, re.M).group(1)
    precache = json.loads(re.search(r"^const PRECACHE = (\[.*\]);$", script, re.M).group(1))
    return version, precache


class BuiltSite(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = pathlib.Path(tempfile.mkdtemp(prefix="clinic-site-"))
        cls.out = cls.tmp / "out"
        cls.result = run("site", POSTS, "-o", cls.out, "--base-url", BASE.rstrip("/"), "--title", "Clear Skin Blog",
                         "--runtime", RUNTIME)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def read(self, path):
        return (self.out / path).read_text(encoding="utf-8")

    def test_exit_status_and_messages(self):
        err = self.result.stderr
        self.assertEqual(self.result.returncode, 1, "a post with lint errors makes the build fail: " + err)
        self.assertIn("unsafe-link.md:7: error:", err)
        self.assertIn("[unsafe-target]", err)
        self.assertIn("skipping notes.txt: not a post", err)
        self.assertIn("wrote 6 posts", err)
        self.assertIn("1 with lint errors", err)

    def test_index_lists_every_post_newest_first(self):
        index = Page(self.read("index.html"))
        self.assertEqual(index.entries, [(title, href) for title, href in EXPECTED_ORDER])
        text = self.read("index.html")
        self.assertIn("<title>Clear Skin Blog</title>", text)
        # date, language, description (the first sentence after the greeting, or the summary), tags
        self.assertIn('<time datetime="2026-09-02">2026-09-02</time> · English · pigmentation, sunscreen', text)
        self.assertIn("<p>Dark spots often appear after a sunny summer.</p>", text)
        self.assertIn("<p>여름이 지나면 얼굴에 잡티가 생기기 쉽습니다.</p>", text)
        self.assertIn("<p>Why sunscreen belongs in every morning routine, even on cloudy days.</p>", text)
        self.assertIn('href="reader/clinic-reader.css"', text, "the reader's look, from the runtime's stylesheet")
        self.assertNotIn("clinic-reader.js", text, "the index is plain HTML: no loader")
        self.assertIn('<script src="offline.js" defer>', text)

    def test_each_page_holds_the_article_clinic_reader_html_writes(self):
        for slug in SLUGS:
            page = self.read(f"posts/{slug}.html")
            m = re.search(r'<clinic-reader src="([^"]+)">\n(.*?)</clinic-reader>', page, re.S)
            self.assertIsNotNone(m, slug)
            self.assertEqual(m.group(1), quote(slug) + ".md")
            expected = run("html", POSTS / f"{slug}.md").stdout
            self.assertTrue(expected.startswith("<article"), slug)
            self.assertEqual(m.group(2), expected, slug)
            # the Markdown beside the page, as written
            self.assertEqual((self.out / "posts" / f"{slug}.md").read_bytes(), (POSTS / f"{slug}.md").read_bytes())
            self.assertIn('<script src="../reader/clinic-reader.js" async></script>', page)
            self.assertIn('<link rel="stylesheet" href="../reader/clinic-reader.css">', page)

    def test_metadata(self):
        page = Page(self.read("posts/spots.en.html"))
        self.assertEqual([l["href"] for l in page.link("canonical")], [url("spots.en")])
        self.assertEqual(page.meta("og:url"), [url("spots.en")])
        self.assertEqual(page.meta("og:title"), ["Dark Spots After Summer"])
        self.assertEqual(page.meta("og:type"), ["article"])
        self.assertEqual(page.meta("description"), ["Dark spots often appear after a sunny summer."])
        self.assertEqual(page.meta("article:tag"), ["pigmentation", "sunscreen"])
        self.assertIn("<title>Dark Spots After Summer</title>", self.read("posts/spots.en.html"))

    def test_hreflang_between_a_posts_languages(self):
        pairs = {"spots.en": ("spots.ko", "ko"), "spots.ko": ("spots.en", "en"),  # NAME.LANG.md
                 "sun-care": ("선크림", "ko"), "선크림": ("sun-care", "en")}       # translation: sunscreen
        own = {"spots.en": "en", "spots.ko": "ko", "sun-care": "en", "선크림": "ko"}
        for slug, (other, lang) in pairs.items():
            alternates = {l["hreflang"]: l["href"] for l in Page(self.read(f"posts/{slug}.html")).link("alternate")
                          if "hreflang" in l}
            self.assertEqual(alternates, {own[slug]: url(slug), lang: url(other)}, slug)
        for slug in ["unsafe-link", "undated"]:
            self.assertFalse([l for l in Page(self.read(f"posts/{slug}.html")).link("alternate") if "hreflang" in l])

    def test_faq_json_ld_when_the_post_has_questions(self):
        ld = [json.loads(s) for s in Page(self.read("posts/spots.en.html")).json_ld]
        self.assertEqual(len(ld), 1)
        self.assertEqual(ld[0]["@type"], "FAQPage")
        self.assertEqual([q["name"] for q in ld[0]["mainEntity"]],
                         ["Do dark spots fade on their own?", "When should I see a dermatologist?"])
        self.assertEqual(ld[0]["mainEntity"][1]["acceptedAnswer"]["text"], "When a spot grows, changes colour or bleeds.")
        ko = [json.loads(s) for s in Page(self.read("posts/spots.ko.html")).json_ld]
        self.assertEqual([q["name"] for q in ko[0]["mainEntity"]], ["잡티는 저절로 없어지나요?"])
        self.assertEqual(Page(self.read("posts/sun-care.html")).json_ld, [])

    def test_sitemap(self):
        ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
        root = ET.parse(self.out / "sitemap.xml").getroot()
        locs = [u.find("s:loc", ns).text for u in root.findall("s:url", ns)]
        self.assertEqual(locs, [BASE] + [BASE + href for _, href in EXPECTED_ORDER])
        spots = root.findall("s:url", ns)[1]
        self.assertEqual(spots.find("s:lastmod", ns).text, "2026-09-02")
        self.assertEqual({l.get("hreflang"): l.get("href") for l in spots.findall("x:link", ns)},
                         {"en": url("spots.en"), "ko": url("spots.ko")})

    def test_atom_feed(self):
        ns = {"a": "http://www.w3.org/2005/Atom"}
        root = ET.parse(self.out / "feed.xml").getroot()
        self.assertEqual(root.tag, "{http://www.w3.org/2005/Atom}feed")
        self.assertEqual(root.find("a:title", ns).text, "Clear Skin Blog")
        self.assertEqual(root.find("a:updated", ns).text, "2026-09-02T00:00:00Z")
        self.assertEqual([l.get("href") for l in root.findall("a:link", ns) if l.get("rel") == "self"], [BASE + "feed.xml"])
        entries = root.findall("a:entry", ns)
        # every dated post; the undated one cannot be an entry
        self.assertEqual([e.find("a:id", ns).text for e in entries], [BASE + href for _, href in EXPECTED_ORDER[:5]])
        first = entries[0]
        self.assertEqual(first.find("a:title", ns).text, "Dark Spots After Summer")
        self.assertEqual(first.find("a:published", ns).text, "2026-09-02T00:00:00Z")
        self.assertEqual(first.find("a:author/a:name", ns).text, "Han Ji-woo")
        self.assertEqual(first.find("a:summary", ns).text, "Dark spots often appear after a sunny summer.")
        self.assertEqual([c.get("term") for c in first.findall("a:category", ns)], ["pigmentation", "sunscreen"])

    def test_the_runtime_once_under_reader(self):
        reader = self.out / "reader"
        for name in ["clinic-reader.js", "clinic-reader.css", "clinic-reader-core.0123456789.js",
                     "clinic-reader-core.abcdef0123.wasm", "clinic-reader-core.abcdef0123.wasm.gz",
                     "fonts/fonts.1111111111.txt", "fonts/chunk.2222222222.otf", "licenses/md4c-LICENSE.md"]:
            self.assertEqual((reader / name).read_bytes(), (RUNTIME / name).read_bytes(), name)
        for name in ["index.html", "demo-offline.html", "sw.js", "runtime-files.txt"]:
            self.assertFalse((reader / name).exists(), name + " is not the runtime")

    def test_service_worker_precaches_the_runtime_and_every_page(self):
        script = self.read("sw.js")
        version, entries = sw_declarations(script)
        self.assertTrue(version.startswith("0000000001-"), version)
        # [path, revision]: the revision is a hash of the file's bytes (16 hex digits)
        self.assertTrue(all(len(e) == 2 and re.fullmatch(r"[0-9a-f]{16}", e[1]) for e in entries), entries)
        precache = [path for path, _ in entries]
        self.assertEqual(precache[:5], ["reader/clinic-reader.js", "reader/clinic-reader.css",
                                        "reader/clinic-reader-core.abcdef0123.wasm",
                                        "reader/clinic-reader-core.0123456789.js", "reader/fonts/fonts.1111111111.txt"])
        for name in ["", "index.html", "offline.js"] + [f"posts/{s}.html" for s in SLUGS] + [f"posts/{s}.md" for s in SLUGS]:
            self.assertIn(name, precache)
        self.assertNotIn("feed.xml", precache)
        revisions = dict(entries)
        self.assertEqual(revisions[""], revisions["index.html"], "the root is index.html")
        self.assertEqual(len({revisions[f"posts/{s}.md"] for s in SLUGS}), len(SLUGS), "different bytes, different revisions")
        # the runtime's code, unchanged
        self.assertIn('const scope = new URL("./", self.location.href);\nself.addEventListener("fetch", () => {});\n', script)
        offline = self.read("offline.js")
        self.assertIn('navigator.serviceWorker.register(new URL("sw.js", document.currentScript.src))', offline)
        for slug in SLUGS:
            self.assertIn('<script src="../offline.js" defer></script>', self.read(f"posts/{slug}.html"))


class Rebuilds(unittest.TestCase):
    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="clinic-site-"))
        self.posts = self.tmp / "posts"
        shutil.copytree(POSTS, self.posts)
        self.out = self.tmp / "out"

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def build(self, *extra):
        result = run("site", self.posts, "-o", self.out, "--runtime", RUNTIME, *extra)
        self.assertGreaterEqual(result.returncode, 0, result.stderr)
        return result

    def version(self):
        return sw_declarations((self.out / "sw.js").read_text(encoding="utf-8"))[0]

    def test_the_version_changes_with_any_post_and_only_then(self):
        self.build()
        first = self.version()
        self.build()
        self.assertEqual(self.version(), first, "the same posts: the same worker")
        path = self.posts / "undated.md"
        path.write_text(path.read_text(encoding="utf-8").replace("nine to six", "nine to seven"), encoding="utf-8")
        self.build()
        self.assertNotEqual(self.version(), first)

    def revisions(self):
        return dict(sw_declarations((self.out / "sw.js").read_text(encoding="utf-8"))[1])

    def test_an_edit_changes_the_revisions_of_the_files_it_changed_and_no_other(self):
        self.build()
        before = self.revisions()
        path = self.posts / "undated.md"
        path.write_text(path.read_text(encoding="utf-8").replace("nine to six", "nine to seven"), encoding="utf-8")
        (self.posts / "added.md").write_text("---\ntitle: Added\ndate: 2026-10-01\n---\n\nA new post.\n", encoding="utf-8")
        self.build()
        after = self.revisions()
        changed = sorted(p for p in after if before.get(p) != after[p])
        # the index lists the new post (its description of the edited one is unchanged: the edit is further down)
        self.assertEqual(changed, ["", "index.html", "posts/added.html", "posts/added.md", "posts/undated.html", "posts/undated.md"])
        self.assertEqual(set(before) - set(after), set())

    def test_a_removed_post_leaves_the_site(self):
        self.build()
        self.assertTrue((self.out / "posts/undated.html").exists())
        (self.posts / "undated.md").unlink()
        self.build()
        self.assertFalse((self.out / "posts/undated.html").exists())
        self.assertFalse((self.out / "posts/undated.md").exists())
        self.assertNotIn("undated", (self.out / "index.html").read_text(encoding="utf-8"))

    def test_without_a_base_url(self):
        result = self.build()
        self.assertIn("no --base-url", result.stderr)
        self.assertFalse((self.out / "sitemap.xml").exists())
        self.assertFalse((self.out / "feed.xml").exists())
        page = Page((self.out / "posts/spots.en.html").read_text(encoding="utf-8"))
        self.assertEqual(page.link("canonical"), [])
        self.assertEqual({l["hreflang"]: l["href"] for l in page.link("alternate") if "hreflang" in l},
                         {"en": "spots.en.html", "ko": "spots.ko.html"})


class PostFiles(unittest.TestCase):
    """The files posts link to beside themselves: copied to the same place under posts/."""

    POST = ("---\ntitle: Milia\ndate: 2026-01-02\n---\n\n# Milia\n\nThe first paragraph.\n\n"
            "![A milium on the cheek](images/milia-1.jpg)\n\n"                   # line 10
            "![Before and after](./photo.png)\n\n"                               # line 12
            "Read [the leaflet](docs/leaflet%20en.pdf) or [a post](other.md).\n\n"  # line 14
            "![A secret](../../etc/passwd)\n\n"                                  # line 16
            "![From the root](/images/root.png) and [elsewhere](https://clinic.example/x.pdf) [here](#top)\n\n"
            "![Not there](images/missing.png)\n\n"                               # line 20
            "![Again](images/milia-1.jpg)\n")

    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="clinic-site-"))
        self.posts = self.tmp / "posts"
        (self.posts / "images").mkdir(parents=True)
        (self.posts / "docs").mkdir()
        (self.posts / "milia.md").write_text(self.POST, encoding="utf-8")
        (self.posts / "other.md").write_text("---\ntitle: Other\ncover: images/cover.png\n---\n\nText.\n", encoding="utf-8")
        for name, data in [("images/milia-1.jpg", b"JPEG"), ("photo.png", b"PNG"), ("docs/leaflet en.pdf", b"PDF"),
                           ("images/cover.png", b"COVER"), ("images/unused.png", b"UNUSED"), ("notes.txt", b"notes")]:
            (self.posts / name).write_bytes(data)
        self.out = self.tmp / "out"

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def build(self, *extra):
        return run("site", self.posts, "-o", self.out, "--runtime", RUNTIME, *extra)

    def files(self):
        return sorted(str(p.relative_to(self.out / "posts")) for p in (self.out / "posts").rglob("*") if p.is_file())

    def test_what_posts_reference_is_copied_beside_their_pages(self):
        result = self.build("--base-url", BASE)
        self.assertEqual(result.returncode, 0, "warnings only: " + result.stderr)
        self.assertEqual(self.files(), ["docs/leaflet en.pdf", "images/cover.png", "images/milia-1.jpg", "milia.html",
                                        "milia.md", "other.html", "other.md", "photo.png"])
        self.assertEqual((self.out / "posts/images/milia-1.jpg").read_bytes(), b"JPEG")
        # the page keeps the post's own URLs, which resolve to the copies from posts/milia.html and posts/milia.md
        page = self.read_page("milia")
        self.assertIn('src="images/milia-1.jpg"', page)
        self.assertIn('src="./photo.png"', page)

    def read_page(self, slug):
        return (self.out / "posts" / f"{slug}.html").read_text(encoding="utf-8")

    def test_what_cannot_be_copied_is_reported_with_its_line(self):
        err = self.build().stderr
        post = str(self.posts / "milia.md")
        self.assertIn(f"{post}:16: warning: the image ../../etc/passwd is not copied to the site: it leads outside the posts folder [site-file]", err)
        self.assertIn(f"{post}:18: warning: the image /images/root.png is not copied to the site: a path from the server's root", err)
        self.assertIn(f"{post}:20: warning: the image images/missing.png is not copied to the site: {self.posts / 'images/missing.png'} is missing", err)
        self.assertEqual(err.count("[site-file]"), 3, "remote links, fragments, other posts and a second use are fine: " + err)
        self.assertIn("3 referenced files not copied", err)
        self.assertIn("skipping notes.txt: not a post (posts are .md files), and no post links to it", err)
        self.assertNotIn("skipping images", err)
        self.assertTrue((self.out / "posts/milia.html").exists(), "the page is built all the same")

    def test_a_symbolic_link_out_of_the_folder_is_not_followed(self):
        (self.tmp / "private.png").write_bytes(b"PRIVATE")
        os.symlink(self.tmp / "private.png", self.posts / "images/linked.png")
        (self.posts / "milia.md").write_text(self.POST + "\n![Linked](images/linked.png)\n", encoding="utf-8")
        err = self.build().stderr
        self.assertIn("the image images/linked.png is not copied to the site: it leads outside the posts folder", err)
        self.assertFalse((self.out / "posts/images/linked.png").exists())

    def test_a_picture_no_post_shows_any_more_leaves_the_site(self):
        self.build()
        self.assertTrue((self.out / "posts/photo.png").exists())
        (self.posts / "milia.md").write_text(self.POST.replace("![Before and after](./photo.png)", "")
                                             .replace("[the leaflet](docs/leaflet%20en.pdf)", "the leaflet"), encoding="utf-8")
        self.build()
        self.assertFalse((self.out / "posts/photo.png").exists())
        self.assertFalse((self.out / "posts/docs").exists(), "an emptied folder goes too")
        self.assertTrue((self.out / "posts/images/milia-1.jpg").exists())

    def test_og_image_is_the_cover_else_the_first_image_absolute(self):
        self.build("--base-url", BASE)
        self.assertEqual(Page(self.read_page("milia")).meta("og:image"), [BASE + "posts/images/milia-1.jpg"])
        self.assertEqual(Page(self.read_page("other")).meta("og:image"), [BASE + "posts/images/cover.png"])
        self.build()
        self.assertEqual(Page(self.read_page("milia")).meta("og:image"), [], "no absolute URL without --base-url")


class BadInput(unittest.TestCase):
    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="clinic-site-"))
        self.posts = self.tmp / "posts"
        self.posts.mkdir()
        self.out = self.tmp / "out"

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def post(self, name, text):
        (self.posts / name).write_text(text, encoding="utf-8")

    def build(self, *args):
        result = run("site", *(args or (self.posts, "-o", self.out, "--runtime", RUNTIME)))
        self.assertIn(result.returncode, (0, 1, 2), "no crash: " + result.stderr)
        return result

    def test_empty_folder(self):
        result = self.build()
        self.assertEqual(result.returncode, 1)
        self.assertIn("no posts", result.stderr)
        self.assertFalse((self.out / "index.html").exists())

    def test_not_a_folder(self):
        result = self.build(POSTS / "spots.en.md", "-o", self.out, "--runtime", RUNTIME)
        self.assertEqual(result.returncode, 1)
        self.assertIn("is not a folder", result.stderr)

    def test_only_files_that_are_not_posts(self):
        self.post("readme.txt", "hello")
        result = self.build()
        self.assertEqual(result.returncode, 1)
        self.assertIn("skipping readme.txt", result.stderr)
        self.assertIn("no posts", result.stderr)

    def test_duplicate_slugs(self):
        self.post("a.md", "---\ntitle: First\nslug: same\n---\n\nText.\n")
        self.post("b.md", "---\ntitle: Second\nslug: same\n---\n\nText.\n")
        result = self.build()
        self.assertEqual(result.returncode, 1)
        self.assertIn("b.md has the slug 'same' of a.md", result.stderr)
        self.assertIn("<title>First</title>", (self.out / "posts/same.html").read_text(encoding="utf-8"))

    def test_a_slug_that_is_no_file_name(self):
        self.post("a.md", "---\ntitle: Escape\nslug: sub/outside\n---\n\nText.\n")
        self.post("b.md", "---\ntitle: Fine\n---\n\nText.\n")
        result = self.build()
        self.assertEqual(result.returncode, 1)
        self.assertIn("a.md: a slug may not hold '/'", result.stderr)
        self.assertFalse((self.out / "posts/sub").exists())
        self.assertTrue((self.out / "posts/b.html").exists())

    def test_unreadable_file(self):
        os.symlink(self.tmp / "nowhere.md", self.posts / "gone.md")  # unreadable even as root
        self.post("fine.md", "---\ntitle: Fine\n---\n\nText.\n")
        result = self.build()
        self.assertEqual(result.returncode, 1)
        self.assertIn("cannot read", result.stderr)
        self.assertIn("gone.md", result.stderr)
        self.assertTrue((self.out / "posts/fine.html").exists(), "the other posts are built")

    def test_malformed_front_matter(self):
        self.post("open.md", "---\ntitle: Never closed\n\nThe body.\n")
        self.post("odd.md", "---\ntitle: Odd\nthis line is not yaml\n---\n\nText.\n")
        result = self.build()
        self.assertEqual(result.returncode, 1)
        self.assertIn("open.md:1: error:", result.stderr)
        self.assertIn("[front-matter-unterminated]", result.stderr)
        self.assertIn("odd.md:3: warning:", result.stderr)
        self.assertTrue((self.out / "posts/open.html").exists(), "reported, and built as the reader shows it")

    def test_not_utf8(self):
        (self.posts / "latin1.md").write_bytes(b"---\ntitle: Caf\xe9\n---\n\nCaf\xe9 au lait.\n")
        result = self.build()
        self.assertEqual(result.returncode, 1)
        self.assertIn("[invalid-utf8]", result.stderr)
        self.assertIn("Caf\ufffd", (self.out / "posts/latin1.html").read_text(encoding="utf-8"))

    def test_no_runtime(self):
        self.post("a.md", "# A\n\nText.\n")
        result = self.build(self.posts, "-o", self.out, "--runtime", self.tmp / "missing")
        self.assertEqual(result.returncode, 1)
        self.assertIn("no reader runtime in", result.stderr)

    def test_usage(self):
        self.post("a.md", "# A\n\nText.\n")
        self.assertIn("missing -o", self.build(self.posts, "--runtime", RUNTIME).stderr)
        result = self.build(self.posts, "-o", self.out, "--runtime", RUNTIME, "--base-url", "clinic.example")
        self.assertIn("--base-url takes an absolute http(s) URL", result.stderr)
        self.assertIn("missing FILE", self.build("-o", self.out, "--runtime", RUNTIME).stderr)


def main():
    global CLI
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    CLI = str(pathlib.Path(sys.argv[1]).resolve())
    program = unittest.main(argv=[sys.argv[0], *sys.argv[2:]], exit=False, verbosity=1)
    return 0 if program.result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
