import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";

/**
 * Compiles dist/ once before any test file runs: the CLI tests run the compiled program, as
 * `npm run extract` does, so they test what ships.
 */
export default function setup(): void {
  execFileSync(process.execPath, [join(resolve(import.meta.dirname, ".."), "scripts", "build.mjs")], { stdio: "inherit" });
}
