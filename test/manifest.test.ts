import { describe, expect, test } from "vitest";
import { sortProblems } from "../src/output/manifest.js";
import type { Problem } from "../src/types.js";

const p = (file: string, code: Problem["code"] = "METADATA", reason = "r"): Problem => ({ file, code, reason });

describe("sortProblems", () => {
  test("orders metadata rows by line number and files by path", () => {
    const got = sortProblems([p("metadata.csv:12"), p("b.txt", "EMPTY"), p("metadata.csv:3"), p("a.txt", "BINARY"), p("metadata.csv:9")]);
    expect(got.map((x) => x.file)).toEqual(["a.txt", "b.txt", "metadata.csv:3", "metadata.csv:9", "metadata.csv:12"]);
  });

  test("drops exact repeats (each shard reports the same metadata rows) but keeps different reasons", () => {
    const got = sortProblems([p("metadata.csv:3"), p("metadata.csv:3"), p("metadata.csv:3", "METADATA", "other")]);
    expect(got).toHaveLength(2);
  });
});
