#!/usr/bin/env python3
"""Serves a folder (dist/) on 127.0.0.1 with the MIME types the reader needs.

    python3 web/serve.py DIR [PORT] [--overlay DIR2] [-q]   (PORT 0 picks a free port)

Prints "serving http://127.0.0.1:PORT/" once listening, so scripts and tests
can wait for that line and read the port from it. A file in DIR2 is served in
place of (or beside) DIR's: the browser tests put their own pages there. Each
request is logged on stderr ("GET /path HTTP/1.1" 200 ...) unless -q.
"""
import functools
import http.server
import os
import re
import sys


HASHED_NAME = re.compile(r"\.[0-9a-f]{10}\.[A-Za-z0-9]+(\.(br|gz))?$")


class Handler(http.server.SimpleHTTPRequestHandler):
    overlay = None
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".md": "text/markdown; charset=utf-8",
        ".html": "text/html; charset=utf-8",
        ".css": "text/css",
        ".ttf": "font/ttf",
        ".otf": "font/otf",
        ".woff2": "font/woff2",
        ".txt": "text/plain; charset=utf-8",
        ".json": "application/json",
    }

    status = None

    def send_response(self, code, message=None):
        self.status = code
        super().send_response(code, message)

    def translate_path(self, path):
        served = super().translate_path(path)
        if self.overlay:
            candidate = os.path.join(self.overlay, os.path.relpath(served, self.directory))
            if os.path.isfile(candidate):
                return candidate
        return served

    def send_head(self):
        # A precompressed sibling (FILE.br, FILE.gz: build-wasm.sh writes them for
        # the fonts) when the client takes its encoding, as nginx's brotli_static.
        path = self.translate_path(self.path)
        accepted = self.headers.get("Accept-Encoding", "")
        for encoding, suffix in (("br", ".br"), ("gzip", ".gz")):
            if encoding in accepted and os.path.isfile(path) and os.path.isfile(path + suffix):
                f = open(path + suffix, "rb")
                self.send_response(200)
                self.send_header("Content-Type", self.guess_type(path))
                self.send_header("Content-Encoding", encoding)
                self.send_header("Vary", "Accept-Encoding")
                self.send_header("Content-Length", str(os.fstat(f.fileno()).st_size))
                self.end_headers()
                return f
        return super().send_head()

    def end_headers(self):
        # Content-hashed names (build-wasm.sh's runtime and fonts) never change:
        # cached for good, as docs/embedding.md advises. Everything else is always
        # revalidated, so a rebuild is picked up.
        name = self.path.split("?")[0].rsplit("/", 1)[-1]
        immutable = HASHED_NAME.search(name) is not None and self.status == 200
        self.send_header("Cache-Control", "public, max-age=31536000, immutable" if immutable else "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def copyfile(self, source, outputfile):
        # A client that stops reading (the reader gives up on a too-large image)
        # is not a server error.
        try:
            super().copyfile(source, outputfile)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, fmt, *args):
        if "-q" not in sys.argv:
            super().log_message(fmt, *args)


def main():
    args = [a for a in sys.argv[1:] if a != "-q"]
    if "--overlay" in args:
        at = args.index("--overlay")
        Handler.overlay = os.path.abspath(args[at + 1])
        del args[at:at + 2]
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    directory = args[0]
    port = int(args[1]) if len(args) > 1 else 8000
    handler = functools.partial(Handler, directory=directory)
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        print(f"serving http://127.0.0.1:{server.server_address[1]}/", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
