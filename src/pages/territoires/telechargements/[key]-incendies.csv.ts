// /territoires/telechargements/{territoire}-incendies.csv: the BDIFF fires a factsheet shows, year
// by year over the territory's coverage (départements, régions, France).
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadTerritories, territoryKey, type Territory } from '../../../lib/territories/catalog';
import { firesOf, type FireSeries } from '../../../lib/factsheet/fires';
import { firesCsv } from '../../../lib/factsheet/downloads';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const territory of await loadTerritories()) {
    const series = await firesOf(territory.level, territory.code);
    if (series) paths.push({ params: { key: territoryKey(territory) }, props: { territory, series } });
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { territory, series } = props as { territory: Territory; series: FireSeries };
  return new Response(firesCsv(territory.nom, territory.code, series), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
