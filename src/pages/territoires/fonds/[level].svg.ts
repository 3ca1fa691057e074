// /territoires/fonds/{niveau}.svg: the outline of every territory of a level, drawn once for the
// locator maps of all factsheets of that level (cached by the browser instead of repeated in each page).
import { readFileSync } from 'node:fs';
import { MAP_LEVELS } from '../../../lib/map/types';
import type { APIRoute, GetStaticPaths } from 'astro';
import { locatorBackground } from '../../../components/charts/locatorMap';
import { outputFile } from '../../../lib/data/outputDir';
import { LOCATOR_WIDTH } from '../../../lib/territories/locator';

export const getStaticPaths = (() => MAP_LEVELS.map((level) => ({ params: { level } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const topology = JSON.parse(readFileSync(outputFile(`territoires-${params.level}.topojson`), 'utf8'));
  return new Response(locatorBackground(topology, LOCATOR_WIDTH), { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
