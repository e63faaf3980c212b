import { readdir, realpath, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { Problem } from "../types.js";

/** File endings read as articles. */
export const ARTICLE_EXTENSIONS = [".txt", ".md", ".html", ".htm"] as const;

/** One article file found under the corpus root. */
export interface CorpusFile {
  /** Path under the corpus root with `/` separators (`sub/a.txt`). */
  rel: string;
  abs: string;
}

const isArticle = (name: string) => ARTICLE_EXTENSIONS.some((e) => name.toLowerCase().endsWith(e));

/** Stable order for every machine: by UTF-16 code units of the relative path, not the locale. */
export const byPath = (a: { rel: string }, b: { rel: string }) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);

/** UTF-16 code-unit order of names, the same on every machine (readdir's order is the disk's). */
const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

const within = (p: string, root: string) => p === root || p.startsWith(root + sep);

/** Every article under `root` in a stable order, reading nothing outside it: a link to a file is an article, one to a folder is skipped (read under its real path); loops, broken links and links out of the root are LINK; a non-regular file is READ and never opened, since a pipe would block the run. */
export async function listCorpus(root: string): Promise<{ files: CorpusFile[]; problems: Problem[] }> {
  const realRoot = await realpath(root);
  const files: CorpusFile[] = [];
  const problems: Problem[] = [];
  const report = (abs: string, code: Problem["code"], reason: string) => problems.push({ file: rel(abs), code, reason });

  async function walk(dir: string, realDir: string): Promise<void> {
    const entries = (await readdir(dir, { withFileTypes: true })).sort(byName);
    for (const e of entries) {
      const abs = join(dir, e.name);
      if (e.isDirectory()) {
        await walk(abs, join(realDir, e.name));
        continue;
      }
      if (e.isFile()) {
        if (isArticle(e.name)) files.push({ rel: rel(abs), abs });
        continue;
      }
      if (!e.isSymbolicLink()) {
        if (isArticle(e.name)) report(abs, "READ", "not a regular file (a pipe, socket or device); not read");
        continue;
      }
      let target: string;
      try {
        target = await realpath(abs);
      } catch (err) {
        const loop = (err as NodeJS.ErrnoException).code === "ELOOP";
        if (loop) report(abs, "LINK", "symbolic link loop; not followed");
        else if (isArticle(e.name)) report(abs, "LINK", "broken symbolic link");
        continue;
      }
      if (!within(target, realRoot)) {
        report(abs, "LINK", "symbolic link leaves the corpus root; not followed");
        continue;
      }
      const st = await stat(target);
      if (st.isDirectory()) {
        if (within(realDir, target)) report(abs, "LINK", "symbolic link to a folder above it (a loop); not followed");
        continue;
      }
      if (!isArticle(e.name)) continue;
      if (st.isFile()) files.push({ rel: rel(abs), abs });
      else report(abs, "READ", "link to something that is not a regular file; not read");
    }
  }
  const rel = (p: string) => relative(root, p).split(sep).join("/");

  await walk(root, realRoot);
  files.sort(byPath);
  problems.sort((a, b) => byPath({ rel: a.file }, { rel: b.file }));
  return { files, problems };
}

/** `sub/a.txt` → `sub/a`: the document id of the contract. */
export const docIdOf = (rel: string) => rel.replace(/\.[^./]+$/, "");
