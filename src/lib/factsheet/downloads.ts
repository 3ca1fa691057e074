// The downloads of a factsheet besides its estimates: the Agreste harvest and the BDIFF fires it
// shows, each in its own CSV with units and source in every row (different sources, periods and
// definitions from the inventory's), and file names that say which territory they describe.
import { csvDecimal, csvDocument } from '../csv.ts';
import { HARVEST_USES, type HarvestYear } from './harvest.ts';
import { FOREST_AREA_FROM, type FireSeries } from './fires.ts';

const HARVEST_SOURCE = 'Agreste (SSP, ministère de l’Agriculture), enquête annuelle « Exploitations forestières »';
const FIRES_SOURCE = 'BDIFF, base de données sur les incendies de forêts en France';

/** "allier-03", "provence-alpes-cote-d-azur-93": lower case, no accents, for file names. */
export function fileSlug(name: string, code: string): string {
  const slug = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return code && code !== 'FR' ? `${slug(name)}-${slug(code)}` : slug(name);
}

/** Download file names of a territory's figures: estimates, harvest, fires. */
export function downloadNames(name: string, code: string) {
  const base = fileSlug(name, code);
  return { estimates: `forets-${base}.csv`, parquet: `forets-${base}.parquet`, harvest: `recolte-bois-${base}.csv`, fires: `incendies-${base}.csv` };
}

export const HARVEST_CSV_HEADERS = ['Territoire', 'Code', 'Année', 'Usage', 'Volume', 'Unité', 'Secret statistique', 'Source'] as const;

/** One row per year and use (and the total), in thousand m³ of round wood over bark; secret cells empty. */
export function harvestCsv(territoryName: string, code: string, years: readonly HarvestYear[]): string {
  const uses = [...HARVEST_USES.map((u) => ({ key: u.produit, label: u.label })), { key: 'total', label: 'Total commercialisé' }];
  return csvDocument(
    HARVEST_CSV_HEADERS,
    years.flatMap((y) => uses.map((u) => {
      const volume = u.key === 'total' ? y.total : (y.byUse[u.key] ?? null);
      return [territoryName, code, String(y.year), u.label, csvDecimal(volume), 'milliers de m³ de bois rond sur écorce', volume === null ? 'oui' : 'non', HARVEST_SOURCE];
    })),
  );
}

export const FIRES_CSV_HEADERS = ['Territoire', 'Code', 'Année', 'Nombre de feux', 'Surface parcourue (ha)', 'Dont forêt (ha)', 'Source', 'Couverture'] as const;

/** One row per year of the territory's coverage, years without a recorded fire included (zeros). */
export function firesCsv(territoryName: string, code: string, series: FireSeries): string {
  const coverage = series.mediterranean ? `département méditerranéen, suivi depuis 1973, surface de forêt distinguée depuis ${FOREST_AREA_FROM} (vide avant)` : 'suivi national depuis 2006, saisie inégale selon les départements et les années';
  return csvDocument(
    FIRES_CSV_HEADERS,
    series.years.map((y) => [territoryName, code, String(y.year), String(y.fires), csvDecimal(y.burntHa), csvDecimal(y.forestHa), FIRES_SOURCE, coverage]),
  );
}
