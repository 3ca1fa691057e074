// Wildfires of the BDIFF for the « incendies » theme, DOM-free: yearly series split between the
// Mediterranean départements (recorded since 1973) and the rest of metropolitan France (recorded
// only once the base was extended), fire season by month, fire sizes, départements and records.
// Input: fires aggregated by year, département, month and size class (see loaders.ts). Fires are
// a census, not a sample: no confidence interval, but coverage changes over time, so national
// totals are only compared over the years when the whole country is recorded.

/** Size classes of a fire's burnt area (surface parcourue). */
export const SIZE_CLASSES = [
  { id: 'lt1', label: 'moins de 1 ha', min: 0 },
  { id: '1-10', label: '1 à 10 ha', min: 1 },
  { id: '10-100', label: '10 à 100 ha', min: 10 },
  { id: '100-1000', label: '100 à 1 000 ha', min: 100 },
  { id: 'ge1000', label: '1 000 ha et plus', min: 1000 },
] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number]['id'];

export const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'] as const;

/** Fires of one year, département, month and size class (metropolitan France only). */
export interface FireCell {
  annee: number;
  dep: string;
  /** 1 to 12, month of the first alert. */
  mois: number;
  classe: SizeClass;
  /** Number of fires. */
  n: number;
  /** Burnt area, ha. */
  surface: number;
}

export type Zone = 'mediterranee' | 'reste';
export const ZONE_LABELS: Record<Zone, string> = {
  mediterranee: 'Départements méditerranéens',
  reste: 'Reste de la métropole',
};

export interface FireCoverage {
  firstYear: number;
  lastYear: number;
  /** First year when the base records fires outside the Mediterranean départements. */
  nationalFrom: number;
  /** Départements recorded before `nationalFrom`: the Mediterranean fire-prevention zone. */
  mediterranean: string[];
  /** Départements with at least one fire, per year. */
  departmentsPerYear: { annee: number; count: number }[];
}

/**
 * Coverage read from the data itself: the base starts with a dozen Mediterranean départements; the
 * year it is extended is the first year with more than twice as many départements as the most
 * recorded in its first ten years.
 */
export function fireCoverage(cells: readonly FireCell[]): FireCoverage {
  if (cells.length === 0) throw new Error('incendies : aucun feu dans les données');
  const perYear = new Map<number, Set<string>>();
  for (const c of cells) {
    let s = perYear.get(c.annee);
    if (!s) perYear.set(c.annee, (s = new Set()));
    s.add(c.dep);
  }
  const years = [...perYear.keys()].sort((a, b) => a - b);
  const firstYear = years[0]!;
  const lastYear = years[years.length - 1]!;
  const early = Math.max(...years.filter((y) => y < firstYear + 10).map((y) => perYear.get(y)!.size));
  const nationalFrom = years.find((y) => perYear.get(y)!.size > 2 * early) ?? lastYear + 1;
  const mediterranean = new Set<string>();
  for (const y of years) if (y < nationalFrom) for (const d of perYear.get(y)!) mediterranean.add(d);
  return {
    firstYear,
    lastYear,
    nationalFrom,
    mediterranean: [...mediterranean].sort(),
    departmentsPerYear: years.map((annee) => ({ annee, count: perYear.get(annee)!.size })),
  };
}

export interface YearZone {
  annee: number;
  zone: Zone;
  n: number;
  surface: number;
}

/** Fires and burnt area per year and zone; the rest of France only for the years it is recorded. */
export function firesByYear(cells: readonly FireCell[], cov: FireCoverage): YearZone[] {
  const med = new Set(cov.mediterranean);
  const rows = new Map<string, YearZone>();
  for (let annee = cov.firstYear; annee <= cov.lastYear; annee++) {
    rows.set(`${annee}|mediterranee`, { annee, zone: 'mediterranee', n: 0, surface: 0 });
    if (annee >= cov.nationalFrom) rows.set(`${annee}|reste`, { annee, zone: 'reste', n: 0, surface: 0 });
  }
  for (const c of cells) {
    const row = rows.get(`${c.annee}|${med.has(c.dep) ? 'mediterranee' : 'reste'}`);
    if (!row) continue;
    row.n += c.n;
    row.surface += c.surface;
  }
  return [...rows.values()];
}

