import { defineConfig } from "vitest/config";

// Pin the time zone before any worker starts: results must never depend on the machine's zone.
// Tokyo rather than UTC, so that a date computed in local time instead of UTC would show.
process.env.TZ = "Asia/Tokyo";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // kuromoji's dictionary takes ~100 MB per worker; two cores, so two workers at most.
    maxWorkers: 2,
  },
});
