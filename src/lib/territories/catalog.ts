// The territories of the observatory as the pages use them: names, levels, parents, URLs.
// Read once per build from the pipeline's `territoires.parquet`.
import type { Level, NamedTerritory } from './grammar.ts';
import { parquetSource, queryRows } from '../data/query.ts';
import { LEVELS, levelOrderSql } from '../estimation/types.ts';

export interface Territory extends NamedTerritory {
  /** Parent région of a département. */
  region: string | null;
  /** GRECO of a SER. */
  greco: string | null;
  /** Land area in hectares, computed in Lambert-93. */
  surface_ha: number;
}

export const levelOrder: readonly Level[] = LEVELS;

/** URL of a territory's factsheet: /territoires/france/ or /territoires/{niveau}/{code}/. */
export function territoryPath(t: Pick<NamedTerritory, 'level' | 'code'>): string {
  return t.level === 'france' ? '/territoires/france/' : `/territoires/${t.level}/${t.code}/`;
}

/** Stable key of a territory in URLs and permalinks: `departement-33`, `ser-F21`, `france`. */
export function territoryKey(t: Pick<NamedTerritory, 'level' | 'code'>): string {
  return t.level === 'france' ? 'france' : `${t.level}-${t.code}`;
}

let cache: Promise<Territory[]> | undefined;

export function loadTerritories(): Promise<Territory[]> {
  cache ??= queryRows<Territory>(
    `SELECT * FROM ${parquetSource('territoires.parquet')}
     ORDER BY ${levelOrderSql('level')}, code`,
  );
  return cache;
}
