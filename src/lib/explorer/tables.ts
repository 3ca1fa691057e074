// The tables the explorer loads into DuckDB-WASM: for each, the file under /donnees/ and the
// columns (with their Arrow kind) that the catalogue SQL and the explorer's own plot variables
// read. Shared by the browser loader and by scripts/explorer/slim.ts, which writes the slim
// copies of the big tables (only these columns) at the end of `npm run data:build`.
import type { ColumnSpec } from './arrow.ts';

export interface ExplorerTable {
  /** Name of the table in SQL (as in CONTRACT-TABLES.md). */
  name: string;
  /** File under /donnees/. */
  file: string;
  /** The published table it is a slim copy of, or null when the file is the published one. */
  slimOf: string | null;
  /** Sort order of the slim copy (deterministic bytes). */
  orderBy: string;
  columns: readonly ColumnSpec[];
}

const cols = (spec: string): ColumnSpec[] =>
  spec.split(/\s+/).map((s) => {
    const [name, kind] = s.split(':') as [string, ColumnSpec['kind']];
    return { name, kind };
  });

/** In loading order: what the first result needs first. */
export const EXPLORER_TABLES: readonly ExplorerTable[] = [
  { name: 'territoires', file: 'territoires.parquet', slimOf: null, orderBy: '', columns: cols('level:string code:string surface_ha:double') },
  { name: 'especes', file: 'especes.parquet', slimOf: null, orderBy: '', columns: cols('espar:string nom_fr:string groupe:string') },
  { name: 'calage', file: 'calage.parquet', slimOf: null, orderBy: '', columns: cols('period:string reg:string facteur:double') },
  {
    name: 'placettes',
    file: 'explorateur/placettes.parquet',
    slimOf: 'placettes.parquet',
    orderBy: 'idp',
    columns: cols('idp:int annee:int dep:string reg:string ser:string greco:string poids:double pent2:int expo:int'),
  },
  {
    name: 'peupleraies_placettes',
    file: 'explorateur/peupleraies_placettes.parquet',
    slimOf: 'peupleraies_placettes.parquet',
    orderBy: 'idp',
    columns: cols('idp:int annee:int dep:string reg:string ser:string greco:string poids:double'),
  },
  {
    name: 'arbres_morts',
    file: 'explorateur/arbres_morts.parquet',
    slimOf: 'arbres_morts.parquet',
    orderBy: 'idp, a',
    columns: cols('idp:int annee:int espar:string veget:string datemort:int v:double w:double'),
  },
  { name: 'couverts', file: 'explorateur/couverts.parquet', slimOf: 'couverts.parquet', orderBy: 'idp, espar', columns: cols('idp:int annee:int espar:string tca:int tcl:int') },
  {
    name: 'arbres',
    file: 'explorateur/arbres.parquet',
    slimOf: 'arbres.parquet',
    orderBy: 'idp, a',
    columns: cols('idp:int espar:string classe_diametre:string c13:double ir5:double v:double w:double'),
  },
];

export function explorerTable(name: string): ExplorerTable {
  const t = EXPLORER_TABLES.find((x) => x.name === name);
  if (!t) throw new Error(`Table inconnue de l’explorateur : ${name}`);
  return t;
}
