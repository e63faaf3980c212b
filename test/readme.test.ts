import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT } from "./helpers.js";

const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));

describe("README", () => {
  test("opens with the two set-up commands", () => {
    const code = readme.slice(0, 600);
    expect(code).toContain("npm ci && npm run extract");
    expect(code).toContain("npm ci && npm test");
  });

  test("every npm script it shows exists", () => {
    const shown = [...readme.matchAll(/npm run (-s )?([\w:-]+)/g)].map((m) => m[2]);
    expect(shown.length).toBeGreaterThan(0);
    for (const s of shown) expect(pkg.scripts, s).toHaveProperty(s);
  });

  test(".ci/run runs the README's test command", () => {
    expect(readFileSync(join(ROOT, ".ci", "run"), "utf8")).toMatch(/^npm test$/m);
  });
});
