#!/usr/bin/env python3
"""What the reader's wasm holds: code bytes per library, from a build that keeps
function names (--profiling-funcs: the names section, no other change).

    bench/wasm_size.py [WASM]     default: build/wasm-names/.../clinic-reader-core.wasm,
                                  built (configured once) when missing

Prints a table: library, functions, code bytes, share; then the 25 largest
functions. Libraries are told by the demangled names' namespaces and the
sources' prefixes (ImGui, md4c, stb_image, stb_truetype, libc++, libc,
our core and view). The data section and the others are listed as such.
"""
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def leb(data, at):
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, at


def sections(data):
    at = 8
    while at < len(data):
        kind = data[at]
        size, at = leb(data, at + 1)
        yield kind, data[at:at + size]
        at += size


def names_and_bodies(data):
    imports = 0
    bodies = []
    names = {}
    other = {}
    for kind, body in sections(data):
        if kind == 2:  # imports: functions among them take the first indices
            count, at = leb(body, 0)
            for _ in range(count):
                for _ in range(2):
                    length, at = leb(body, at)
                    at += length
                desc = body[at]
                at += 1
                if desc == 0:
                    imports += 1
                    _, at = leb(body, at)
                elif desc == 1:
                    at += 1
                    flags, at = leb(body, at)
                    _, at = leb(body, at)
                    if flags & 1:
                        _, at = leb(body, at)
                elif desc == 2:
                    flags, at = leb(body, at)
                    _, at = leb(body, at)
                    if flags & 1:
                        _, at = leb(body, at)
                else:
                    at += 2
        elif kind == 10:  # code
            count, at = leb(body, 0)
            for _ in range(count):
                size, at = leb(body, at)
                bodies.append(size)
                at += size
        elif kind == 0:  # custom: the "name" section's function names
            length, at = leb(body, 0)
            if body[at:at + length] == b"name":
                at += length
                while at < len(body):
                    sub = body[at]
                    size, at = leb(body, at + 1)
                    if sub == 1:
                        count, p = leb(body, at)
                        for _ in range(count):
                            index, p = leb(body, p)
                            n, p = leb(body, p)
                            names[index] = body[p:p + n].decode("utf-8", "replace")
                            p += n
                    at += size
            other["custom"] = other.get("custom", 0) + len(body)
        else:
            other[{11: "data", 1: "types", 3: "functions", 7: "exports", 4: "table", 9: "elements"}.get(kind, str(kind))] = len(body)
    return imports, bodies, names, other


LIBRARIES = [
    ("imgui", re.compile(r"ImGui|ImFont|ImDraw|ImVector|ImGuiTextBuffer|ImStb|stb_textedit|ImTexture|ImBitVector|ImPool|Im[A-Z]|STB_TEXTEDIT")),
    ("stb_truetype", re.compile(r"stbtt|stbrp")),
    ("stb_image", re.compile(r"stbi")),
    ("md4c", re.compile(r"^md_|^MD_|md_parse|md_")),
    ("view", re.compile(r"clinic::view")),
    ("gles3 renderer", re.compile(r"clinic::gles3|ImGui_ImplOpenGL3")),
    ("web edge", re.compile(r"clinic::web|^cr_|WebReader")),
    ("core", re.compile(r"clinic::")),
    ("libc++", re.compile(r"std::|__cxx|__cxa|operator new|operator delete")),
    ("libc", re.compile(r"^(mem|str|malloc|free|dlmalloc|realloc|calloc|printf|vfprintf|fmt_|__|sn?printf|qsort|strto|fwrite|fputs|isw?|tolower|toupper|sbrk|emscripten_)")),
]


def demangle(names):
    try:
        out = subprocess.run(["c++filt"], input="\n".join(names), capture_output=True, text=True, check=True).stdout
        return out.splitlines()
    except (OSError, subprocess.CalledProcessError):
        return names


def build_with_names():
    build = ROOT / "build/wasm-names"
    if not (build / "CMakeCache.txt").exists():
        deps = subprocess.run([str(ROOT / "deps/fetch.sh")], capture_output=True, text=True, check=True).stdout.strip()
        subprocess.run(["emcmake", "cmake", "-S", str(ROOT), "-B", str(build), "-DCMAKE_BUILD_TYPE=Release",
                        f"-DCLINIC_READER_DEPS_DIR={deps}", "-DCMAKE_EXE_LINKER_FLAGS=--profiling-funcs"],
                       check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["cmake", "--build", str(build), "--target", "clinic_reader_web"], check=True, stdout=subprocess.DEVNULL)
    return build / "src/platform/web/clinic-reader-core.wasm"


def main():
    wasm = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else build_with_names()
    data = wasm.read_bytes()
    imports, bodies, names, other = names_and_bodies(data)
    raw = [names.get(imports + i, f"function {imports + i}") for i in range(len(bodies))]
    readable = demangle(raw)
    totals = {}
    for name, size in zip(readable, bodies):
        library = next((lib for lib, pattern in LIBRARIES if pattern.search(name)), "other")
        count, total = totals.get(library, (0, 0))
        totals[library] = (count + 1, total + size)
    code = sum(bodies)
    print(f"{wasm}: {len(data):,} bytes; code {code:,} in {len(bodies):,} functions; "
          + ", ".join(f"{k} {v:,}" for k, v in sorted(other.items())))
    print(f"{'library':16} {'functions':>9} {'code bytes':>11} {'share':>6}")
    for library, (count, total) in sorted(totals.items(), key=lambda kv: -kv[1][1]):
        print(f"{library:16} {count:9,} {total:11,} {100 * total / code:5.1f}%")
    print("\nlargest functions:")
    for size, name in sorted(zip(bodies, readable), reverse=True)[:25]:
        print(f"{size:8,}  {name[:110]}")


if __name__ == "__main__":
    main()
