// Sums whose bits do not depend on the order DuckDB feeds them: the rewrite, and its effect.
import { describe, expect, it } from 'vitest';
import { orderedAggregates, plainAggregates } from '../../src/lib/estimation/ordered.ts';
import { SETUP_SQL } from '../../src/lib/estimation/catalogue.ts';
import { allQueries } from '../../src/lib/estimation/run.ts';
import { openMemoryDb } from '../../src/lib/estimation/node.ts';

describe('sommes ordonnées', () => {
  it('réécrit sum, avg (filtre compris) et regr_slope, y compris imbriqués, et laisse le reste', () => {
    expect(orderedAggregates('SELECT sum(p.poids * f.g) / max(t.surface), x_sum(a) FROM t')).toBe('SELECT list_sum(list_sort(list(p.poids * f.g))) / max(t.surface), x_sum(a) FROM t');
    expect(orderedAggregates('coalesce(sum(p.poids) FILTER (WHERE NOT p.peupleraie), 0)')).toBe('coalesce(list_sum(list_sort(list(p.poids) FILTER (WHERE NOT p.peupleraie))), 0)');
    expect(orderedAggregates('avg(ir5)')).toBe('list_avg(list_sort(list(ir5)))');
    expect(orderedAggregates('regr_slope(ln(v), ln(c13))')).toBe('regr_slope(ln(v), ln(c13) ORDER BY ln(c13), ln(v))');
    expect(orderedAggregates('sum(g * (1 - sum(a)))')).toBe('list_sum(list_sort(list(g * (1 - list_sum(list_sort(list(a)))))))');
  });

  it('revient aux sommes simples pour le navigateur, exactement, sur chaque requête du catalogue', () => {
    expect(plainAggregates('coalesce(list_sum(list_sort(list(p.poids) FILTER (WHERE NOT p.peupleraie))), 0)')).toBe('coalesce(sum(p.poids) FILTER (WHERE NOT p.peupleraie), 0)');
    expect(plainAggregates('regr_slope(ln(v), ln(c13) ORDER BY ln(c13), ln(v))')).toBe('regr_slope(ln(v), ln(c13))');
    const all = [...SETUP_SQL, ...allQueries().map((q) => q.sql)];
    expect(all.length).toBeGreaterThan(30);
    for (const sql of all) {
      const plain = plainAggregates(sql);
      expect(plain).not.toMatch(/list_sort|ORDER BY ln/);
      expect(orderedAggregates(plain)).toBe(sql);
    }
  });

  it('donne les mêmes bits quel que soit l’ordre des termes, là où une somme simple change', async () => {
    const db = await openMemoryDb();
    try {
      const terms = [0.1, 1e16, 0.3, -1e16, 0.7, 3.3, 1e-3];
      const sumOf = async (expr: string, values: number[]) => {
        const rows = await db.runner.query(`SELECT ${expr} AS s FROM (SELECT unnest([${values.join(', ')}]::DOUBLE[]) AS x, generate_subscripts([${values.join(', ')}], 1) AS i ORDER BY i)`, []);
        return rows[0]!['s'] as number;
      };
      const reversed = [...terms].reverse();
      expect(await sumOf('sum(x)', terms)).not.toBe(await sumOf('sum(x)', reversed));
      const ordered = orderedAggregates('sum(x)');
      expect(await sumOf(ordered, terms)).toBe(await sumOf(ordered, reversed));
    } finally {
      db.close();
    }
  });
});
