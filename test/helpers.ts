import { execFile } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { analyse, type Resources } from "../src/analyse/doc.js";
import { loadJaTokenizer } from "../src/analyse/japanese.js";
import { extract } from "../src/extract/index.js";
import type { Doc, Extraction, Lang } from "../src/types.js";

/** The shared folder beside the repository: dev corpora, gold files, the scorer. */
export const SHARED = resolve(import.meta.dirname, "../../shared");
export const ROOT = resolve(import.meta.dirname, "..");

let resources: Promise<Resources> | undefined;

/** The kuromoji dictionary, built once per test worker. */
export function loadResources(): Promise<Resources> {
  resources ??= loadJaTokenizer().then((ja) => ({ ja }));
  return resources;
}

/**
 * English needs no dictionary: a Doc can be built without kuromoji. Japanese tests must pass the
 * resources from `loadResources()`.
 */
const NO_JA = { ja: null } as unknown as Resources;

/** Builds a Doc from text, as the pipeline would. */
export function makeDoc(text: string, opts: { lang?: Lang; published?: string | null; res?: Resources } = {}): Doc {
  return analyse({ id: "t", source: "t.txt", text, published: opts.published ?? null, lang: opts.lang ?? "auto" }, opts.res ?? NO_JA);
}

/** Runs the whole extraction over one text. */
export function extractText(text: string, opts: { lang?: Lang; published?: string | null; res?: Resources } = {}): Extraction {
  return extract(makeDoc(text, opts));
}

const exec = promisify(execFile);
/** The compiled command line (test/global-setup.ts builds it), as `npm run extract` runs it. */
export const CLI = join(ROOT, "dist", "cli.js");

/** Runs the CLI in its own process as a user would, returning its exit code and output. */
export async function runCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, TZ: "Asia/Tokyo", ...env } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** Every file of an output folder with its bytes, for byte-for-byte comparison. */
export function folderBytes(dir: string): Record<string, Buffer> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f))]));
}
