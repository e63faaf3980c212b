import type { Column, Table } from "./schema.js";

/** A table as it was written: its definition, its full column list and the file it went to. */
export interface WrittenTable {
  table: Table<never>;
  /** Every column in file order, provenance included; metadata columns are in `extra`. */
  columns: Column<never>[];
  /** Names of columns outside the schema (records.csv's meta_*), all text. */
  extra: string[];
}

/** What the descriptor says about the whole output. */
export interface PackageInfo {
  version: string;
  run_id: string;
  format: "csv" | "parquet";
  excel: boolean;
}

/** Columns that point at another table: a Data Package foreign key for each. */
const FOREIGN: Record<string, Array<{ fields: string; resource: string; key: string }>> = {
  mentions: [{ fields: "doc_id", resource: "records", key: "doc_id" }],
  data_types: [{ fields: "doc_id", resource: "records", key: "doc_id" }],
  dates: [{ fields: "doc_id", resource: "records", key: "doc_id" }],
  counts: [{ fields: "doc_id", resource: "records", key: "doc_id" }],
  money: [{ fields: "doc_id", resource: "records", key: "doc_id" }],
  organizations: [{ fields: "doc_id", resource: "records", key: "doc_id" }],
  incident_documents: [
    { fields: "incident_id", resource: "incidents", key: "incident_id" },
    { fields: "doc_id", resource: "records", key: "doc_id" },
  ],
};

/** A Table Schema field descriptor from a column. */
function field(c: Column<never>): Record<string, unknown> {
  const constraints: Record<string, unknown> = {};
  if (c.required) constraints.required = true;
  if (c.codes) constraints.enum = c.codes.map((x) => x.value);
  if (c.pattern) constraints.pattern = c.pattern;
  return {
    name: c.name,
    type: c.type,
    ...(c.type === "date" ? { format: "default" } : {}),
    ...(c.type === "boolean" ? { trueValues: ["true"], falseValues: ["false"] } : {}),
    description: c.description,
    ...(c.unit ? { unit: c.unit } : {}),
    // Table Schema v2 `categories` carry each code's meaning; v1 readers use constraints.enum.
    ...(c.codes ? { categories: c.codes.map((x) => ({ value: x.value, label: x.label })) } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

/** datapackage.json, a Frictionless Tabular Data Package made from the writers' own column definitions, so the codebook cannot drift; pandas, R and Python frictionless load it. */
export function dataPackage(tables: WrittenTable[], info: PackageInfo): Record<string, unknown> {
  const csv = info.format === "csv";
  return {
    profile: "tabular-data-package",
    name: "leakset-output",
    id: `leakset-run-${info.run_id}`,
    title: "Data breaches extracted from news articles by leakset",
    description: "One row per document (records), long tables of the extracted values with their sentences, incidents grouped across documents and languages, and the codebook (codes). manifest.json lists the corpus files with their content hashes.",
    version: info.version,
    sources: [{ title: `leakset ${info.version}, run ${info.run_id}` }],
    resources: tables.map(({ table, columns, extra }) => ({
      profile: "tabular-data-resource",
      name: table.name,
      path: `${table.name}.${info.format}`,
      title: table.title,
      description: table.description,
      format: info.format,
      mediatype: csv ? "text/csv" : "application/vnd.apache.parquet",
      ...(csv
        ? {
            // With --excel every CSV starts with a byte-order mark: utf-8-sig tells readers to drop it.
            encoding: info.excel ? "utf-8-sig" : "utf-8",
            dialect: { delimiter: ",", doubleQuote: true, quoteChar: '"', lineTerminator: "\n", header: true },
          }
        : {}),
      schema: {
        fields: [
          ...columns.map(field),
          ...extra.map((name) => ({ name, type: "string", description: `column ${name.replace(/^meta_/, "")} of the corpus's metadata.csv, as written` })),
        ],
        missingValues: [""],
        ...(table.primaryKey ? { primaryKey: table.primaryKey } : {}),
        ...(FOREIGN[table.name]
          ? { foreignKeys: FOREIGN[table.name].map((f) => ({ fields: f.fields, reference: { resource: f.resource, fields: f.key } })) }
          : {}),
      },
    })),
  };
}
