#!/usr/bin/env python3
"""Recognition acceptance: `clinic-reader inspect --json` on every tests/posts/NAME.md
must give exactly what NAME.expected.json (written by hand from the post's text) says.

With --import, each case is a plain-text NAME.txt instead, read as
`clinic-reader import NAME.txt | clinic-reader inspect --json -` (tests/import/posts).

usage: check_corpus.py [--import] CLINIC_READER [POSTS_DIR]
"""
import json
import pathlib
import subprocess
import sys

COMPARED = ("title", "author", "lang", "sections", "qa", "summary")


def actual_of(binary, post, import_first=False):
    if import_first:
        imported = subprocess.run([binary, "import", str(post)], capture_output=True, timeout=30)
        if imported.returncode != 0:
            raise RuntimeError(f"import exit {imported.returncode}: {imported.stderr.decode(errors='replace')}")
        run = subprocess.run([binary, "inspect", "--json", "-"], input=imported.stdout, capture_output=True, timeout=30)
    else:
        run = subprocess.run([binary, "inspect", "--json", str(post)], capture_output=True, timeout=30)
    if run.returncode != 0:
        raise RuntimeError(f"exit {run.returncode}: {run.stderr.decode(errors='replace')}")
    data = json.loads(run.stdout)
    # Anchor ids are not part of the expectation.
    data["sections"] = [{"heading": s["heading"], "kind": s["kind"]} for s in data["sections"]]
    return data


def differences(expected, actual):
    out = []
    for key in COMPARED:
        if key in expected and expected[key] != actual.get(key):
            out.append(f"  {key}:\n    expected {json.dumps(expected[key], ensure_ascii=False)}\n"
                       f"    actual   {json.dumps(actual.get(key), ensure_ascii=False)}")
    return out


def main():
    import_first = "--import" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--import"]
    binary = args[0]
    posts = pathlib.Path(args[1] if len(args) > 1 else pathlib.Path(__file__).parent)
    passed = failed = 0
    cases = sorted(posts.glob("*.expected.json"))
    if not cases:
        print(f"no *.expected.json in {posts}")
        return 1
    for expected_file in cases:
        post = expected_file.with_name(expected_file.name.replace(".expected.json", ".txt" if import_first else ".md"))
        expected = json.loads(expected_file.read_text(encoding="utf-8"))
        try:
            problems = differences(expected, actual_of(binary, post, import_first))
        except Exception as error:  # a crash or bad JSON is a failure of this case
            problems = [f"  {error}"]
        if problems:
            failed += 1
            print(f"FAIL {post.name}")
            print("\n".join(problems))
        else:
            passed += 1
            print(f"ok   {post.name}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
