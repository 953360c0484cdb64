// A consumer of the package's declarations, compiled with tsc --strict by
// package.test.mjs: the Node API and the element's types as a page's script uses them.
import { articleHtml, importText, inspect, lint, plainHtml, ready, type PostOutline } from "clinic-reader";
import type { ClinicReaderElement, ClinicReaderState } from "clinic-reader/element";

export async function render(markdown: string): Promise<string> {
  await ready;
  const outline: PostOutline = inspect(markdown);
  const errors: number = lint(markdown, { file: "post.md" }).diagnostics.filter((d) => d.severity === "error").length;
  const imported: string = importText("<p>old</p>", { from: "html", url: "https://clinic.example/" });
  // @ts-expect-error: the option is jsonld
  articleHtml(markdown, { jsonLd: true });
  return articleHtml(new TextEncoder().encode(markdown), { jsonld: true, standalone: errors === 0 }) + plainHtml(imported) + outline.title;
}

export async function drive(): Promise<void> {
  const reader = document.querySelector("clinic-reader");  // HTMLElementTagNameMap: a ClinicReaderElement
  if (!reader) return;
  const same: ClinicReaderElement = await reader.ready;
  reader.theme = "sepia";
  reader.fontScale = 1.2;
  reader.setTheme("auto");
  // @ts-expect-error: not a theme
  reader.setTheme("blue");
  reader.toggle(0);
  reader.expandAll();
  reader.collapseAll();
  reader.setFontScale(1.1);
  reader.setAccent("#9a3412");
  reader.timeout = 5000;
  await reader.load("# Title");
  const state: ClinicReaderState | null = same.state();
  if (state && state.mode !== "html") console.log(state.contentHeight, state.qa[0]?.top);
  reader.addEventListener("toggle", (event) => console.log(event.detail.index, event.detail.open));
  reader.addEventListener("error", (event) => console.log(event.detail.code, event.detail.message));
  reader.addEventListener("linkclick", (event) => {
    if (new URL(event.detail.href).host === location.host) event.preventDefault();
  });
  // @ts-expect-error: a toggle's detail has no href
  reader.addEventListener("toggle", (event) => event.detail.href);
  const created = document.createElement("clinic-reader");
  created.src = "/posts/milia.en.md";
}
