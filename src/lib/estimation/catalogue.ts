// The indicator catalogue: for each indicator its id, French label, unit, description, method,
// sources, breakdowns and the SQL that computes it (one query per breakdown). The same SQL text
// serves the build (DuckDB under Node) and the browser (DuckDB-WASM). See /methodologie.
// The indicators are defined by family in indicators/ (area, wood, flows, carbon, ecology).
import { orderedAggregates } from './ordered.ts';
import { SETUP_PRODUCTION } from './variables.ts';
import type { Indicator } from './indicators/define.ts';
import { AREA_INDICATORS } from './indicators/area.ts';
import { WOOD_INDICATORS } from './indicators/wood.ts';
import { FLOW_INDICATORS } from './indicators/flows.ts';
import { CARBON_INDICATORS } from './indicators/carbon.ts';
import { ECOLOGY_INDICATORS } from './indicators/ecology.ts';

export type { Breakdown, Indicator } from './indicators/define.ts';
export { SOURCE_CALAGE, SOURCE_IFN } from './indicators/define.ts';

/** Categories that gather the species not named in a territory (see ESPECE in indicators/define.ts). */
export const REST_CATEGORIES: readonly string[] = ['autres_feuillus', 'autres_resineux', 'autres'];

export const CATEGORY_LABELS: Readonly<Record<string, string>> = {
  total: 'Total',
  feuillus: 'Feuillus',
  resineux: 'Résineux',
  mixte: 'Mixte',
  feuillu: 'Feuillus',
  indetermine: 'Indéterminé',
  autres: 'Autres essences',
  autres_feuillus: 'Autres feuillus',
  autres_resineux: 'Autres résineux',
  aerien: 'Partie aérienne',
  racinaire: 'Racines',
  peupleraie: 'Peupleraies cultivées',
};

/**
 * Statements to run once on a connection, after loading the tables and before any indicator
 * query: they build derived tables (`production_arbre`) that several indicators read. Same text
 * in both engines; rerun them if the tables are reloaded.
 */
export const SETUP_SQL: readonly string[] = [SETUP_PRODUCTION].map(orderedAggregates);

/** Every indicator, in the order of the site (explorer, methodology, resultats.parquet). */
export const INDICATORS: readonly Indicator[] = [...AREA_INDICATORS, ...WOOD_INDICATORS, ...FLOW_INDICATORS, ...CARBON_INDICATORS, ...ECOLOGY_INDICATORS];

/** The indicator with this id; throws a clear error for an unknown id. */
export function indicator(id: string): Indicator {
  const found = INDICATORS.find((i) => i.id === id);
  if (!found) throw new Error(`Indicateur inconnu : « ${id} » (connus : ${INDICATORS.map((i) => i.id).join(', ')})`);
  return found;
}

/** French label of a category of a breakdown, species names aside. */
export function categoryLabel(indicatorId: string, breakdownId: string, category: string): string | undefined {
  const b = indicator(indicatorId).breakdowns.find((x) => x.id === breakdownId);
  return b?.categoryLabels[category] ?? CATEGORY_LABELS[category];
}
