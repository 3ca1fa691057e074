// /territoires/comparer/donnees.json: the key figures of every territory for the comparison page.
import type { APIRoute } from 'astro';
import { loadTerritories, territoryKey, territoryPath } from '../../../lib/territories/catalog';
import { labelWithCode } from '../../../lib/territories/grammar';
import { resultsFor } from '../../../lib/factsheet/results';
import { compareIndicators, type CompareData } from '../../../lib/compare/indicators';
import { DEFAULT_PERIOD } from '../../../lib/estimation/config';

export const GET: APIRoute = async () => {
  const territories = await loadTerritories();
  const data: CompareData = { period: DEFAULT_PERIOD, territories: [], indicators: [], values: {} };
  const units = new Map<string, string>();
  for (const t of territories) {
    const key = territoryKey(t);
    data.territories.push({ key, nom: t.level === 'france' ? 'France métropolitaine' : t.nom, label: labelWithCode(t), level: t.level, href: territoryPath(t) });
    const results = await resultsFor(t.level, t.code);
    const values: CompareData['values'][string] = {};
    for (const c of compareIndicators) {
      const row = results.get(c.indicator, { breakdown: c.breakdown, category: c.category });
      if (!row) continue;
      units.set(c.id, row.unit);
      const round = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);
      values[c.id] = [round(row.value), round(row.lower), round(row.upper), row.significant];
    }
    data.values[key] = values;
  }
  data.indicators = compareIndicators.map((c) => ({ id: c.id, label: c.label, unit: units.get(c.id) ?? '' }));
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
