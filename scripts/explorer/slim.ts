// Writes the explorer's slim copies of the big tables (public/donnees/explorateur/*.parquet):
// only the columns the indicator SQL and the explorer's plot variables read (see
// src/lib/explorer/tables.ts), same rows, zstd, sorted, so the browser downloads and decodes about
// half the bytes. Called at the end of `npm run data:build`; skipped when inputs are unchanged.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { openMemoryDb } from '../../src/lib/estimation/node.ts';
import { EXPLORER_TABLES } from '../../src/lib/explorer/tables.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const STAMP = '.stamp';
const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** Fingerprint of the inputs (size and mtime) and of this code. */
async function fingerprint(out: string): Promise<string> {
  const h = createHash('sha256');
  for (const f of ['scripts/explorer/slim.ts', 'src/lib/explorer/tables.ts']) h.update(await readFile(join(ROOT, f)));
  for (const t of EXPLORER_TABLES.filter((x) => x.slimOf)) {
    const s = await stat(join(out, t.slimOf!));
    h.update(`${t.slimOf}:${s.size}:${s.mtimeMs}\n`);
  }
  return h.digest('hex');
}

/** Returns true when it wrote the files, false when they were up to date. */
export async function buildExplorerData({ out, force = false, log = (m: string) => process.stderr.write(`${m}\n`) }: { out: string; force?: boolean | undefined; log?: (m: string) => void }): Promise<boolean> {
  const dir = join(out, 'explorateur');
  for (const t of EXPLORER_TABLES) {
    const src = join(out, t.slimOf ?? t.file);
    if (!existsSync(src)) throw new Error(`Fichier manquant pour l’explorateur : ${src} (lancer « npm run data:build »)`);
  }
  const stamp = await fingerprint(out);
  const stampFile = join(dir, STAMP);
  const upToDate = existsSync(stampFile) && (await readFile(stampFile, 'utf8')).trim() === stamp && EXPLORER_TABLES.every((t) => existsSync(join(out, t.file)));
  if (upToDate && !force) return false;
  const tmp = join(out, '.explorateur-tmp');
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  const db = await openMemoryDb();
  const conn = db.conn;
  try {
    for (const t of EXPLORER_TABLES.filter((x) => x.slimOf)) {
      const file = join(tmp, t.file.replace(/^explorateur\//, ''));
      const columns = t.columns.map((c) => c.name).join(', ');
      await conn.run(
        `COPY (SELECT ${columns} FROM read_parquet(${lit(join(out, t.slimOf!))}) ORDER BY ${t.orderBy}) TO ${lit(file)} (FORMAT parquet, COMPRESSION zstd)`,
      );
      const rows = await conn.runAndReadAll(`SELECT count(*) AS n FROM read_parquet(${lit(file)})`);
      const n = Number(rows.getRowObjects()[0]!['n']);
      if (n === 0) throw new Error(`Copie vide pour l’explorateur : ${t.name}`);
      log(`explorateur : ${t.name} ${n} lignes, ${((await stat(file)).size / 1e6).toFixed(1)} Mo`);
    }
  } finally {
    db.close();
  }
  await writeFile(join(tmp, STAMP), `${stamp}\n`);
  await rm(dir, { recursive: true, force: true });
  await rename(tmp, dir);
  return true;
}
