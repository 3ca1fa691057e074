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

const ORDERED_FORM = /list_(sum|avg)\(list_sort\(list\(/g;

/**
 * The inverse rewrite, for the explorer: in the browser a figure is shown to three digits and
 * never compared bit for bit, so its sums need no fixed order, and skipping the sort saves time.
 */
export function plainAggregates(sql: string): string {
  let out = '';
  let last = 0;
  for (const match of sql.matchAll(ORDERED_FORM)) {
    if (match.index! < last) continue;
    const open = match.index! + match[0].length;
    const end = closing(sql, open);
    const inner = plainAggregates(sql.slice(open, end));
    const filter = /^\s*FILTER\s*\(/i.exec(sql.slice(end + 1));
    const filterEnd = filter ? closing(sql, end + 1 + filter[0].length) + 1 : end + 1;
    const filterText = filter ? sql.slice(end + 1, filterEnd) : '';
    // After list(...) [FILTER (...)] come the parentheses of list_sort and of list_sum/list_avg.
    if (sql.slice(filterEnd, filterEnd + 2) !== '))') throw new Error(`Somme ordonnée inattendue : ${sql.slice(match.index!, filterEnd + 2)}`);
    out += `${sql.slice(last, match.index!)}${match[1]}(${inner})${filterText}`;
    last = filterEnd + 2;
  }
  return withoutSlopeOrder(out + sql.slice(last));
}

/** regr_slope(a, b ORDER BY …) → regr_slope(a, b). */
function withoutSlopeOrder(sql: string): string {
  let out = '';
  let last = 0;
  for (const match of sql.matchAll(/\bregr_slope\(/gi)) {
    const open = match.index! + match[0].length;
    const end = closing(sql, open);
    const inner = sql.slice(open, end);
    // The ORDER BY clause starts at depth 0 of the call's parentheses.
    let depth = 0;
    let cut = inner.length;
    for (let i = 0; i < inner.length; i++) {
      if (inner[i] === '(') depth++;
      else if (inner[i] === ')') depth--;
      else if (depth === 0 && /^\s+ORDER BY\s/i.test(inner.slice(i))) {
        cut = i;
        break;
      }
    }
    out += `${sql.slice(last, open)}${inner.slice(0, cut)}`;
    last = end;
  }
  return out + sql.slice(last);
}
