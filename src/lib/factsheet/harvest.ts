// Commercial wood harvest of a département, région or France from the Agreste survey
// "Exploitations forestières", by use (bois d'œuvre, d'industrie, énergie), in thousand m³ of
// round wood over bark. A different source and definition from the inventory's figures.
import type { Level } from '../estimation/types.ts';
import { parquetSource, queryRows } from '../data/query.ts';

export const HARVEST_USES = [
  { produit: 'BO', label: 'Bois d’œuvre' },
  { produit: 'BI', label: 'Bois d’industrie' },
  { produit: 'BE', label: 'Bois énergie' },
] as const;

export interface HarvestYear {
  year: number;
  /** Thousand m³ by use; null under statistical secret. */
  byUse: Record<string, number | null>;
  /** Total commercial harvest (RBC), thousand m³; null under secret. */
  total: number | null;
}

export async function harvestOf(level: Level, code: string): Promise<HarvestYear[] | undefined> {
  if (level === 'ser' || level === 'greco') return undefined;
  const rows = await queryRows<{ annee: number; produit: string; volume: number | null }>(
    `SELECT annee, produit, volume FROM ${parquetSource('recolte.parquet')}
     WHERE niveau = $1 AND code = $2 AND retrait = 0 AND produit IN ('RBC', 'BO', 'BI', 'BE') ORDER BY annee, rang`,
    [level, code],
  );
  if (rows.length === 0) return undefined;
  const years = new Map<number, HarvestYear>();
  for (const r of rows) {
    let y = years.get(r.annee);
    if (!y) years.set(r.annee, (y = { year: r.annee, byUse: {}, total: null }));
    if (r.produit === 'RBC') y.total = r.volume;
    else y.byUse[r.produit] = r.volume;
  }
  return [...years.values()];
}
