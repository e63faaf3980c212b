import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { OptionError } from "./options.js";
import { commitTemp, discardTemp, prepareTemp, type Owner } from "./output/commit.js";
import { buildManifest, writeManifest, type Manifest } from "./output/manifest.js";
import { OutputWriter } from "./output/writer.js";
import { corpusHref } from "./run.js";
import type { DocRecord, Lang } from "./types.js";

/** What a merge reports back. */
export interface MergeSummary {
  parts: number;
  records: number;
  problems: number;
  out: string;
}

/** The metadata columns of a part, read from its datapackage.json (the same for CSV and Parquet). */
async function metaColumnsOf(part: string): Promise<string[]> {
  const pkg = JSON.parse(await readFile(join(part, "datapackage.json"), "utf8")) as { resources: Array<{ name: string; schema: { fields: Array<{ name: string }> } }> };
  const records = pkg.resources.find((r) => r.name === "records");
  return (records?.schema.fields ?? []).map((f) => f.name).filter((n) => n.startsWith("meta_")).map((n) => n.slice(5));
}

/** Refuses parts that are not every slice of one sharding exactly once: a missing shard would silently drop documents, a repeated one duplicate them. A single whole run is allowed. */
export function checkShards(parts: string[], shards: Array<string | undefined>): void {
  const whole = shards.findIndex((s) => s === undefined);
  if (whole >= 0) {
    if (parts.length === 1) return;
    throw new OptionError("NO_PARTS", `part ${parts[whole]} is the output of a whole run, not of a --shard run: there is nothing to merge it with`, parts[whole]);
  }
  const parsed = shards.map((s) => s!.split("/").map(Number) as [number, number]);
  const n = parsed[0][1];
  const other = parsed.findIndex(([, c]) => c !== n);
  if (other >= 0) throw new OptionError("NO_PARTS", `part ${parts[other]} is shard ${shards[other]}, but ${parts[0]} is shard ${shards[0]}: the parts come from different --shard counts`, parts[other]);
  const byIndex = new Map<number, string>();
  parsed.forEach(([k], i) => {
    const seen = byIndex.get(k);
    if (seen !== undefined) throw new OptionError("NO_PARTS", `shard ${k}/${n} is given twice: ${seen} and ${parts[i]}`, parts[i]);
    byIndex.set(k, parts[i]);
  });
  const missing = Array.from({ length: n }, (_, i) => i + 1).filter((k) => !byIndex.has(k));
  if (missing.length) {
    const list = missing.length > 5 ? `${missing.slice(0, 5).join(", ")} and ${missing.length - 5} more` : missing.join(", ");
    throw new OptionError("NO_PARTS", `${missing.length} of ${n} shards missing (${list}): their documents would be left out of the merged output`, parts[0]);
  }
}

/** Joins `--shard K/N` outputs of one version and options, byte-identical to a single run: records merged by path, lists in canonical order, files rewritten by the same writer. */
export async function merge(out: string, parts: string[], owner: Owner): Promise<MergeSummary> {
  if (!parts.length) throw new OptionError("NO_PARTS", "merge needs at least one part folder");
  const manifests: Manifest[] = [];
  for (const part of parts) {
    try {
      if (!(await stat(part)).isDirectory()) throw new Error();
      manifests.push(JSON.parse(await readFile(join(part, "manifest.json"), "utf8")));
    } catch {
      throw new OptionError("NO_PARTS", `part ${part} is not a leakset output folder (no readable manifest.json)`, part);
    }
  }
  const first = manifests[0];
  for (let i = 1; i < manifests.length; i++) {
    const m = manifests[i];
    if (m.version !== first.version || JSON.stringify(m.options) !== JSON.stringify(first.options)) {
      throw new OptionError("NO_PARTS", `part ${parts[i]} was made by another version or with other options than ${parts[0]}`, parts[i]);
    }
    // Shards of one run share its id (made from the whole corpus): another id is another corpus.
    if (m.run_id !== first.run_id) {
      throw new OptionError("NO_PARTS", `part ${parts[i]} comes from another corpus or alias table than ${parts[0]} (run ${m.run_id}, not ${first.run_id})`, parts[i]);
    }
  }
  checkShards(parts, manifests.map((m) => m.shard));
  const metaColumns = await metaColumnsOf(parts[0]);
  const tmp = await prepareTemp(out, owner);
  const writer = new OutputWriter(tmp, {
    excel: first.options.excel,
    format: first.options.format,
    metaColumns,
    provenance: { tool_version: first.version, run_id: first.run_id },
    aliases: first.aliases,
  });
  const streams = parts.map((p) => createReadStream(join(p, "records.jsonl"), { encoding: "utf8" }));
  try {
    const iters = streams.map((s) => createInterface({ input: s, crlfDelay: Infinity })[Symbol.asyncIterator]());
    const heads: Array<DocRecord | null> = await Promise.all(iters.map(async (it) => nextRecord(it)));
    const byLang: Record<Lang, number> = { en: 0, ja: 0 };
    // A k-way merge by path: parts are few, so a linear scan for the smallest head is enough.
    for (;;) {
      let k = -1;
      for (let i = 0; i < heads.length; i++) if (heads[i] && (k < 0 || heads[i]!.source < heads[k]!.source)) k = i;
      if (k < 0) break;
      const r = heads[k]!;
      byLang[r.lang]++;
      await writer.write(r);
      heads[k] = await nextRecord(iters[k]);
    }
    // The parts link to the corpus from their own folders; the merged output links from its own.
    const corpus = first.corpus == null ? null : corpusHref(out, resolve(parts[0], first.corpus));
    const manifest: Manifest = {
      ...buildManifest(
        first.options,
        { records: writer.records, mentions: writer.mentions, en: byLang.en, ja: byLang.ja },
        manifests.flatMap((m) => m.problems),
        manifests.flatMap((m) => m.files),
        { run_id: first.run_id, aliases: first.aliases },
      ),
      corpus,
    };
    await writer.finish(manifest);
    await writer.report.write({ version: manifest.version, corpusHref: corpus, problems: manifest.problems.length });
    await writeManifest(tmp, manifest);
    await commitTemp(tmp, out, owner);
    return { parts: parts.length, records: writer.records, problems: manifest.problems.length, out };
  } catch (e) {
    writer.abort();
    await discardTemp(tmp);
    throw e;
  } finally {
    for (const s of streams) s.destroy();
  }
}

async function nextRecord(it: AsyncIterator<string>): Promise<DocRecord | null> {
  for (;;) {
    const r = await it.next();
    if (r.done) return null;
    if (r.value.trim()) return JSON.parse(r.value) as DocRecord;
  }
}
