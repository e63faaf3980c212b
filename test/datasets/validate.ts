import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { parse } from "csv-parse/sync";
import { asyncBufferFromFile, parquetReadObjects } from "hyparquet";

/**
 * Checks an output folder against its datapackage.json, as a Frictionless validator would.
 *
 * The descriptor is checked with ajv (the JSON Schema validator most of npm relies on, offline)
 * against the rules of the Tabular Data Package and Table Schema specs that our descriptor uses,
 * written out below. The Frictionless JavaScript packages (`datapackage`, `tableschema`) were not
 * used: they have not been released for years, pull in an old axios, and fetch profiles over the
 * network. The data are then checked cell by cell: every resource exists, the header equals the
 * schema, types parse, required cells are filled, codes are in their enumeration, patterns match,
 * primary keys are unique and foreign keys resolve.
 */

const TYPES = ["string", "integer", "number", "boolean", "date"];

/** The parts of the Tabular Data Package / Table Schema specs (v1) our descriptor must follow. */
const DESCRIPTOR_SCHEMA = {
  type: "object",
  required: ["profile", "name", "resources"],
  properties: {
    profile: { const: "tabular-data-package" },
    name: { type: "string", pattern: "^[a-z0-9._-]+$" },
    id: { type: "string" },
    version: { type: "string" },
    resources: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: ["name", "path", "profile", "schema"],
        properties: {
          name: { type: "string", pattern: "^[a-z0-9._-]+$" },
          path: { type: "string", pattern: "^[^/\\\\]+$" },
          profile: { const: "tabular-data-resource" },
          format: { enum: ["csv", "parquet"] },
          encoding: { enum: ["utf-8", "utf-8-sig"] },
          schema: {
            type: "object",
            required: ["fields"],
            properties: {
              fields: {
                type: "array",
                minItems: 1,
                items: {
                  type: "object",
                  required: ["name", "type", "description"],
                  properties: {
                    name: { type: "string", minLength: 1 },
                    type: { enum: TYPES },
                    description: { type: "string", minLength: 1 },
                    unit: { type: "string" },
                    constraints: {
                      type: "object",
                      additionalProperties: false,
                      properties: {
                        required: { type: "boolean" },
                        enum: { type: "array", minItems: 1, uniqueItems: true },
                        pattern: { type: "string" },
                      },
                    },
                    categories: { type: "array", items: { type: "object", required: ["value", "label"] } },
                  },
                },
              },
              missingValues: { type: "array", items: { type: "string" } },
              primaryKey: { type: "array", items: { type: "string" } },
              foreignKeys: {
                type: "array",
                items: {
                  type: "object",
                  required: ["fields", "reference"],
                  properties: { reference: { type: "object", required: ["resource", "fields"] } },
                },
              },
            },
          },
        },
      },
    },
  },
};

interface Field {
  name: string;
  type: string;
  trueValues?: string[];
  falseValues?: string[];
  categories?: Array<{ value: string; label: string }>;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
}
interface Resource {
  name: string;
  path: string;
  format: string;
  encoding?: string;
  schema: { fields: Field[]; primaryKey?: string[]; foreignKeys?: Array<{ fields: string; reference: { resource: string; fields: string } }> };
}

const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

/** Reads a resource's rows as text cells (null for a missing value), with its header. */
async function readRows(dir: string, r: Resource): Promise<{ header: string[]; rows: Array<Array<string | null>> }> {
  const path = join(dir, r.path);
  if (r.format === "parquet") {
    const objects = (await parquetReadObjects({ file: await asyncBufferFromFile(path) })) as Record<string, unknown>[];
    const { parquetMetadataAsync } = await import("hyparquet");
    const meta = await parquetMetadataAsync(await asyncBufferFromFile(path));
    const header = meta.schema.slice(1).map((s) => s.name);
    const text = (v: unknown): string | null =>
      v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
    return { header, rows: objects.map((o) => header.map((h) => text(o[h]))) };
  }
  const raw = readFileSync(path, "utf8");
  if (r.encoding === "utf-8" && raw.startsWith("\ufeff")) throw new Error(`${r.path}: byte-order mark in a utf-8 resource`);
  const all: string[][] = parse(raw, { bom: true, relax_column_count: false });
  return { header: all[0] ?? [], rows: all.slice(1).map((row) => row.map((c) => (c === "" ? null : c))) };
}

