// territoires.parquet and territoires-{level}.topojson: France, régions, départements, SER and
// GRECO with land area computed in Lambert-93, WGS84 bounding boxes and web-sized outlines.
import { writeFile } from 'node:fs/promises';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { PipelineError } from '../lib/errors.ts';
import { area, bbox, polygons, projectL93, type GeoJsonGeometry, type MultiPolygon } from '../lib/geo.ts';
import type { Mirror } from '../lib/mirror.ts';
import { columnGroups, docOf, writeDocumented, type Step, type TableDoc } from '../lib/step.ts';
import columns from './territoires.columns.json' with { type: 'json' };
import { formatInteger } from '../../src/lib/format/numbers.ts';
import { parseCsvRows } from '../../src/lib/csv.ts';
import { SUBNATIONAL_LEVELS, type Level } from '../../src/lib/estimation/types.ts';
import { sqlString } from '../../src/lib/sql.ts';


export interface Territory {
  level: Level;
  code: string;
  nom: string;
  region: string | null;
  greco: string | null;
  /** INSEE "type de nom en clair" (article of the name) for régions and départements; null otherwise. */
  tncc: number | null;
  shape: MultiPolygon; // WGS84
  shapeL93: MultiPolygon;
  surface_ha: number;
}

interface Feature {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: GeoJsonGeometry;
}

/** Share of the outline's points kept for the web (Visvalingam weights), and the quantisation grid. */
export const TOPO_KEEP = 0.05;
export const TOPO_QUANTIZATION = 1e5;

/** The 13 régions of metropolitan France (INSEE codes since 2016). */
export const REGIONS_METRO = ['11', '24', '27', '28', '32', '44', '52', '53', '75', '76', '84', '93', '94'];

const COLUMNS = columnGroups(columns, 'territoires.columns.json');

export const docs: TableDoc[] = [
  {
    file: 'territoires.parquet',
    description:
      "Territoires de publication : France métropolitaine, 13 régions, 96 départements, 86 sylvoécorégions (SER), 11 grandes régions écologiques (GRECO). Surface terrestre calculée en Lambert-93 (EPSG:2154) par la formule du lacet sur les contours complets.",
    sources: ['admin-departements', 'admin-regions', 'cog-dep-2025', 'cog-reg-2025', 'eco-ser-sylvoecoregions-86', 'eco-ser-sylvoecoregions-86-list', 'eco-greco-11'],
    order: ['level', 'code'],
    columns: COLUMNS.territoires,
  },
  ...SUBNATIONAL_LEVELS.map(
    (level): TableDoc => ({
      file: `territoires-${level}.topojson`,
      description: `Contours simplifiés pour le web (TopoJSON, WGS84), objet « ${level} », propriétés {code, nom}. Quantification ${formatInteger(TOPO_QUANTIZATION)} (grille d’environ 15 m × 11 m sur l’emprise de la métropole), simplification de Visvalingam conservant ${Math.round(TOPO_KEEP * 100)} % des sommets les plus significatifs, frontières partagées conservées (pas de trous ni de chevauchements).`,
      sources: ['admin-departements', 'admin-regions', 'eco-ser-sylvoecoregions-86', 'eco-greco-11'],
      order: ['code'],
      columns: COLUMNS.contours,
    }),
  ),
];

async function featureCollection(mirror: Mirror, id: string): Promise<Feature[]> {
  const fc = JSON.parse(await mirror.text(id)) as { features: Feature[] };
  return fc.features;
}

/** Splits one CSV line with `,` separators and `"` quotes (names may contain commas). */
export function parseCsvLine(line: string): string[] {
  return (parseCsvRows(line, ',')[0] ?? ['']).map((c) => c.trim());
}

