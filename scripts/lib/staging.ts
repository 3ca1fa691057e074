// Writes a step's outputs into a staging folder and moves them into the output folder only once
// the whole step has succeeded and been validated: a failed build leaves the previous outputs intact.
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export class Staging {
  readonly dir: string;
  private constructor(
    readonly out: string,
    step: string,
  ) {
    this.dir = path.join(out, `.staging-${step}`);
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

  /** Renames every staged file into the output folder (one atomic rename per file). */
  async publish(): Promise<string[]> {
    const names = (await readdir(this.dir)).sort();
    for (const n of names) await rename(this.path(n), path.join(this.out, n));
    await rm(this.dir, { recursive: true, force: true });
    return names;
  }

  async discard(): Promise<void> {
    if (existsSync(this.dir)) await rm(this.dir, { recursive: true, force: true });
  }
}
