// Build-time readers of the pipeline's wildfire and harvest tables for the thematic pages: one
// aggregate query each, read once per build. The path can be a test fixture.
import { parquetPath, queryRows } from '../data/query.ts';
import type { FireCell, SizeClass } from './fires.ts';
import type { HarvestRow } from './harvest.ts';
import { sqlString } from '../sql.ts';


/** Metropolitan fires aggregated by year, département, month of first alert and size class. */
export async function readFireCells(path = parquetPath('incendies.parquet')): Promise<FireCell[]> {
  const rows = await queryRows<Record<string, unknown>>(
    `SELECT CAST(annee AS INTEGER) AS annee, dep, CAST(month(date) AS INTEGER) AS mois,
       CASE WHEN coalesce(surface_ha, 0) < 1 THEN 'lt1' WHEN surface_ha < 10 THEN '1-10'
            WHEN surface_ha < 100 THEN '10-100' WHEN surface_ha < 1000 THEN '100-1000' ELSE 'ge1000' END AS classe,
       CAST(count(*) AS INTEGER) AS n, CAST(coalesce(sum(surface_ha), 0) AS DOUBLE) AS surface
     FROM read_parquet(${sqlString(path)})
     WHERE metropole
     GROUP BY ALL ORDER BY ALL`,
  );
  return rows.map((r) => ({
    annee: Number(r['annee']),
    dep: String(r['dep']),
    mois: Number(r['mois']),
    classe: String(r['classe']) as SizeClass,
    n: Number(r['n']),
    surface: Number(r['surface']),
  }));
}

/** The harvest rows of the total and of the three uses, every level. */
export async function readHarvestRows(path = parquetPath('recolte.parquet')): Promise<HarvestRow[]> {
  const rows = await queryRows<Record<string, unknown>>(
    `SELECT niveau, code, nom, CAST(rang AS INTEGER) AS rang, CAST(annee AS INTEGER) AS annee,
       CAST(volume AS DOUBLE) AS volume, secret
     FROM read_parquet(${sqlString(path)})
     WHERE rang IN (1, 3, 29, 41)
     ORDER BY niveau, code, rang, annee`,
  );
  return rows.map((r) => ({
    niveau: String(r['niveau']) as HarvestRow['niveau'],
    code: String(r['code']),
    nom: String(r['nom']),
    rang: Number(r['rang']),
    annee: Number(r['annee']),
    volume: r['volume'] === null ? null : Number(r['volume']),
    secret: Boolean(r['secret']),
  }));
}

let fireCache: Promise<FireCell[]> | undefined;
let harvestCache: Promise<HarvestRow[]> | undefined;

/** The fires of the built data, read once per process. */
export function loadFireCells(): Promise<FireCell[]> {
  fireCache ??= readFireCells();
  return fireCache;
}

/** The harvest rows of the built data, read once per process. */
export function loadHarvestRows(): Promise<HarvestRow[]> {
  harvestCache ??= readHarvestRows();
  return harvestCache;
}
