import { parse } from "csv-parse/sync";
import { ALIASES } from "../lexicon/aliases.js";
import { LEGAL_FORMS as EN_LEGAL } from "../lexicon/en/orgs.js";
import { LEGAL_FORMS as JA_LEGAL } from "../lexicon/ja/orgs.js";
import type { Problem } from "../types.js";

/** An alias pair as `[alias, canonical]`. */
export type AliasPair = readonly [string, string];

// Longest first ("Corporation" before "Corp"), NFKC so ㈱ and (株) read alike; English forms only as whole words ("Co" must not eat "Cosmo"), Japanese ones anywhere.
const LEGAL = [...new Set([...EN_LEGAL, ...JA_LEGAL].map((f) => f.normalize("NFKC").toLowerCase()))]
  .sort((a, b) => b.length - a.length)
  .map((f) => (/^[a-z.]+$/.test(f) ? new RegExp(`(?<=[\\s,])${f.replace(/\./g, "\\.")}(?=[\\s,.])`, "g") : f));

/** The key two names share to be one victim: NFKC, lower case, no legal form, space or mark (`Sony Corp.` → `sony`). */
export function nameKey(name: string): string {
  let s = ` ${name.normalize("NFKC").toLowerCase()} `;
  for (const f of LEGAL) s = typeof f === "string" ? s.split(f).join("") : s.replace(f, " ");
  return s.replace(/[\s\p{P}\p{S}]+/gu, "");
}

/** Looks names up in the project's alias table and a corpus's own: key → canonical display name. */
export class AliasTable {
  private readonly canon = new Map<string, string>();

  constructor(extra: readonly AliasPair[] = []) {
    // The corpus's pairs come last, so they win over the project's table.
    for (const [alias, canonical] of [...ALIASES, ...extra]) {
      this.canon.set(nameKey(alias), canonical);
      this.canon.set(nameKey(canonical), canonical);
    }
  }

  /** The key a name groups by: that of its canonical name when it has one. */
  key(name: string): string {
    const k = nameKey(name);
    const c = this.canon.get(k);
    return c === undefined ? k : nameKey(c);
  }

  /** The canonical display name of a key, or null when no alias names it. */
  display(key: string): string | null {
    return this.canon.get(key) ?? null;
  }
}

/** Reads a corpus's `aliases.csv` (`alias,canonical`); a row lacking a name is a METADATA problem, the rest apply. */
export function parseAliases(csv: string): { pairs: AliasPair[]; problems: Problem[] } {
  const pairs: AliasPair[] = [];
  const problems: Problem[] = [];
  let rows: string[][];
  try {
    rows = parse(csv.replace(/^\ufeff/, ""), { relax_column_count: true, skip_empty_lines: true });
  } catch (e) {
    return { pairs, problems: [{ file: "aliases.csv", code: "METADATA", reason: `not readable as CSV: ${(e as Error).message.split("\n")[0]}` }] };
  }
  const head = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const ai = head.indexOf("alias");
  const ci = head.indexOf("canonical");
  if (ai < 0 || ci < 0) return { pairs, problems: [{ file: "aliases.csv:1", code: "METADATA", reason: "the header must name the columns alias and canonical" }] };
  rows.slice(1).forEach((row, i) => {
    const alias = (row[ai] ?? "").trim();
    const canonical = (row[ci] ?? "").trim();
    if (alias && canonical) pairs.push([alias, canonical]);
    else problems.push({ file: `aliases.csv:${i + 2}`, code: "METADATA", reason: "a row needs both an alias and a canonical name" });
  });
  return { pairs, problems };
}
