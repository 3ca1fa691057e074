// Floating-point sums depend on the order of their terms, and DuckDB feeds an aggregate in an order
// that varies from one run to the next (even on one thread): the last bits of a figure would change
// between two builds. Each sum, mean and regression slope of the estimation SQL therefore adds its
// terms sorted by value (`sum(x ORDER BY x)`): the same multiset of terms always gives the same bits,
// in Node and in the browser alike.

const ORDERED = /\b(sum|avg|regr_slope)\(/gi;

/** Index of the parenthesis closing the one opened just before `from`. */
function closing(sql: string, from: number): number {
  let depth = 1;
  for (let i = from; i < sql.length; i++) {
    if (sql[i] === '(') depth++;
    else if (sql[i] === ')' && --depth === 0) return i;
  }
  throw new Error(`Parenthèse non fermée dans la requête d’estimation : ${sql.slice(from - 10, from + 40)}`);
}

/** Top-level comma-separated arguments. */
function splitArgs(args: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '(') depth++;
    else if (args[i] === ')') depth--;
    else if (args[i] === ',' && depth === 0) {
      parts.push(args.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(args.slice(start).trim());
  return parts;
}

/** The SQL with every sum, avg and regr_slope adding its terms in value order. */
export function orderedAggregates(sql: string): string {
  let out = '';
  let last = 0;
  for (const match of sql.matchAll(ORDERED)) {
    const open = match.index! + match[0].length;
    if (open < last) continue; // inside an aggregate already rewritten (handled recursively below)
    const end = closing(sql, open);
    const inner = orderedAggregates(sql.slice(open, end));
    const fn = match[1]!.toLowerCase();
    const head = sql.slice(last, match.index!);
    // A FILTER clause belongs to the aggregate: it moves inside, onto list().
    const filter = /^\s*FILTER\s*\(/i.exec(sql.slice(end + 1));
    const filterEnd = filter ? closing(sql, end + 1 + filter[0].length) + 1 : end + 1;
    const filterText = filter ? sql.slice(end + 1, filterEnd) : '';
    if (fn === 'regr_slope') {
      const args = splitArgs(inner);
      out += `${head}${match[0]}${inner} ORDER BY ${[...args].reverse().join(', ')})${filterText}`;
    } else {
      // Collect the terms, sort them, then add (or average) them in that order.
      out += `${head}list_${fn}(list_sort(list(${inner})${filterText}))`;
    }
    last = filterEnd;
  }
  return out + sql.slice(last);
}
