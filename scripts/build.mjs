/**
 * Compiles the command line and the worker to plain JavaScript in dist/ (esbuild, a bundle per
 * entry with the shared code split out, packages left to node_modules). `npm run extract` runs
 * this first, so dist/ is never older than src/: it takes a fraction of a second, and running
 * compiled code saves the TypeScript loader's start-up in the main thread and in every worker.
 *
 *   node scripts/build.mjs                       # dist/cli.js, dist/worker.js
 *   node scripts/build.mjs --yardstick OUT.mjs   # the benchmark's tokenise-only program
 */
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Settings shared by every bundle: Node 20, ES modules, dependencies loaded from node_modules. */
const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: "linked",
  logLevel: "warning",
  absWorkingDir: root,
};

if (process.argv[2] === "--yardstick") {
  await build({ ...common, entryPoints: [join(root, "scripts", "yardstick.ts")], outfile: process.argv[3], sourcemap: false });
} else {
  await build({ ...common, entryPoints: { cli: "src/cli.ts", worker: "src/worker.ts" }, outdir: join(root, "dist"), splitting: true });
}
