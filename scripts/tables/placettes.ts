// placettes.parquet (forest plots) and peupleraies_placettes.parquet (poplar plots): one row per
// plot with campaign year, Lambert-93 and WGS84 coordinates, territories and plot variables.
import { PipelineError } from '../lib/errors.ts';
import { l93ToLonLat, locate, type Zone } from '../lib/geo.ts';
import type { Db } from '../lib/duck.ts';
import { columnGroups, type ColumnDoc, type TableDoc } from '../lib/step.ts';
import columns from './placettes.columns.json' with { type: 'json' };
import { ifnSources } from './ifnDocs.ts';
import { ANNEE_SQL } from './ifnRaw.ts';
import { WEIGHT_COLUMNS } from './poids.ts';

/** Départements grouped under the code '75' in the inventory files (Paris and its ring, with Yvelines, Essonne, Val-d'Oise). */
export const IDF_GROUP = ['75', '78', '91', '92', '93', '94', '95'];


/**
 * Column groups: identity (identifier, location, territories, land cover) and stand, shared by
 * forest and poplar plots, with the weights between them (WEIGHT_COLUMNS, documented in
 * poids.columns.json); ecology (read from the ecology file) for forest plots only; poplarOnly for
 * poplar plots.
 */
const { identity, stand, ecology, poplarOnly } = columnGroups(columns, 'placettes.columns.json');

export const PLACETTES_COLUMNS = [...identity, ...WEIGHT_COLUMNS, ...stand, ...ecology];
export const PEUPLERAIES_COLUMNS = [...identity, ...WEIGHT_COLUMNS, ...stand, ...poplarOnly];

export const docs: TableDoc[] = [
  {
    file: 'placettes.parquet',
    description:
      "Points d'inventaire en forêt des 15 campagnes 2005–2019 : une ligne par point, avec l'année, les coordonnées, les territoires, le poids de sondage reconstitué, la couverture du sol, les variables de peuplement, de gestion et d'incident, et les variables écologiques (pente, exposition, sol). Les colonnes absentes d'une campagne sont nulles.",
    sources: ifnSources(),
    order: ['idp'],
    columns: PLACETTES_COLUMNS,
  },
  {
    file: 'peupleraies_placettes.parquet',
    description: "Points d'inventaire en peupleraie (csa = 5) des campagnes 2005–2019, tenus à part des points forêt (pas de relevé écologique), avec leur poids de sondage reconstitué.",
    sources: ifnSources(),
    order: ['idp'],
    columns: PEUPLERAIES_COLUMNS,
  },
];

/** Zero-pads a département code as published ('1' → '01'; '2A' stays). */
export function padDep(dep: string): string {
  return /^\d$/.test(dep) ? `0${dep}` : dep;
}

export interface PlotLocation {
  idp: number;
  lon: number;
  lat: number;
  dep: string;
  /** Whether the plot was published under the grouped code '75' and placed by its coordinates. */
  grouped: boolean;
  /** Metres outside the assigned département's outline (0 when inside or not in the group). */
  outside_m: number;
}

/** WGS84 coordinates and département of each plot; the group '75' is split by coordinates. */
export function locatePlots(plots: { idp: number; xl93: number; yl93: number; dep_ifn: string }[], idfZones: Zone[]): PlotLocation[] {
  return plots.map((p) => {
    const [lon, lat] = l93ToLonLat(p.xl93, p.yl93);
    let dep = p.dep_ifn;
    let outside = 0;
    if (p.dep_ifn === '75') {
      const hit = locate(idfZones, p.xl93, p.yl93);
      dep = hit.code;
      outside = hit.distance;
    }
    return { idp: p.idp, lon: Math.round(lon * 1e6) / 1e6, lat: Math.round(lat * 1e6) / 1e6, dep, grouped: p.dep_ifn === '75', outside_m: outside };
  });
}

/** Creates `${name}_loc` (idp, lon, lat, dep) from the typed plot table. */
export async function createLocations(db: Db, typed: string, name: string, idfZones: Zone[]): Promise<PlotLocation[]> {
  const plots = await db.all<{ idp: number; xl93: number; yl93: number; dep_ifn: string; _file: string; _line: number }>(
    `SELECT idp, xl93, yl93, pad0(dep, 2) AS dep_ifn, _file, _line FROM ${typed} ORDER BY idp`,
  );
  for (const p of plots)
    if (p.xl93 === null || p.yl93 === null)
      throw new PipelineError(`Coordonnées manquantes`, { file: p._file, line: p._line, column: 'xl93' });
  const locs = locatePlots(plots, idfZones);
  await db.run(`CREATE OR REPLACE TABLE ${name}_loc (idp INTEGER, lon DOUBLE, lat DOUBLE, dep VARCHAR, outside_m DOUBLE)`);
  const app = await db.conn.createAppender(`${name}_loc`);
  for (const l of locs) {
    app.appendInteger(l.idp);
    app.appendDouble(l.lon);
    app.appendDouble(l.lat);
    app.appendVarchar(l.dep);
    app.appendDouble(l.outside_m);
    app.endRow();
  }
  app.closeSync();
  return locs;
}

/** SELECT of placettes / peupleraies_placettes from typed tables, in documented column order. */
export function plotsSql(typed: string, loc: string, columns: ColumnDoc[], ecology: string | null): string {
  const derived: Record<string, string> = {
    annee: `${ANNEE_SQL.replaceAll('idp', 'p.idp')}`,
    lon: 'l.lon',
    lat: 'l.lat',
    dep_ifn: `pad0(p.dep, 2)`,
    dep: 'l.dep',
    reg: 't.region',
    greco: 'left(p.ser, 1)',
    uta1: 'coalesce(p.uta1, p.uta)',
    idp: 'p.idp',
  };
  const eco = new Set(ecology ? ecologyColumns() : []);
  // The weight columns are filled afterwards by addDesignWeights (poids.ts).
  const later = new Set(WEIGHT_COLUMNS.map((c) => c.name));
  const select = columns.map((c) => {
    const expr = later.has(c.name) ? 'NULL' : (derived[c.name] ?? (eco.has(c.name) ? `e.${c.name}` : `p.${c.name}`));
    return `${expr}::${c.type} AS ${c.name}`;
  });
  return `SELECT ${select.join(', ')}
    FROM ${typed} p
    JOIN ${loc} l ON l.idp = p.idp
    LEFT JOIN territoires_ref t ON t.level = 'departement' AND t.code = l.dep
    ${ecology ? `LEFT JOIN ${ecology} e ON e.idp = p.idp` : ''}`;
}

export function ecologyColumns(): string[] {
  return ecology.map((c) => c.name);
}
