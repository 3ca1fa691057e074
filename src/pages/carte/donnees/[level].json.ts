// /carte/donnees/{niveau}.json: the territories of a level (names, factsheet links, boxes, label
// points) and their outlines, downloaded by the map when the reader chooses that level.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadLevelFile } from '../../../lib/map/load.ts';
import { MAP_LEVELS, type MapLevel } from '../../../lib/map/types.ts';

export const getStaticPaths = (() => MAP_LEVELS.map((level) => ({ params: { level } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await loadLevelFile(params.level as MapLevel)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
