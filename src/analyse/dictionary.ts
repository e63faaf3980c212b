import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { createGunzip } from "node:zlib";
import type kuromoji from "kuromoji";
import { useLinearLattice, type TargetIndex } from "./lattice.js";

const require = createRequire(import.meta.url);

/** kuromoji's internals: its entry point only offers a builder that unzips the files in every thread. */
const DynamicDictionaries = require("kuromoji/src/dict/DynamicDictionaries.js") as new () => KuromojiDictionaries;
const Tokenizer = require("kuromoji/src/Tokenizer.js") as new (dic: KuromojiDictionaries) => kuromoji.Tokenizer<kuromoji.IpadicFeatures>;

/** The loading methods of kuromoji's DynamicDictionaries, as its DictionaryLoader calls them. */
interface KuromojiDictionaries {
  loadTrie(base: Int32Array, check: Int32Array): void;
  token_info_dictionary: { loadDictionary(b: Uint8Array): void; loadPosVector(b: Uint8Array): void };
  loadConnectionCosts(b: Int16Array): void;
  loadUnknownDictionaries(unk: Uint8Array, pos: Uint8Array, map: Uint8Array, cat: Uint8Array, compat: Uint32Array, invoke: Uint8Array): void;
}

/** The folder of the IPADIC dictionary shipped in the kuromoji package. */
export const DIC_PATH = join(dirname(require.resolve("kuromoji/package.json")), "dict");

/** The files kuromoji's loader asks for, all gzipped. */
export const DICTIONARY_FILES = [
  "base.dat.gz",
  "check.dat.gz",
  "tid.dat.gz",
  "tid_pos.dat.gz",
  "tid_map.dat.gz",
  "cc.dat.gz",
  "unk.dat.gz",
  "unk_pos.dat.gz",
  "unk_map.dat.gz",
  "unk_char.dat.gz",
  "unk_compat.dat.gz",
  "unk_invoke.dat.gz",
] as const;

/** The dictionary decompressed (~100 MB) into shared memory, which kuromoji only reads: threads share one copy. */
export interface JaDictionary {
  files: Readonly<Record<string, SharedArrayBuffer>>;
  targets: TargetIndex;
}

/** The dictionary while it is decompressed: the memory exists, its content not yet. */
export interface PendingDictionary {
  dictionary: JaDictionary;
  /** Shared with every thread: FILLING, READY or FAILED. */
  state: Int32Array;
}

const FILLING = 0;
const READY = 1;
const FAILED = 2;

/** The file kuromoji turns into its target map; indexTargets reads it instead. */
const TARGET_MAP = "tid_map.dat.gz";

/** One gzipped file, read, with shared memory of its decompressed size (from gzip's trailer). */
async function openGzip(path: string): Promise<{ gz: Buffer; out: Uint8Array }> {
  const gz = await readFile(path);
  if (gz.length < 18) throw new Error(`kuromoji dictionary file ${path} is too short for gzip`);
  // ISIZE is the size mod 2^32; gunzipInto checks it.
  return { gz, out: new Uint8Array(new SharedArrayBuffer(gz.readUInt32LE(gz.length - 4))) };
}

/** Decompresses into `out`, chunk by chunk: no second copy of the whole file is ever held. */
async function gunzipInto(path: string, gz: Buffer, out: Uint8Array): Promise<void> {
  let at = 0;
  const gunzip = createGunzip({ chunkSize: 1 << 20 });
  gunzip.end(gz);
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      // zlib checks the size only after the last chunk: never write past `out`.
      if (at + chunk.length > out.length) throw new Error("longer than its gzip trailer says");
      out.set(chunk, at);
      at += chunk.length;
    }
  } catch (e) {
    throw new Error(`kuromoji dictionary file ${path} cannot be decompressed: ${(e as Error).message}`);
  }
  if (at !== out.length) throw new Error(`kuromoji dictionary file ${path} is shorter than its gzip trailer says`);
}

