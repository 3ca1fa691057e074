// Titles and source lines of the map, the same at build time and in the browser.
import type { MapIndicator } from './types.ts';
import { periodWords } from '../factsheet/periods.ts';


/** "Taux de boisement par département, 2015 à 2019". */
export function mapTitle(series: Pick<MapIndicator, 'label'>, levelSingular: string, period: string): string {
  return `${series.label} par ${levelSingular}, ${period.replace('-', ' à ')}`;
}

/** The caption of the map's table: the unit once, not after « 95 % » (« 95 % (%) »). */
export function tableCaption(title: string, unit: string): string {
  return `${title}, en ${unit} : valeur et intervalle de confiance à 95 %`;
}

/** The source line under the map. */
export function sourceLine(period: string): string {
  return `Source : IGN, inventaire forestier national, ${periodWords(period)} ; calculs de l’observatoire. Contours : IGN (Admin Express, sylvoécorégions).`;
}
