// Design weights of the inventory plots, rebuilt from the sampling grid (the public files carry
// none). Within a zone and a campaign, IGN visits the forest points of some sub-lattices of the
// campaign lattice in full and thins the others, stratum by stratum (Mediterranean and mountain
// zones, the Landes, the plains from 2013: see the methodology page). A sub-lattice visited in full
// is a systematic sample of the zone's forest on its own, one node per 80 km²; a thinned one
// samples only some strata, at rates the files do not give. So the weights use the full
// sub-lattices only:
//   poids = (node area × 4 / number of full sub-lattices) × share of the node's area the point stands for,
// and a plot of a thinned sub-lattice gets weight 0 (kept in the files, flagged). A sub-lattice is
// full when its count is not significantly below the mean of the larger ones (greedy test).
// Mountain nodes (2007–2015) carry two points each: a node with two forest plots gives each half
// its area; a single forest plot there may stand for half a node too (its twin being non-forest),
// which is corrected in expectation (mountainPairRatio). Poplar-zone nodes carry four points in the
// campaigns where poplar plots share nodes (2007–2015); their weight is divided by the campaign's
// densification factor: its poplar weight over the mean of the campaigns without densification.
import { DESIGN } from '../../src/lib/estimation/config.ts';
import { GRID, latticeNode, type Cycle, type GridClass } from './grid.ts';

export interface DesignPoint {
  idp: number;
  annee: number;
  /** Grid node (see grid.ts) and the published position's distance to it. */
  i: number;
  j: number;
  offsetM: number;
  /** Zone within which the sampling rates are estimated (the SER). */
  zone: string;
  /** Larger zone whose decision small zones borrow (the GRECO). */
  parent: string;
  /** Poplar plots are weighted with the decisions of the forest plots of their stratum. */
  kind: 'foret' | 'peupleraie';
}

export interface PointWeight {
  idp: number;
  kind: DesignPoint['kind'];
  /** Area represented by the point in its campaign, in hectares (0: not used by the estimates). */
  poids: number;
  /** Sub-lattice of the campaign lattice, null off the lattices. */
  classe: GridClass | null;
  /** Why the weight is 0, or what corrected it; null for an ordinary weight. */
  note: WeightNote | null;
}

export type WeightNote = 'hors grille' | 'hors réseau de la campagne' | 'sous-réseau éclairci' | 'nœud de montagne';

export interface DesignOptions {
  /** Strata with fewer forest nodes than this take their parent zone's decision. */
  minNodes: number;
  /** Strata with fewer forest nodes than this keep only sub-lattices that are full in the parent zone too. */
  trustNodes: number;
  /** Critical value of the greedy test (one-sided, Poisson counts). */
  z: number;
  /** Expected single-plot mountain nodes per double-plot node (see the methodology page). */
  mountainPairRatio: number;
}

export const DESIGN_DEFAULTS: DesignOptions = {
  minNodes: DESIGN.minNodes,
  trustNodes: DESIGN.trustNodes,
  z: DESIGN.thinningZ,
  mountainPairRatio: DESIGN.mountainPairRatio,
};

/** Decision for one stratum (zone × campaign × cycle). */
export interface StratumDecision {
  zone: string;
  annee: number;
  cycle: Cycle;
  /** Forest nodes of each sub-lattice (a node with two plots counts once). */
  counts: Record<GridClass, number>;
  full: GridClass[];
  /** Whether the decision was borrowed from the parent zone. */
  borrowed: boolean;
  /** Share of single-plot nodes treated as mountain pairs (0 outside densified zones). */
  mountainShare: number;
}

const CLASSES: readonly GridClass[] = ['00', '01', '10', '11'];

/**
 * The sub-lattices visited in full: starting from the largest count, add the next while it is not
 * significantly below the mean of those kept (Poisson, one-sided z test). Ties by class name.
 */
export function fullClasses(counts: Record<GridClass, number>, z = DESIGN_DEFAULTS.z): GridClass[] {
  const order = [...CLASSES].sort((p, q) => counts[q] - counts[p] || p.localeCompare(q));
  const kept: GridClass[] = [order[0]!];
  for (const c of order.slice(1)) {
    const mean = kept.reduce((s, k) => s + counts[k], 0) / kept.length;
    const sd = Math.sqrt(Math.max(mean, 1) * (1 + 1 / kept.length));
    if ((mean - counts[c]) / sd > z) break;
    kept.push(c);
  }
  return kept.sort();
}

const emptyCounts = (): Record<GridClass, number> => ({ '00': 0, '01': 0, '10': 0, '11': 0 });

export interface DesignReport {
  weights: PointWeight[];
  strata: StratumDecision[];
  /** Densification factor of the poplar plots of each campaign (1 without densification). */
  poplarFactors: Record<number, number>;
}

