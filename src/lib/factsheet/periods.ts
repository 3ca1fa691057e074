// How inventory periods are written for readers: '2015-2019' → "campagnes 2015 à 2019".
export function periodWords(period: string): string {
  const [from, to] = period.split('-');
  return `campagnes ${from} à ${to}`;
}

/**
 * The source line of a figure estimated from the inventory, for one window or several from `period`
 * to `until` (one campaign range), with another source it also uses: « Source : IGN, inventaire
 * forestier national, données brutes des campagnes 2010 à 2019 (Licence Ouverte) ; … ».
 */
export function inventorySource(period: string, until: string = period, also?: string): string {
  const range = `${period.split('-')[0]}-${until.split('-').at(-1)}`;
  return `Source : IGN, inventaire forestier national, données brutes des ${periodWords(range)} (Licence Ouverte)${also ? `, et ${also}` : ''} ; estimation de l’Observatoire des forêts, intervalle de confiance à 95 %.`;
}
