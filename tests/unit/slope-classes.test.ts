// One cut of the slope: the explorer's five classes and the articles' three come from the same
// cut points (SLOPE_CUTS), so a plot is on the same slope on every page and an article's class is
// exactly a group of the explorer's. The exposure sectors likewise, for the SQL and the labels.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMemoryDb, type NodeDb } from '../../src/lib/estimation/node.ts';
import { EXPOSURE_CLASS_SQL, SLOPE_CUTS, TOPO_SLOPE_CUTS, slopeClassSql, slopeRanges, topoSlopeCode } from '../../src/lib/estimation/variables.ts';
import { EXPOSURE_CLASSES, PLOT_CLASS_SQL, SLOPE_CLASSES } from '../../src/lib/explorer/options.ts';

let db: NodeDb;
beforeAll(async () => {
  db = await openMemoryDb();
});
afterAll(() => db.close());

const SLOPES = [null, 0, 4.9, 5, 14.9, 15, 29.9, 30, 59.9, 60, 120];

async function classes(sql: string): Promise<(string | null)[]> {
  const values = SLOPES.map((s) => `(${s ?? 'NULL'})`).join(', ');
  const rows = await db.runner.query(`SELECT ${sql} AS k FROM (VALUES ${values}) AS p(pent2)`, []);
  return rows.map((r) => r['k'] as string);
}

describe('classes de pente', () => {
  it('l’explorateur range chaque pente dans sa classe, bornes basses incluses', async () => {
    expect(await classes(PLOT_CLASS_SQL.pente)).toEqual(['nr', '0-5', '0-5', '5-15', '5-15', '15-30', '15-30', '30-60', '30-60', '60+', '60+']);
    expect(SLOPE_CLASSES.map((c) => c.code)).toEqual(['0-5', '5-15', '15-30', '30-60', '60+', 'nr']);
  });

  it('les trois classes des articles regroupent exactement celles de l’explorateur', async () => {
    const fine = await classes(PLOT_CLASS_SQL.pente);
    const coarse = await classes(slopeClassSql(TOPO_SLOPE_CUTS, topoSlopeCode));
    expect(coarse).toEqual(['nr', 'pente_0_15', 'pente_0_15', 'pente_0_15', 'pente_0_15', 'pente_15_30', 'pente_15_30', 'pente_30', 'pente_30', 'pente_30', 'pente_30']);
    // Each explorer class falls in one article class only.
    const groups = new Map<string, Set<string>>();
    fine.forEach((f, i) => groups.set(f!, (groups.get(f!) ?? new Set()).add(coarse[i]!)));
    for (const [f, g] of groups) expect([...g], f).toHaveLength(1);
  });

  it('refuse un seuil qui n’est pas l’un des seuils communs', () => {
    expect(slopeRanges([15, 30])).toEqual([[0, 15], [15, 30], [30, null]]);
    expect(() => slopeRanges([20])).toThrow(/20/);
    expect(SLOPE_CUTS[0]).toBe(5);
  });
});

describe('classes d’exposition', () => {
  it('range chaque versant par quart de tour centré sur sa direction, le terrain plat à part', async () => {
    const plots = [[10, 0], [10, 49], [10, 50], [10, 149], [10, 150], [10, 249], [10, 250], [10, 349], [10, 350], [10, 399], [4, 200], [10, null], [null, 100]];
    const values = plots.map(([pent2, expo]) => `(${pent2 ?? 'NULL'}, ${expo ?? 'NULL'})`).join(', ');
    const rows = await db.runner.query(`SELECT ${EXPOSURE_CLASS_SQL} AS k FROM (VALUES ${values}) AS p(pent2, expo)`, []);
    expect(rows.map((r) => r['k'])).toEqual(['nord', 'nord', 'est', 'est', 'sud', 'sud', 'ouest', 'ouest', 'nord', 'nord', 'plat', 'nr', 'est']);
    expect(EXPOSURE_CLASSES.map((c) => c.label).slice(0, 2)).toEqual(['Nord (350 à 50 grades)', 'Est (50 à 150 grades)']);
  });
});