export function designWeights(points: readonly DesignPoint[], options: Partial<DesignOptions> = {}): DesignReport {
  const opt = { ...DESIGN_DEFAULTS, ...options };
  const located = points.map((p) => ({ p, node: p.offsetM <= GRID.toleranceM ? latticeNode(p.annee, p.i, p.j) : null }));

  // Forest plots per node of each campaign.
  const nodeKey = (p: DesignPoint) => `${p.annee}|${p.i}|${p.j}`;
  const perNode = new Map<string, number>();
  for (const { p, node } of located) if (node && p.kind === 'foret') perNode.set(nodeKey(p), (perNode.get(nodeKey(p)) ?? 0) + 1);

  // Forest nodes per sub-lattice, by stratum and by parent stratum; double nodes for the mountain correction.
  interface Tally {
    counts: Record<GridClass, number>;
    singles: Record<GridClass, number>;
    doubles: Record<GridClass, number>;
  }
  const tally = () => ({ counts: emptyCounts(), singles: emptyCounts(), doubles: emptyCounts() });
  const strata = new Map<string, Tally & { zone: string; parent: string; annee: number; cycle: Cycle }>();
  const parents = new Map<string, Tally>();
  const seen = new Set<string>();
  for (const { p, node } of located) {
    if (!node || p.kind !== 'foret' || seen.has(nodeKey(p))) continue;
    seen.add(nodeKey(p));
    const k = perNode.get(nodeKey(p))!;
    const sk = `${p.zone}|${p.annee}|${node.cycle}`;
    const pk = `${p.parent}|${p.annee}|${node.cycle}`;
    if (!strata.has(sk)) strata.set(sk, { ...tally(), zone: p.zone, parent: p.parent, annee: p.annee, cycle: node.cycle });
    if (!parents.has(pk)) parents.set(pk, tally());
    for (const t of [strata.get(sk)!, parents.get(pk)!]) {
      t.counts[node.classe] += 1;
      (k > 1 ? t.doubles : t.singles)[node.classe] += 1;
    }
  }

  const decisions = new Map<string, StratumDecision>();
  const parentFull = new Map<string, GridClass[]>();
  for (const [pk, t] of parents) parentFull.set(pk, fullClasses(t.counts, opt.z));
  for (const [sk, s] of strata) {
    const total = CLASSES.reduce((n, c) => n + s.counts[c], 0);
    const inParent = parentFull.get(`${s.parent}|${s.annee}|${s.cycle}`)!;
    const own = fullClasses(s.counts, opt.z);
    // Small zones borrow the parent's decision; middling ones keep only what both find full.
    const both = own.filter((c) => inParent.includes(c));
    const borrowed = total < opt.minNodes || (total < opt.trustNodes && both.length === 0);
    const full = borrowed ? inParent : total < opt.trustNodes ? both : own;
    const doubles = full.reduce((n, c) => n + s.doubles[c], 0);
    const singles = full.reduce((n, c) => n + s.singles[c], 0);
    const mountainShare = doubles > 0 && singles > 0 ? Math.min(1, (opt.mountainPairRatio * doubles) / singles) : 0;
    decisions.set(sk, { zone: s.zone, annee: s.annee, cycle: s.cycle, counts: s.counts, full, borrowed, mountainShare });
  }

  const weights = located.map(({ p, node }): PointWeight => {
    const none = (note: WeightNote, classe: GridClass | null = null): PointWeight => ({ idp: p.idp, kind: p.kind, poids: 0, classe, note });
    if (p.offsetM > GRID.toleranceM) return none('hors grille');
    if (!node) return none('hors réseau de la campagne');
    const d = decisions.get(`${p.zone}|${p.annee}|${node.cycle}`);
    const full = d?.full ?? parentFull.get(`${p.parent}|${p.annee}|${node.cycle}`) ?? [...CLASSES];
    if (!full.includes(node.classe)) return none('sous-réseau éclairci', node.classe);
    const base = (GRID.nodeAreaHa * GRID.classes) / full.length;
    if (p.kind === 'peupleraie') return { idp: p.idp, kind: p.kind, poids: base, classe: node.classe, note: null };
    const k = perNode.get(`${p.annee}|${p.i}|${p.j}`)!;
    if (k > 1) return { idp: p.idp, kind: p.kind, poids: base / k, classe: node.classe, note: 'nœud de montagne' };
    const share = d?.mountainShare ?? 0;
    return { idp: p.idp, kind: p.kind, poids: base * (1 - share / 2), classe: node.classe, note: share > 0 ? 'nœud de montagne' : null };
  });
  const poplarFactors = poplarDensification(located.filter((l) => l.node && l.p.kind === 'peupleraie').map((l) => l.p), weights);
  weights.forEach((w, k) => {
    if (w.kind === 'peupleraie' && w.poids > 0) w.poids /= poplarFactors[located[k]!.p.annee] ?? 1;
  });
  const ordered = [...decisions.values()].sort((x, y) => x.zone.localeCompare(y.zone) || x.annee - y.annee || x.cycle - y.cycle);
  return { weights, strata: ordered, poplarFactors };
}

/**
 * Densification factor of the poplar plots by campaign: 1 where no two poplar plots share a node;
 * elsewhere the campaign's poplar weight over the mean poplar weight of the undensified campaigns
 * (IGN attaches four points to a node of the poplar zone, but the zone's extent is not published).
 */
function poplarDensification(poplars: readonly DesignPoint[], weights: readonly PointWeight[]): Record<number, number> {
  const byIdp = new Map(weights.map((w) => [`${w.kind}|${w.idp}`, w.poids]));
  const raw = new Map<number, number>();
  const shared = new Map<number, boolean>();
  const nodes = new Set<string>();
  for (const p of poplars) {
    raw.set(p.annee, (raw.get(p.annee) ?? 0) + (byIdp.get(`peupleraie|${p.idp}`) ?? 0));
    const key = `${p.annee}|${p.i}|${p.j}`;
    if (nodes.has(key)) shared.set(p.annee, true);
    nodes.add(key);
  }
  const plain = [...raw.keys()].filter((a) => !shared.get(a));
  const reference = plain.reduce((s, a) => s + raw.get(a)!, 0) / Math.max(1, plain.length);
  const factors: Record<number, number> = {};
  for (const [a, r] of [...raw].sort((x, y) => x[0] - y[0])) factors[a] = shared.get(a) && reference > 0 ? Math.max(1, r / reference) : 1;
  return factors;
}
