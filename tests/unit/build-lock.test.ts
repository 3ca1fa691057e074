// One data build at a time per output folder: a second build stops with a message naming the first,
// a lock left by a dead process is taken over, and releasing removes the lock.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireBuildLock, LOCK_FILE } from '../../scripts/lib/lock.ts';

const folder = () => mkdtempSync(path.join(tmpdir(), 'verrou-'));

describe('verrou de construction des données', () => {
  it('refuse une seconde construction en nommant le processus qui tient le verrou, puis se libère', async () => {
    const dir = folder();
    const release = await acquireBuildLock(dir);
    await expect(acquireBuildLock(dir)).rejects.toThrow(new RegExp(`Une autre construction des données est en cours .* processus ${process.pid}`));
    await release();
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    const again = await acquireBuildLock(dir);
    await again();
  });

  it('reprend le verrou d’un processus qui n’existe plus, en le disant', async () => {
    const dir = folder();
    // The pid of a process that has exited.
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: dead, host: hostname(), started: new Date().toISOString() }));
    const messages: string[] = [];
    const release = await acquireBuildLock(dir, (m) => messages.push(m));
    expect(messages.join('\n')).toContain(`processus ${dead}, qui n’existe plus`);
    expect(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    await release();
  });

  it('reprend un verrou illisible (fichier tronqué par une coupure)', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, LOCK_FILE), '{"pid": 12');
    const release = await acquireBuildLock(dir);
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(true);
    await release();
  });
});
