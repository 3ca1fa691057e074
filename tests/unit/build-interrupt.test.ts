// A data build interrupted with Ctrl-C (SIGINT) exits with 130 and leaves nothing behind: no staging
// folder, no lock, no extracted archives in the temporary folder; the next build runs normally.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.ts';

const tempSources = () => new Set(readdirSync(tmpdir()).filter((n) => n.startsWith('observatoire-sources-')));

function build(out: string, args: string[], interruptWhen?: RegExp): Promise<{ code: number | null; stderr: string }> {
  return new Promise((ok) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/build-data.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, DATA_OUT_DIR: out },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (interruptWhen && interruptWhen.test(stderr) && !child.killed) child.kill('SIGINT');
    });
    child.on('exit', (code) => ok({ code, stderr }));
  });
}

it('une construction interrompue sort avec 130 sans laisser de dossier de travail, de verrou ni de fichiers temporaires', async () => {
  const out = mkdtempSync(path.join(tmpdir(), 'interruption-'));
  const before = tempSources();
  // Interrupted while the inventory archives are being read (extracted to a temporary folder).
  const run = await build(out, ['--only=ifn'], /miroir vérifié/);
  expect(run.code).toBe(130);
  expect(run.stderr).toContain('Construction des données interrompue (SIGINT)');
  expect(readdirSync(out).filter((n) => n.startsWith('.staging-') || n.endsWith('.tmp') || n === '.construction.lock')).toEqual([]);
  expect([...tempSources()].filter((n) => !before.has(n))).toEqual([]);
  // The next build is not blocked by anything the interrupted one left.
  const next = await build(out, ['--only=territoires']);
  expect(next.code).toBe(0);
  expect(existsSync(path.join(out, 'territoires.parquet'))).toBe(true);
}, 180_000);
