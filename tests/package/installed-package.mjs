// The npm package as a user gets it: build/npm/clinic-reader (./build-wasm.sh)
// packed with `npm pack` and installed from the tarball into an empty project
// with no network. And the oracle: the native CLI, build/native/clinic-reader.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const packageFolder = path.join(root, "build/npm/clinic-reader");
export const nativeCli = path.join(root, "build/native/clinic-reader");

// Packs the folder and installs the tarball into a new temporary project.
export function installPackage() {
  if (!existsSync(path.join(packageFolder, "package.json"))) throw new Error(`${packageFolder} is missing: run ./build-wasm.sh first`);
  if (!existsSync(nativeCli)) throw new Error(`${nativeCli} is missing: cmake --build --preset native`);
  const work = mkdtempSync(path.join(tmpdir(), "clinic-reader-npm-"));
  const packed = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", work], { cwd: packageFolder, encoding: "utf8" }));
  const tarball = path.join(work, packed[0].filename);
  const project = path.join(work, "project");
  mkdirSync(project);
  writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", tarball], { cwd: project, stdio: "pipe" });
  return { work, tarball, tarballBytes: statSync(tarball).size, project, installed: path.join(project, "node_modules/clinic-reader") };
}

// A command's stdout (bytes), stderr (text) and exit status.
export function run(command, args, { input, cwd = root } = {}) {
  const result = spawnSync(command, args, { cwd, input, maxBuffer: 1 << 30 });
  if (result.error) throw result.error;
  return { stdout: result.stdout, stderr: result.stderr.toString(), status: result.status };
}
export const native = (args, options) => run(nativeCli, args, options);

// Every file under a folder: relative path -> bytes.
export function fileTree(folder, prefix = "") {
  const files = new Map();
  for (const entry of readdirSync(path.join(folder, prefix), { withFileTypes: true })) {
    const name = path.join(prefix, entry.name);
    if (entry.isDirectory()) for (const [k, v] of fileTree(folder, name)) files.set(k, v);
    else files.set(name, readFileSync(path.join(folder, name)));
  }
  return files;
}
