// Source lines printed under the figures of the thematic pages, one per producer, so that every
// chart names its producer, period and licence the same way.
import { periodWords } from '../factsheet/periods.ts';

/**
 * Inventory estimates of a window, or of several from `period` to `until`, in one campaign range:
 * "Source : IGN, inventaire forestier national, … campagnes 2010 à 2019 …".
 */
export function inventorySource(period: string, until: string = period): string {
  const range = `${period.split('-')[0]}-${until.split('-').at(-1)}`;
  return `Source : IGN, inventaire forestier national, données brutes des ${periodWords(range)} (Licence Ouverte) ; estimation de l’Observatoire des forêts, intervalle de confiance à 95 %.`;
}

/** Wildfires: BDIFF, with the years shown. */
export function fireSource(first: number, last: number): string {
  return `Source : BDIFF, base de données sur les incendies de forêts en France, feux de ${first} à ${last} en France métropolitaine (réutilisation libre avec mention de la source) ; calculs de l’Observatoire des forêts.`;
}

/** Commercial harvest: Agreste survey. */
export function harvestSource(first: number, last: number): string {
  return `Source : SSP Agreste, enquête annuelle « Exploitations forestières », récolte de bois commercialisée ${first} à ${last}, en m³ de bois rond sur écorce (Licence Ouverte) ; calculs de l’Observatoire des forêts.`;
}
