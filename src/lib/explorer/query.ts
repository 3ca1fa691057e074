// Builds the explorer's SQL from the estimation catalogue: the indicator's own query (same text
// as the build), whose design part is swapped for domains of plots (the selected territories,
// restricted by the plot filters and split by a plot breakdown), with tree filters applied by
// shadowing the tree tables. Every value a user chose is a bound parameter; the only text pasted
// into SQL comes from the catalogue and from options.ts.
//
// Two forms of the same computation: `sql`, one self-contained statement (shown to users, run by
// the tests), and `cached`, where the indicator's plot-level variables x and y (which depend
// neither on territories, periods nor plot filters) are computed once per session into temporary
// tables, so that a new selection only reruns the design part.
import { SETUP_SQL } from '../estimation/catalogue.ts';
import { FIRST_CAMPAIGN, LAST_CAMPAIGN, PERIODS } from '../estimation/config.ts';
import { designCtes, withDomain } from '../estimation/sql.ts';
import { INPUT_TABLES, type Level } from '../estimation/types.ts';
import { CTES_COMPOSITION } from '../estimation/variables.ts';
import {
  FILTER_LABELS,
  FIRST_COVER_CAMPAIGN,
  PLOT_CLASS_SQL,
  TREE_FILTERS,
  TREE_TABLES,
  resolveBreakdown,
  type BreakdownId,
  type FilterId,
  type PlotVariable,
} from './options.ts';

/** Territories of one level: some codes, or all of them (`tous`). France has the single code FR. */
export interface TerritorySelection {
  level: Level;
  codes: readonly string[] | 'tous';
}

/** A complete choice of the user (see state.ts for parsing and validating it from a URL). */
export interface Selection {
  indicator: string;
  territories: readonly TerritorySelection[];
  /** A five-campaign window, or `toutes` for the time series of every window. */
  period: string;
  breakdown: BreakdownId;
  filters: Readonly<Partial<Record<FilterId, readonly string[]>>>;
}

/** One SQL statement with its positional parameters. */
export interface Statement {
  sql: string;
  params: (string | number)[];
}

/** A temporary table of plot-level variables, built once and reused by later selections. */
export interface CachedTable extends Statement {
  /** Name of the table; the same name means the same content. */
  name: string;
}

export interface BuiltQuery extends Statement {
  indicator: string;
  /** The catalogue breakdown whose definitions run. */
  catalogueBreakdown: string;
  /** Plot variable splitting each territory (codes of the rows are then `territoire|classe`). */
  split: PlotVariable | null;
  /** Derived tables (SETUP_SQL of the catalogue) the query needs, e.g. production per tree. */
  setup: string[];
  /** Input tables the query reads. */
  tables: string[];
  /** Windows returned. */
  periods: string[];
  /** The same computation in two steps: x and y tables (create if absent), then the query. */
  cached: { tables: CachedTable[]; query: Statement };
}

export const ALL_PERIODS = 'toutes';

const LEVEL_COLUMN: Readonly<Record<Exclude<Level, 'france'>, string>> = {
  region: 'reg',
  departement: 'dep',
  ser: 'ser',
  greco: 'greco',
};

/** Derived tables built by the catalogue's SETUP_SQL (name → statement), e.g. `production_arbre`. */
export const DERIVED_TABLES: ReadonlyMap<string, string> = new Map(
  SETUP_SQL.map((sql) => {
    const m = /TEMP TABLE\s+(\w+)/i.exec(sql);
    if (!m) throw new Error('SETUP_SQL : nom de table introuvable');
    return [m[1]!, sql] as const;
  }),
);

export { INPUT_TABLES };

const referenced = (sql: string, table: string): boolean => new RegExp(`\\b(?:FROM|JOIN)\\s+${table}\\b`, 'i').test(sql);

/** Tables (inputs and derived) a statement reads, derived tables' own inputs included. */
export function tablesOf(sql: string): { inputs: string[]; derived: string[] } {
  const derived = [...DERIVED_TABLES.keys()].filter((t) => referenced(sql, t));
  const all = [sql, ...derived.map((d) => DERIVED_TABLES.get(d)!)].join('\n');
  // The design part reads the points, the calibration and territoires whatever the indicator.
  const design = new Set<string>(['placettes', 'peupleraies_placettes', 'calage', 'territoires']);
  return { inputs: INPUT_TABLES.filter((t) => design.has(t) || referenced(all, t)), derived };
}

