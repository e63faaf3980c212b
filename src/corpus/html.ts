import { Parser } from "htmlparser2";

/** Elements whose contents are never visible text. */
const HIDDEN = new Set(["script", "style", "noscript", "template", "svg", "math", "head", "iframe", "object", "canvas"]);

/** Elements that break the flow of text: each starts a new line so sentences do not run together. */
const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
  "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
  "pre", "section", "table", "td", "th", "tr", "ul", "title",
]);

/** True when a file name or its first bytes say it is HTML. */
export function isHtml(rel: string, text: string): boolean {
  if (/\.html?$/i.test(rel)) return true;
  return /^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 512));
}

/**
 * Reduces an HTML page to its visible text: scripts, styles and other hidden elements dropped,
 * entities decoded, block elements on lines of their own. htmlparser2 is a streaming tokenizer,
 * so deeply nested or broken markup costs linear time and no tree is built.
 */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  let hidden = 0;
  // Hidden elements are counted by name: broken markup may never close them, and a count per
  // name lets a stray `</div>` not end a `<script>`.
  const open: string[] = [];
  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN.has(name)) {
          hidden++;
          open.push(name);
        }
        if (BLOCK.has(name)) parts.push("\n");
      },
      ontext(text) {
        if (hidden === 0) parts.push(text);
      },
      onclosetag(name) {
        if (HIDDEN.has(name) && open.length && open[open.length - 1] === name) {
          open.pop();
          hidden--;
        }
        if (BLOCK.has(name)) parts.push("\n");
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return parts
    .join("")
    .replace(/[ \t\f\v\u00a0]+/g, " ")
    // Every block is a line of its own; a paragraph is a line, so blank lines add nothing.
    .replace(/ *\n[ \n]*/g, "\n")
    .trim();
}
