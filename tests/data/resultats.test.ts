// Contract and consistency of public/donnees/resultats.parquet (built by `npm run data:build`;
// the suite fails if it is missing): every territory and window present, régions equal to IGN's
// published areas, départements adding up to their région and to France, shares to 100 %, values
// inside their intervals, the significance rule applied, and national figures close to IGN's
// published ones (METHOD.md; differences explained on /methodologie).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PERIOD, EXPOSED_SPECIES, MAIN_PERIODS, MORTALITY_RATE_SPECIES, MORTALITY_RATE_TOP, PERIODS, SIGNIFICANCE } from '../../src/lib/estimation/config.ts';
import { INDICATORS } from '../../src/lib/estimation/catalogue.ts';
import { circleWeight, deadTreeSampling, liveChablisEffect, loadMethodFacts } from '../../src/lib/estimation/methodology.ts';
import { PUBLISHED_PER_HA } from '../../src/lib/estimation/regional.ts';
import { CHABLIS_VEGET } from '../../src/lib/estimation/variables.ts';
import { sqlStrings } from '../../src/lib/sql.ts';
import { openMemoryDb } from '../../src/lib/estimation/node.ts';
import { Results, readResultsFile, resultsPath } from '../../src/lib/estimation/results.ts';
import { LEVELS, type ResultRow } from '../../src/lib/estimation/types.ts';

const file = resultsPath();
let r: Results;

/** Rows of another output of the pipeline, beside resultats.parquet. */
async function readOutput<T>(sql: (dir: string) => string): Promise<T[]> {
  const db = await openMemoryDb();
  try {
    return (await db.runner.query(sql(path.dirname(file)), [])) as T[];
  } finally {
    db.close();
  }
}
const readCalibration = () =>
  readOutput<{ period: string; reg: string; surface_publiee_ha: number; regle: string }>(
    (dir) => `SELECT period, reg, surface_publiee_ha, regle FROM read_parquet('${dir}/calage.parquet')`,
  );
let regionOf: Map<string, string>;

