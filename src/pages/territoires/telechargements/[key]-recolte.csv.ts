// /territoires/telechargements/{territoire}-recolte.csv: the Agreste harvest a factsheet shows
// (départements, régions, France; the SER and GRECO have none).
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadTerritories, territoryKey, type Territory } from '../../../lib/territories/catalog';
import { harvestOf, type HarvestYear } from '../../../lib/factsheet/harvest';
import { harvestCsv } from '../../../lib/factsheet/downloads';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const territory of await loadTerritories()) {
    const years = await harvestOf(territory.level, territory.code);
    if (years) paths.push({ params: { key: territoryKey(territory) }, props: { territory, years } });
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { territory, years } = props as { territory: Territory; years: HarvestYear[] };
  return new Response(harvestCsv(territory.nom, territory.code, years), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