/** Loads every territory with its outline (WGS84 and Lambert-93) and land area. */
export async function loadTerritories(mirror: Mirror): Promise<Territory[]> {
  const make = (level: Level, code: string, nom: string, shape: MultiPolygon, region: string | null, greco: string | null, tncc: number | null = null): Territory => {
    const shapeL93 = projectL93(shape);
    return { level, code, nom, region, greco, tncc, shape, shapeL93, surface_ha: area(shapeL93) / 1e4 };
  };

  // Département → région, and the article of each name (TNCC), from the official geographic code.
  const depReg = new Map<string, string>();
  const tncc = new Map<string, number>();
  for (const line of (await mirror.text('cog-dep-2025')).split(/\r?\n/).slice(1)) {
    if (!line.trim()) continue;
    const [dep, reg, , type] = parseCsvLine(line);
    depReg.set(dep!, reg!);
    tncc.set(`departement|${dep}`, Number(type));
  }
  for (const line of (await mirror.text('cog-reg-2025')).split(/\r?\n/).slice(1)) {
    if (!line.trim()) continue;
    const [reg, , type] = parseCsvLine(line);
    tncc.set(`region|${reg}`, Number(type));
  }

  const deps = (await featureCollection(mirror, 'admin-departements')).map((f) => {
    const code = String(f.properties.code);
    const region = depReg.get(code);
    if (!region) throw new PipelineError(`Département sans région dans le COG`, { file: 'cog/dep_2025.csv', value: code });
    return make('departement', code, String(f.properties.nom), polygons(f.geometry), region, null, tncc.get(`departement|${code}`) ?? null);
  });
  const regs = (await featureCollection(mirror, 'admin-regions')).map((f) =>
    make('region', String(f.properties.code), String(f.properties.nom), polygons(f.geometry), null, null, tncc.get(`region|${String(f.properties.code)}`) ?? null),
  );

  const serList = new Map<string, { nom: string; greco: string }>();
  for (const line of (await mirror.text('eco-ser-sylvoecoregions-86-list')).split(/\r?\n/).slice(1)) {
    if (!line.trim()) continue;
    const [code, nom, greco] = parseCsvLine(line);
    serList.set(code!, { nom: nom!, greco: greco! });
  }
  const sers = (await featureCollection(mirror, 'eco-ser-sylvoecoregions-86')).map((f) => {
    const code = String(f.properties.codeser);
    const meta = serList.get(code);
    if (!meta) throw new PipelineError(`SER absente de la liste des SER`, { file: 'ecoregions/ser_sylvoecoregions_86_list.csv', value: code });
    return make('ser', code, meta.nom, polygons(f.geometry), null, meta.greco);
  });
  const grecos = (await featureCollection(mirror, 'eco-greco-11')).map((f) =>
    make('greco', String(f.properties.greco), String(f.properties.nom), polygons(f.geometry), null, null),
  );

  const france: Territory = {
    level: 'france',
    code: 'FR',
    nom: 'France métropolitaine',
    region: null,
    greco: null,
    tncc: null,
    shape: deps.flatMap((d) => d.shape),
    shapeL93: deps.flatMap((d) => d.shapeL93),
    surface_ha: deps.reduce((s, d) => s + d.surface_ha, 0),
  };
  const byCode = (a: Territory, b: Territory) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  return [france, ...regs.sort(byCode), ...deps.sort(byCode), ...sers.sort(byCode), ...grecos.sort(byCode)];
}

