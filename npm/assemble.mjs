// Writes the npm package `clinic-reader` as a folder (run by build-wasm.sh once
// dist/ is assembled; `npm pack` in the folder makes the tarball):
//
//   node npm/assemble.mjs DIST WASM_BUILD OUT      e.g. dist build/wasm build/npm/clinic-reader
//
// package.json (its version: CMakeLists.txt's project(), through CMake), the
// README, the Node API and the bin (npm/), the Node wasm (src/platform/node),
// the element's types and manifest (from npm/element.json), and dist/'s runtime
// files (the loader, the runtime, fonts, sw.js, clinic-reader.css, licences;
// not the demo pages, the authoring page, the sample posts, nor the .br/.gz
// siblings, which a server may make itself).
import { copyFileSync, cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { customElementsManifest, elementDts, readDescription } from "./element-types.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const [dist, build, out] = process.argv.slice(2);
if (!out) {
  console.error("usage: node npm/assemble.mjs DIST WASM_BUILD OUT");
  process.exit(2);
}

const runtimeFile = (name) =>
  /^clinic-reader(-core\.[0-9a-f]+)?\.(js|wasm|css)$/.test(name) || name === "sw.js" || name === "runtime-files.txt";
const notPrecompressed = (file) => !/\.(br|gz)$/.test(file);

rmSync(out, { recursive: true, force: true });
mkdirSync(path.join(out, "lib"), { recursive: true });
mkdirSync(path.join(out, "bin"), { recursive: true });
mkdirSync(path.join(out, "dist"), { recursive: true });

const node = path.join(build, "src/platform/node");
copyFileSync(path.join(node, "package/package.json"), path.join(out, "package.json"));
// .cjs: the package is ESM ("type": "module"); Emscripten's glue is CommonJS.
for (const name of ["clinic-reader-node", "clinic-reader-cli"]) {
  copyFileSync(path.join(node, `${name}.js`), path.join(out, "lib", `${name}.cjs`));
  copyFileSync(path.join(node, `${name}.wasm`), path.join(out, "lib", `${name}.wasm`));
}
for (const file of ["README.md", "index.js", "index.d.ts", "bin/clinic-reader.js"]) {
  copyFileSync(path.join(here, file), path.join(out, file));
}
const description = readDescription();
writeFileSync(path.join(out, "element.d.ts"), elementDts(description));
writeFileSync(path.join(out, "custom-elements.json"), JSON.stringify(customElementsManifest(description), null, 2) + "\n");

for (const name of readdirSync(dist).filter(runtimeFile)) copyFileSync(path.join(dist, name), path.join(out, "dist", name));
for (const folder of ["fonts", "licenses"]) {
  cpSync(path.join(dist, folder), path.join(out, "dist", folder), { recursive: true, filter: notPrecompressed });
}
