import { CODE_LISTS, type DataTypeCode } from "./codes.js";
import { provenanceColumns, type Column } from "./schema.js";
import { DOC_TABLES, FINAL_TABLES } from "./writer.js";

/** README.md's column tables and codebook, made from the writers' schema; a test keeps the README from drifting. */

const cell = (s: string) => s.replace(/\|/g, "\\|");

function columnTable(columns: Column<never>[]): string {
  const rows = columns.map((c) => {
    const allowed = c.codes ? `codes: ${c.codes.map((x) => `\`${x.value}\``).join(", ")}` : c.pattern ? `pattern \`${cell(c.pattern)}\`` : "";
    return `| \`${c.name}\` | ${c.type}${c.unit ? ` (${cell(c.unit)})` : ""} | ${c.required ? "yes" : ""} | ${cell(c.description)}${allowed ? `; ${allowed}` : ""} |`;
  });
  return ["| column | type (unit) | always filled | meaning |", "| --- | --- | --- | --- |", ...rows].join("\n");
}

/** Markdown of every table's columns (provenance last; records.csv's meta_* columns noted). */
export function columnsMarkdown(): string {
  const prov = provenanceColumns({ tool_version: "", run_id: "" }) as Column<never>[];
  return [...DOC_TABLES, ...FINAL_TABLES]
    .map((t) => {
      const extra = t.name === "records" ? "\n\nAfter `run_id` come the columns of the corpus's metadata.csv other than `file` and `published`, named `meta_<column>`, as text." : "";
      return `#### ${t.name}.csv — ${t.title}\n\n${t.description}${t.primaryKey ? ` (key: ${t.primaryKey.map((k) => `\`${k}\``).join(", ")})` : ""}.\n\n${columnTable([...t.columns, ...prov])}${extra}`;
    })
    .join("\n\n");
}

/** Markdown of the codebook: every code list, the data types with their HIBP class and VERIS variety. */
export function codebookMarkdown(): string {
  const parts: string[] = [];
  for (const [list, codes] of Object.entries(CODE_LISTS)) {
    if (list === "data_type") {
      const rows = (codes as DataTypeCode[]).map((c) => `| \`${c.value}\` | ${cell(c.label)} | ${c.category} | ${c.hibp_class ?? "—"} | ${c.veris_variety} |`);
      parts.push(`##### ${list}\n\n| code | meaning | category | Have I Been Pwned class | VERIS variety |\n| --- | --- | --- | --- | --- |\n${rows.join("\n")}`);
    } else {
      parts.push(`##### ${list}\n\n| code | meaning |\n| --- | --- |\n${codes.map((c) => `| \`${c.value}\` | ${cell(c.label)} |`).join("\n")}`);
    }
  }
  return parts.join("\n\n");
}

/** The generated sections of README.md, by marker name: `<!-- NAME:begin -->` ... `<!-- NAME:end -->`. */
export const GENERATED_SECTIONS: Record<string, () => string> = { columns: columnsMarkdown, codebook: codebookMarkdown };

/** README.md with every generated section made anew from the schema. */
export function renderDocs(text: string): string {
  let out = text;
  for (const [name, make] of Object.entries(GENERATED_SECTIONS)) {
    const re = new RegExp(`(<!-- ${name}:begin -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`);
    out = out.replace(re, (_, a: string, c: string) => `${a}${make()}\n${c}`);
  }
  return out;
}
