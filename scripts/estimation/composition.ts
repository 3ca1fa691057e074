// ha_par_composition.parquet: volume and carbon per hectare of each stand composition (feuillus,
// résineux, mixte, sans couvert recensé) in France, each région and each département, latest
// window. They are domain ratios (Σ w·y ÷ Σ w over the plots of that composition), computed with
// the explorer's own query (indicator split by composition), so that anyone can reproduce them in
// the explorer. The EPCI factsheets multiply them by BD Forêt's mapped area of each type.
import { DEFAULT_PERIOD } from '../../src/lib/estimation/config.ts';
import type { NodeDb } from '../../src/lib/estimation/node.ts';
import type { SqlRunner } from '../../src/lib/estimation/types.ts';
import { sqlString } from '../../src/lib/sql.ts';
import { buildExplorerQuery, type Selection } from '../../src/lib/explorer/query.ts';
import { COMPARED_PER_HA, comparableSelections, type ComparableChablisShare, type ComparableFigure } from '../../src/lib/estimation/regional.ts';
import { toResultRow } from '../../src/lib/estimation/run.ts';
import { columnGroups, docOf, orderSql, type TableDoc } from '../lib/step.ts';
import columns from './composition.columns.json' with { type: 'json' };
import { ifnSources } from '../tables/ifnDocs.ts';

export const PER_HA_INDICATORS = ['volume_ha', 'carbone_ha'] as const;
export const PER_HA_PERIOD = DEFAULT_PERIOD;

/** Computes the per-hectare values by composition on the prepared tables and writes them to `file`. */
export async function writePerHectare(db: NodeDb, file: string): Promise<void> {
  const doc = docOf(docs, 'ha_par_composition.parquet');
  await db.conn.run(`CREATE OR REPLACE TABLE par_composition (${doc.columns.map((c) => `${c.name} ${c.type}`).join(', ')})`);
  for (const indicator of PER_HA_INDICATORS) {
    const sel: Selection = {
      indicator,
      territories: [
        { level: 'france', codes: 'tous' },
        { level: 'region', codes: 'tous' },
        { level: 'departement', codes: 'tous' },
      ],
      period: PER_HA_PERIOD,
      breakdown: 'composition',
      filters: {},
    };
    const q = buildExplorerQuery(sel);
    if ('error' in q) throw new Error(`Valeurs à l’hectare par composition : ${q.error}`);
    await db.runner.query(
      `INSERT INTO par_composition
       SELECT level, split_part(code, '|', 1), period, indicator, split_part(code, '|', 2),
              value, lower, upper, n_plots, significant, unit, reason
       FROM (${q.sql}) AS q`,
      q.params,
    );
  }
  await db.conn.run(`COPY (SELECT * FROM par_composition ORDER BY ${orderSql(doc)}) TO ${sqlString(file)} (FORMAT parquet, COMPRESSION zstd)`);
}

/** Our per-hectare figures on IGN's published definition, for /methodologie (see src/lib/estimation/regional.ts). */
export async function comparableFigures(runner: SqlRunner): Promise<ComparableFigure[]> {
  const out: ComparableFigure[] = [];
  for (const indicator of COMPARED_PER_HA) {
    for (const sel of comparableSelections(indicator)) {
      const q = buildExplorerQuery(sel);
      if ('error' in q) throw new Error(`Comparaison avec l’IGN (${indicator}) : ${q.error}`);
      for (const r of (await runner.query(q.sql, q.params)).map(toResultRow)) {
        if (r.value === null || r.lower === null || r.upper === null) throw new Error(`Comparaison avec l’IGN : ${indicator} sans estimation ni intervalle pour ${r.code}`);
        out.push({ indicator, code: r.code, value: r.value, lower: r.lower, upper: r.upper });
      }
    }
  }
  return out;
}

/**
 * Share of chablis in the mortality of France and each région on the same definition (composition
 * filter, window): the explorer's mortality split by type of death, reproducible there; significant
 * when the chablis estimate passes the site's rule (the explorer hides it otherwise).
 */
export async function comparableChablisShares(runner: SqlRunner): Promise<ComparableChablisShare[]> {
  const volumes = new Map<string, { chablis: number; total: number; significant: boolean }>();
  for (const sel of comparableSelections('mortalite_ha')) {
    const q = buildExplorerQuery({ ...sel, indicator: 'mortalite', breakdown: 'type_mort' });
    if ('error' in q) throw new Error(`Part des chablis comparable à l’IGN : ${q.error}`);
    for (const r of (await runner.query(q.sql, q.params)).map(toResultRow)) {
      if (r.value === null) throw new Error(`Part des chablis comparable à l’IGN : mortalité ${r.category} sans estimation pour ${r.code}`);
      const v = volumes.get(r.code) ?? { chablis: 0, total: 0, significant: true };
      v.total += r.value;
      if (r.category === 'chablis') {
        v.chablis += r.value;
        v.significant = r.significant;
      }
      volumes.set(r.code, v);
    }
  }
  return [...volumes].map(([code, v]) => ({ code, share: v.chablis / v.total, significant: v.significant }));
}

const COLUMNS = columnGroups(columns, 'composition.columns.json');

export const docs: TableDoc[] = [
  {
    file: 'ha_par_composition.parquet',
    description: `Volume et carbone des arbres vivants à l’hectare pour chaque composition du peuplement (feuillus, résineux, mixte, sans couvert d’arbres recensé ; les peupleraies n’ont pas de valeur, leurs arbres n’entrant pas dans les volumes), en France, dans chaque région et chaque département, fenêtre ${PER_HA_PERIOD}. Rapports de domaine calculés par la requête de l’explorateur (indicateur ventilé par composition), avec leur intervalle de confiance à 95 % et la règle de significativité du site. Les fiches des intercommunalités les multiplient par les surfaces cartographiées de la BD Forêt.`,
    sources: ifnSources(),
    computed: true,
    order: ['level', 'code', 'indicator', 'composition'],
    columns: COLUMNS.perHectare,
  },
];
