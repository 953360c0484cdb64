// npm/element.json, the one description the package's element.d.ts and
// custom-elements.json are written from, holds to the element itself
// (web/element/reader-element.js): its observed attributes, its properties, its
// methods and the events it dispatches. And the package carries what the
// description gives (no stale or hand-edited copy).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { test } from "node:test";
import { customElementsManifest, elementDts, readDescription } from "../../npm/element-types.mjs";
import { packageFolder, root } from "./installed-package.mjs";

const description = readDescription();
const sources = ["web/clinic-reader.js", "web/element/reader-element.js"].map((f) => readFileSync(path.join(root, f), "utf8"));

// The element's class, defined by its script in a context with just enough of a page.
function elementClass() {
  let defined = null;
  const media = { matches: false, addEventListener() {} };
  const context = {
    HTMLElement: class {},
    customElements: { get: () => undefined, define: (name, cls) => { defined = { name, cls }; } },
    matchMedia: () => media,
    CSS: { supports: () => true },
    performance: { getEntriesByType: () => [] },
    document: { readyState: "complete", addEventListener() {} },
  };
  context.window = context;
  context.window.ClinicReader = { Reader: { clampFontScale: (x) => x }, TextLayer: class {}, semantic: {}, styles: {}, runtime: {} };
  vm.runInNewContext(sources[1], context, { filename: "reader-element.js" });
  return defined;
}

test("the description names the element's observed attributes, properties and methods", () => {
  const { name, cls } = elementClass();
  assert.equal(name, description.tagName);
  assert.deepEqual(description.attributes.filter((a) => a.observed).map((a) => a.name), [...cls.observedAttributes]);
  const members = Object.getOwnPropertyDescriptors(cls.prototype);
  const accessors = Object.keys(members).filter((k) => members[k].get || members[k].set);
  assert.deepEqual(description.properties.map((p) => p.name).sort(), accessors.sort());
  for (const p of description.properties) assert.equal(Boolean(p.readonly), !members[p.name].set, `${p.name} readonly`);
  for (const a of description.attributes.filter((a) => a.property)) assert.ok(accessors.includes(a.property), a.property);
  for (const m of description.methods) {
    assert.equal(typeof members[m.name]?.value, "function", `method ${m.name}`);
    assert.equal(members[m.name].value.length, m.parameters.filter((p) => !p.optional).length, `${m.name}'s parameters`);
  }
  // Every other attribute the element reads is described too (fonts).
  for (const [, read] of sources[1].matchAll(/this\.getAttribute\("([a-z-]+)"\)/g)) {
    assert.ok(description.attributes.some((a) => a.name === read), `attribute ${read}`);
  }
});

test("the description names every event the element dispatches, with its detail", () => {
  const dispatched = new Map();
  for (const source of sources) {
    for (const [, name, detail] of source.matchAll(/new CustomEvent\("(\w+)"(?:, \{ detail: \{ ([^}]*) \})?/g)) {
      const keys = detail ? detail.split(",").map((k) => k.split(":")[0].trim()).sort() : [];
      dispatched.set(name, keys);
    }
  }
  assert.deepEqual(description.events.map((e) => e.name).sort(), [...dispatched.keys()].sort());
  for (const e of description.events) {
    const keys = e.detail ? [...e.detail.matchAll(/(\w+)\??:/g)].map((m) => m[1]).sort() : [];
    assert.deepEqual(keys, dispatched.get(e.name), `${e.name}'s detail`);
  }
});

test("the manifest (schema 2.x) lists every observed attribute, and the package carries the generated files", () => {
  const { cls } = elementClass();
  const manifest = JSON.parse(readFileSync(path.join(packageFolder, "custom-elements.json"), "utf8"));
  assert.match(manifest.schemaVersion, /^2\./);
  const element = manifest.modules[0].declarations.find((d) => d.customElement);
  assert.equal(element.tagName, "clinic-reader");
  for (const attribute of cls.observedAttributes) assert.ok(element.attributes.some((a) => a.name === attribute), attribute);
  assert.deepEqual(manifest, customElementsManifest(description));
  assert.equal(readFileSync(path.join(packageFolder, "element.d.ts"), "utf8"), elementDts(description));
  assert.equal(JSON.parse(readFileSync(path.join(packageFolder, "package.json"), "utf8")).customElements, "custom-elements.json");
});