/** Every problem of the output folder, or [] when it is a valid Data Package. */
export async function validatePackage(dir: string): Promise<string[]> {
  const errors: string[] = [];
  let pkg: { resources: Resource[] };
  try {
    pkg = JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8"));
  } catch (e) {
    return [`datapackage.json: ${(e as Error).message}`];
  }
  const ajv = new Ajv({ allErrors: true, strict: false });
  if (!ajv.validate(DESCRIPTOR_SCHEMA, pkg)) {
    return ajv.errors!.map((e) => `datapackage.json${e.instancePath}: ${e.message}`);
  }
  const names = pkg.resources.map((r) => r.name);
  if (new Set(names).size !== names.length) errors.push("datapackage.json: resource names repeat");
  const keys = new Map<string, Set<string>>();
  const data = new Map<string, { header: string[]; rows: Array<Array<string | null>> }>();
  for (const r of pkg.resources) {
    if (!existsSync(join(dir, r.path))) {
      errors.push(`${r.path}: missing`);
      continue;
    }
    const table = await readRows(dir, r);
    data.set(r.name, table);
    const fields = r.schema.fields;
    if (JSON.stringify(table.header) !== JSON.stringify(fields.map((f) => f.name))) {
      errors.push(`${r.path}: header ${JSON.stringify(table.header)} is not the schema's ${JSON.stringify(fields.map((f) => f.name))}`);
      continue;
    }
    for (const f of fields) {
      if (f.categories && JSON.stringify(f.categories.map((c) => c.value)) !== JSON.stringify(f.constraints?.enum)) {
        errors.push(`${r.name}.${f.name}: categories and enum differ`);
      }
    }
    table.rows.forEach((row, i) => {
      fields.forEach((f, j) => {
        const v = row[j];
        const at = `${r.path} row ${i + 2} ${f.name}`;
        if (v === null) {
          if (f.constraints?.required) errors.push(`${at}: required but empty`);
          return;
        }
        const typeOk =
          f.type === "integer" ? /^-?\d+$/.test(v)
          : f.type === "number" ? Number.isFinite(Number(v))
          : f.type === "boolean" ? (f.trueValues ?? ["true"]).includes(v) || (f.falseValues ?? ["false"]).includes(v)
          : f.type === "date" ? isDay(v)
          : true;
        if (!typeOk) errors.push(`${at}: ${JSON.stringify(v)} is not a ${f.type}`);
        if (f.constraints?.enum && !f.constraints.enum.includes(v)) errors.push(`${at}: ${JSON.stringify(v)} is not in its enumeration`);
        if (f.constraints?.pattern && !new RegExp(f.constraints.pattern, "u").test(v)) errors.push(`${at}: ${JSON.stringify(v)} does not match ${f.constraints.pattern}`);
      });
    });
    if (r.schema.primaryKey) {
      const idx = r.schema.primaryKey.map((k) => fields.findIndex((f) => f.name === k));
      if (idx.includes(-1)) errors.push(`${r.name}: primary key names an unknown field`);
      const seen = new Set<string>();
      for (const row of table.rows) {
        const k = JSON.stringify(idx.map((j) => row[j]));
        if (seen.has(k)) errors.push(`${r.path}: primary key ${k} repeats`);
        seen.add(k);
      }
      if (idx.length === 1) keys.set(`${r.name}.${r.schema.primaryKey[0]}`, new Set(table.rows.map((row) => row[idx[0]]!)));
    }
  }
  for (const r of pkg.resources) {
    const table = data.get(r.name);
    for (const fk of r.schema.foreignKeys ?? []) {
      const target = keys.get(`${fk.reference.resource}.${fk.reference.fields}`);
      const j = r.schema.fields.findIndex((f) => f.name === fk.fields);
      if (!target || j < 0) {
        errors.push(`${r.name}: foreign key ${fk.fields} → ${fk.reference.resource}.${fk.reference.fields} resolves to no key`);
        continue;
      }
      for (const row of table?.rows ?? []) if (row[j] !== null && !target.has(row[j]!)) errors.push(`${r.path}: ${fk.fields} ${row[j]} is not in ${fk.reference.resource}`);
    }
  }
  return errors;
}
