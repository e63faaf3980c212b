import { describe, expect, test } from "vitest";
import { checkShards } from "../src/merge.js";

describe("merge takes every slice of one sharding exactly once", () => {
  test.each([
    ["all three, in order", ["1/3", "2/3", "3/3"]],
    ["all three, in any order", ["3/3", "1/3", "2/3"]],
    ["a single slice of one", ["1/1"]],
    ["one whole-run output", [undefined]],
  ])("accepted: %s", (_, shards) => {
    expect(() => checkShards(shards.map((_, i) => `p${i}`), shards)).not.toThrow();
  });

  test.each([
    ["a slice missing", ["1/3", "3/3"], /1 of 3 shards missing \(2\): their documents would be left out/],
    ["many slices missing, listed briefly", ["1/9", "2/9"], /7 of 9 shards missing \(3, 4, 5, 6, 7 and 2 more\)/],
    ["a slice given twice", ["1/2", "2/2", "2/2"], /shard 2\/2 is given twice: p1 and p2/],
    ["slices of two shardings", ["1/2", "2/3"], /part p1 is shard 2\/3, but p0 is shard 1\/2/],
    ["a whole run beside a slice", ["1/2", undefined], /part p1 is the output of a whole run/],
    ["two whole runs", [undefined, undefined], /part p0 is the output of a whole run/],
  ])("refused: %s", (_, shards, message) => {
    expect(() => checkShards(shards.map((_, i) => `p${i}`), shards)).toThrow(message);
  });
});
