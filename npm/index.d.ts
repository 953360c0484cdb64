// The Node API (index.js): server-side rendering and checking of posts with the
// reader's own core. Each function answers as the `clinic-reader` command named
// beside it prints. A post is a string, or the file's bytes as they are.
// The <clinic-reader> element's types: "clinic-reader/element".

export type PostText = string | Uint8Array;

/** Resolves once the core is compiled: await it before calling the functions. */
export const ready: Promise<void>;

export interface ArticleHtmlOptions {
  /** schema.org FAQPage JSON-LD for the Q&A (`--jsonld`). */
  jsonld?: boolean;
  /** A whole page with the reader's theme and typography (`--standalone`). */
  standalone?: boolean;
}
/** `clinic-reader html [--jsonld] [--standalone]`: the accessible article. */
export function articleHtml(markdown: PostText, options?: ArticleHtmlOptions): string;

/** `clinic-reader html --plain`: CommonMark HTML of the body, no recognised structure. */
export function plainHtml(markdown: PostText): string;

export interface PostOutline {
  title: string;
  author: string | null;
  date: string | null;
  lang: string;
  sections: Array<{ heading: string; kind: "text" | "qa" | "summary" | (string & {}); id: string }>;
  qa: Array<{ question: string; answer: string }>;
  summary: string[];
}
/** `clinic-reader inspect --json`: what was recognised. */
export function inspect(markdown: PostText): PostOutline;

export interface LintReport {
  file: string;
  diagnostics: Array<{ line: number; severity: "error" | "warning"; rule: string; message: string }>;
}
export interface LintOptions {
  /** The name the report gives the post (default "<stdin>", as `clinic-reader lint -`). */
  file?: string;
}
/** `clinic-reader lint --json`: a writer's warnings and errors, with line numbers. */
export function lint(markdown: PostText, options?: LintOptions): LintReport;

export interface ImportOptions {
  /** The input's kind (`--from`); told by the content when absent. */
  from?: "html" | "text";
  /** Where a saved page came from (`--url`), when the page does not say. */
  url?: string;
}
/** `clinic-reader import`: plain text from the old blog or a saved web page, as a post in our Markdown. Throws where the CLI fails (a page with no post text). */
export function importText(text: PostText, options?: ImportOptions): string;
