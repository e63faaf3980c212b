import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Thrown when --out names a folder that is not a previous output and may hold other work. */
export class OutFolderError extends Error {
  readonly code = "OUT_NOT_OUTPUT";
}

/**
 * Prepares a temporary folder beside `out`. Outputs are written there and moved into place only
 * when complete, so a run that fails or is killed half-way leaves the previous output as it was.
 * Refuses an existing `out` that is neither empty nor a previous output (it has no manifest.json),
 * so a mistyped --out never replaces someone's folder.
 */
export async function prepareTemp(out: string, tag: string): Promise<string> {
  try {
    const st = await stat(out);
    if (!st.isDirectory()) throw new OutFolderError(`--out ${out} is a file, not a folder`);
    const names = await readdir(out);
    if (names.length && !names.includes("manifest.json")) {
      throw new OutFolderError(`--out ${out} is not empty and holds no manifest.json: not replacing a folder that is not leakset output`);
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  const parent = dirname(out);
  await mkdir(parent, { recursive: true });
  const tmp = join(parent, `.${basename(out)}.tmp-${tag}`);
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp);
  return tmp;
}

/** Moves a finished temporary folder into place, replacing the previous output. */
export async function commitTemp(tmp: string, out: string, tag: string): Promise<void> {
  const old = join(dirname(out), `.${basename(out)}.old-${tag}`);
  let hadOld = false;
  try {
    await rename(out, old);
    hadOld = true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  await rename(tmp, out);
  if (hadOld) await rm(old, { recursive: true, force: true });
}

/** Removes a temporary folder after a failed run. */
export const discardTemp = (tmp: string) => rm(tmp, { recursive: true, force: true });
