import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { DICTIONARY_FILES, DIC_PATH, dictionaryReady, indexTargets, loadJaDictionary, type PendingDictionary } from "../src/analyse/dictionary.js";

/** Little-endian 32-bit integers, as kuromoji writes its dictionary files. */
const ints = (...xs: number[]) => {
  const b = new Uint8Array(4 * xs.length);
  const v = new DataView(b.buffer);
  xs.forEach((x, i) => v.setInt32(4 * i, x, true));
  return b;
};

/** The index as a plain map, key → ids, for keys with any. */
const asMap = (t: { offsets: Int32Array; values: Int32Array }) => {
  const out: Record<number, number[]> = {};
  for (let k = 0; k + 1 < t.offsets.length; k++) if (t.offsets[k + 1] > t.offsets[k]) out[k] = [...t.values.subarray(t.offsets[k], t.offsets[k + 1])];
  return out;
};

describe("indexTargets reads kuromoji's target map file", () => {
  it.each([
    ["two keys", ints(2, 1, 2, 10, 20, 3, 1, 30), { 1: [10, 20], 3: [30] }],
    ["a key that comes again gets both groups, in order", ints(2, 4, 1, 7, 2, 1, 8, 4, 2, 9, 6), { 2: [8], 4: [7, 9, 6] }],
    ["zero padding at the end adds nothing", ints(1, 0, 1, 5, 0, 0, 0, 0, 0, 0), { 0: [5] }],
    ["a negative key is passed over, its values skipped", ints(2, -1, 2, 1, 2, 5, 1, 3), { 5: [3] }],
    ["a value cut short by the end of the bytes reads 0", ints(1, 1, 2, 11), { 1: [11, 0] }],
    ["nothing but the count", ints(0), {}],
    ["no bytes at all", new Uint8Array(0), {}],
  ])("%s", (_, bytes, expected) => {
    expect(asMap(indexTargets(bytes))).toEqual(expected);
  });

  it("keys without ids have empty ranges, and the index ends at the last key", () => {
    const t = indexTargets(ints(1, 3, 1, 9));
    expect([...t.offsets]).toEqual([0, 0, 0, 0, 1]);
    expect([...t.values]).toEqual([9]);
  });

  it("puts the index in shared memory when asked", () => {
    const t = indexTargets(ints(1, 0, 1, 5), true);
    expect(t.offsets.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(t.values.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(indexTargets(ints(1, 0, 1, 5)).values.buffer).not.toBeInstanceOf(SharedArrayBuffer);
  });

  it("gives every key of the shipped dictionary the ids kuromoji's own loadTargetMap gives it", () => {
    const bytes = new Uint8Array(gunzipSync(readFileSync(join(DIC_PATH, "tid_map.dat.gz"))));
    const TokenInfoDictionary = createRequire(import.meta.url)("kuromoji/src/dict/TokenInfoDictionary.js");
    const theirs: Record<string, number[]> = new TokenInfoDictionary().loadTargetMap(bytes).target_map;
    const mine = indexTargets(bytes);
    const keys = Object.keys(theirs);
    expect(keys.length).toBeGreaterThan(300_000);
    const differ = keys.filter((k) => mine.values.subarray(mine.offsets[Number(k)], mine.offsets[Number(k) + 1]).join() !== theirs[k].join());
    expect(differ).toEqual([]);
    // And no key of ours is missing from theirs.
    expect(Object.keys(asMap(mine)).length).toBe(keys.length);
  });
});

describe("loadJaDictionary", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  /** A copy of the shipped dictionary with one file replaced (or removed, with null). */
  const brokenCopy = (file: string, bytes: Buffer | null) => {
    const dir = mkdtempSync(join(tmpdir(), "leakset-dict-"));
    dirs.push(dir);
    for (const f of DICTIONARY_FILES) if (f !== file) copyFileSync(join(DIC_PATH, f), join(dir, f));
    if (bytes) writeFileSync(join(dir, file), bytes);
    return dir;
  };

  it("decompresses every file but the target map into shared memory of the file's size", async () => {
    const d = await loadJaDictionary();
    expect(Object.keys(d.files).sort()).toEqual(DICTIONARY_FILES.filter((f) => f !== "tid_map.dat.gz").sort());
    for (const f of Object.keys(d.files)) {
      expect(d.files[f]).toBeInstanceOf(SharedArrayBuffer);
      expect(d.files[f].byteLength, f).toBe(gunzipSync(readFileSync(join(DIC_PATH, f))).length);
    }
    const cc = gunzipSync(readFileSync(join(DIC_PATH, "cc.dat.gz")));
    expect(Buffer.from(d.files["cc.dat.gz"]).equals(cc)).toBe(true);
  });

  it.each([
    ["a missing file", "unk_char.dat.gz", null, /unk_char\.dat\.gz/],
    ["a file too short for gzip", "cc.dat.gz", Buffer.from("x"), /cc\.dat\.gz is too short for gzip/],
    ["a file that is not gzip", "unk.dat.gz", Buffer.alloc(64, 7), /unk\.dat\.gz cannot be decompressed: incorrect header check/],
  ])("rejects %s, naming it", async (_, file, bytes, message) => {
    await expect(loadJaDictionary(brokenCopy(file, bytes))).rejects.toThrow(message);
  });

  it.each([1, -1])("rejects a file whose gzip trailer gives its size %+d, naming it", async (delta) => {
    const gz = readFileSync(join(DIC_PATH, "unk_invoke.dat.gz"));
    const lying = Buffer.from(gz);
    lying.writeUInt32LE(gz.readUInt32LE(gz.length - 4) + delta, gz.length - 4);
    await expect(loadJaDictionary(brokenCopy("unk_invoke.dat.gz", lying))).rejects.toThrow(/unk_invoke\.dat\.gz cannot be decompressed/);
  });
});

describe("dictionaryReady", () => {
  const pending = (state: number): PendingDictionary => ({
    dictionary: { files: {}, targets: { offsets: new Int32Array(1), values: new Int32Array(0) } },
    state: new Int32Array(new SharedArrayBuffer(4)).fill(state),
  });

  it("returns a dictionary that is complete", async () => {
    const p = pending(1);
    await expect(dictionaryReady(p)).resolves.toBe(p.dictionary);
  });

  it("waits for one being filled, until the state changes", async () => {
    const p = pending(0);
    let done = false;
    const ready = dictionaryReady(p).then((d) => ((done = true), d));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    Atomics.store(p.state, 0, 1);
    Atomics.notify(p.state, 0);
    await expect(ready).resolves.toBe(p.dictionary);
  });

  it("throws for one that failed", async () => {
    await expect(dictionaryReady(pending(2))).rejects.toThrow(/could not be decompressed/);
  });
});
