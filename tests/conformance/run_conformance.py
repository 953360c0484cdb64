#!/usr/bin/env python3
"""CommonMark (+GFM) conformance of `clinic-reader html --plain` by differential testing.

Every example of md4c's spec files is rendered twice: by our plain renderer
(md4c -> post model -> HTML) and by md4c's reference renderer
(`md2html --github --fno-html`). Both outputs are normalised with md4c's own
test/normalize.py and compared. Comparing with md2html rather than with the
spec's expected HTML checks our renderer against the exact parser flags we use
(--fno-html turns raw HTML into text, which the spec examples do not expect).

Differences we mean to have are listed in DELIBERATE_DIFFERENCES. Any other
difference fails, and so does a listed one that no longer differs, so the list
stays true.

usage: run_conformance.py CLINIC_READER MD2HTML MD4C_SOURCE_DIR [-v] [-n EXAMPLE]
"""

import argparse
import concurrent.futures
import os
import re
import subprocess
import sys
import warnings

SPEC_FILES = [
    "spec.txt",
    "spec-tables.txt",
    "spec-strikethrough.txt",
    "spec-tasklists.txt",
    "spec-permissive-autolinks.txt",
]

# Our own examples, next to this script; their expected HTML is ours and is checked too.
OWN_SPEC_FILES = [
    "spec-unsafe-targets.txt",
]

UNSAFE_TARGET = "unsafe target dropped (link_safety.h): the link keeps only its text"
UNSAFE_IMAGE = "unsafe target dropped (link_safety.h): the image becomes its alt text"

# (spec file, example number) -> why our output differs from md2html's.
# None of md4c's own examples needs an entry: they carry no unsafe target.
DELIBERATE_DIFFERENCES = {
    ("spec-unsafe-targets.txt", 1): UNSAFE_TARGET + " (javascript:)",
    ("spec-unsafe-targets.txt", 2): UNSAFE_TARGET + " (JaVaScRiPt:)",
    ("spec-unsafe-targets.txt", 3): UNSAFE_TARGET + " (java&#x09;script:)",
    ("spec-unsafe-targets.txt", 4): UNSAFE_TARGET + " (&#106;avascript:)",
    ("spec-unsafe-targets.txt", 5): UNSAFE_TARGET + " (<javascript:...>)",
    ("spec-unsafe-targets.txt", 6): UNSAFE_TARGET + " (vbscript:)",
    ("spec-unsafe-targets.txt", 7): UNSAFE_TARGET + " (file:)",
    ("spec-unsafe-targets.txt", 8): UNSAFE_TARGET + " (data:text/html)",
    ("spec-unsafe-targets.txt", 9): UNSAFE_TARGET + " (autolink <javascript:...>)",
    ("spec-unsafe-targets.txt", 10): UNSAFE_IMAGE + " (javascript:)",
    ("spec-unsafe-targets.txt", 11): UNSAFE_TARGET + " (reference definition)",
}

FENCE = "`" * 32


def read_examples(path):
    """Yields (number, markdown, expected html) per example, numbered from 1 as md4c does."""
    number = 0
    state = 0  # 0: prose, 1: markdown, 2: expected HTML, 3: command-line options
    markdown = []
    expected = []
    with open(path, encoding="utf-8", newline="\n") as spec:
        for line in spec:
            stripped = line.strip()
            if re.match(r"`{32} example( [a-z]+)?", stripped):
                state = 1
            elif state >= 2 and stripped == FENCE:
                number += 1
                yield number, "".join(markdown).replace("\u2192", "\t"), "".join(expected).replace("\u2192", "\t")
                state = 0
                markdown = []
                expected = []
            elif stripped == "." and state >= 1:
                state += 1
            elif state == 1:
                markdown.append(line)
            elif state == 2:
                expected.append(line)


def render(command, markdown):
    result = subprocess.run(command, input=markdown.encode("utf-8"), capture_output=True, timeout=30)
    if result.returncode != 0:
        return None, result.stderr.decode("utf-8", "replace")
    return result.stdout.decode("utf-8", "replace"), None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("clinic_reader")
    parser.add_argument("md2html")
    parser.add_argument("md4c_dir")
    parser.add_argument("-v", "--verbose", action="store_true", help="show every difference in full")
    parser.add_argument("-n", "--number", type=int, help="only this example number")
    args = parser.parse_args()

    test_dir = os.path.join(args.md4c_dir, "test")
    sys.path.insert(0, test_dir)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # normalize.py has an old-style regex escape
        from normalize import normalize_html

    ours_cmd = [args.clinic_reader, "html", "--plain", "-"]
    reference_cmd = [args.md2html, "--github", "--fno-html"]

    own_dir = os.path.dirname(os.path.abspath(__file__))
    cases = []  # (spec file, number, markdown, expected html or None)
    for directory, files, own in ((test_dir, SPEC_FILES, False), (own_dir, OWN_SPEC_FILES, True)):
        for spec in files:
            for number, markdown, expected in read_examples(os.path.join(directory, spec)):
                if args.number is None or args.number == number:
                    cases.append((spec, number, markdown, expected if own else None))

    def run_case(case):
        ours, ours_error = render(ours_cmd, case[2])
        reference, reference_error = render(reference_cmd, case[2])
        return case, ours, reference, ours_error or reference_error

    # The renderers are separate processes: threads keep both CPUs busy.
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        results = list(pool.map(run_case, cases))

    md4c_total = md4c_identical = byte_identical = 0
    failures = []  # (spec, number, markdown, why, ours, reference)
    for (spec, number, markdown, expected), ours, reference, error in results:
        key = (spec, number)
        if error is not None:
            failures.append((spec, number, markdown, "a renderer failed: " + error.strip(), ours, reference))
            continue
        same = normalize_html(ours) == normalize_html(reference)
        if expected is None:
            md4c_total += 1
            md4c_identical += same
            byte_identical += ours == reference
        if expected is not None and normalize_html(ours) != normalize_html(expected):
            failures.append((spec, number, markdown, "not the expected HTML %r" % expected, ours, reference))
        elif key in DELIBERATE_DIFFERENCES:
            if same:
                failures.append((spec, number, markdown, "listed as a deliberate difference but no longer differs",
                                 ours, reference))
            elif args.verbose:
                print("%s example %d differs as intended: %s" % (spec, number, DELIBERATE_DIFFERENCES[key]))
        elif not same:
            failures.append((spec, number, markdown, "differs from md2html", ours, reference))

    if args.number is None:
        for spec, number in sorted(set(DELIBERATE_DIFFERENCES) - {(case[0], case[1]) for case in cases}):
            failures.append((spec, number, "", "listed as a deliberate difference but there is no such example", "", ""))

    for spec, number, markdown, why, ours, reference in failures:
        print("FAIL %s example %d: %s" % (spec, number, why))
        print("  markdown: %r" % markdown)
        print("  ours:     %r" % ours)
        print("  md2html:  %r" % reference)

    rate = 100.0 * md4c_identical / md4c_total if md4c_total else 0.0
    print("md4c spec examples: %d, identical to md2html after normalisation: %d (%.2f %%), byte-identical: %d"
          % (md4c_total, md4c_identical, rate, byte_identical))
    print("own examples: %d, deliberate differences listed: %d" % (len(cases) - md4c_total, len(DELIBERATE_DIFFERENCES)))
    failed_cases = {(f[0], f[1]) for f in failures} & {(case[0], case[1]) for case in cases}
    print("%d passed, %d failed" % (len(cases) - len(failed_cases), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
