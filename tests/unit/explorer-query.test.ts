// The explorer's SQL (src/lib/explorer/query.ts) on the estimation fixture, in DuckDB under Node:
// with no filter it gives the catalogue's own figures for every indicator and territory; a plot
// filter is a domain (area = calibrated weights of the domain's points); a tree filter only
// counts the chosen trees; the cached two-step form gives the same rows as the single statement;
// choices that make no sense get a French message instead of SQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATORS } from '../../src/lib/estimation/catalogue.ts';
import { LAST_CAMPAIGN, FIRST_CAMPAIGN } from '../../src/lib/estimation/config.ts';
import { designCtes, withDomain } from '../../src/lib/estimation/sql.ts';
import { prepareTables } from '../../src/lib/estimation/run.ts';
import type { NodeDb } from '../../src/lib/estimation/node.ts';
import { availableBreakdowns, resolveBreakdown } from '../../src/lib/explorer/options.ts';
import { buildExplorerQuery, DERIVED_TABLES, INPUT_TABLES, splitCatalogueQuery, type BuiltQuery, type Selection } from '../../src/lib/explorer/query.ts';
import { fixtureNodeDb } from './fixtures/estimationDb.ts';

let db: NodeDb;
type Row = Record<string, unknown>;

beforeAll(async () => {
  db = await fixtureNodeDb();
  // Plot variables the explorer adds: slope (%) and exposure (grades) of the six plots.
  await db.conn.run('ALTER TABLE placettes ADD COLUMN IF NOT EXISTS pent2 SMALLINT');
  await db.conn.run('ALTER TABLE placettes ADD COLUMN IF NOT EXISTS expo SMALLINT');
  await db.conn.run(`UPDATE placettes SET pent2 = [0, 40, 70, 10, 35, NULL][idp], expo = [NULL, 10, 200, 120, 390, NULL][idp]`);
  await prepareTables(db.runner);
});
afterAll(() => db.close());

const run = (sql: string, params: readonly (string | number)[]): Promise<Row[]> => db.runner.query(sql, params);
const build = (sel: Selection): BuiltQuery => {
  const q = buildExplorerQuery(sel);
  if ('error' in q) throw new Error(q.error);
  return q;
};
const base: Selection = { indicator: 'surface_foret', territories: [{ level: 'france', codes: ['FR'] }], period: '2015-2019', breakdown: 'aucune', filters: {} };
const key = (r: Row) => `${r['level']}|${r['code']}|${r['period']}|${r['category']}`;
const close = (x: unknown, y: unknown) =>
  x === null || y === null ? x === y : Math.abs(Number(x) - Number(y)) <= 1e-9 * Math.max(1, Math.abs(Number(x)));

describe('the catalogue text is reused as is', () => {
  it('withDomain only swaps the design part and refuses a query that is not the catalogue’s', () => {
    const sql = INDICATORS[0]!.breakdowns[0]!.sql;
    const swapped = withDomain(sql, { members: 'SELECT 1', areas: 'SELECT 2' });
    expect(swapped.endsWith(sql.slice(`WITH\n${designCtes().join(',\n')}`.length))).toBe(true);
    expect(() => withDomain('SELECT 1', { members: '', areas: '' })).toThrow(/hors catalogue/);
  });

  it.each(INDICATORS.flatMap((i) => i.breakdowns.map((b) => [`${i.id} / ${b.id}`, b.sql])))('x and y of %s are found in its text', (_n, sql) => {
    const parts = splitCatalogueQuery(sql);
    expect(sql).toContain(`x AS MATERIALIZED (${parts.x}),\ny AS MATERIALIZED (${parts.y})`);
    expect(parts.x).toMatch(/^SELECT /);
    expect(parts.y).toMatch(/^SELECT /);
  });
});

