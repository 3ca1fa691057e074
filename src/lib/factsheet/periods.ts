// How inventory periods are written for readers: '2015-2019' → "campagnes 2015 à 2019".
export function periodWords(period: string): string {
  const [from, to] = period.split('-');
  return `campagnes ${from} à ${to}`;
}

/** The standard source line of a figure estimated from the inventory. */
export function inventorySource(period: string): string {
  return `Source : IGN, inventaire forestier national, données brutes des ${periodWords(period)} ; estimation de l’Observatoire des forêts, intervalle de confiance à 95 %.`;
}
