// The element's TypeScript declarations (element.d.ts) and its Custom Elements
// Manifest (custom-elements.json, schema 2.1), both written from element.json,
// the element's one description. npm/assemble.mjs writes them into the package.
import { readFileSync } from "node:fs";

export function readDescription(path = new URL("./element.json", import.meta.url)) {
  return JSON.parse(readFileSync(path, "utf8"));
}

const comment = (text, indent = "") => `${indent}/** ${text} */\n`;
const eventType = (event) => `CustomEvent<${event.detail || "null"}>`;

export function elementDts(d) {
  const name = d.className;
  let out = `// Generated from npm/element.json by npm/element-types.mjs: edit that, not this.\n`;
  out += `// The <${d.tagName}> element (defined by ${d.module}): import type { ${name} } from "clinic-reader/element".\n\n`;
  for (const [type, text] of Object.entries(d.types)) out += `export type ${type} = ${text};\n`;
  out += `\nexport interface ${name}EventMap extends Omit<HTMLElementEventMap, ${d.events.map((e) => JSON.stringify(e.name)).join(" | ")}> {\n`;
  for (const e of d.events) out += comment(e.description, "  ") + `  ${JSON.stringify(e.name)}: ${eventType(e)};\n`;
  out += `}\n\n`;
  out += comment(d.description) + `export interface ${name} extends HTMLElement {\n`;
  for (const p of d.properties) {
    out += comment(p.description + (p.default ? ` Default ${p.default}.` : ""), "  ");
    out += `  ${p.readonly ? "readonly " : ""}${p.name}: ${p.type};\n`;
  }
  for (const m of d.methods) {
    const params = m.parameters.map((p) => `${p.name}${p.optional ? "?" : ""}: ${p.type}`).join(", ");
    out += comment(m.description, "  ") + `  ${m.name}(${params}): ${m.return};\n`;
  }
  out += `  addEventListener<K extends keyof ${name}EventMap>(type: K, listener: (this: ${name}, event: ${name}EventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;\n`;
  out += `  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;\n`;
  out += `  removeEventListener<K extends keyof ${name}EventMap>(type: K, listener: (this: ${name}, event: ${name}EventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;\n`;
  out += `  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;\n`;
  out += `}\n\n`;
  out += `/** The attributes, as a page's markup or a framework's JSX writes them. */\n`;
  out += `export interface ${name}Attributes {\n`;
  for (const a of d.attributes) out += comment(a.description, "  ") + `  ${JSON.stringify(a.name)}?: ${a.type === "number" ? "number | string" : a.type};\n`;
  out += `}\n\n`;
  out += `declare global {\n  interface HTMLElementTagNameMap {\n    ${JSON.stringify(d.tagName)}: ${name};\n  }\n}\n`;
  return out;
}

export function customElementsManifest(d) {
  const type = (text) => ({ text });
  const declaration = {
    kind: "class",
    name: d.className,
    description: d.description,
    tagName: d.tagName,
    customElement: true,
    superclass: { name: "HTMLElement" },
    attributes: d.attributes.map((a) => ({
      name: a.name, type: type(a.type), ...(a.default ? { default: a.default } : {}),
      description: a.description, ...(a.property ? { fieldName: a.property } : {}),
    })),
    members: [
      ...d.properties.map((p) => {
        const attribute = d.attributes.find((a) => a.property === p.name);
        return {
          kind: "field", name: p.name, type: type(p.type), description: p.description,
          ...(p.readonly ? { readonly: true } : {}), ...(p.default ? { default: p.default } : {}),
          ...(attribute ? { attribute: attribute.name, reflects: true } : {}),
        };
      }),
      ...d.methods.map((m) => ({
        kind: "method", name: m.name, description: m.description,
        parameters: m.parameters.map((p) => ({ name: p.name, type: type(p.type), ...(p.optional ? { optional: true } : {}) })),
        return: { type: type(m.return) },
      })),
    ],
    events: d.events.map((e) => ({ name: e.name, type: type(eventType(e)), description: e.description })),
  };
  return {
    schemaVersion: "2.1.0",
    readme: "README.md",
    modules: [{
      kind: "javascript-module",
      path: d.module,
      declarations: [declaration],
      exports: [{ kind: "custom-element-definition", name: d.tagName, declaration: { name: d.className, module: d.module } }],
    }],
  };
}
