// The explorer's vocabulary: breakdowns and filters offered to users, the plot classes it adds to
// the catalogue (slope, exposure, composition, SER) with their SQL, and which breakdown of the
// catalogue each choice maps to. Every SQL fragment here is a constant; user values only ever
// reach the database as bound parameters (see query.ts).
import { CATEGORY_LABELS, categoryLabel, indicator as catalogueIndicator, type Breakdown, type Indicator } from '../estimation/catalogue.ts';
import { EXPOSURE_CLASS_SQL, EXPOSURE_SECTORS, FLAT_SLOPE, SLOPE_CUTS, slopeClassSql, slopeRanges } from '../estimation/variables.ts';

/** Breakdowns a user can choose. */
export const BREAKDOWN_IDS = ['aucune', 'groupe', 'espece', 'classe_diametre', 'type_mort', 'composition', 'ser', 'pente', 'exposition'] as const;
export type BreakdownId = (typeof BREAKDOWN_IDS)[number];

/** Filters a user can set (the same variables, breakdown "aucune" aside). */
export const FILTER_IDS = ['groupe', 'espece', 'classe_diametre', 'composition', 'ser', 'pente', 'exposition'] as const;
export type FilterId = (typeof FILTER_IDS)[number];

export const BREAKDOWN_LABELS: Readonly<Record<BreakdownId, string>> = {
  aucune: 'Aucune',
  groupe: 'Groupe d’essences (feuillus, résineux)',
  espece: 'Essence',
  classe_diametre: 'Classe de diamètre',
  type_mort: 'Type de mort (sur pied, chablis)',
  composition: 'Composition du peuplement',
  ser: 'Sylvoécorégion (SER)',
  pente: 'Classe de pente',
  exposition: 'Exposition',
};

export const FILTER_LABELS: Readonly<Record<FilterId, string>> = {
  groupe: 'Groupe d’essences',
  espece: 'Essences',
  classe_diametre: 'Classes de diamètre',
  composition: 'Composition du peuplement',
  ser: 'Sylvoécorégions',
  pente: 'Classes de pente',
  exposition: 'Expositions',
};

/** Variables describing a tree (filters restrict the trees counted). */
export const TREE_FILTERS: readonly FilterId[] = ['groupe', 'espece', 'classe_diametre'];
/** Variables describing a plot (filters restrict the plots, breakdowns split them into domains). */
export const PLOT_VARIABLES = ['composition', 'ser', 'pente', 'exposition'] as const;
export type PlotVariable = (typeof PLOT_VARIABLES)[number];

export interface ClassOption {
  code: string;
  label: string;
}

/** Slope classes from `pent2` (%): every class of SLOPE_CUTS, « 0-5 » to « 60+ ». */
const slopeCode = (from: number, to: number | null): string => (to === null ? `${from}+` : `${from}-${to}`);
export const SLOPE_CLASSES: readonly ClassOption[] = [
  ...slopeRanges(SLOPE_CUTS).map(([from, to]) => ({
    code: slopeCode(from, to),
    label: to === null ? `${from} % et plus` : from === 0 ? `Moins de ${to} % (terrain plat)` : `${from} à ${to} %`,
  })),
  { code: 'nr', label: 'Pente non renseignée' },
];

/** Exposure classes from `expo` (grades, 0 = nord, 100 = est, clockwise). */
export const EXPOSURE_CLASSES: readonly ClassOption[] = [
  ...EXPOSURE_SECTORS.map(({ code, from, to }) => ({ code, label: `${code.charAt(0).toUpperCase()}${code.slice(1)} (${from} à ${to} grades)` })),
  { code: 'plat', label: `Sans exposition (pente de moins de ${FLAT_SLOPE} %)` },
  { code: 'nr', label: 'Exposition non renseignée' },
];

/** Composition classes, as the catalogue defines them (campaigns with species cover, 2006 and after). */
export const COMPOSITION_CLASSES: readonly ClassOption[] = ['feuillus', 'resineux', 'mixte', 'indetermine'].map((code) => ({
  code,
  label: categoryLabel('part_composition', 'composition', code) ?? code,
}));

/** Diameter classes of the catalogue's volume breakdown (5-cm classes, 70 cm and more grouped). */
export const DIAMETER_CLASSES: readonly ClassOption[] = [
  ...[10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65].map((d) => ({ code: String(d), label: `${d - 2.5} à ${d + 2.5} cm`.replaceAll('.', ',') })),
  { code: '70+', label: '67,5 cm et plus' },
];

