// The estimation results seen from one territory's factsheet: its figure for an indicator,
// breakdown category and period, or all categories of a breakdown. Rows come from the engine's
// `loadResults()`; they are grouped by territory once, since a build reads them ~200 times.
import type { Level, ResultRow } from '../estimation/types.ts';
import { DEFAULT_PERIOD } from '../estimation/config.ts';
import { loadResults } from '../estimation/results.ts';
import { REST_CATEGORIES } from '../estimation/catalogue.ts';

let byTerritory: Promise<Map<string, ResultRow[]>> | undefined;
const key = (level: string, code: string) => `${level}|${code}`;

function loadIndex(): Promise<Map<string, ResultRow[]>> {
  byTerritory ??= loadResults().then(({ rows }) => {
    const index = new Map<string, ResultRow[]>();
    for (const row of rows) {
      const k = key(row.level, row.code);
      let list = index.get(k);
      if (!list) index.set(k, (list = []));
      list.push(row);
    }
    return index;
  });
  return byTerritory;
}

export interface Selection {
  breakdown?: string;
  category?: string;
  period?: string;
}

export class TerritoryResults {
  constructor(readonly rows: readonly ResultRow[]) {}

  /** One figure; `total` breakdown and category and the latest period by default. */
  get(indicator: string, { breakdown = 'total', category = 'total', period = DEFAULT_PERIOD }: Selection = {}): ResultRow | undefined {
    return this.rows.find((r) => r.indicator === indicator && r.breakdown === breakdown && r.category === category && r.period === period);
  }

  /** All categories of a breakdown for a period, in the order of the results file. */
  categories(indicator: string, breakdown: string, period = DEFAULT_PERIOD): ResultRow[] {
    return this.rows.filter((r) => r.indicator === indicator && r.breakdown === breakdown && r.period === period);
  }

  /**
   * The shares of a breakdown that partitions the forest (composition, main species), every
   * category kept so that they add up to 100 %: named categories by decreasing share, then
   * `autres`, `peupleraie` and `indetermine` (no tree cover recorded) last.
   */
  wholeShares(indicator: string, breakdown: string, period = DEFAULT_PERIOD): ResultRow[] {
    const rows = this.categories(indicator, breakdown, period);
    const named = rows.filter((r) => !TAIL_CATEGORIES.includes(r.category)).sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
    return [...named, ...TAIL_CATEGORIES.flatMap((c) => rows.filter((r) => r.category === c))];
  }
}

/** Categories listed after the named ones: the rest, poplar plantations, forest without recorded tree cover. */
export const TAIL_CATEGORIES: readonly string[] = [...REST_CATEGORIES, 'peupleraie', 'indetermine'];

export async function resultsFor(level: Level, code: string): Promise<TerritoryResults> {
  return new TerritoryResults((await loadIndex()).get(key(level, code)) ?? []);
}

/** The total figure of every territory of a level, for ranking. */
export async function resultsOfLevel(level: Level, indicator: string, period = DEFAULT_PERIOD): Promise<ResultRow[]> {
  const rows: ResultRow[] = [];
  for (const [k, list] of await loadIndex()) {
    if (!k.startsWith(`${level}|`)) continue;
    const row = list.find((r) => r.indicator === indicator && r.breakdown === 'total' && r.category === 'total' && r.period === period);
    if (row) rows.push(row);
  }
  return rows;
}
