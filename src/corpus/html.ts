import { Parser } from "htmlparser2";

/** Elements whose contents are never visible text. */
const HIDDEN = new Set([
  "script", "style", "noscript", "template", "svg", "math", "head", "iframe", "object", "canvas",
  // Page chrome: visible, never the story. <header> is kept: it often holds the headline.
  "nav", "aside", "footer",
]);

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

/** A page's visible text, blocks on lines of their own; htmlparser2 streams, so broken markup costs linear time. */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  // Only hidden elements are tracked, so a stray `</div>` cannot end a `<script>`; a close (or `<body>`) ends hidden ones left open inside, lest broken markup hide the page.
  const open: string[] = [];
  const closeHidden = (name: string) => {
    const at = open.lastIndexOf(name);
    if (at >= 0) open.length = at;
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === "body") closeHidden("head");
        if (HIDDEN.has(name)) open.push(name);
        if (BLOCK.has(name)) parts.push("\n");
      },
      ontext(text) {
        if (open.length === 0) parts.push(text);
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) closeHidden(name);
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
