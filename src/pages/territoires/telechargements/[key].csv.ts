// /territoires/telechargements/{territoire}.csv: the figures of a factsheet, all periods.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadTerritories, territoryKey, type Territory } from '../../../lib/territories/catalog';
import { resultsFor } from '../../../lib/factsheet/results';
import { factsheetCsv } from '../../../lib/factsheet/csv';
import { indicator } from '../../../lib/estimation/catalogue';

export const getStaticPaths = (async () =>
  (await loadTerritories()).map((territory) => ({ params: { key: territoryKey(territory) }, props: { territory } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { territory } = props as { territory: Territory };
  const results = await resultsFor(territory.level, territory.code);
  const csv = factsheetCsv(territory.nom, results.rows, (row) => {
    const def = indicator(row.indicator);
    return { indicator: def.label, breakdown: def.breakdowns.find((b) => b.id === row.breakdown)?.label ?? row.breakdown };
  });
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
