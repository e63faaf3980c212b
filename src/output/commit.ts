import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** The writing process: temp folders carry its pid, a dead pid's are stale. From the CLI, the one user of `process`. */
export interface Owner {
  pid: number;
  isAlive(pid: number): boolean;
}

/** Thrown when --out names a folder that is not a previous output and may hold other work. */
export class OutFolderError extends Error {
  readonly code = "OUT_NOT_OUTPUT";
}

/** A temp folder beside `out`, moved in only when complete (a killed run leaves the old output); refuses an `out` neither empty nor an output, so a mistyped --out replaces nobody's work. */
export async function prepareTemp(out: string, owner: Owner): Promise<string> {
  const isDead = (pid: number) => pid === owner.pid || !owner.isAlive(pid);
  // A run killed between commitTemp's renames left only its `.old-` folder: restore it before the check.
  await restoreOld(out, isDead);
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
  await cleanStale(out, isDead);
  const tmp = join(parent, `.${basename(out)}.tmp-${owner.pid}`);
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp);
  return tmp;
}

/** Moves a finished temporary folder into place, replacing the previous output. */
export async function commitTemp(tmp: string, out: string, owner: Owner): Promise<void> {
  const old = join(dirname(out), `.${basename(out)}.old-${owner.pid}`);
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

/** `.NAME.tmp-PID` or `.NAME.old-PID` beside `out`, for the run of that process id. */
function leftovers(names: string[], out: string, kind: "tmp" | "old"): Array<{ name: string; pid: number }> {
  const prefix = `.${basename(out)}.${kind}-`;
  return names
    .filter((n) => n.startsWith(prefix) && /^\d+$/.test(n.slice(prefix.length)))
    .map((name) => ({ name, pid: Number(name.slice(prefix.length)) }))
    .sort((a, b) => a.pid - b.pid);
}

/** Moves back the previous output that a killed run had set aside, when no output is in place. */
async function restoreOld(out: string, isDead: (pid: number) => boolean): Promise<void> {
  const parent = dirname(out);
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return;
  }
  for (const { name, pid } of leftovers(names, out, "old")) {
    if (!isDead(pid)) continue;
    try {
      await stat(out);
    } catch {
      await rename(join(parent, name), out);
    }
  }
}

/** Removes the folders killed runs left beside `out`: dot-folders named by pid, never read as output. */
async function cleanStale(out: string, isDead: (pid: number) => boolean): Promise<void> {
  const parent = dirname(out);
  const names = await readdir(parent);
  for (const { name, pid } of [...leftovers(names, out, "tmp"), ...leftovers(names, out, "old")]) {
    if (isDead(pid)) await rm(join(parent, name), { recursive: true, force: true });
  }
}
