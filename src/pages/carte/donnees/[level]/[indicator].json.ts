// /carte/donnees/{niveau}/{indicateur}.json: every period of one indicator for one level, with the
// class breaks, downloaded by the map when the reader chooses that indicator.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadIndicatorFile, loadMapSeries } from '../../../../lib/map/load.ts';
import { MAP_LEVELS, type MapLevel } from '../../../../lib/map/types.ts';

export const getStaticPaths = (async () => {
  const series = await loadMapSeries();
  return MAP_LEVELS.flatMap((level) => series.map((s) => ({ params: { level, indicator: s.key } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await loadIndicatorFile(params.level as MapLevel, params.indicator!)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
