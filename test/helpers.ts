import { resolve } from "node:path";
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
