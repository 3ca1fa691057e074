// Which territories of other levels a territory overlaps, from where its inventory plots lie:
// a département's SER and GRECO, a SER's départements… with the share of the territory's plots
// in each. Plot locations are blurred by IGN, so small shares near borders are approximate.
import type { Level } from '../estimation/types.ts';
import { parquetSource, queryRows } from '../data/query.ts';

export interface Overlap { level: Level; code: string; plots: number; share: number }

const column: Record<Exclude<Level, 'france'>, string> = { region: 'reg', departement: 'dep', ser: 'ser', greco: 'greco' };

let counts: Promise<{ reg: string; dep: string; ser: string; greco: string; n: number }[]> | undefined;

function loadCounts() {
  counts ??= queryRows<{ reg: string; dep: string; ser: string; greco: string; n: number }>(
    `SELECT reg, dep, ser, greco, count(*)::INTEGER AS n FROM ${parquetSource('placettes.parquet')} GROUP BY ALL ORDER BY ALL`,
  );
  return counts;
}

/** Territories of `target` level overlapping (level, code), largest share first; shares under 2 % omitted. */
export async function overlapsOf(level: Level, code: string, target: Exclude<Level, 'france'>): Promise<Overlap[]> {
  const rows = await loadCounts();
  const mine = level === 'france' ? rows : rows.filter((r) => r[column[level as Exclude<Level, 'france'>] as keyof typeof r] === code);
  const total = mine.reduce((sum, r) => sum + r.n, 0);
  const byCode = new Map<string, number>();
  for (const r of mine) {
    const c = r[column[target] as keyof typeof r] as string;
    byCode.set(c, (byCode.get(c) ?? 0) + r.n);
  }
  return [...byCode]
    .map(([c, plots]) => ({ level: target, code: c, plots, share: total ? plots / total : 0 }))
    .filter((o) => o.share >= 0.02 && !(o.level === level && o.code === code))
    .sort((a, b) => b.share - a.share || a.code.localeCompare(b.code));
}
