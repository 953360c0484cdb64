// The Node API: the reader's C++ core compiled to WebAssembly for Node
// (src/platform/node/node_api_exports.cpp). Each function gives what the
// `clinic-reader` command of the same name prints, from the same code.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const createCore = require("./lib/clinic-reader-node.cjs");

let core = null;
/** Resolves once the core is compiled; the functions below may be called from then on. */
// The wasm's bytes handed over: the glue would fetch() its file:// URL where Node has fetch.
export const ready = createCore({ wasmBinary: readFileSync(new URL("./lib/clinic-reader-node.wasm", import.meta.url)) }).then((module) => {
  core = module;
});

function started() {
  if (!core) throw new Error("clinic-reader: the core is still loading (await ready first)");
  return core;
}

// Text (a string, or the file's bytes as they are) into the wasm heap for one
// call, as UTF-8, NUL-terminated. A string is copied in as its UTF-16 code
// units (Buffer.write: a copy) and made UTF-8 there (cr_utf8_from_utf16):
// TextEncoder.encodeInto took ten times as long for a post.
function withBytes(input, use) {
  const m = started();
  let at;
  let size;
  if (typeof input === "string") {
    const units = input.length;
    at = m._malloc(units * 3 + 1);  // UTF-8 takes at most three bytes a unit
    const at16 = m._malloc(units * 2 + 2);
    Buffer.from(m.HEAPU8.buffer, at16, units * 2).write(input, "utf16le");
    size = m._cr_utf8_from_utf16(at16, units, at);
    m._free(at16);
  } else if (input instanceof Uint8Array) {
    at = m._malloc(input.length + 1);
    size = input.length;
    m.HEAPU8.set(input, at);
    m.HEAPU8[at + size] = 0;
  } else {
    throw new TypeError("clinic-reader: expected a string or a Uint8Array");
  }
  try {
    return use(at, size);
  } finally {
    m._free(at);
  }
}
const withString = (text, use) => withBytes(String(text), use);

// The core's latest answer (it may hold NUL bytes), handed over as UTF-16: a
// string is made of it with a copy, where decoding its UTF-8 took longer than
// parsing a Korean post (src/core/utf8.h, to_utf16).
function answer() {
  const at = core._cr_result_utf16();
  return Buffer.from(core.HEAPU8.buffer, at, core._cr_result_utf16_units() * 2).toString("utf16le");
}

/** `clinic-reader html [--jsonld] [--standalone]`. */
export function articleHtml(markdown, options) {
  // The one call a server makes per page (a post takes some 30 us), so no
  // closure, and a string goes in and comes out through buffers the core keeps:
  // four calls into the wasm, no malloc. Its UTF-8, made by the core, is
  // well-formed by construction, so the core skips checking it.
  const flags = (options?.jsonld ? 1 : 0) | (options?.standalone ? 2 : 0);
  const m = started();
  if (typeof markdown === "string") {
    const units = markdown.length;
    const room = m._cr_string_room(units);  // before reading HEAPU8: it may grow the memory
    Buffer.from(m.HEAPU8.buffer, room, units * 2).write(markdown, "utf16le");
    const answerUnits = m._cr_article_html_of_string(units, flags);
    return Buffer.from(m.HEAPU8.buffer, m._cr_result_utf16_data(), answerUnits * 2).toString("utf16le");
  }
  return withBytes(markdown, (at, size) => (m._cr_article_html(at, size, flags), answer()));
}

/** `clinic-reader html --plain`. */
export function plainHtml(markdown) {
  return withBytes(markdown, (at, size) => (core._cr_plain_html(at, size), answer()));
}

/** `clinic-reader inspect --json`, parsed. */
export function inspect(markdown) {
  return JSON.parse(withBytes(markdown, (at, size) => (core._cr_inspect_json(at, size), answer())));
}

/** `clinic-reader lint --json`, parsed; `file` names the post in the report (default "<stdin>", as `lint -`). */
export function lint(markdown, options = {}) {
  const file = options.file === undefined ? "<stdin>" : options.file;
  return JSON.parse(withBytes(markdown, (at, size) => withString(file, (name) => (core._cr_lint_json(at, size, name), answer()))));
}

/** `clinic-reader import [--from html|text] [--url URL]`: the post in our Markdown; throws where the CLI fails. */
export function importText(text, options = {}) {
  const from = options.from === undefined ? 0 : { text: 1, html: 2 }[options.from];
  if (from === undefined) throw new TypeError(`clinic-reader: from takes html or text, not '${options.from}'`);
  return withBytes(text, (at, size) => withString(options.url || "", (url) => {
    const ok = core._cr_import(at, size, from, url);
    const result = answer();
    if (!ok) throw new Error(result);  // the CLI's message, e.g. a page with no post text
    return result;
  }));
}
