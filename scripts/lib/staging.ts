// Writes a step's outputs into a staging folder and moves them into the output folder only once
// the whole step has succeeded and been validated: a failed build leaves the previous outputs intact.
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';

/** Prefix of the staging folders in the output folder (never published: removed at the start of each build). */
export const STAGING_PREFIX = '.staging-';

/** Whether a name in the output folder is work in progress: a staging folder or a `.tmp` file being written. */
export const isWorkInProgress = (name: string): boolean => name.startsWith(STAGING_PREFIX) || name.endsWith('.tmp');

/** Removes the work in progress left by an interrupted build; call it while holding the build lock. */
export async function removeStaleStaging(out: string): Promise<string[]> {
  const stale = (await readdir(out)).filter(isWorkInProgress);
  for (const name of stale) await rm(path.join(out, name), { recursive: true, force: true });
  return stale;
}
import path from 'node:path';

const PREVIOUS = '.precedents';

export class Staging {
  readonly dir: string;
  private constructor(
    readonly out: string,
    step: string,
  ) {
    this.dir = path.join(out, `${STAGING_PREFIX}${step}`);
  }

  static async create(out: string, step: string): Promise<Staging> {
    const s = new Staging(out, step);
    await rm(s.dir, { recursive: true, force: true });
    await mkdir(s.dir, { recursive: true });
    return s;
  }

  path(name: string): string {
    return path.join(this.dir, name);
  }

  /**
   * Moves every staged file or folder into the output folder, all or nothing: the ones it replaces are set
   * aside first, and put back if any move fails, so the output folder never mixes old and new files.
   * `move` is the file system's rename (replaceable in tests, to make one move fail).
   */
  async publish(move: (from: string, to: string) => Promise<void> = rename): Promise<string[]> {
    const names = (await readdir(this.dir)).filter((n) => n !== PREVIOUS).sort();
    const previous = path.join(this.dir, PREVIOUS);
    await mkdir(previous, { recursive: true });
    const setAside: string[] = [];
    const moved: string[] = [];
    try {
      for (const n of names) {
        if (existsSync(path.join(this.out, n))) {
          await rename(path.join(this.out, n), path.join(previous, n));
          setAside.push(n);
        }
      }
      for (const n of names) {
        await move(this.path(n), path.join(this.out, n));
        moved.push(n);
      }
    } catch (e) {
      for (const n of moved) await rm(path.join(this.out, n), { recursive: true, force: true });
      for (const n of setAside) await rename(path.join(previous, n), path.join(this.out, n));
      throw e;
    }
    await rm(this.dir, { recursive: true, force: true });
    return names;
  }

  async discard(): Promise<void> {
    if (existsSync(this.dir)) await rm(this.dir, { recursive: true, force: true });
  }
}
