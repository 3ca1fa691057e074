// Source lines printed under the figures of the thematic pages, one per producer, so that every
// chart names its producer, period and licence the same way.

/** Inventory estimates: the factsheets' line (factsheet/periods.ts). */
export { inventorySource } from '../factsheet/periods.ts';

/** Wildfires: BDIFF, with the years shown. */
export function fireSource(first: number, last: number): string {
  return `Source : BDIFF, base de données sur les incendies de forêts en France, feux de ${first} à ${last} en France métropolitaine (réutilisation libre avec mention de la source) ; calculs de l’Observatoire des forêts.`;
}

/** Commercial harvest: Agreste survey. */
export function harvestSource(first: number, last: number): string {
  return `Source : SSP Agreste, enquête annuelle « Exploitations forestières », récolte de bois commercialisée ${first} à ${last}, en m³ de bois rond sur écorce (Licence Ouverte) ; calculs de l’Observatoire des forêts.`;
}