describe('with no filter, the explorer gives the catalogue’s figures', () => {
  // The user's breakdowns that are the catalogue's own (not a split by a plot variable).
  const cases = INDICATORS.flatMap((i) =>
    availableBreakdowns(i.id)
      .filter((b) => { const r = resolveBreakdown(i.id, b); return !('error' in r) && r.split === null; })
      .map((b) => [i.id, b] as const),
  );
  it.each(cases)('%s, ventilation %s, every territory of every level', async (indicator, breakdown) => {
    const sel: Selection = {
      indicator,
      breakdown: breakdown as Selection['breakdown'],
      period: '2015-2019',
      filters: {},
      territories: [{ level: 'france', codes: ['FR'] }, ...(['region', 'departement', 'ser', 'greco'] as const).map((level) => ({ level, codes: 'tous' as const }))],
    };
    const q = build(sel);
    const ours = await run(q.sql, q.params);
    const cat = INDICATORS.find((i) => i.id === indicator)!.breakdowns.find((b) => b.id === q.catalogueBreakdown)!;
    const theirs = (await run(cat.sql, [FIRST_CAMPAIGN, LAST_CAMPAIGN])).filter((r) => r['period'] === '2015-2019');
    expect(ours.map(key)).toEqual(theirs.map(key));
    const diffs = theirs.flatMap((t, i) =>
      (['value', 'lower', 'upper', 'n_plots', 'significant', 'reason'] as const).filter((f) => !close(t[f], ours[i]![f]) && t[f] !== ours[i]![f]).map((f) => `${key(t)} ${f}`),
    );
    expect(diffs).toEqual([]);
  });
});

describe('filters and plot breakdowns are domains', () => {
  it('a slope filter keeps the calibration: area = calibrated weights of the domain’s points', async () => {
    // Slopes 0, 40, 70, 10, 35, null: 30 % and more → plots 2, 3, 5, weights 4000 + 8000 + 9000 ha.
    const q = build({ ...base, filters: { pente: ['30-60', '60+'] } });
    const [fr] = await run(q.sql, q.params);
    expect(fr!['value']).toBeCloseTo(21_000, 6);
    expect(fr!['n_plots']).toBe(3);
  });

  it('a slope breakdown splits each territory; the parts add up to the territory', async () => {
    const q = build({ ...base, breakdown: 'pente' });
    const rows = await run(q.sql, q.params);
    expect(rows.map((r) => r['code'])).toEqual(['FR|0-5', 'FR|15-30', 'FR|30-60', 'FR|5-15', 'FR|60+', 'FR|nr'].filter((c) => rows.some((r) => r['code'] === c)));
    const sum = rows.reduce((s, r) => s + Number(r['value']), 0);
    expect(sum).toBeCloseTo(37_000, 6); // the poplar plot has no slope: class « nr »
  });

  it('a per-hectare ratio over a domain uses the domain’s plots only', async () => {
    // Exposure: plot 2 nord (10), 3 sud (200), 4 est (120), 5 nord (390), 1 flat, 6 unknown.
    // Volumes per ha 10, 20, 30, 40, 32, 0: north-facing plots 2 and 5, weights 4000 and 9000
    // → (4000·20 + 9000·32) / 13 000 m³/ha.
    const q = build({ ...base, indicator: 'volume_ha', filters: { exposition: ['nord'] } });
    const [fr] = await run(q.sql, q.params);
    expect(fr!['value']).toBeCloseTo(368_000 / 13_000, 9);
  });

  it('a species filter counts only those trees, on every plot', async () => {
    // Pedunculate oak '02': v·w of 10, 20, 0, 40, 10, 0 on plots 1..6, weights 4000, 4000, 8000,
    // 3000, 9000, 6000 → 330 000 / 34 000 m³/ha.
    const q = build({ ...base, indicator: 'volume_ha', filters: { espece: ['02'] } });
    const [fr] = await run(q.sql, q.params);
    expect(fr!['value']).toBeCloseTo(330_000 / 34_000, 9);
  });

  it('the cached two-step form gives the same rows as the single statement', async () => {
    const sels: Selection[] = [
      { ...base, indicator: 'volume', breakdown: 'espece', filters: { pente: ['30-60', '60+', '0-5'] } },
      { ...base, indicator: 'part_essence', breakdown: 'exposition' },
      { ...base, indicator: 'production', filters: { groupe: ['resineux'] } },
      { ...base, indicator: 'taux_mortalite', filters: { espece: ['02'] }, period: 'toutes' },
      { ...base, indicator: 'carbone', breakdown: 'composition', filters: { classe_diametre: ['30', '70+'] } },
    ];
    for (const sel of sels) {
      const q = build(sel);
      const single = await run(q.sql, q.params);
      for (const t of q.cached.tables) await run(t.sql, t.params);
      const cached = await run(q.cached.query.sql, q.cached.query.params);
      expect(cached.map(key)).toEqual(single.map(key));
      cached.forEach((r, i) => expect(close(r['value'], single[i]!['value'])).toBe(true));
    }
  });

  it('user values are bound parameters, never SQL', async () => {
    const q = build({ ...base, territories: [{ level: 'region', codes: ["R1' OR '1'='1"] }] });
    expect(q.sql).not.toContain('OR \'1\'=\'1');
    expect(await run(q.sql, q.params)).toEqual([]);
  });
});

