// One data build at a time per output folder: two builds would share their staging folders and
// overwrite each other's files. The lock is a file holding the owner's process id; a lock whose
// process is gone (a build killed or interrupted) is taken over, with a message.
import { hostname } from 'node:os';
import { open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { PipelineError } from './errors.ts';

export const LOCK_FILE = '.construction.lock';

interface LockOwner {
  pid: number;
  host: string;
  started: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the lock of `dir` for this process, or stops with a French message naming the build that
 * holds it. Returns the function that releases it.
 */
export async function acquireBuildLock(dir: string, log: (m: string) => void = () => {}): Promise<() => Promise<void>> {
  const file = path.join(dir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(`${JSON.stringify(me)}\n`);
      await handle.close();
      return async () => {
        // Only remove a lock that is still ours.
        const owner = await readOwner(file);
        if (owner?.pid === me.pid && owner.host === me.host) await rm(file, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const owner = await readOwner(file);
    const sameHost = owner?.host === me.host;
    if (owner && (!sameHost || isAlive(owner.pid))) {
      const when = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Paris' }).format(new Date(owner.started));
      throw new PipelineError(
        `Une autre construction des données est en cours dans ${dir} : processus ${owner.pid}${sameHost ? '' : ` sur la machine ${owner.host}`}, lancé le ${when}. Attendez qu’elle se termine (ou arrêtez-la), puis relancez. Si ce processus n’existe plus, supprimez ${LOCK_FILE}.`,
        { file },
      );
    }
    log(`verrou abandonné ${owner ? `par le processus ${owner.pid}, qui n’existe plus` : 'illisible'} : repris`);
    await rm(file, { force: true });
  }
  throw new PipelineError(`Impossible de prendre le verrou de construction`, { file });
}

async function readOwner(file: string): Promise<LockOwner | null> {
  try {
    const owner = JSON.parse(await readFile(file, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' && typeof owner.started === 'string' ? (owner as LockOwner) : null;
  } catch {
    return null;
  }
}
