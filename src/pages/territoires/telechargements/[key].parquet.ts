// /territoires/telechargements/{territoire}.parquet: every result row of a territory, as published
// in resultats.parquet (non-significant values included, flagged), for re-use in any tool.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadTerritories, territoryKey, type Territory } from '../../../lib/territories/catalog';
import { territoryParquet } from '../../../lib/factsheet/parquet';

export const getStaticPaths = (async () =>
  (await loadTerritories()).map((territory) => ({ params: { key: territoryKey(territory) }, props: { territory } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { territory } = props as { territory: Territory };
  const bytes = await territoryParquet(territory.level, territory.code);
  return new Response(bytes as unknown as BodyInit, { headers: { 'content-type': 'application/vnd.apache.parquet' } });
};
