#!/usr/bin/env node
// `npx clinic-reader …`: the clinic-reader CLI itself (src/cli), compiled to
// WebAssembly for Node with the real file system (NODERAWFS): the native
// command's options and output, its exit status. `render` needs GL and is
// native only. bundle and site read the reader's runtime from this package's
// own dist/ unless --runtime names another.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const createCli = require("../lib/clinic-reader-cli.cjs");

const args = process.argv.slice(2);
if ((args[0] === "bundle" || args[0] === "site") && !args.includes("--runtime")) {
  args.splice(1, 0, "--runtime", fileURLToPath(new URL("../dist", import.meta.url)));
}
// main() runs once the wasm is compiled; its exit() ends the process with the
// command's status. (The wasm's bytes handed over: the glue would fetch() its
// file:// URL where Node has fetch.)
const wasmBinary = readFileSync(new URL("../lib/clinic-reader-cli.wasm", import.meta.url));
createCli({ arguments: args, thisProgram: "clinic-reader", wasmBinary });
