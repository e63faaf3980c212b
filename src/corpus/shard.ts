import { createHash } from "node:crypto";

/** A slice of the corpus: the K-th (1-based) of N. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `K/N` (1 ≤ K ≤ N); null when malformed. */
export function parseShard(raw: string): Shard | null {
  const m = /^(\d+)\/(\d+)$/.exec(raw.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index >= 1 && index <= count && count <= 100000 ? { index, count } : null;
}

/** In the shard by a hash of the path: every machine agrees, and a file keeps its shard as the corpus grows. */
export function inShard(rel: string, shard: Shard): boolean {
  if (shard.count === 1) return true;
  const h = createHash("sha1").update(rel).digest().readUInt32BE(0);
  return h % shard.count === shard.index - 1;
}
