/*
 * A stand-in for the runtime's service worker as web/assemble.py writes it:
 * its two filled declarations, then code the site's worker must keep as is.
 */
"use strict";
const VERSION = "0000000001";
const PRECACHE = ["clinic-reader.js", "clinic-reader.css", "clinic-reader-core.abcdef0123.wasm", "clinic-reader-core.0123456789.js", "fonts/fonts.1111111111.txt"];
const scope = new URL("./", self.location.href);
self.addEventListener("fetch", () => {});
