// The explorer's state in the URL (permalink): parse with validation and French messages that say
// what is wrong and how to fix it, and serialise in a canonical order. Pure: the reference lists
// (territories, species) are passed in, built into the page at build time.
//   ?indicateur=volume&territoires=ser-G22,region-tous&periode=2015-2019&ventilation=espece
//    &espece=02,03&pente=30-60,60%2B
import { INDICATORS } from '../estimation/catalogue.ts';
import { DEFAULT_PERIOD, PERIODS } from '../estimation/config.ts';
import { LEVELS, type Level } from '../estimation/types.ts';
import {
  BREAKDOWN_IDS,
  BREAKDOWN_LABELS,
  COMPOSITION_CLASSES,
  DIAMETER_CLASSES,
  EXPOSURE_CLASSES,
  FILTER_IDS,
  FILTER_LABELS,
  GROUP_CLASSES,
  SLOPE_CLASSES,
  type BreakdownId,
  type ClassOption,
  type FilterId,
} from './options.ts';
import { ALL_PERIODS, type Selection, type TerritorySelection } from './query.ts';

export interface ReferenceTerritory {
  level: Level;
  code: string;
  nom: string;
}
export interface ReferenceSpecies {
  espar: string;
  nom_fr: string;
  groupe: string;
}
/** Lists the explorer validates against (built from territoires.parquet and especes.parquet). */
export interface Reference {
  territories: readonly ReferenceTerritory[];
  species: readonly ReferenceSpecies[];
}

export { LEVELS };
export const LEVEL_LABELS: Readonly<Record<Level, { one: string; all: string }>> = {
  france: { one: 'France métropolitaine', all: 'France métropolitaine' },
  region: { one: 'Région', all: 'Toutes les régions' },
  departement: { one: 'Département', all: 'Tous les départements' },
  ser: { one: 'Sylvoécorégion', all: 'Toutes les sylvoécorégions' },
  greco: { one: 'Grande région écologique', all: 'Toutes les grandes régions écologiques' },
};

export const DEFAULT_SELECTION: Selection = {
  indicator: 'surface_foret',
  territories: [{ level: 'region', codes: 'tous' }],
  period: DEFAULT_PERIOD,
  breakdown: 'aucune',
  filters: {},
};

const KNOWN_PARAMS = new Set(['indicateur', 'territoires', 'periode', 'ventilation', ...FILTER_IDS]);

/** The values a filter accepts. */
export function filterOptions(id: FilterId, ref: Reference): readonly ClassOption[] {
  switch (id) {
    case 'groupe':
      return GROUP_CLASSES;
    case 'espece':
      return ref.species.map((s) => ({ code: s.espar, label: s.nom_fr }));
    case 'classe_diametre':
      return DIAMETER_CLASSES;
    case 'composition':
      return COMPOSITION_CLASSES;
    case 'ser':
      return ref.territories.filter((t) => t.level === 'ser').map((t) => ({ code: t.code, label: `${t.nom} (${t.code})` }));
    case 'pente':
      return SLOPE_CLASSES;
    case 'exposition':
      return EXPOSURE_CLASSES;
  }
}

/** `departement-33`, `region-tous`, `france`. */
export function territoryToken(level: Level, code: string | 'tous'): string {
  return level === 'france' ? 'france' : `${level}-${code}`;
}

export interface ParseResult {
  /** The selection, with defaults in place of what could not be read. */
  selection: Selection;
  /** One French sentence per problem, saying how to fix it; empty when the URL is valid. */
  errors: string[];
}

const list = (v: string): string[] =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
const quote = (s: string): string => `« ${s.length > 40 ? `${s.slice(0, 40)}…` : s} »`;

function parseTerritories(value: string, ref: Reference, errors: string[]): TerritorySelection[] {
  const byLevel = new Map<Level, Set<string> | 'tous'>();
  for (const token of list(value)) {
    if (token === 'france') {
      byLevel.set('france', new Set(['FR']));
      continue;
    }
    const dash = token.indexOf('-');
    const level = token.slice(0, dash) as Level;
    const code = token.slice(dash + 1);
    if (dash < 0 || !LEVELS.includes(level) || level === 'france') {
      errors.push(`Territoire illisible ${quote(token)} : écrivez « france », ou un niveau (region, departement, ser, greco), un tiret et un code, par exemple « departement-33 » ou « region-tous ».`);
      continue;
    }
    if (code === 'tous') {
      byLevel.set(level, 'tous');
      continue;
    }
    if (!ref.territories.some((t) => t.level === level && t.code === code)) {
      errors.push(`Code inconnu ${quote(code)} pour le niveau ${LEVEL_LABELS[level].one.toLowerCase()} : choisissez le territoire dans la liste du formulaire.`);
      continue;
    }
    const current = byLevel.get(level);
    if (current === 'tous') continue;
    byLevel.set(level, (current ?? new Set()).add(code));
  }
  return LEVELS.filter((l) => byLevel.has(l)).map((level) => {
    const codes = byLevel.get(level)!;
    return { level, codes: codes === 'tous' ? 'tous' : [...codes].sort() };
  });
}

