import { readdir, realpath, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { Problem } from "../types.js";

/** File endings read as articles. */
export const ARTICLE_EXTENSIONS = [".txt", ".md", ".html", ".htm"] as const;

/** One article file found under the corpus root. */
export interface CorpusFile {
  /** Path under the corpus root with `/` separators (`sub/a.txt`). */
  rel: string;
  /** Absolute path on disk. */
  abs: string;
}

const isArticle = (name: string) => ARTICLE_EXTENSIONS.some((e) => name.toLowerCase().endsWith(e));

/** Stable order for every machine: by UTF-16 code units of the relative path, not the locale. */
export const byPath = (a: { rel: string }, b: { rel: string }) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);

/**
 * Lists every article under `root`, recursively, in a stable order. A symbolic link is followed
 * only when its target stays inside the root; a link that leaves it, or a directory reached twice
 * (a link loop), is reported as a problem and skipped.
 */
export async function listCorpus(root: string): Promise<{ files: CorpusFile[]; problems: Problem[] }> {
  const realRoot = await realpath(root);
  const files: CorpusFile[] = [];
  const problems: Problem[] = [];
  const seenDirs = new Set<string>();

  async function walk(dir: string): Promise<void> {
    const real = await realpath(dir);
    if (seenDirs.has(real)) {
      problems.push({ file: rel(dir) + "/", code: "LINK", reason: "directory reached twice (a link loop); skipped" });
      return;
    }
    seenDirs.add(real);
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries) {
      const abs = join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        let target: string;
        try {
          target = await realpath(abs);
        } catch {
          if (isArticle(e.name)) problems.push({ file: rel(abs), code: "LINK", reason: "broken symbolic link" });
          continue;
        }
        if (target !== realRoot && !target.startsWith(realRoot + sep)) {
          problems.push({ file: rel(abs), code: "LINK", reason: "symbolic link leaves the corpus root; not followed" });
          continue;
        }
        const st = await stat(abs);
        isDir = st.isDirectory();
        isFile = st.isFile();
      }
      if (isDir) await walk(abs);
      else if (isFile && isArticle(e.name)) files.push({ rel: rel(abs), abs });
    }
  }
  const rel = (p: string) => relative(root, p).split(sep).join("/");

  await walk(root);
  files.sort(byPath);
  problems.sort((a, b) => byPath({ rel: a.file }, { rel: b.file }));
  return { files, problems };
}

/** `sub/a.txt` → `sub/a`: the document id of the contract. */
export const docIdOf = (rel: string) => rel.replace(/\.[^./]+$/, "");
