// Benchmark of the design-weight reconstruction (`npm run bench` imports benchWeights): time to
// read every plot's grid node back from its published coordinates (projection to Lambert II
// étendu) and to rebuild the weights (sub-lattice decisions, mountain and poplar nodes), on the
// pipeline's plot tables. The estimation time is bench/estimation.ts's.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openMemoryDb } from '../src/lib/estimation/node.ts';
import { designWeights, type DesignPoint } from '../scripts/lib/designWeights.ts';
import { gridNode } from '../scripts/lib/grid.ts';
import { dataOutputDir } from '../src/lib/data/outputDir.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function benchWeights(): Promise<Record<string, { value: number; unit: string }>> {
  const dir = dataOutputDir(ROOT);
  const files = { foret: 'placettes.parquet', peupleraie: 'peupleraies_placettes.parquet' } as const;
  if (!Object.values(files).every((f) => existsSync(path.join(dir, f)))) {
    process.stderr.write(`poids : tables absentes de ${dir}, banc d'essai ignoré (lancer npm run data:build)\n`);
    return {};
  }
  const db = await openMemoryDb();
  const conn = db.conn;
  const rows: { kind: DesignPoint['kind']; r: Record<string, unknown> }[] = [];
  try {
    for (const [kind, file] of Object.entries(files) as [DesignPoint['kind'], string][]) {
      const reader = await conn.runAndReadAll(`SELECT idp, annee, xl93, yl93, ser, greco FROM read_parquet('${path.join(dir, file)}') ORDER BY idp`);
      for (const r of reader.getRowObjects()) rows.push({ kind, r });
    }
  } finally {
    db.close();
  }
  const t0 = performance.now();
  const points: DesignPoint[] = rows.map(({ kind, r }) => {
    const node = gridNode(Number(r['xl93']), Number(r['yl93']));
    return { idp: Number(r['idp']), annee: Number(r['annee']), i: node.i, j: node.j, offsetM: node.offsetM, zone: String(r['ser']), parent: String(r['greco']), kind };
  });
  const t1 = performance.now();
  const { weights } = designWeights(points);
  const t2 = performance.now();
  return {
    'poids.points': { value: points.length, unit: 'points' },
    'poids.projection_grille': { value: (t1 - t0) / 1000, unit: 's' },
    'poids.reconstitution': { value: (t2 - t1) / 1000, unit: 's' },
    'poids.placettes_ponderees': { value: weights.filter((w) => w.kind === 'foret' && w.poids > 0).length, unit: 'placettes' },
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const [k, v] of Object.entries(await benchWeights())) console.log(`${k}: ${Number.isInteger(v.value) ? v.value : v.value.toFixed(2)} ${v.unit}`);
}
