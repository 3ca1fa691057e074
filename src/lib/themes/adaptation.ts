// « Adaptation au changement climatique »: where the species most exposed to drought and heat grow
// (share of the volume by SER, exposure and slope) and how diverse stands are. Comparisons between
// a species and all species are said only when the intervals do not overlap. DOM-free.
import { NON_SIGNIFICANT } from '../format/numbers.ts';
import type { ResultRow } from '../estimation/types.ts';
import type { NamedTerritory } from '../territories/grammar.ts';
import { compare, isShown } from '../factsheet/estimate.ts';
import { speciesWithArticle } from '../factsheet/sentences.ts';
import { EXPOSED_SPECIES } from '../estimation/config.ts';
import { STEEP_SLOPE_CLASS } from '../estimation/variables.ts';
import { count, leader, list, period, ranked, value, withInterval } from './text.ts';

export interface AdaptationData {
  period: string;
  /** Share of each exposed species in the live volume, France. */
  speciesShareFrance: ResultRow[];
  /** Share of each exposed species in the live volume, per SER. */
  speciesShareSer: { territory: NamedTerritory; rows: ResultRow[] }[];
  /** Share of the volume per topographic class: key = ESPAR code, or 'toutes'. */
  topography: Record<string, ResultRow[]>;
  /** Share of the forest area by number of species, France. */
  diversity: ResultRow[];
  /** Mean number of species per plot, France and per GRECO. */
  diversityMeanFrance: ResultRow | undefined;
  diversityMeanGreco: { territory: NamedTerritory; row: ResultRow | undefined }[];
  /** part_composition 'mixte', France. */
  mixedFrance: ResultRow | undefined;
}

const byCategory = (rows: readonly ResultRow[] | undefined, c: string) => rows?.find((r) => r.category === c);

/** SERs where a species has the largest significant share of the volume. */
export function topSer(d: AdaptationData, espar: string, k = 3) {
  return ranked(
    d.speciesShareSer
      .map((s) => ({ ...(byCategory(s.rows, espar) as ResultRow), territory: s.territory }))
      .filter((r) => r.value !== undefined),
  ).slice(0, k);
}

/** How a species' share on a class compares with all species': a clause that follows a comma. */
function comparedWithAll(d: AdaptationData, espar: string, cls: string): string {
  switch (compare(byCategory(d.topography[espar], cls), byCategory(d.topography['toutes'], cls))) {
    case 'higher':
      return 'une part plus forte que pour l’ensemble des essences';
    case 'lower':
      return 'une part plus faible que pour l’ensemble des essences';
    case 'similar':
      return 'une part qu’on ne distingue pas de celle de l’ensemble des essences';
    default:
      return 'sans comparaison possible avec l’ensemble des essences';
  }
}

export function adaptationFacts(d: AdaptationData): Record<string, string> {
  const facts: Record<string, string> = { periode: period(d.period) };
  const keys: Record<string, string> = { '62': 'Epicea', '09': 'Hetre', '61': 'Sapin' };
  for (const s of EXPOSED_SPECIES) {
    const k = keys[s.espar]!;
    facts[`part${k}`] = withInterval(byCategory(d.speciesShareFrance, s.espar));
    const top = topSer(d, s.espar);
    facts[`ser${k}`] = top.length ? list(top.map((t) => `« ${t.territory.nom} » (${value(t)})`)) : `aucune sylvoécorégion (${NON_SIGNIFICANT})`;
    facts[`nombreSerSignificatives${k}`] = count(
      d.speciesShareSer.filter((x) => isShown(byCategory(x.rows, s.espar))).length,
    );
    facts[`nord${k}`] = withInterval(byCategory(d.topography[s.espar], 'nord'));
    facts[`nordComparaison${k}`] = comparedWithAll(d, s.espar, 'nord');
    facts[`pente30${k}`] = withInterval(byCategory(d.topography[s.espar], STEEP_SLOPE_CLASS));
    facts[`pente30Comparaison${k}`] = comparedWithAll(d, s.espar, STEEP_SLOPE_CLASS);
    facts[`nom${k}`] = speciesWithArticle(s.nom);
  }
  facts['nordToutes'] = withInterval(byCategory(d.topography['toutes'], 'nord'));
  facts['pente30Toutes'] = withInterval(byCategory(d.topography['toutes'], STEEP_SLOPE_CLASS));
  facts['nombreSer'] = count(d.speciesShareSer.length);
  facts['partUneEssence'] = withInterval(byCategory(d.diversity, '1'));
  facts['partUneEssenceValeur'] = value(byCategory(d.diversity, '1'));
  facts['partCinqEssencesEtPlus'] = withInterval(byCategory(d.diversity, '5+'));
  facts['nombreMoyenEssences'] = withInterval(d.diversityMeanFrance);
  const greco = ranked(d.diversityMeanGreco.map((g) => ({ ...(g.row as ResultRow), territory: g.territory })).filter((r) => r.value !== undefined));
  const grecoNames = { name: (x: { territory: NamedTerritory }) => `« ${x.territory.nom} »`, others: 'grandes régions' };
  facts['grecoPlusDiverse'] = leader(greco, grecoNames);
  facts['grecoMoinsDiverse'] = leader([...greco].reverse(), grecoNames);
  facts['partMixte'] = withInterval(d.mixedFrance);
  return facts;
}