/** Reads tid_map.dat as kuromoji's loadTargetMap does (count, then key/n/values groups; a repeated key's values appended); negative keys are skipped. */
export function indexTargets(bytes: Uint8Array, shared = false): TargetIndex {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const int = (at: number) => (at + 4 <= bytes.length ? view.getInt32(at, true) : 0);
  const counts: number[] = [];
  let total = 0;
  const groups = (visit: (key: number, at: number, n: number) => void) => {
    for (let at = 4; at < bytes.length; ) {
      const key = int(at);
      const n = Math.max(0, int(at + 4));
      if (key >= 0) visit(key, at + 8, n);
      at += 8 + 4 * n;
    }
  };
  groups((key, _, n) => {
    for (let k = counts.length; k <= key; k++) counts.push(0);
    counts[key] += n;
    total += n;
  });
  const ints = (n: number) => new Int32Array(shared ? new SharedArrayBuffer(4 * n) : new ArrayBuffer(4 * n));
  const offsets = ints(counts.length + 1);
  for (let k = 0; k < counts.length; k++) offsets[k + 1] = offsets[k] + counts[k];
  const values = ints(total);
  const next = Int32Array.from(offsets);
  groups((key, at, n) => {
    for (let i = 0; i < n; i++) values[next[key]++] = int(at + 4 * i);
  });
  return { offsets, values };
}

/** Reads the files and reserves shared memory, then decompresses in the background, so workers take the pending dictionary at once; `filled` settles after. */
export async function openJaDictionary(dicPath: string = DIC_PATH): Promise<{ pending: PendingDictionary; filled: Promise<void> }> {
  const opened = await Promise.all(DICTIONARY_FILES.map((f) => openGzip(join(dicPath, f))));
  // A thread copies the index as it starts: the map (4 MB) goes first.
  const mapAt = DICTIONARY_FILES.indexOf(TARGET_MAP);
  await gunzipInto(join(dicPath, TARGET_MAP), opened[mapAt].gz, opened[mapAt].out);
  const targets = indexTargets(opened[mapAt].out, true);
  const state = new Int32Array(new SharedArrayBuffer(4));
  const rest = DICTIONARY_FILES.map((f, i) => ({ f, ...opened[i] })).filter((o) => o.f !== TARGET_MAP);
  const files = Object.fromEntries(rest.map((o) => [o.f, o.out.buffer as SharedArrayBuffer]));
  const filled = Promise.all(rest.map((o) => gunzipInto(join(dicPath, o.f), o.gz, o.out))).then(
    () => settle(state, READY),
    (e: unknown) => {
      settle(state, FAILED);
      throw e;
    },
  );
  return { pending: { dictionary: { files, targets }, state }, filled };
}

/** Atomics.waitAsync (Node 16 and later; TypeScript types it from ES2024, above our ES2022 target). */
const waitAsync = (Atomics as unknown as { waitAsync(a: Int32Array, i: number, v: number): { value: Promise<string> | string } }).waitAsync;

function settle(state: Int32Array, value: number): void {
  Atomics.store(state, 0, value);
  Atomics.notify(state, 0);
}

/** Waits (without blocking the thread) until a pending dictionary is complete; throws if it failed. */
export async function dictionaryReady(d: PendingDictionary): Promise<JaDictionary> {
  if (Atomics.load(d.state, 0) === FILLING) await waitAsync(d.state, 0, FILLING).value;
  if (Atomics.load(d.state, 0) !== READY) throw new Error("the kuromoji dictionary could not be decompressed");
  return d.dictionary;
}

/** Reads and decompresses the whole dictionary, for a process that tokenizes on its own. */
export async function loadJaDictionary(dicPath: string = DIC_PATH): Promise<JaDictionary> {
  const { pending, filled } = await openJaDictionary(dicPath);
  await filled;
  return pending.dictionary;
}

/** A kuromoji tokenizer over a decompressed dictionary, known words read from the shared index (lattice.ts); cheap. */
export function tokenizerFrom(dict: JaDictionary): kuromoji.Tokenizer<kuromoji.IpadicFeatures> {
  const file = (name: string) => {
    const b = dict.files[name];
    if (!b) throw new Error(`kuromoji dictionary file ${name} is missing`);
    return b;
  };
  const u8 = (name: string) => new Uint8Array(file(name));
  const dic = new DynamicDictionaries();
  dic.loadTrie(new Int32Array(file("base.dat.gz")), new Int32Array(file("check.dat.gz")));
  dic.token_info_dictionary.loadDictionary(u8("tid.dat.gz"));
  dic.token_info_dictionary.loadPosVector(u8("tid_pos.dat.gz"));
  dic.loadConnectionCosts(new Int16Array(file("cc.dat.gz")));
  dic.loadUnknownDictionaries(u8("unk.dat.gz"), u8("unk_pos.dat.gz"), u8("unk_map.dat.gz"), u8("unk_char.dat.gz"), new Uint32Array(file("unk_compat.dat.gz")), u8("unk_invoke.dat.gz"));
  return useLinearLattice(new Tokenizer(dic), dict.targets);
}
