// regions-forestieres.topojson: outlines of the 309 national forest regions (régions forestières
// nationales, IFN), drawn as an outline layer over the interactive map. The producer splits some
// regions into several polygons: they are merged per code. Names kept as published (capitals).
import { writeFile } from 'node:fs/promises';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { PipelineError } from '../lib/errors.ts';
import { polygons, type GeoJsonGeometry, type MultiPolygon } from '../lib/geo.ts';
import { columnGroups, type Step, type TableDoc } from '../lib/step.ts';
import columns from './regions-forestieres.columns.json' with { type: 'json' };
import { TOPO_KEEP, TOPO_QUANTIZATION } from './territoires.ts';

const SOURCE = 'eco-regions-forestieres-nationales-ifn-309';
const FILE = 'regions-forestieres.topojson';
/** Number of national forest regions the producer publishes (the `309` of its file name). */
export const EXPECTED_REGIONS = 309;

const COLUMNS = columnGroups(columns, 'regions-forestieres.columns.json');

export const docs: TableDoc[] = [
  {
    file: FILE,
    description: `Contours simplifiés pour le web (TopoJSON, WGS84) des ${EXPECTED_REGIONS} régions forestières nationales de l’IFN, objet « rfn », propriétés {code, nom} ; les polygones d’une même région sont réunis. Quantification et simplification identiques à celles des territoires. Sert de couche de contours sur la carte interactive.`,
    sources: [SOURCE],
    order: ['code'],
    columns: COLUMNS.contours,
  },
];

interface Feature {
  properties: Record<string, unknown>;
  geometry: GeoJsonGeometry;
}

export const step: Step = {
  name: 'regions-forestieres',
  module: import.meta.filename,
  sources: [SOURCE],
  after: [],
  outputs: [FILE],
  async run({ mirror, staging, log }) {
    const { features } = JSON.parse(await mirror.text(SOURCE)) as { features: Feature[] };
    const regions = new Map<string, { nom: string; shape: MultiPolygon }>();
    features.forEach((f, i) => {
      const code = String(f.properties.REGN ?? '').trim();
      const nom = String(f.properties.REGIONN ?? '').trim();
      if (!code) throw new PipelineError('Région forestière sans code REGN', { file: 'ecoregions/regions_forestieres_nationales_ifn_309.geojson', value: `objet n° ${i + 1}` });
      const region = regions.get(code);
      if (region && region.nom !== nom) throw new PipelineError(`Deux noms pour la région forestière ${code}`, { value: `${region.nom} / ${nom}` });
      if (region) region.shape.push(...polygons(f.geometry));
      else regions.set(code, { nom, shape: polygons(f.geometry) });
    });
    if (regions.size !== EXPECTED_REGIONS)
      throw new PipelineError(`Régions forestières nationales : ${regions.size} codes au lieu de ${EXPECTED_REGIONS}`);
    const collection = {
      type: 'FeatureCollection',
      features: [...regions.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([code, r]) => ({ type: 'Feature', id: code, properties: { code, nom: r.nom }, geometry: { type: 'MultiPolygon', coordinates: r.shape } })),
    };
    let topo = topology({ rfn: collection } as never, TOPO_QUANTIZATION);
    topo = presimplify(topo as never);
    topo = simplify(topo as never, quantile(topo as never, TOPO_KEEP));
    const json = JSON.stringify(quantize(topo as never, TOPO_QUANTIZATION));
    await writeFile(staging.path(FILE), json);
    log(`${FILE} : ${regions.size} régions, ${(json.length / 1024).toFixed(0)} Kio`);
  },
};
