import { MENTION_COLUMNS, PROBLEM_COLUMNS, RECORD_COLUMNS, type Column } from "./schema.js";

/** A markdown table of columns: name, type, meaning. */
export function columnTable<T>(columns: Column<T>[]): string {
  const rows = columns.map((c) => `| \`${c.name}\` | ${c.type} | ${c.description.replace(/\|/g, "\\|")} |`);
  return ["| column | type | meaning |", "| --- | --- | --- |", ...rows].join("\n");
}

/** The tables the README shows, by marker name. */
export function readmeTables(): Record<string, string> {
  return {
    "records.csv": columnTable(RECORD_COLUMNS),
    "mentions.csv": columnTable(MENTION_COLUMNS),
    "problems.csv": columnTable(PROBLEM_COLUMNS),
  };
}

/** Replaces the body of every `<!-- columns:NAME -->` ... `<!-- /columns -->` block. */
export function renderReadme(readme: string, tables: Record<string, string>): string {
  return readme.replace(/(<!-- columns:([^ ]+) -->\n)[\s\S]*?(<!-- \/columns -->)/g, (all, open: string, name: string, close: string) =>
    tables[name] === undefined ? all : `${open}${tables[name]}\n${close}`,
  );
}
