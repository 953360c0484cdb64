// A static site built by `clinic-reader site` for the browser tests (site.test.mjs,
// engines.test.mjs): the sample and test posts, served under /blog/.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { root } from "./harness.mjs";

const cli = process.env.CLINIC_READER_CLI || path.join(root, "build/native/clinic-reader");
export const hasSite = existsSync(cli) && spawnSync(cli, ["help"], { encoding: "utf8" }).stdout.includes("  site ");

// The sample and test posts in a folder of their own, built into www/blog (the
// site lives under /blog/, not at the root: it is served from the folder above).
export function copyPosts(folder) {
  const posts = path.join(folder, "posts");
  mkdirSync(posts);
  for (const dir of ["tests/posts", "assets/posts"]) {
    for (const name of readdirSync(path.join(root, dir))) {
      if (name.endsWith(".md") && name !== "README.md") copyFileSync(path.join(root, dir, name), path.join(posts, name));
    }
  }
  writeFileSync(path.join(folder, "www-index.html"), "<!doctype html><title>another site</title>\n");
  return posts;
}
export function buildSite(folder) {
  const out = path.join(folder, "www/blog");
  const built = spawnSync(cli, ["site", path.join(folder, "posts"), "-o", out, "--base-url", "https://clinic.example/blog/",
                                "--title", "Clinic blog", "--runtime", path.join(root, "dist")], { encoding: "utf8" });
  assert.ok(built.status === 0 || built.status === 1, built.stderr);  // 1: a test post's lint errors
  assert.match(built.stderr, /wrote \d+ posts/, built.stderr);
  copyFileSync(path.join(folder, "www-index.html"), path.join(folder, "www/index.html"));
  const worker = readFileSync(path.join(out, "sw.js"), "utf8");
  return { version: /^const VERSION = "([^"]+)";$/m.exec(worker)[1],
           revisions: new Map(JSON.parse(/^const PRECACHE = (\[.*\]);$/m.exec(worker)[1])) };
}

