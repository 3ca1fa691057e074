// The flows and carbon factors against the real inventory (public/donnees, built by
// `npm run data:build`; the suite fails if it is missing): every species of the live trees gets a
// carbon factor, most of the volume a density of its own, and the imputation of radial growth
// reproduces measured growth (hold-out check written by the build in methodologie.json).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openMemoryDb } from '../../src/lib/estimation/node.ts';
import { resultsPath } from '../../src/lib/estimation/results.ts';
import { WOOD_DENSITY, carbonPerStemM3, type Group } from '../../src/lib/estimation/factors.ts';
import type { MethodFacts } from '../../src/lib/estimation/methodology.ts';

const dir = path.dirname(resultsPath());
let species: { espar: string; groupe: string | null; volume: number }[];

beforeAll(async () => {
  for (const f of ['arbres.parquet', 'especes.parquet', 'methodologie.json'])
    if (!existsSync(path.join(dir, f))) throw new Error(`${path.join(dir, f)} manque : lancer « npm run data:build » avant les tests de données`);
  const db = await openMemoryDb();
  try {
    const rows = await db.runner.query(`
      SELECT a.espar, e.groupe, sum(a.v * a.w) AS volume
      FROM read_parquet('${dir}/arbres.parquet') a LEFT JOIN read_parquet('${dir}/especes.parquet') e USING (espar)
      GROUP BY a.espar, e.groupe ORDER BY volume DESC`, []);
    species = rows.map((r) => ({ espar: String(r['espar']), groupe: r['groupe'] === null ? null : String(r['groupe']), volume: Number(r['volume']) }));
  } finally {
    db.close();
  }
}, 60_000);

describe('carbon factors for every species of the inventory', () => {
  it('every species of the live trees belongs to a group with factors, and gets a positive carbon per m³', () => {
    expect(species.length).toBeGreaterThan(50);
    const without = species.filter((s) => s.groupe !== 'feuillu' && s.groupe !== 'resineux');
    expect(without.map((s) => s.espar)).toEqual([]);
    for (const s of species) {
      const c = carbonPerStemM3(s.espar, s.groupe as Group);
      expect(c.aerien, s.espar).toBeGreaterThan(0.15);
      expect(c.aerien, s.espar).toBeLessThan(0.8);
    }
  });

  // Laricio, black and Aleppo pines and robinia, about 5 % of the volume, take their group's density (no cited value).
  it('species with a density of their own hold at least 90 % of the live volume', () => {
    const total = species.reduce((s, x) => s + x.volume, 0);
    const own = species.filter((s) => WOOD_DENSITY[s.espar]).reduce((s, x) => s + x.volume, 0);
    expect(own / total).toBeGreaterThan(0.9);
  });
});

describe('imputation of the radial growth of simplified trees', () => {
  it('held-out measured trees get back their production within 5 % in each species group', () => {
    const facts = JSON.parse(readFileSync(path.join(dir, 'methodologie.json'), 'utf8')) as MethodFacts;
    expect(facts.imputation.map((x) => x.groupe).sort()).toEqual(['feuillu', 'resineux']);
    for (const g of facts.imputation) {
      expect(g.trees, g.groupe).toBeGreaterThan(1000);
      expect(Math.abs(g.bias), g.groupe).toBeLessThan(0.05);
    }
  });
});