/** Checks counts, parents and areas against the producers' own figures. */
export function validateTerritories(ts: Territory[], serAreasKm2: Map<string, number>): void {
  const count = (l: Level) => ts.filter((t) => t.level === l).length;
  const expected: Record<Level, number> = { france: 1, region: 13, departement: 96, ser: 86, greco: 11 };
  for (const [l, n] of Object.entries(expected) as [Level, number][])
    if (count(l) !== n) throw new PipelineError(`Nombre de territoires « ${l} » : ${count(l)} au lieu de ${n}`);
  const regions = new Set(ts.filter((t) => t.level === 'region').map((t) => t.code));
  for (const r of REGIONS_METRO) if (!regions.has(r)) throw new PipelineError(`Région manquante : ${r}`);
  for (const d of ts.filter((t) => t.level === 'departement'))
    if (!regions.has(d.region!)) throw new PipelineError(`Région parente inconnue pour le département ${d.code} : ${d.region}`);
  const grecos = new Set(ts.filter((t) => t.level === 'greco').map((t) => t.code));
  for (const s of ts.filter((t) => t.level === 'ser')) {
    if (!grecos.has(s.greco!) || s.code[0] !== s.greco) throw new PipelineError(`GRECO parente incohérente pour la SER ${s.code}`);
    const published = serAreasKm2.get(s.code);
    // The producer's own area (km²) must agree with ours within 1 %: catches a wrong projection.
    if (published && Math.abs(s.surface_ha / 100 - published) / published > 0.01)
      throw new PipelineError(`Surface de la SER ${s.code} : ${(s.surface_ha / 100).toFixed(0)} km² calculés contre ${published} km² publiés`);
  }
  const fr = ts.find((t) => t.level === 'france')!;
  const sumReg = ts.filter((t) => t.level === 'region').reduce((s, t) => s + t.surface_ha, 0);
  if (Math.abs(sumReg - fr.surface_ha) / fr.surface_ha > 0.001)
    throw new PipelineError(`La somme des régions (${sumReg.toFixed(0)} ha) diffère de celle des départements (${fr.surface_ha.toFixed(0)} ha)`);
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** TopoJSON of one level, simplified for a phone; deterministic (sorted features, fixed parameters). */
export function webTopology(ts: Territory[], level: Level): string {
  const features = ts
    .filter((t) => t.level === level)
    .map((t) => ({
      type: 'Feature' as const,
      id: t.code,
      properties: { code: t.code, nom: t.nom },
      geometry: { type: 'MultiPolygon' as const, coordinates: t.shape },
    }));
  let topo = topology({ [level]: { type: 'FeatureCollection', features } } as never, TOPO_QUANTIZATION);
  topo = presimplify(topo as never);
  // quantile(p) is the weight above which a share p of the points lie: keep that share.
  topo = simplify(topo as never, quantile(topo as never, TOPO_KEEP));
  // simplify() returns absolute coordinates: quantise again (delta-encoded integers, small file).
  return JSON.stringify(quantize(topo as never, TOPO_QUANTIZATION));
}

export const step: Step = {
  name: 'territoires',
  module: import.meta.filename,
  sources: docs[0]!.sources.concat(),
  after: [],
  outputs: ['territoires.parquet', 'territoires-region.topojson', 'territoires-departement.topojson', 'territoires-ser.topojson', 'territoires-greco.topojson'],
  async run({ db, mirror, staging, log }) {
    const ts = await loadTerritories(mirror);
    const serAreas = new Map<string, number>();
    for (const line of (await mirror.text('eco-ser-sylvoecoregions-86-list')).split(/\r?\n/).slice(1)) {
      if (!line.trim()) continue;
      const cells = parseCsvLine(line);
      serAreas.set(cells[0]!, Number(cells[3]));
    }
    validateTerritories(ts, serAreas);
    const values = ts
      .map((t) => {
        const [xmin, ymin, xmax, ymax] = bbox(t.shape);
        const n = (v: number, d = 6) => String(round(v, d));
        const s = (v: string | null) => (v === null ? 'NULL' : sqlString(v));
        return `(${sqlString(t.level)}, ${sqlString(t.code)}, ${sqlString(t.nom)}, ${s(t.region)}, ${s(t.greco)}, ${t.tncc === null ? 'NULL' : String(t.tncc)}, ${n(t.surface_ha, 1)}, ${n(xmin)}, ${n(ymin)}, ${n(xmax)}, ${n(ymax)})`;
      })
      .join(',\n');
    await db.run(`CREATE OR REPLACE TABLE territoires AS SELECT * FROM (VALUES ${values})
      t(level, code, nom, region, greco, tncc, surface_ha, xmin, ymin, xmax, ymax)`);
    await writeDocumented(
      db,
      staging,
      docOf(docs, 'territoires.parquet'),
      `SELECT level::VARCHAR AS level, code::VARCHAR AS code, nom::VARCHAR AS nom, region::VARCHAR AS region, greco::VARCHAR AS greco,
        tncc::INTEGER AS tncc, surface_ha::DOUBLE AS surface_ha, xmin::DOUBLE AS xmin, ymin::DOUBLE AS ymin, xmax::DOUBLE AS xmax, ymax::DOUBLE AS ymax
       FROM territoires`,
    );
    for (const level of SUBNATIONAL_LEVELS) {
      const json = webTopology(ts, level);
      await writeFile(staging.path(`territoires-${level}.topojson`), json);
      log(`territoires-${level}.topojson : ${(json.length / 1024).toFixed(0)} Kio`);
    }
    const fr = ts[0]!;
    log(`territoires : ${ts.length} lignes, France ${formatInteger(fr.surface_ha)} ha`);
  },
};