describe('choices that make no sense are explained', () => {
  const error = (sel: Selection) => {
    const q = buildExplorerQuery(sel);
    return 'error' in q ? q.error : null;
  };
  it('a tree filter on an area indicator', () => {
    expect(error({ ...base, filters: { espece: ['02'] } })).toMatch(/porte sur les arbres.*retirez ce filtre/);
  });
  it('a diameter filter on mortality', () => {
    expect(error({ ...base, indicator: 'mortalite', filters: { classe_diametre: ['30'] } })).toMatch(/arbres morts/);
  });
  it('composition before 2006', () => {
    expect(error({ ...base, period: '2005-2009', breakdown: 'composition' })).toMatch(/à partir de la campagne 2006/);
  });
  it('a breakdown the indicator does not have, with the reason', () => {
    expect(error({ ...base, indicator: 'volume', breakdown: 'classe_diametre' })).toBeNull();
    expect(error({ ...base, indicator: 'production', breakdown: 'classe_diametre' })).toMatch(/n’existe pas pour l’indicateur.*\(la classe de diamètre n’est tenue que pour le volume\)/);
    expect(error({ ...base, indicator: 'surface_foret', breakdown: 'groupe' })).toMatch(/une surface se compte par placette/);
  });
  it('offers by species every flow and stock the engine computes per tree, per hectare too', () => {
    for (const id of ['volume', 'volume_ha', 'production', 'production_ha', 'mortalite', 'mortalite_ha', 'carbone', 'carbone_ha']) {
      expect(availableBreakdowns(id), id).toEqual(expect.arrayContaining(['groupe', 'espece']));
    }
    expect(availableBreakdowns('volume_ha')).toContain('classe_diametre');
  });
  it('loads the species cover whenever the plots are filtered or split by composition', () => {
    const tables = (sel: Selection) => build(sel).tables;
    expect(tables({ ...base, indicator: 'volume_ha' })).not.toContain('couverts');
    expect(tables({ ...base, indicator: 'volume_ha', breakdown: 'composition' })).toEqual(expect.arrayContaining(['couverts', 'especes']));
    expect(tables({ ...base, indicator: 'mortalite', filters: { composition: ['feuillus'] } })).toEqual(expect.arrayContaining(['couverts', 'especes']));
  });
  it('loads every input table that any statement of any selection reads (the browser loads only those)', () => {
    const filterSets: Selection['filters'][] = [{}, { composition: ['feuillus'] }, { espece: ['09'] }, { groupe: ['feuillu'] }, { ser: ['A11'] }, { pente: ['30-60'] }];
    let checked = 0;
    for (const ind of INDICATORS) {
      for (const breakdown of availableBreakdowns(ind.id)) {
        for (const filters of filterSets) {
          const q = buildExplorerQuery({ ...base, indicator: ind.id, breakdown, filters });
          if ('error' in q) continue;
          const statements = [q.sql, ...q.cached.tables.map((t) => t.sql), q.cached.query.sql, ...q.setup.map((d) => DERIVED_TABLES.get(d)!)];
          const read = INPUT_TABLES.filter((t) => statements.some((sql) => new RegExp(`\\b(?:FROM|JOIN)\\s+${t}\\b`, 'i').test(sql)));
          expect(q.tables, `${ind.id} ${breakdown} ${JSON.stringify(filters)}`).toEqual(expect.arrayContaining(read));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
  it('splits the mortality in volume by type of death (standing, chablis), not the other indicators', () => {
    expect(availableBreakdowns('mortalite')).toContain('type_mort');
    expect(error({ ...base, indicator: 'mortalite', breakdown: 'type_mort', filters: { composition: ['feuillus'] } })).toBeNull();
    expect(error({ ...base, indicator: 'production', breakdown: 'type_mort' })).toMatch(/\(seule la mortalité en volume se ventile par type de mort\)/);
  });
  it('no territory', () => {
    expect(error({ ...base, territories: [] })).toMatch(/Aucun territoire/);
  });
});
