// Build-time reader of the explorer's reference lists (territories and species), embedded in the
// page so the browser validates permalinks and labels results without another request.
import { parquetSource, queryRows } from '../data/query.ts';
import { levelOrderSql } from '../estimation/types.ts';
import type { Reference, ReferenceSpecies, ReferenceTerritory } from './state.ts';

export async function loadExplorerReference(): Promise<Reference> {
  const territories = await queryRows<ReferenceTerritory>(
    `SELECT level, code, nom FROM ${parquetSource('territoires.parquet')}
     ORDER BY ${levelOrderSql('level')}, code`,
  );
  // Species of the live or dead trees and of the cover records only: the lists stay useful.
  const species = await queryRows<ReferenceSpecies>(
    `SELECT espar, nom_fr, groupe FROM ${parquetSource('especes.parquet')}
     WHERE espar IN (SELECT DISTINCT espar FROM ${parquetSource('arbres.parquet')}
                     UNION SELECT DISTINCT espar FROM ${parquetSource('arbres_morts.parquet')}
                     UNION SELECT DISTINCT espar FROM ${parquetSource('couverts.parquet')})
     ORDER BY nom_fr, espar`,
  );
  if (!territories.length || !species.length) throw new Error('Listes de l’explorateur vides : territoires.parquet ou especes.parquet sans lignes');
  return { territories, species };
}
