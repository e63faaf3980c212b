import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { codebookMarkdown, columnsMarkdown } from "../../src/output/docs.js";
import { ROOT } from "../helpers.js";

/** The text between two markers of docs/datasets.md; UPDATE_SNAPSHOT=1 rewrites it from the schema. */
const DOC = join(ROOT, "docs", "datasets.md");

describe("docs/datasets.md follows the schema", () => {
  test.each([
    ["columns", columnsMarkdown],
    ["codebook", codebookMarkdown],
  ])("the %s section is the one the schema makes", (name, make) => {
    const text = readFileSync(DOC, "utf8");
    const re = new RegExp(`(<!-- ${name}:begin -->\\n)([\\s\\S]*?)(<!-- ${name}:end -->)`);
    const want = `${make()}\n`;
    if (process.env.UPDATE_SNAPSHOT) writeFileSync(DOC, text.replace(re, (_, a, __, c) => `${a}${want}${c}`));
    expect(readFileSync(DOC, "utf8").match(re)?.[2]).toBe(want);
  });
});
