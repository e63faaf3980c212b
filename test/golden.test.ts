import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, test } from "vitest";
import type { Resources } from "../src/analyse/doc.js";
import { processBytes } from "../src/pipeline.js";
import { ROOT, loadResources } from "./helpers.js";

/**
 * Golden folders: each holds an input (input.txt, input.html, or input.utf8.txt encoded at test
 * time as meta.json's `encoding` says), meta.json (publication date) and expected.json, the whole
 * record. `UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts` rewrites expected.json after an
 * intended change; the diff then shows in review what the change did to real output.
 */
const DIR = join(ROOT, "test", "golden");
const UPDATE = process.env.UPDATE_GOLDEN === "1";

let res: Resources;
beforeAll(async () => {
  res = await loadResources();
});

describe.each(readdirSync(DIR).sort())("golden %s", (name) => {
  test("record equals expected.json", () => {
    const dir = join(DIR, name);
    const meta = JSON.parse(readFileSync(join(dir, "meta.json"), "utf8")) as { published?: string; encoding?: string };
    const input = readdirSync(dir).find((f) => f.startsWith("input."))!;
    let bytes: Buffer = readFileSync(join(dir, input));
    // Legacy encodings are made at test time from UTF-8, so no binary file is committed.
    if (meta.encoding) bytes = iconv.encode(bytes.toString("utf8"), meta.encoding);
    const rel = input.replace(".utf8", "");
    const out = processBytes(rel, bytes, { published: meta.published ?? null, extra: {} }, { lang: "auto", maxBytes: 1 << 24 }, res);
    expect("record" in out).toBe(true);
    if (!("record" in out)) return;
    const got = JSON.stringify(out.record, null, 2) + "\n";
    const file = join(dir, "expected.json");
    if (UPDATE) writeFileSync(file, got);
    expect(existsSync(file), `${name}/expected.json is missing: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(got).toBe(readFileSync(file, "utf8"));
  });
});
