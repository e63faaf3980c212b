import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { GENERATED_SECTIONS, renderDocs } from "../../src/output/docs.js";
import { ROOT } from "../helpers.js";

/** README.md holds the column tables and the codebook, made from the schema by `npm run docs`. */
const README = join(ROOT, "README.md");

describe("README.md follows the schema", () => {
  test.each(Object.keys(GENERATED_SECTIONS))("the %s section is there and is the one the schema makes (npm run docs)", (name) => {
    const text = readFileSync(README, "utf8");
    expect(text).toContain(`<!-- ${name}:begin -->`);
    expect(text).toContain(`<!-- ${name}:end -->`);
    expect(renderDocs(text)).toBe(text);
  });
});