/**
 * The parts of a catalogue query: its own CTEs (after the design part), and the bodies of its
 * plot-level denominator `x` and numerator `y`. Located in the text buildQuery writes.
 */
export function splitCatalogueQuery(sql: string): { ctes: string; x: string; y: string; block: string } {
  const head = `WITH\n${designCtes().join(',\n')},\n`;
  const xStart = sql.indexOf('\nx AS MATERIALIZED (', head.length - 1);
  const end = sql.indexOf(',\nsx_annuel AS (', xStart);
  const yMark = '),\ny AS MATERIALIZED (';
  const mid = sql.indexOf(yMark, xStart);
  if (!sql.startsWith(head) || xStart < 0 || end < 0 || mid < 0 || mid > end || sql[end - 1] !== ')') {
    throw new Error('Requête hors catalogue : variables x et y introuvables');
  }
  const ctesText = sql.slice(head.length, xStart + 1);
  return {
    ctes: ctesText.endsWith(',\n') ? ctesText.slice(0, -2) : ctesText.trim(),
    x: sql.slice(xStart + '\nx AS MATERIALIZED ('.length, mid),
    y: sql.slice(mid + yMark.length, end - 1),
    block: sql.slice(xStart + 1, end),
  };
}

class Params {
  readonly values: (string | number)[];
  constructor(first: (string | number)[] = []) {
    this.values = [...first];
  }
  add(v: string | number): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
  list(vs: readonly string[]): string {
    return vs.map((v) => this.add(v)).join(', ');
  }
}

/** Condition on a tree table's rows for the tree filters, or null when none is set. */
function treeCondition(sel: Selection, params: Params, espar: string, classe: string | null): string | null {
  const conds: string[] = [];
  const especes = sel.filters.espece;
  if (especes?.length) conds.push(`${espar} IN (${params.list(especes)})`);
  const groupes = sel.filters.groupe;
  if (groupes?.length) conds.push(`${espar} IN (SELECT espar FROM especes WHERE groupe IN (${params.list(groupes)}))`);
  const classes = sel.filters.classe_diametre;
  if (classes?.length && classe) {
    const plain = classes.filter((c) => c !== '70+');
    const parts = [];
    if (plain.length) parts.push(`${classe} IN (${params.list(plain)})`);
    if (classes.includes('70+')) parts.push(`TRY_CAST(${classe} AS INTEGER) >= 70`);
    conds.push(`(${parts.join(' OR ')})`);
  }
  return conds.length ? conds.join(' AND ') : null;
}

/**
 * CTEs shadowing the tree tables for the tree filters. Trees outside the filter keep their row
 * (the campaign detection of datemort reads them) but lose their value, so they add nothing;
 * rows of derived per-tree tables (idp, espar, groupe, y) are filtered.
 */
function treePrelude(sel: Selection, params: Params, treeTables: readonly string[], derived: readonly string[]): string[] {
  const prelude: string[] = [];
  for (const t of treeTables) {
    const spec = TREE_TABLES[t]!;
    const cond = treeCondition(sel, params, spec.espar, spec.classe);
    if (cond) prelude.push(`${t} AS (SELECT * REPLACE (CASE WHEN ${cond} THEN ${spec.value} END AS ${spec.value}) FROM ${spec.schema}.${t})`);
  }
  for (const t of derived) {
    const cond = treeCondition(sel, params, 'espar', null);
    if (cond) prelude.push(`${t} AS (SELECT * FROM temp.${t} WHERE ${cond})`);
  }
  return prelude;
}

/** Conditions on plots (`p`, composition `k`) for the plot filters. */
function plotConditions(sel: Selection, params: Params): string[] {
  const conds: string[] = [];
  for (const v of ['ser', 'pente', 'exposition', 'composition'] as const) {
    const codes = sel.filters[v];
    if (codes?.length) conds.push(`(${PLOT_CLASS_SQL[v]}) IN (${params.list(codes)})`);
  }
  return conds;
}