/** Reads a permalink's query string. */
export function parseState(search: string | URLSearchParams, ref: Reference): ParseResult {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const errors: string[] = [];
  const sel: { -readonly [K in keyof Selection]: Selection[K] } = { ...DEFAULT_SELECTION, filters: {} };

  for (const key of new Set(params.keys())) {
    if (!KNOWN_PARAMS.has(key)) errors.push(`Paramètre inconnu ${quote(key)} dans l’adresse : retirez-le (paramètres possibles : ${[...KNOWN_PARAMS].join(', ')}).`);
    else if (params.getAll(key).length > 1) errors.push(`Le paramètre ${quote(key)} apparaît plusieurs fois : ne gardez qu’une valeur (séparez plusieurs codes par des virgules).`);
  }

  const ind = params.get('indicateur');
  if (ind !== null) {
    if (INDICATORS.some((i) => i.id === ind)) sel.indicator = ind;
    else errors.push(`Indicateur inconnu ${quote(ind)} : choisissez un indicateur dans la liste (par exemple « surface_foret » ou « volume »).`);
  }

  const terr = params.get('territoires');
  if (terr !== null) {
    const parsed = parseTerritories(terr, ref, errors);
    if (parsed.length) sel.territories = parsed;
    else if (!errors.some((e) => e.startsWith('Territoire') || e.startsWith('Code inconnu'))) errors.push('Aucun territoire dans l’adresse : cochez au moins un territoire.');
  }

  const per = params.get('periode');
  if (per !== null) {
    if (per === ALL_PERIODS || PERIODS.includes(per)) sel.period = per;
    else errors.push(`Période inconnue ${quote(per)} : choisissez une fenêtre de cinq campagnes entre ${PERIODS[0]} et ${PERIODS[PERIODS.length - 1]}, ou « toutes ».`);
  }

  const vent = params.get('ventilation');
  if (vent !== null) {
    if ((BREAKDOWN_IDS as readonly string[]).includes(vent)) sel.breakdown = vent as BreakdownId;
    else errors.push(`Ventilation inconnue ${quote(vent)} : choisissez-en une parmi ${BREAKDOWN_IDS.join(', ')}.`);
  }

  const filters: Partial<Record<FilterId, string[]>> = {};
  for (const f of FILTER_IDS) {
    const v = params.get(f);
    if (v === null) continue;
    const allowed = new Set(filterOptions(f, ref).map((o) => o.code));
    const values = [...new Set(list(v))];
    const bad = values.filter((x) => !allowed.has(x));
    if (bad.length) {
      errors.push(`Valeur inconnue ${bad.map(quote).join(', ')} pour le filtre « ${FILTER_LABELS[f]} » : choisissez dans la liste du formulaire.`);
    }
    const good = values.filter((x) => allowed.has(x)).sort();
    if (good.length) filters[f] = good;
    else if (!bad.length) errors.push(`Le filtre « ${FILTER_LABELS[f]} » est vide dans l’adresse : retirez-le ou donnez au moins une valeur.`);
  }
  sel.filters = filters;
  return { selection: sel, errors };
}

/** The canonical query string of a selection (no leading `?`). */
export function serializeState(sel: Selection): string {
  const p = new URLSearchParams();
  p.set('indicateur', sel.indicator);
  p.set('territoires', sel.territories.flatMap((t) => (t.codes === 'tous' ? [territoryToken(t.level, 'tous')] : t.codes.map((c) => territoryToken(t.level, c)))).join(','));
  p.set('periode', sel.period);
  p.set('ventilation', sel.breakdown);
  for (const f of FILTER_IDS) {
    const v = sel.filters[f];
    if (v?.length) p.set(f, [...v].sort().join(','));
  }
  // Commas and dashes stay readable in a shared link.
  return p.toString().replaceAll('%2C', ',');
}

/** One line describing a selection, for titles and CSV headers. */
export function describeSelection(sel: Selection, ref: Reference): string {
  const ind = INDICATORS.find((i) => i.id === sel.indicator);
  const terr = sel.territories
    .map((t) => (t.codes === 'tous' ? LEVEL_LABELS[t.level].all : t.codes.map((c) => ref.territories.find((x) => x.level === t.level && x.code === c)?.nom ?? c).join(', ')))
    .join(' ; ');
  const filters = FILTER_IDS.filter((f) => sel.filters[f]?.length).map((f) => {
    const opts = filterOptions(f, ref);
    return `${FILTER_LABELS[f]} : ${sel.filters[f]!.map((c) => opts.find((o) => o.code === c)?.label ?? c).join(', ')}`;
  });
  return [
    ind?.label ?? sel.indicator,
    terr,
    sel.period === ALL_PERIODS ? 'toutes les périodes' : `période ${sel.period}`,
    sel.breakdown === 'aucune' ? null : `ventilation : ${BREAKDOWN_LABELS[sel.breakdown].toLowerCase()}`,
    ...filters,
  ]
    .filter((x): x is string => x !== null)
    .join(' — ');
}