/** Total per year over both zones, for the years when the whole country is recorded. */
export function nationalYears(rows: readonly YearZone[], cov: FireCoverage): { annee: number; n: number; surface: number }[] {
  const byYear = new Map<number, { annee: number; n: number; surface: number }>();
  for (const r of rows) {
    if (r.annee < cov.nationalFrom) continue;
    const t = byYear.get(r.annee) ?? { annee: r.annee, n: 0, surface: 0 };
    t.n += r.n;
    t.surface += r.surface;
    byYear.set(r.annee, t);
  }
  return [...byYear.values()].sort((a, b) => a.annee - b.annee);
}

export interface Share {
  n: number;
  surface: number;
  /** Share of the fires, %. */
  shareN: number;
  /** Share of the burnt area, %. */
  shareSurface: number;
}

function shares<K>(keys: readonly K[], cells: readonly FireCell[], keyOf: (c: FireCell) => K): (Share & { key: K })[] {
  const totals = new Map<K, { n: number; surface: number }>(keys.map((k) => [k, { n: 0, surface: 0 }]));
  let n = 0;
  let surface = 0;
  for (const c of cells) {
    const t = totals.get(keyOf(c));
    if (!t) continue;
    t.n += c.n;
    t.surface += c.surface;
    n += c.n;
    surface += c.surface;
  }
  return keys.map((key) => {
    const t = totals.get(key)!;
    return { key, ...t, shareN: n ? (100 * t.n) / n : 0, shareSurface: surface ? (100 * t.surface) / surface : 0 };
  });
}

/** Fires and burnt area by month of the first alert, over the years from `from` (whole country). */
export function firesByMonth(cells: readonly FireCell[], from: number): (Share & { mois: number; label: string })[] {
  const months = MONTHS.map((_, i) => i + 1);
  return shares(months, cells.filter((c) => c.annee >= from), (c) => c.mois).map((s) => ({ ...s, mois: s.key, label: MONTHS[s.key - 1]! }));
}

/** Fires and burnt area by size class, over the years from `from`. */
export function firesBySize(cells: readonly FireCell[], from: number): (Share & { classe: SizeClass; label: string })[] {
  return shares(
    SIZE_CLASSES.map((c) => c.id),
    cells.filter((c) => c.annee >= from),
    (c) => c.classe,
  ).map((s) => ({ ...s, classe: s.key, label: SIZE_CLASSES.find((c) => c.id === s.key)!.label }));
}

export interface DepartmentFires {
  dep: string;
  n: number;
  surface: number;
  /** Mean burnt area per year over the years counted, ha/an. */
  surfacePerYear: number;
}

/** Burnt area per département over the years from `from` to `to`, largest first. */
export function firesByDepartment(cells: readonly FireCell[], from: number, to: number): DepartmentFires[] {
  const years = to - from + 1;
  const byDep = new Map<string, DepartmentFires>();
  for (const c of cells) {
    if (c.annee < from || c.annee > to) continue;
    const d = byDep.get(c.dep) ?? { dep: c.dep, n: 0, surface: 0, surfacePerYear: 0 };
    d.n += c.n;
    d.surface += c.surface;
    byDep.set(c.dep, d);
  }
  return [...byDep.values()]
    .map((d) => ({ ...d, surfacePerYear: d.surface / years }))
    .sort((a, b) => b.surface - a.surface || a.dep.localeCompare(b.dep));
}

/** The `k` years with the largest burnt area, largest first (ties: earlier year first). */
export function recordYears<T extends { annee: number; surface: number }>(rows: readonly T[], k: number): T[] {
  return [...rows].sort((a, b) => b.surface - a.surface || a.annee - b.annee).slice(0, k);
}

/** Mean yearly burnt area and fires of a zone (or both) over years [from, to]. */
export function meanOver(rows: readonly YearZone[], from: number, to: number, zone?: Zone): { surface: number; n: number; years: number } {
  const years = to - from + 1;
  let surface = 0;
  let n = 0;
  for (const r of rows) {
    if (r.annee < from || r.annee > to || (zone && r.zone !== zone)) continue;
    surface += r.surface;
    n += r.n;
  }
  return { surface: surface / years, n: n / years, years };
}