/** The domains: plots of the selected territories, restricted by the plot filters, split by a plot variable. */
function domainSql(sel: Selection, params: Params, split: PlotVariable | null, composition = COMPOSITION_SQL): { members: string; areas: string } {
  const plotConds = plotConditions(sel, params);
  const needsComposition = usesComposition(sel, split);
  const classSql = split ? `(${PLOT_CLASS_SQL[split]})` : null;
  // The weighted points of the design (forest and poplar plots), with the forest plots' slope and aspect.
  const domaine = `domaine AS (
      SELECT p.idp, p.annee, p.reg, p.dep, p.ser, p.greco${classSql ? `, ${classSql} AS classe` : ''}
      FROM (SELECT pt.*, f.pent2, f.expo FROM points pt LEFT JOIN placettes f ON f.idp = pt.idp) AS p${
        needsComposition
          ? `
      LEFT JOIN ${composition} AS k ON k.idp = p.idp`
          : ''
      }${plotConds.length ? `\n      WHERE ${plotConds.join(' AND ')}` : ''}
    )`;
  const parts = sel.territories.map((t) => {
    const code = t.level === 'france' ? `'FR'` : `p.${LEVEL_COLUMN[t.level]}`;
    const conds: string[] = [];
    if (t.level !== 'france') {
      const col = `p.${LEVEL_COLUMN[t.level]}`;
      conds.push(t.codes === 'tous' ? `${col} IS NOT NULL` : `${col} IN (${params.list(t.codes)})`);
    }
    if (classSql) conds.push('p.classe IS NOT NULL');
    return `SELECT p.idp, p.annee, '${t.level}' AS level, ${classSql ? `${code} || '|' || p.classe` : code} AS code FROM domaine p${
      conds.length ? ` WHERE ${conds.join(' AND ')}` : ''
    }`;
  });
  return {
    members: `WITH ${domaine}
    ${parts.join('\n    UNION ALL ')}`,
    // Each domain lies in one territory, whose land area bounds the number of grid points.
    areas: `SELECT DISTINCT m.level, m.code, t.surface_ha FROM membres m
    JOIN territoires t ON t.level = m.level AND t.code = split_part(m.code, '|', 1)`,
  };
}

/** Composition of each plot (campaigns with species cover), with the catalogue's definition. */
const COMPOSITION_SELECT = `WITH ${CTES_COMPOSITION.join(',\n')}
        SELECT idp, category FROM composition`;
const COMPOSITION_SQL = `(${COMPOSITION_SELECT})`;

const usesComposition = (sel: Selection, split: PlotVariable | null): boolean =>
  split === 'composition' || (sel.filters.composition?.length ?? 0) > 0;

const withPrelude = (sql: string, prelude: readonly string[]): string =>
  prelude.length ? `WITH\n${prelude.join(',\n')},\n${sql.slice('WITH\n'.length)}` : sql;

const wrapPeriods = (sql: string, periodParams: string): string => `SELECT * FROM (
${sql}
) AS resultat
WHERE period IN (${periodParams})
ORDER BY level, code, period, category`;

/** Short stable hash (FNV-1a) naming a cached table after its statement. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * The query for a selection, or a French message saying what is wrong and how to fix it.
 * With no filter and no plot breakdown, its figures are those of resultats.parquet.
 */
