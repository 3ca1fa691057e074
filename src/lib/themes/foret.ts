// « La forêt en France »: the figures and sentences of the article, from plain inputs (estimates
// and territories) so that a test can change the inputs and see the text change. DOM-free.
import { NON_SIGNIFICANT } from '../format/numbers.ts';
import type { ResultRow } from '../estimation/types.ts';
import type { NamedTerritory } from '../territories/grammar.ts';
import { nameWithArticle } from '../territories/grammar.ts';
import { isShown } from '../factsheet/estimate.ts';
import { speciesWithArticle } from '../factsheet/sentences.ts';
import { FOREST_AREA_HISTORY, publishedAreaText } from './history.ts';
import { count, leader, list, percent, period, ranked, tiedWithFirst, value, withInterval } from './text.ts';
import { REST_CATEGORIES } from '../estimation/catalogue.ts';

export interface NamedEstimate {
  territory: NamedTerritory;
  row: ResultRow | undefined;
}

export interface GrecoProfile {
  territory: NamedTerritory;
  rate: ResultRow | undefined;
  /** part_composition rows of the GRECO (feuillus, résineux, mixte). */
  composition: ResultRow[];
  /** part_essence rows of the GRECO. */
  species: ResultRow[];
}

export interface ForetData {
  period: string;
  area: ResultRow | undefined;
  rate: ResultRow | undefined;
  departements: NamedEstimate[];
  composition: ResultRow[];
  species: ResultRow[];
  greco: GrecoProfile[];
}

/** Named species of a part_essence breakdown, largest first (no « autres », no « indéterminé »). */
export function namedSpecies(rows: readonly ResultRow[]): ResultRow[] {
  return ranked(rows.filter((r) => !REST_CATEGORIES.includes(r.category) && r.category !== 'indetermine'));
}

/** The species with the largest share, or undefined. */
export function mainSpecies(rows: readonly ResultRow[]): ResultRow | undefined {
  return namedSpecies(rows)[0];
}

const grecoName = (t: NamedTerritory) => `« ${t.nom} »`;
const grecoNames = { name: (x: { territory: NamedTerritory }) => grecoName(x.territory), others: 'grandes régions' };
const departmentNames = { name: (x: { territory: NamedTerritory }) => nameWithArticle(x.territory), others: 'départements' };
const share = (rows: readonly ResultRow[], category: string) => rows.find((r) => r.category === category);

/** « dans 5 départements (Var, Landes…) », « dans un seul département (Var) », « dans aucun département ». */
function inDepartments(items: readonly { territory: NamedTerritory }[]): string {
  if (items.length === 0) return 'dans aucun département';
  const names = list(items.map((x) => x.territory.nom));
  return items.length === 1 ? `dans un seul département (${names})` : `dans ${count(items.length)} départements (${names})`;
}

/** How many GRECO conifers surely dominate, as a clause: « aucune n’est à coup sûr dominée par les résineux ». */
function coniferGrecoClause(conifer: readonly { territory: NamedTerritory }[]): string {
  if (conifer.length === 0) return 'aucune n’est à coup sûr dominée par les résineux';
  const names = list(conifer.map((g) => grecoName(g.territory)));
  return conifer.length === 1 ? `les résineux n’en dominent à coup sûr qu’une, ${names}` : `les résineux en dominent à coup sûr ${count(conifer.length)} : ${names}`;
}

/** « , à égalité statistique avec le chêne pubescent (8,9 %) » when the third cannot be told from the next ones. */
function tiedWithThird(species: readonly ResultRow[]): string {
  const tied = tiedWithFirst(species.slice(2));
  return tied.length ? `, à égalité statistique avec ${list(tied.map((s) => `${speciesWithArticle(s.category_label)} (${value(s)})`))}` : '';
}

export function foretFacts(d: ForetData): Record<string, string> {
  const deps = ranked(d.departements.map((x) => ({ ...x.row!, territory: x.territory })).filter((x) => x.level !== undefined));
  const overHalf = deps.filter((x) => x.lower > 50).length;
  const underTenth = deps.filter((x) => x.upper < 10).length;
  const species = namedSpecies(d.species);
  const speciesText = species.slice(0, 3).map((s) => `${speciesWithArticle(s.category_label)} (${value(s)})`);
  const grecoRates = ranked(d.greco.map((g) => ({ ...(g.rate as ResultRow), territory: g.territory })));
  const conifer = d.greco.filter((g) => {
    const r = share(g.composition, 'resineux');
    return isShown(r) && r.lower > 50;
  });
  const broadleaf = d.greco.filter((g) => {
    const r = share(g.composition, 'feuillus');
    return isShown(r) && r.lower > 50;
  });
  const first = FOREST_AREA_HISTORY[0]!;
  const last = FOREST_AREA_HISTORY[FOREST_AREA_HISTORY.length - 1]!;
  const facts: Record<string, string> = {
    periode: period(d.period),
    tauxBoisement: value(d.rate),
    tauxBoisementIntervalle: withInterval(d.rate),
    surface: value(d.area),
    departementPlusBoise: leader(deps, departmentNames),
    departementMoinsBoise: leader([...deps].reverse(), departmentNames),
    departementsPlusDeMoitie: count(overHalf),
    departementsMoinsDunDixieme: count(underTenth),
    dansDepartementsPlusDeMoitie: inDepartments(deps.filter((x) => x.lower > 50)),
    dansDepartementsMoinsDunDixieme: inDepartments(deps.filter((x) => x.upper < 10)),
    partFeuillus: withInterval(share(d.composition, 'feuillus')),
    partResineux: withInterval(share(d.composition, 'resineux')),
    partMixte: withInterval(share(d.composition, 'mixte')),
    essencesPrincipales: list(speciesText) + tiedWithThird(species),
    essencePrincipale: species[0] ? speciesWithArticle(species[0].category_label) : NON_SIGNIFICANT,
    nombreGreco: count(d.greco.length),
    grecoPlusBoisee: leader(grecoRates, grecoNames),
    grecoMoinsBoisee: leader([...grecoRates].reverse(), grecoNames),
    grecoResineuses: conifer.length ? list(conifer.map((g) => grecoName(g.territory))) : 'aucune',
    grecoResineusesPhrase: coniferGrecoClause(conifer),
    nombreGrecoFeuillues: count(broadleaf.length),
    historiqueDebut: `${publishedAreaText(first)} ${first.when}`,
    historiqueRecent: publishedAreaText(last),
  };
  return facts;
}

/** Percent of a ratio of two plain numbers, for the history chart's caption. */
export function growthPercent(from: number, to: number): string {
  return percent(((to - from) / from) * 100);
}