export const GROUP_CLASSES: readonly ClassOption[] = [
  { code: 'feuillu', label: 'Feuillus' },
  { code: 'resineux', label: 'Résineux' },
];

/** SQL class of a plot (`p` = placettes, `k` = its composition) for each plot variable. */
export const PLOT_CLASS_SQL: Readonly<Record<PlotVariable, string>> = {
  pente: slopeClassSql(SLOPE_CUTS, slopeCode),
  exposition: EXPOSURE_CLASS_SQL,
  ser: 'p.ser',
  composition: 'k.category',
};

/** First campaign with species cover: composition exists from then on. */
export const FIRST_COVER_CAMPAIGN = 2006;

/** How a user's breakdown maps onto the catalogue: one of its breakdowns, maybe split by a plot variable. */
export interface ResolvedBreakdown {
  /** The catalogue breakdown whose SQL runs. */
  base: Breakdown;
  /** Plot variable splitting every territory into domains, if any. */
  split: PlotVariable | null;
}

/** The catalogue's own breakdown ids that a user's choice names. */
const CATALOGUE_IDS: Partial<Record<BreakdownId, readonly string[]>> = {
  groupe: ['groupe'],
  espece: ['espece', 'essence'],
  classe_diametre: ['classe_diametre'],
  type_mort: ['type'],
  composition: ['composition'],
};

/** The breakdown used when the user asks for none: `total`, or the indicator's only one (shares by composition…). */
export function defaultBreakdown(ind: Indicator): Breakdown {
  return ind.breakdowns.find((b) => b.id === 'total') ?? ind.breakdowns[0]!;
}

function resolve(ind: Indicator, id: BreakdownId): ResolvedBreakdown | null {
  if (id === 'aucune') return { base: defaultBreakdown(ind), split: null };
  const own = ind.breakdowns.find((b) => CATALOGUE_IDS[id]?.includes(b.id));
  if (own) return { base: own, split: null };
  if ((PLOT_VARIABLES as readonly string[]).includes(id)) return { base: defaultBreakdown(ind), split: id as PlotVariable };
  return null;
}

/** Breakdowns offered for an indicator. */
export function availableBreakdowns(indicatorId: string): BreakdownId[] {
  const ind = catalogueIndicator(indicatorId);
  return BREAKDOWN_IDS.filter((id) => resolve(ind, id) !== null);
}

/** Why a breakdown is greyed out for an indicator, in a few French words. */
export function unavailableReason(indicatorId: string, id: BreakdownId): string {
  const ind = catalogueIndicator(indicatorId);
  // Read from the tree tables or a per-tree table derived from them (volume_arbre, production_arbre…).
  const perTree = ind.breakdowns.some((b) => /\barbres(_morts)?\b|\w_arbre\b/.test(b.sql));
  if ((TREE_FILTERS as readonly string[]).includes(id) && !perTree) {
    return ind.unit === 'ha' || ind.unit === '%' ? 'une surface se compte par placette, pas par arbre' : 'cet indicateur se compte par placette, pas par arbre';
  }
  if (id === 'classe_diametre') return 'la classe de diamètre n’est tenue que pour le volume';
  if (id === 'type_mort') return 'seule la mortalité en volume se ventile par type de mort';
  return 'pas calculé pour cet indicateur';
}

/** Maps a user's breakdown onto the catalogue, or says in French why it is not available. */
export function resolveBreakdown(indicatorId: string, id: BreakdownId): ResolvedBreakdown | { error: string } {
  const ind = catalogueIndicator(indicatorId);
  const r = resolve(ind, id);
  if (r) return r;
  const offered = availableBreakdowns(indicatorId).map((b) => BREAKDOWN_LABELS[b].toLowerCase());
  return {
    error: `La ventilation « ${BREAKDOWN_LABELS[id]} » n’existe pas pour l’indicateur « ${ind.label} » (${unavailableReason(indicatorId, id)}). Choisissez-en une de la liste : ${offered.join(', ')}.`,
  };
}

/** Tables of trees a query may read, with the columns filters use (null: the filter does not apply). */
export const TREE_TABLES: Readonly<Record<string, { espar: string; classe: string | null; value: string; schema: string }>> = {
  arbres: { espar: 'espar', classe: 'classe_diametre', value: 'v', schema: 'main' },
  arbres_morts: { espar: 'espar', classe: null, value: 'v', schema: 'main' },
};

/** Label of a catalogue category (species names come from the reference lists). */
export function fixedCategoryLabel(indicatorId: string, breakdownId: string, category: string): string | undefined {
  return categoryLabel(indicatorId, breakdownId, category) ?? CATEGORY_LABELS[category];
}