export function buildExplorerQuery(sel: Selection): BuiltQuery | { error: string } {
  const resolved = resolveBreakdown(sel.indicator, sel.breakdown);
  if ('error' in resolved) return resolved;
  const { base, split } = resolved;
  if (sel.territories.length === 0) {
    return { error: 'Aucun territoire choisi : cochez au moins un territoire (la France métropolitaine, par exemple).' };
  }

  let periods = sel.period === ALL_PERIODS ? [...PERIODS] : [sel.period];
  if (usesComposition(sel, split)) {
    const covered = (p: string) => Number(p.slice(0, 4)) >= FIRST_COVER_CAMPAIGN;
    if (sel.period !== ALL_PERIODS && !covered(sel.period)) {
      return {
        error: `La composition du peuplement n’est relevée qu’à partir de la campagne ${FIRST_COVER_CAMPAIGN} : la période ${sel.period} ne peut pas être filtrée ni ventilée par composition. Choisissez une période qui commence en ${FIRST_COVER_CAMPAIGN} ou après.`,
      };
    }
    periods = periods.filter(covered);
  }

  // Tree filters: which tree tables the indicator reads, and whether they carry the variables.
  const treeFilters = TREE_FILTERS.filter((f) => (sel.filters[f]?.length ?? 0) > 0);
  const { derived } = tablesOf(base.sql);
  const treeTables = Object.keys(TREE_TABLES).filter((t) => referenced(base.sql, t));
  if (treeFilters.length && treeTables.length === 0 && derived.length === 0) {
    return {
      error: `Le filtre « ${FILTER_LABELS[treeFilters[0]!]} » porte sur les arbres, or cet indicateur est calculé sur les placettes (surface, composition, essence principale) : retirez ce filtre, ou choisissez un indicateur de volume, de production, de mortalité ou de carbone.`,
    };
  }
  if (sel.filters.classe_diametre?.length) {
    const without = [...treeTables.filter((t) => TREE_TABLES[t]!.classe === null), ...derived];
    if (without.length) {
      return {
        error: `Le filtre « ${FILTER_LABELS.classe_diametre} » ne s’applique pas à cet indicateur : ${
          without.includes('arbres_morts') ? 'les arbres morts n’ont pas de classe de diamètre publiée' : 'la production par arbre est calculée sans classe de diamètre'
        }. Retirez ce filtre.`,
      };
    }
  }

  // One self-contained statement: prelude (tree filters), domain design, the catalogue's variables.
  const params = new Params([FIRST_CAMPAIGN, LAST_CAMPAIGN]);
  const prelude = treeFilters.length ? treePrelude(sel, params, treeTables, derived) : [];
  const domain = domainSql(sel, params, split);
  const sql = wrapPeriods(withPrelude(withDomain(base.sql, domain), prelude), params.list(periods));
  // What the browser loads: every table the whole statement reads (species cover for a composition,
  // species for a group filter…), not only the catalogue's.
  const { inputs } = tablesOf(sql);

  // The same in two steps: x and y into temporary tables named after their statements.
  const parts = splitCatalogueQuery(base.sql);
  const cacheParams = new Params();
  const cachePrelude = treeFilters.length ? treePrelude(sel, cacheParams, treeTables, derived) : [];
  const withList = [...cachePrelude, ...(parts.ctes ? [parts.ctes] : [])];
  const cacheTable = (role: 'x' | 'y', body: string): CachedTable => {
    const select = `${withList.length ? `WITH\n${withList.join(',\n')}\n` : ''}SELECT * FROM (${body}) AS v`;
    const name = `explorateur_${role}_${hash(`${select}\n${JSON.stringify(cacheParams.values)}`)}`;
    return { name, sql: `CREATE TEMP TABLE IF NOT EXISTS ${name} AS\n${select}`, params: [...cacheParams.values] };
  };
  const tx = cacheTable('x', parts.x);
  const ty = cacheTable('y', parts.y);
  const tables = [tx, ty];
  // Read in place (not materialised again): they are tables already.
  const cachedBase = base.sql.replace(parts.block, `x AS (SELECT * FROM ${tx.name}),\ny AS (SELECT * FROM ${ty.name})`);
  let composition = COMPOSITION_SQL;
  if (usesComposition(sel, split)) {
    const tc: CachedTable = { name: `explorateur_composition_${hash(COMPOSITION_SELECT)}`, sql: '', params: [] };
    tc.sql = `CREATE TEMP TABLE IF NOT EXISTS ${tc.name} AS\n${COMPOSITION_SELECT}`;
    tables.push(tc);
    composition = tc.name;
  }
  const qParams = new Params([FIRST_CAMPAIGN, LAST_CAMPAIGN]);
  const qDomain = domainSql(sel, qParams, split, composition);
  const cachedSql = wrapPeriods(withDomain(cachedBase, qDomain), qParams.list(periods));

  return {
    sql,
    params: params.values,
    indicator: sel.indicator,
    catalogueBreakdown: base.id,
    split,
    setup: derived,
    tables: inputs,
    periods,
    cached: { tables, query: { sql: cachedSql, params: qParams.values } },
  };
}