describe('resultats.parquet', () => {
  let calage: Awaited<ReturnType<typeof readCalibration>>;
  beforeAll(async () => {
    if (!existsSync(file)) throw new Error(`${file} manque : lancer « npm run data:build » avant les tests de données`);
    r = new Results(await readResultsFile(file));
    calage = await readCalibration();
    const deps = await readOutput<{ code: string; region: string }>((dir) => `SELECT code, region FROM read_parquet('${dir}/territoires.parquet') WHERE level = 'departement'`);
    regionOf = new Map(deps.map((d) => [d.code, d.region]));
  }, 60_000);

  const fr = (indicator: string, period = DEFAULT_PERIOD, breakdown = 'total', category = 'total'): ResultRow =>
    r.require({ level: 'france', code: 'FR', indicator, period, breakdown, category });

  it('has every territory for every window: 1 + 13 + 96 + 86 + 11', () => {
    const expected = { france: 1, region: 13, departement: 96, ser: 86, greco: 11 };
    for (const period of PERIODS) {
      for (const level of LEVELS) {
        expect(r.list({ level, period, indicator: 'surface_foret' }), `${level} ${period}`).toHaveLength(expected[level]);
      }
    }
  });

  it('has every indicator and breakdown the catalogue publishes, and none of those only the explorer computes', () => {
    const present = new Set(r.rows.map((x) => `${x.indicator}/${x.breakdown}`));
    const published = INDICATORS.flatMap((i) => i.breakdowns.filter((b) => !b.explorerOnly).map((b) => `${i.id}/${b.id}`));
    const explorerOnly = INDICATORS.flatMap((i) => i.breakdowns.filter((b) => b.explorerOnly).map((b) => `${i.id}/${b.id}`));
    expect(published.length).toBeGreaterThan(20);
    expect(explorerOnly).toContain('volume_ha/espece');
    for (const key of published) expect(present.has(key), key).toBe(true);
    for (const key of explorerOnly) expect(present.has(key), key).toBe(false);
  });

  it('every value lies inside its interval, and nothing is negative', () => {
    const bad = r.rows.filter(
      (x) => x.value !== null && x.lower !== null && x.upper !== null && !(x.lower <= x.value + 1e-9 && x.value <= x.upper + 1e-9),
    );
    expect(bad.slice(0, 5)).toEqual([]);
    // only the balance of flows (production − mortality) may be negative
    expect(r.rows.filter((x) => x.value !== null && x.value < 0 && x.indicator !== 'bilan_flux').slice(0, 5)).toEqual([]);
  });

  it('applies the significance rule everywhere, with a reason when not significant', () => {
    const wrong = r.rows.filter((x) => {
      if (!x.significant) return x.reason === null;
      const half = (x.upper! - x.lower!) / 2;
      return x.n_plots < SIGNIFICANCE.minPlots || x.value === null || half > SIGNIFICANCE.maxRelativeHalfWidth * x.value * 1.0001;
    });
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('a département without any forest plot is present and flagged', () => {
    const empty = r.list({ level: 'departement', indicator: 'surface_foret', period: DEFAULT_PERIOD }).filter((x) => x.n_plots === 0);
    // Paris and Seine-Saint-Denis hold no forest plot of the inventory.
    expect(empty.map((x) => x.code)).toContain('75');
    for (const x of empty) {
      expect(x.significant).toBe(false);
      expect(x.reason).toBe('aucune placette dans le territoire');
    }
  });

  describe.each(MAIN_PERIODS)('sums over territories, %s', (period) => {
    it.each(['region', 'departement', 'ser', 'greco'] as const)('area and volume of every %s add up to France within 0.5 %', (level) => {
      for (const indicator of ['surface_foret', 'volume']) {
        const total = fr(indicator, period).value!;
        const sum = r.list({ level, period, indicator, breakdown: 'total' }).reduce((s, x) => s + (x.value ?? 0), 0);
        expect(Math.abs(sum / total - 1), `${indicator} ${level}`).toBeLessThan(0.005);
      }
    });

    it('the départements of each région add up to it within 0.5 %', () => {
      const deps = r.list({ level: 'departement', period, indicator: 'surface_foret', breakdown: 'total' });
      expect(deps).toHaveLength(96);
      const byRegion = new Map<string, number>();
      for (const d of deps) {
        const reg = regionOf.get(d.code)!;
        byRegion.set(reg, (byRegion.get(reg) ?? 0) + (d.value ?? 0));
      }
      const regions = r.list({ level: 'region', period, indicator: 'surface_foret', breakdown: 'total' });
      expect(regions).toHaveLength(13);
      for (const reg of regions) {
        expect(Math.abs(byRegion.get(reg.code)! / reg.value! - 1), reg.code).toBeLessThan(0.005);
      }
    });
  });

  it.each(['volume', 'production', 'mortalite', 'bilan_flux', 'carbone'])('%s of the départements adds up to France in every window (within 0.5 %)', (indicator) => {
    for (const period of PERIODS) {
      const total = fr(indicator, period).value!;
      const sum = r.list({ level: 'departement', period, indicator, breakdown: 'total' }).reduce((s, x) => s + (x.value ?? 0), 0);
      expect(Math.abs(sum / total - 1), `${indicator} ${period}`).toBeLessThan(0.005);
    }
  });

  it('mortality by type of death adds up to the total; chablis are counted', () => {
    const parts = r.list({ level: 'france', period: DEFAULT_PERIOD, indicator: 'mortalite', breakdown: 'type' });
    expect(parts.map((x) => x.category).sort()).toEqual(['chablis', 'mort_sur_pied']);
    expect(parts.reduce((s, x) => s + x.value!, 0) / fr('mortalite').value!).toBeCloseTo(1, 9);
    expect(parts.find((x) => x.category === 'chablis')!.value!).toBeGreaterThan(0.05 * fr('mortalite').value!);
  });

  it('chablis are coded A (alive or dead) up to 2018 and 1 (alive only) in 2019, as the methodology page says', () => {
    const campaigns = loadMethodFacts().campaigns;
    expect(campaigns.map((c) => c.annee)).toEqual(Array.from({ length: 15 }, (_, i) => 2005 + i));
    for (const c of campaigns) expect(c.chablisCodes, String(c.annee)).toEqual(c.annee < 2019 ? ['A'] : ['1']);
    // Without its dead chablis, 2019 records fewer chablis than any other campaign; the page's order of
    // magnitude for the latest window stays small.
    const c2019 = campaigns.find((c) => c.annee === 2019)!;
    expect(Math.min(...campaigns.filter((c) => c.annee < 2019).map((c) => c.chablisHa))).toBeGreaterThan(c2019.chablisHa);
    const effect = liveChablisEffect(campaigns, DEFAULT_PERIOD, fr('mortalite_ha').value!)!;
    expect(effect.shortfall).toBeGreaterThan(0);
    expect(effect.shortfall).toBeLessThan(0.05);
  });

  it('dead trees were recorded on the whole 15 m circle up to 2008, then on concentric circles, without changing the weighted mortality', () => {
    const campaigns = loadMethodFacts().campaigns;
    const sampling = deadTreeSampling(campaigns)!;
    expect(sampling.wholeCircle.map((c) => c.annee)).toEqual([2005, 2006, 2007, 2008]);
    expect([sampling.undatedBefore?.annee, sampling.lastWhole.annee, sampling.firstConcentric.annee]).toEqual([2007, 2008, 2009]);
    for (const c of sampling.concentric) expect(c.deadWeight, String(c.annee)).toBeCloseTo(circleWeight(6), 1);
    // Three times as many dead trees in 2008 as in any later campaign, yet standing mortality per
    // hectare within a quarter of the later campaigns' mean: the weights carry the change.
    const c2008 = campaigns.find((c) => c.annee === 2008)!;
    const later = campaigns.filter((c) => c.annee > 2008);
    expect(c2008.deadTrees).toBeGreaterThan(3 * Math.max(...later.map((c) => c.deadTrees)));
    const mean = later.reduce((s, c) => s + c.standingHa, 0) / later.length;
    expect(Math.abs(c2008.standingHa / mean - 1)).toBeLessThan(0.25);
  });

  it('places most chablis of 2009 and 2010 in Nouvelle-Aquitaine (storm Klaus), as the methodology page says', async () => {
    const rows = await readOutput<{ annee: number; share: number }>((dir) => `
      SELECT p.annee, sum(m.v * m.w * p.poids) FILTER (WHERE p.reg = '75') / sum(m.v * m.w * p.poids) AS share
      FROM '${dir}/arbres_morts.parquet' m JOIN '${dir}/placettes.parquet' p USING (idp)
      WHERE m.veget = 'A' AND p.annee IN (2009, 2010) GROUP BY p.annee ORDER BY p.annee`);
    expect(rows.map((x) => x.annee)).toEqual([2009, 2010]);
    for (const x of rows) expect(x.share, String(x.annee)).toBeGreaterThan(0.5);
  });

  it('shows standing mortality rising fastest in the north-east over 2015-2019, as the methodology page says of the shifted windows', async () => {
    // Standing deaths of five years at most, per hectare and year, by campaign (sampling weights):
    // Grand Est (44) against the rest of France outside the north-east (Grand Est, Bourgogne-Franche-Comté).
    const rows = await readOutput<{ zone: string; early: number; late: number }>((dir) => `
      WITH pl AS (SELECT idp, annee, CASE WHEN reg = '44' THEN 'GES' WHEN reg = '27' THEN 'BFC' ELSE 'autres' END AS zone, poids
                  FROM '${dir}/placettes.parquet' WHERE poids > 0 AND annee BETWEEN 2015 AND 2019),
           d AS (SELECT idp, sum(v * w / 5) AS y FROM '${dir}/arbres_morts.parquet'
                 WHERE datemort = 1 AND veget NOT IN (${sqlStrings(CHABLIS_VEGET)}) GROUP BY idp),
           c AS (SELECT zone, annee, sum(poids * coalesce(y, 0)) / sum(poids) AS ha FROM pl LEFT JOIN d USING (idp) GROUP BY ALL)
      SELECT zone, avg(ha) FILTER (WHERE annee IN (2015, 2016)) AS early, avg(ha) FILTER (WHERE annee IN (2018, 2019)) AS late
      FROM c GROUP BY zone ORDER BY zone`);
    const rise = Object.fromEntries(rows.map((x) => [x.zone, x.late / x.early]));
    expect(Object.keys(rise)).toEqual(['BFC', 'GES', 'autres']);
    expect(rise['GES']).toBeGreaterThan(1.5);
    expect(rise['GES']).toBeGreaterThan(rise['autres']!);
    expect(rise['BFC']).toBeGreaterThan(rise['autres']!);
  });

  it('gives the share of chablis of France and every région compared with IGN, on IGN’s definition', () => {
    const shares = loadMethodFacts().comparableChablisShares;
    expect(shares.map((s) => s.code).sort()).toEqual(Object.keys(PUBLISHED_PER_HA).sort());
    for (const s of shares) {
      expect(s.share, s.code).toBeGreaterThan(0);
      expect(s.share, s.code).toBeLessThan(1);
    }
    // France's and Brittany's chablis pass the significance rule (the page shows their share);
    // Brittany's (a few heavy plots of 2017-2019) weigh most; France stays near its all-forest share.
    for (const code of ['FR', '53']) expect(shares.find((s) => s.code === code)!.significant, code).toBe(true);
    expect(shares.some((s) => !s.significant)).toBe(true);
    expect(shares.reduce((a, b) => (b.share > a.share ? b : a)).code).toBe('53');
    const all = r.list({ level: 'france', period: DEFAULT_PERIOD, indicator: 'mortalite', breakdown: 'type' });
    const allShare = all.find((x) => x.category === 'chablis')!.value! / fr('mortalite').value!;
    expect(Math.abs(shares.find((s) => s.code === 'FR')!.share - allShare)).toBeLessThan(0.05);
  });

  it('every région’s forest area is IGN’s published or interpolated figure, with no sampling interval', () => {
    expect(calage.length).toBe(13 * PERIODS.length);
    for (const c of calage) {
      const row = r.require({ level: 'region', code: c.reg, period: c.period, indicator: 'surface_foret', breakdown: 'total', category: 'total' });
      expect(row.value! / c.surface_publiee_ha, `${c.reg} ${c.period}`).toBeCloseTo(1, 9);
      expect(row.upper! - row.lower!, `${c.reg} ${c.period}`).toBeLessThan(1);
    }
    // The windows IGN published are used as such.
    expect(calage.filter((c) => c.regle === 'publiée').map((c) => c.period).sort()).toEqual([...Array(13).fill('2008-2012'), ...Array(13).fill('2013-2017')]);
  });

  it('no share of 0 % or 100 % has an interval of zero width', () => {
    const shares = r.rows.filter((x) => x.unit === '%' && (x.indicator.startsWith('part_') || x.indicator === 'repartition_volume'));
    expect(new Set(shares.map((x) => x.indicator)).size).toBeGreaterThanOrEqual(5);
    const degenerate = shares.filter((x) => x.lower !== null && x.upper! - x.lower < 1e-9 && x.n_plots > 1);
    expect(degenerate.slice(0, 5)).toEqual([]);
  });

  it('shares (composition, essence principale, volume by species, number of species) add up to 100 % in every territory', () => {
    for (const indicator of ['part_composition', 'part_essence', 'part_volume', 'part_nombre_essences']) {
      const sums = new Map<string, number>();
      const rows = r.list({ indicator, period: DEFAULT_PERIOD });
      expect(rows.length, indicator).toBeGreaterThan(0);
      for (const x of rows) {
        const k = `${x.level}:${x.code}`;
        sums.set(k, (sums.get(k) ?? 0) + (x.value ?? 0));
      }
      for (const [k, s] of sums) {
        const n = r.get({ level: k.split(':')[0] as ResultRow['level'], code: k.split(':')[1]!, indicator: 'surface_foret' })!.n_plots;
        if (n > 0) expect(s, `${indicator} ${k}`).toBeCloseTo(100, 6);
      }
    }
  });

  it('the volume of France, of all species and of each drought-exposed one, is shared out by exposure and by slope', () => {
    const all = r.list({ level: 'france', period: DEFAULT_PERIOD, indicator: 'repartition_volume', breakdown: 'topographie' });
    const sum = (rows: ResultRow[], ids: string[]) => rows.filter((x) => ids.includes(x.category.split('|').pop()!)).reduce((s, x) => s + x.value!, 0);
    // Each partition over the plots where it is recorded: 100 %.
    expect(sum(all, ['plat', 'nord', 'est', 'sud', 'ouest'])).toBeCloseTo(100, 6);
    expect(sum(all, ['pente_0_15', 'pente_15_30', 'pente_30'])).toBeCloseTo(100, 6);
    for (const espar of EXPOSED_SPECIES.map((e) => e.espar)) {
      const rows = r.list({ level: 'france', period: DEFAULT_PERIOD, indicator: 'repartition_volume', breakdown: 'topographie_espece' }).filter((x) => x.category.startsWith(`${espar}|`));
      expect(rows, espar).toHaveLength(8);
      expect(sum(rows, ['pente_0_15', 'pente_15_30', 'pente_30']), espar).toBeCloseTo(100, 6);
      expect(sum(rows, ['plat', 'nord', 'est', 'sud', 'ouest']), espar).toBeCloseTo(100, 6);
    }
    // Published for France only (the pages need no more; the explorer computes the others).
    expect(r.list({ level: 'region', indicator: 'repartition_volume', breakdown: 'topographie_espece' })).toEqual([]);
  });

  it('the species of the mortality rates are the ten with the largest volume, then the ash', () => {
    const named = r
      .list({ level: 'france', period: DEFAULT_PERIOD, indicator: 'volume', breakdown: 'espece' })
      .filter((x) => !x.category.startsWith('autres'))
      .sort((a, b) => b.value! - a.value!)
      .map((x) => x.category);
    expect(MORTALITY_RATE_SPECIES.slice(0, MORTALITY_RATE_TOP)).toEqual(named.slice(0, MORTALITY_RATE_TOP));
    const rates = r.list({ level: 'france', period: DEFAULT_PERIOD, indicator: 'taux_mortalite', breakdown: 'espece' });
    expect(rates.map((x) => x.category).sort()).toEqual([...MORTALITY_RATE_SPECIES].sort());
    for (const x of rates) expect(x.significant, x.category).toBe(true);
  });

  it('breakdowns of volume add up to the total volume', () => {
    const total = fr('volume').value!;
    for (const b of ['groupe', 'espece', 'classe_diametre']) {
      const sum = r.list({ level: 'france', period: DEFAULT_PERIOD, indicator: 'volume', breakdown: b }).reduce((s, x) => s + x.value!, 0);
      expect(sum / total, b).toBeCloseTo(1, 9);
    }
  });

  describe('national figures against IGN’s published ones (METHOD.md)', () => {
    // Mémento 2017 figures are computed on campaigns 2012 to 2016: compare with that window.
    it('forest area is the sum of the régions’ published areas (16.8 Mha in 2012-2016) and boisement about 31 %', () => {
      expect(Math.abs(fr('surface_foret', '2012-2016').value! / 16.9e6 - 1)).toBeLessThan(0.01);
      expect(Math.abs(fr('taux_boisement', '2012-2016').value! - 31)).toBeLessThan(1);
    });

    it('biological production within 5 % of 92 million m³ a year', () => {
      expect(Math.abs(fr('production', '2012-2016').value! / 92e6 - 1)).toBeLessThan(0.05);
    });

    it('mortality per hectare within 10 % of IGN’s 0.63 m³/ha/an of 2016-2020 (the Mémento gap is explained on /methodologie)', () => {
      expect(Math.abs(fr('mortalite_ha').value! / 0.63 - 1)).toBeLessThan(0.1);
      // production and carbon per hectare of the same IGN results: 5.57 m³/ha/an and 80.8 tC/ha
      expect(Math.abs(fr('production_ha').value! / 5.57 - 1)).toBeLessThan(0.05);
      expect(Math.abs(fr('carbone_ha').value! / 80.79 - 1)).toBeLessThan(0.05);
      // without the chablis, 2012-2016 would be within 10 % of the Mémento's 8.8 million m³ a year
      const standing = r.require({ level: 'france', code: 'FR', period: '2012-2016', indicator: 'mortalite', breakdown: 'type', category: 'mort_sur_pied' });
      expect(Math.abs(standing.value! / 8.8e6 - 1)).toBeLessThan(0.1);
    });

    it('carbon in living trees within 10 % of 1.3 billion tC', () => {
      expect(Math.abs(fr('carbone').value! / 1.3e9 - 1)).toBeLessThan(0.1);
    });
  });
});
