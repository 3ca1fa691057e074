// Commercial wood harvest (SSP Agreste, « Exploitations forestières ») for the « ressources bois »
// and « atténuation » themes, DOM-free: national series by use and regional means. Volumes of the
// source are in thousands of m³ of round wood over bark; here in m³. Cells under statistical secret
// are null in the source: a sum that needs one is flagged incomplete, never silently filled.

/** The three uses that add up to the total harvest (rank of their row in the producer's table). */
export const USES = [
  { id: 'BO', rang: 3, label: 'Bois d’œuvre', detail: 'sciage, déroulage, tranchage' },
  { id: 'BI', rang: 29, label: 'Bois d’industrie', detail: 'papier, carton, panneaux' },
  { id: 'BE', rang: 41, label: 'Bois énergie', detail: 'bûches, plaquettes commercialisées' },
] as const;
export type Use = (typeof USES)[number]['id'];
/** Row of the total commercial harvest (RBC). */
export const TOTAL_RANG = 1;

/** One row of recolte.parquet (the columns this module reads). */
export interface HarvestRow {
  niveau: 'france' | 'region' | 'departement';
  code: string;
  nom: string;
  rang: number;
  annee: number;
  /** Thousands of m³; null under statistical secret. */
  volume: number | null;
  secret: boolean;
}

export interface HarvestPoint {
  annee: number;
  use: Use;
  /** m³ of round wood over bark. */
  volume: number;
}

const useOfRang = new Map<number, Use>(USES.map((u) => [u.rang, u.id]));

/** Years present at the national level, in order. */
export function harvestYears(rows: readonly HarvestRow[]): number[] {
  const years = [...new Set(rows.filter((r) => r.niveau === 'france').map((r) => r.annee))].sort((a, b) => a - b);
  if (years.length === 0) throw new Error('recolte : aucune ligne France métropolitaine');
  return years;
}

/** National harvest per year and use, m³. */
export function nationalByUse(rows: readonly HarvestRow[]): HarvestPoint[] {
  return rows
    .filter((r) => r.niveau === 'france' && useOfRang.has(r.rang))
    .map((r) => {
      if (r.volume === null) throw new Error(`recolte : volume national ${r.annee} sous secret statistique (rang ${r.rang})`);
      return { annee: r.annee, use: useOfRang.get(r.rang)!, volume: r.volume * 1000 };
    })
    .sort((a, b) => a.annee - b.annee || USES.findIndex((u) => u.id === a.use) - USES.findIndex((u) => u.id === b.use));
}

/** National total harvest per year, m³. */
export function nationalTotal(rows: readonly HarvestRow[]): { annee: number; volume: number }[] {
  return rows
    .filter((r) => r.niveau === 'france' && r.rang === TOTAL_RANG && r.volume !== null)
    .map((r) => ({ annee: r.annee, volume: r.volume! * 1000 }))
    .sort((a, b) => a.annee - b.annee);
}

/** Mean yearly national harvest over [from, to], m³; throws when a year is missing. */
export function meanNationalHarvest(rows: readonly HarvestRow[], from: number, to: number): number {
  const totals = nationalTotal(rows).filter((t) => t.annee >= from && t.annee <= to);
  if (totals.length !== to - from + 1) throw new Error(`recolte : années manquantes entre ${from} et ${to}`);
  return totals.reduce((s, t) => s + t.volume, 0) / totals.length;
}

export interface RegionHarvest {
  code: string;
  nom: string;
  /** Mean yearly volume per use over the years, m³; null when a year is under secret. */
  byUse: Record<Use, number | null>;
  total: number | null;
}

/** Mean yearly harvest per région and use over [from, to], largest total first. */
export function regionsByUse(rows: readonly HarvestRow[], from: number, to: number): RegionHarvest[] {
  const years = to - from + 1;
  const regions = new Map<string, { nom: string; sums: Map<number, number | null> }>();
  for (const r of rows) {
    if (r.niveau !== 'region' || r.annee < from || r.annee > to) continue;
    if (r.rang !== TOTAL_RANG && !useOfRang.has(r.rang)) continue;
    let reg = regions.get(r.code);
    if (!reg) regions.set(r.code, (reg = { nom: r.nom, sums: new Map() }));
    const prev = reg.sums.has(r.rang) ? reg.sums.get(r.rang)! : 0;
    reg.sums.set(r.rang, prev === null || r.volume === null ? null : prev + r.volume * 1000);
  }
  const mean = (s: number | null | undefined) => (s === null || s === undefined ? null : s / years);
  return [...regions.entries()]
    .map(([code, { nom, sums }]) => ({
      code,
      nom,
      byUse: Object.fromEntries(USES.map((u) => [u.id, mean(sums.get(u.rang))])) as Record<Use, number | null>,
      total: mean(sums.get(TOTAL_RANG)),
    }))
    .sort((a, b) => (b.total ?? -1) - (a.total ?? -1) || a.code.localeCompare(b.code));
}
