// The npm package (build/npm/clinic-reader), installed from its tarball with no
// network, answers as the native CLI does: the Node API's strings and objects,
// and `npx clinic-reader`'s bytes and exit statuses, on the sample posts, the
// recognition corpus (English and Korean) and the importer's fixtures.
// The TypeScript declarations compile against a consumer under --strict.
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, test } from "node:test";
import { fileTree, installPackage, native, root, run } from "./installed-package.mjs";

const files = (folder, ext) =>
  readdirSync(path.join(root, folder)).filter((f) => f.endsWith(ext)).sort().map((f) => path.join(root, folder, f));
const posts = [...files("assets/posts", ".md"), ...files("tests/posts", ".md")];
const importFixtures = [...files("tests/import/posts", ".txt"), ...files("tests/import/pages", ".html")];
const utf8 = (bytes) => bytes.toString("utf8");

let pkg, api, bin;
before(async () => {
  pkg = installPackage();
  api = await import(pathToFileURL(path.join(pkg.installed, "index.js")).href);
  await api.ready;
  bin = path.join(pkg.project, "node_modules/.bin/clinic-reader");
});
after(() => pkg && rmSync(pkg.work, { recursive: true, force: true }));

describe("the tarball", () => {
  test("installs offline with no install scripts and no dependencies", () => {
    const manifest = JSON.parse(readFileSync(path.join(pkg.installed, "package.json"), "utf8"));
    for (const key of ["dependencies", "optionalDependencies", "peerDependencies", "bundleDependencies"]) assert.equal(manifest[key], undefined, key);
    for (const key of ["preinstall", "install", "postinstall", "prepare"]) assert.equal(manifest.scripts?.[key], undefined, key);
    const lock = JSON.parse(readFileSync(path.join(pkg.project, "package-lock.json"), "utf8"));
    assert.deepEqual(Object.keys(lock.packages).sort(), ["", "node_modules/clinic-reader"]);
    assert.equal(lock.packages["node_modules/clinic-reader"].hasInstallScript, undefined);
    console.log(`tarball: ${pkg.tarballBytes} bytes`);
  });

  test("carries dist/'s runtime files as they are, and no demo page", () => {
    const runtime = readFileSync(path.join(root, "dist/runtime-files.txt"), "utf8").trim().split("\n").map((l) => l.split(" ")[1]);
    for (const file of [...runtime, "runtime-files.txt", "sw.js", "clinic-reader.css", "licenses/md4c-LICENSE.md"]) {
      assert.deepEqual(readFileSync(path.join(pkg.installed, "dist", file)), readFileSync(path.join(root, "dist", file)), file);
    }
    const shipped = readdirSync(path.join(pkg.installed, "dist"));
    assert.deepEqual(shipped.filter((f) => f.endsWith(".html") || f.startsWith("demo") || f.startsWith("editor") || f === "posts"), []);
  });

  test("has the project's version (CMakeLists.txt's project())", () => {
    const version = /project\(clinic_reader VERSION ([0-9.]+)/.exec(readFileSync(path.join(root, "CMakeLists.txt"), "utf8"))[1];
    assert.equal(JSON.parse(readFileSync(path.join(pkg.installed, "package.json"), "utf8")).version, version);
  });
});

describe("the Node API equals the native CLI", () => {
  for (const post of posts) {
    const name = path.relative(root, post);
    test(name, () => {
      const markdown = readFileSync(post, "utf8");
      assert.equal(api.articleHtml(markdown), utf8(native(["html", post]).stdout), "html");
      assert.equal(api.articleHtml(markdown, { jsonld: true }), utf8(native(["html", "--jsonld", post]).stdout), "html --jsonld");
      assert.equal(api.articleHtml(markdown, { standalone: true }), utf8(native(["html", "--standalone", post]).stdout), "html --standalone");
      assert.equal(api.articleHtml(markdown, { standalone: true, jsonld: true }), utf8(native(["html", "--standalone", "--jsonld", post]).stdout));
      assert.equal(api.plainHtml(markdown), utf8(native(["html", "--plain", post]).stdout), "html --plain");
      assert.deepEqual(api.inspect(markdown), JSON.parse(native(["inspect", "--json", post]).stdout), "inspect --json");
      assert.deepEqual(api.lint(markdown, { file: post }), JSON.parse(native(["lint", "--json", post]).stdout), "lint --json");
    });
  }

  test("a post given as bytes, and lint's default name (standard input's)", () => {
    const post = path.join(root, "assets/posts/milia.ko.md");
    const bytes = readFileSync(post);
    assert.equal(api.articleHtml(new Uint8Array(bytes)), utf8(native(["html", post]).stdout));
    assert.deepEqual(api.lint(bytes), JSON.parse(native(["lint", "--json", "-"], { input: bytes }).stdout));
  });

  // Strings skip the core's UTF-8 check (TextEncoder writes well-formed UTF-8);
  // bytes do not: both must read as the native CLI reads the same bytes.
  test("malformed bytes are repaired, and a string's lone surrogate arrives as U+FFFD", () => {
    const bytes = Buffer.concat([Buffer.from("---\ntitle: Bytes\n---\n\nab"), Buffer.from([0xff, 0xc3, 0xed, 0xa0, 0x80]), Buffer.from(" cd\n")]);
    assert.equal(api.articleHtml(new Uint8Array(bytes)), utf8(native(["html", "-"], { input: bytes }).stdout));
    const text = "---\ntitle: String \ud800\n---\n\nab\udc00cd \ud83d\ude00\n";
    const html = api.articleHtml(text);
    assert.equal(html, utf8(native(["html", "-"], { input: Buffer.from(text, "utf8") }).stdout));
    assert.match(html, /String \ufffd/);
    assert.match(html, /ab\ufffdcd \u{1f600}/u);
  });

  // A string goes in through a buffer the core keeps and grows: twenty
  // million code units (forty megabytes as UTF-16, more than the whole wasm
  // memory the other tests leave) make the memory grow as the core makes room
  // for them, and the string must be written to the memory as it is after.
  test("a post of twenty million characters, as a string, reads as the native CLI reads it", () => {
    const text = `${readFileSync(path.join(root, "assets/posts/milia.ko.md"), "utf8")}\n${"word ".repeat(4_000_000)}\n`;
    assert.equal(api.articleHtml(text), utf8(native(["html", "-"], { input: Buffer.from(text, "utf8") }).stdout));
  });

  // A string reaches the core, and the answer JavaScript, through converters
  // that take sixteen ASCII units (bytes) a step (src/platform/node/
  // utf16_handover.cpp): other characters at every offset from those steps,
  // alone, in runs, and in runs of words longer than a step, must come back as
  // they went in, and a lone surrogate as U+FFFD. The oracle is the input,
  // through Node's own UTF-8 (which writes U+FFFD for a lone surrogate too).
  test("every character comes back, wherever it falls against the converters' sixteen-unit steps", () => {
    const others = ["é", "한", "’", "😀", "\u{fffd}", "\ud800", "\udc00", "ñ한😀", "가나다라마바사아자차카타파하"];
    let paragraphs = 0;
    for (const other of others) {
      for (let offset = 0; offset < 40; offset++) {
        const line = `x ${"a".repeat(offset)}${other}b ${other}${other} ${"c".repeat(offset % 17)}${other} end`;
        const expected = `<p>${Buffer.from(line).toString()}</p>`;
        const html = api.articleHtml(`${line}\n`);
        assert.ok(html.includes(expected), `${JSON.stringify(expected)} not found in ${html}`);
        paragraphs++;
      }
    }
    // Random lines of words from ASCII, two-byte, Hangul (three bytes),
    // emoji (a surrogate pair) and lone surrogates, from a fixed seed.
    let seed = 12345;
    const random = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const pieces = ["a", "Z", "é", "·", "한", "글", "’", "😀", "\ud800", "\udfff", "中"];
    for (let k = 0; k < 400; k++) {
      const words = Array.from({ length: 1 + random(12) }, () => Array.from({ length: 1 + random(9) }, () => pieces[random(pieces.length)]).join(""));
      const line = `x ${words.join(" ")}`;
      const expected = `<p>${Buffer.from(line).toString()}</p>`;
      const html = api.articleHtml(`${line}\n`);
      assert.ok(html.includes(expected), `${JSON.stringify(expected)} not found in ${html}`);
    }
    // Korean words with a space between them, past many steps.
    const words = Array.from({ length: 200 }, (_, i) => "가각간갈감갑강개".slice(i % 8, (i % 8) + 1 + (i % 3))).join(" ");
    assert.ok(api.articleHtml(`x ${words}\n`).includes(`<p>x ${words}</p>`));
    assert.equal(paragraphs, others.length * 40);
  });

  for (const fixture of importFixtures) {
    test(`importText ${path.relative(root, fixture)}`, () => {
      const text = readFileSync(fixture, "utf8");
      assert.equal(api.importText(text), utf8(native(["import", fixture]).stdout));
      const asPage = native(["import", "--from", "html", "--url", "https://clinic.example/old/1", fixture]);
      if (asPage.status === 0) assert.equal(api.importText(text, { from: "html", url: "https://clinic.example/old/1" }), utf8(asPage.stdout));
      else assert.throws(() => api.importText(text, { from: "html", url: "https://clinic.example/old/1" }), { message: asPage.stderr.replace(/^clinic-reader import: /, "").trim() });
      assert.equal(api.importText(text, { from: "text" }), utf8(native(["import", "--from", "text", fixture]).stdout));
    });
  }

  test("importText refuses a page with no post text, as the CLI does", () => {
    const page = "<!doctype html><html><body><nav><a href=/>Home</a></nav></body></html>";
    const cli = native(["import", "-"], { input: page });
    assert.equal(cli.status, 1);
    assert.throws(() => api.importText(page), { message: cli.stderr.replace(/^clinic-reader import: /, "").trim() });
    assert.throws(() => api.importText(page, { from: "markdown" }), TypeError);
  });

  test("index.d.ts declares what index.js exports", () => {
    const declared = [...readFileSync(path.join(pkg.installed, "index.d.ts"), "utf8").matchAll(/^export (?:const|function) (\w+)/gm)].map((m) => m[1]);
    assert.deepEqual([...new Set(declared)].sort(), Object.keys(api).sort());
  });

  test("the bare specifier resolves in the consumer's project (exports map)", () => {
    const script = 'import { ready, inspect } from "clinic-reader"; await ready; process.stdout.write(inspect("# Title\\n").title);';
    const result = run(process.execPath, ["--input-type=module", "-e", script], { cwd: pkg.project });
    assert.equal(result.stderr, "");
    assert.equal(utf8(result.stdout), "Title");
  });
});

// The native usage text less `render`'s lines (the wasm CLI has no GL).
const withoutRender = (text) => text.replace(/^  render [\s\S]*?(?=^  \w)/m, "");

describe("npx clinic-reader equals the native CLI", () => {
  const same = (args, options) => {
    const ours = run(bin, args, options);
    const theirs = native(args, options);
    assert.equal(ours.status, theirs.status, `exit status of ${args.join(" ")}`);
    assert.ok(ours.stdout.equals(theirs.stdout), `stdout of ${args.join(" ")}`);
    assert.equal(ours.stderr, withoutRender(theirs.stderr), `stderr of ${args.join(" ")}`);
    return ours;
  };

  test("html, inspect --json, lint on every post", () => {
    for (const post of posts) {
      for (const args of [["html"], ["html", "--standalone", "--jsonld"], ["html", "--plain"], ["inspect", "--json"], ["inspect"], ["lint"], ["lint", "--json"]]) {
        same([...args, post]);
      }
    }
  });

  test("import of every fixture, with -o", () => {
    const out = mkdtempSync(path.join(tmpdir(), "clinic-reader-import-"));
    try {
      for (const fixture of importFixtures) {
        same(["import", fixture]);
        same(["import", "--from", "html", "--url", "https://clinic.example/a", fixture]);
        run(bin, ["import", "-o", path.join(out, "ours.md"), fixture]);
        native(["import", "-o", path.join(out, "theirs.md"), fixture]);
        assert.deepEqual(readFileSync(path.join(out, "ours.md")), readFileSync(path.join(out, "theirs.md")));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test("exit statuses and messages: lint errors, a missing file, usage", () => {
    const broken = "---\ntitle: A\n---\n\nSee [this](javascript:alert(1)).\n";
    assert.equal(same(["lint", "-"], { input: broken }).status, 1);
    assert.equal(same(["lint", "--json", "-"], { input: broken }).status, 1);
    assert.notEqual(same(["html", path.join(root, "no-such-post.md")]).status, 0);
    assert.equal(same(["import", "--from", "pdf", posts[0]]).status, 1);
    assert.equal(same(["frobnicate"]).status, 2);
    assert.equal(same([]).status, 2);
    same(["html", "--bogus", posts[0]]);
  });

  test("help lists every native command but render", () => {
    const ours = utf8(run(bin, ["help"]).stdout);
    const theirs = utf8(native(["help"]).stdout);
    assert.match(theirs, /^  render /m);
    assert.equal(ours, withoutRender(theirs));
  });

  test("standard input and a large post (8 MB of joined posts), byte for byte", () => {
    const all = Buffer.concat(posts.map((p) => readFileSync(p)));
    const joined = Buffer.concat(Array.from({ length: Math.ceil(8e6 / all.length) }, () => all));
    const big = same(["html", "-"], { input: joined });
    assert.ok(big.stdout.length > joined.length, `${big.stdout.length} bytes`);
    same(["html", "--plain", "-"], { input: joined });
  });

  test("through npx, in the consumer's project", () => {
    const post = path.join(root, "assets/posts/milia.ko.md");
    const ours = run("npx", ["--offline", "--no-install", "clinic-reader", "html", "--standalone", post], { cwd: pkg.project });
    assert.equal(ours.status, 0, ours.stderr);
    assert.ok(ours.stdout.equals(native(["html", "--standalone", post]).stdout));
  });

  test("bundle reads the package's own dist/ by default", () => {
    const post = path.join(root, "assets/posts/milia.en.md");
    const ours = run(bin, ["bundle", post]);
    assert.equal(ours.status, 0, ours.stderr);
    assert.ok(ours.stdout.equals(native(["bundle", "--runtime", path.join(pkg.installed, "dist"), post]).stdout));
  });

  const nativeHasSite = utf8(native(["help"]).stdout).includes("\n  site ");
  test("site writes the native CLI's file tree", { skip: !nativeHasSite && "the native CLI has no site command" }, () => {
    const out = mkdtempSync(path.join(tmpdir(), "clinic-reader-site-"));
    try {
      const posts = path.join(root, "tests/site/posts");
      const args = ["-o", path.join(out, "ours"), "--base-url", "https://clinic.example/blog/", "--title", "Clinic"];
      const ours = run(bin, ["site", posts, ...args]);
      const theirs = native(["site", posts, "-o", path.join(out, "theirs"), ...args.slice(2), "--runtime", path.join(pkg.installed, "dist")]);
      assert.equal(ours.status, theirs.status);
      assert.ok(ours.stdout.equals(theirs.stdout));
      assert.equal(ours.stderr, theirs.stderr.replaceAll(path.join(out, "theirs"), path.join(out, "ours")));
      const mine = fileTree(path.join(out, "ours"));
      const oracle = fileTree(path.join(out, "theirs"));
      assert.deepEqual([...mine.keys()].sort(), [...oracle.keys()].sort());
      for (const [name, bytes] of oracle) assert.ok(mine.get(name).equals(bytes), name);
      assert.ok(oracle.size > 10, `${oracle.size} files`);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

test("the declarations compile against a consumer under --strict", () => {
  copyFileSync(path.join(root, "tests/package/consumer.ts"), path.join(pkg.project, "consumer.ts"));
  writeFileSync(path.join(pkg.project, "tsconfig.json"), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, target: "es2022", module: "nodenext", moduleResolution: "nodenext", lib: ["es2022", "dom"], types: [] },
    files: ["consumer.ts"],
  }));
  const tsc = run(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", pkg.project], { cwd: pkg.project });
  assert.equal(tsc.status, 0, utf8(tsc.stdout) + tsc.stderr);
});
