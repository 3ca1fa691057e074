// « Santé des forêts »: mortality over the inventory windows, by GRECO and by species, and
// standing dead wood. Sentences say « hausse » or « baisse » only when the 95 % intervals of the
// two windows do not overlap. DOM-free.
import type { LiveChablisEffect } from '../estimation/methodology.ts';
import type { ResultRow } from '../estimation/types.ts';
import type { NamedTerritory } from '../territories/grammar.ts';
import { speciesWithArticle } from '../factsheet/sentences.ts';
import { change, count, leader, list, tiedWithFirst, ofSpecies, period, ranked, value, withInterval } from './text.ts';

const grecoNames = { name: (x: { territory: NamedTerritory }) => `« ${x.territory.nom} »`, others: 'grandes régions' };
import { LAST_CAMPAIGN } from '../estimation/config.ts';

export interface SanteData {
  /** The two windows compared (non-overlapping campaigns), earlier first. */
  windows: [string, string];
  /** National annual mortality (m³/an) of each main window, earliest first. */
  mortality: ResultRow[];
  /** National mortality rate (%/an) of each main window. */
  mortalityRate: ResultRow[];
  /** Mortality rate per GRECO and window. */
  grecoRates: { territory: NamedTerritory; rows: ResultRow[] }[];
  /** Mortality rate per species and window (France). */
  speciesRates: ResultRow[];
  /** Standing dead wood per hectare, France and GRECO, rows of the latest window. */
  deadWood: { territory: NamedTerritory; row: ResultRow | undefined }[];
  /** National standing dead wood, latest window. */
  deadWoodFrance: ResultRow | undefined;
  /** First campaign that recorded the date of death. */
  firstDatemortCampaign: number;
  /** Campaigns of the latest window that record only living chablis, and the order of magnitude of the shortfall. */
  liveChablis: LiveChablisEffect | null;
}

const inWindow = (rows: readonly ResultRow[], p: string) => rows.find((r) => r.period === p);

/** Species and their rates in both windows, with the direction of change. */
export function speciesChanges(d: SanteData) {
  const [before, after] = d.windows;
  const codes = [...new Set(d.speciesRates.map((r) => r.category))];
  return codes.map((code) => {
    const rows = d.speciesRates.filter((r) => r.category === code);
    const a = inWindow(rows, before);
    const b = inWindow(rows, after);
    return { code, name: (b ?? a)!.category_label, before: a, after: b, change: change(a, b) };
  });
}

export function santeFacts(d: SanteData): Record<string, string> {
  const [before, after] = d.windows;
  const mBefore = inWindow(d.mortality, before);
  const mAfter = inWindow(d.mortality, after);
  const rBefore = inWindow(d.mortalityRate, before);
  const rAfter = inWindow(d.mortalityRate, after);
  const evolution = change(mBefore, mAfter);
  const grecoChanges = d.grecoRates.map((g) => ({ g, change: change(inWindow(g.rows, before), inWindow(g.rows, after)) }));
  const up = grecoChanges.filter((x) => x.change === 'hausse');
  const down = grecoChanges.filter((x) => x.change === 'baisse');
  const species = speciesChanges(d);
  const speciesUp = species.filter((s) => s.change === 'hausse');
  const speciesDown = species.filter((s) => s.change === 'baisse');
  const speciesFlat = species.filter((s) => s.change === 'stable');
  const highest = ranked(species.map((s) => s.after).filter((r): r is ResultRow => r !== undefined));
  const dead = ranked(d.deadWood.map((x) => ({ ...(x.row as ResultRow), territory: x.territory })).filter((x) => x.value !== undefined));
  const grecoLatest = ranked(d.grecoRates.map((g) => ({ ...(inWindow(g.rows, after) as ResultRow), territory: g.territory })).filter((x) => x.value !== undefined));
  const evolutionText = {
    hausse: `a augmenté entre ${period(before)} et ${period(after)} : les intervalles de confiance des deux périodes ne se recouvrent pas`,
    baisse: `a diminué entre ${period(before)} et ${period(after)} : les intervalles de confiance des deux périodes ne se recouvrent pas`,
    stable: `n’a pas varié de façon significative entre ${period(before)} et ${period(after)} : les intervalles de confiance se recouvrent`,
    inconnu: `ne peut pas être comparée entre ${period(before)} et ${period(after)} : l’une des estimations n’est pas significative`,
  }[evolution];
  const speciesName = (s: { name: string }) => speciesWithArticle(s.name);
  return {
    periodeAvant: period(before),
    periodeApres: period(after),
    premiereCampagneDatemort: String(d.firstDatemortCampaign),
    derniereCampagne: String(LAST_CAMPAIGN),
    mortaliteAvant: withInterval(mBefore),
    mortaliteApres: withInterval(mAfter),
    tauxAvant: withInterval(rBefore),
    tauxApres: withInterval(rAfter),
    evolutionMortalite: evolutionText,
    nombreGrecoHausse: count(up.length),
    nombreGrecoBaisse: count(down.length),
    nombreGreco: count(d.grecoRates.length),
    grecoHausse: up.length ? list(up.map((x) => `« ${x.g.territory.nom} »`)) : 'aucune',
    phraseGrecoBaisse: down.length
      ? `Elle a diminué de façon significative dans ${down.length === 1 ? 'une' : count(down.length)} d’entre elles : ${list(down.map((x) => `« ${x.g.territory.nom} »`))}.`
      : 'Elle n’a diminué de façon significative dans aucune.',
    phraseTauxMax: highestRate(grecoLatest, period(after)),
    essenceTauxMax: leader(highest, { name: (s) => ofSpecies(s.category_label), tiedName: (s) => `celui ${ofSpecies(s.category_label)}`, others: 'essences' }),
    essencesHausse: speciesUp.length
      ? list(speciesUp.map((s) => `${speciesName(s)} (${value(s.before)} puis ${value(s.after)})`))
      : 'aucune des essences suivies',
    phraseEssencesBaisse: speciesDown.length
      ? `Elle a diminué pour ${list(speciesDown.map((s) => `${speciesName(s)} (${value(s.before)} puis ${value(s.after)})`))}.`
      : 'Elle n’a diminué de façon significative pour aucune.',
    nombreEssencesStables: count(speciesFlat.length),
    essencesStables: speciesFlat.length ? list(speciesFlat.map(speciesName)) : 'aucune',
    boisMortFrance: withInterval(d.deadWoodFrance),
    boisMortMax: leader(dead, grecoNames),
    boisMortMin: leader([...dead].reverse(), grecoNames),
    tauxApresValeur: value(rAfter),
    mortaliteApresValeur: value(mAfter),
  };
}

/**
 * The highest rate of a window, said only as far as the intervals allow: a region « has the highest
 * rate » only if its interval lies above all the others; otherwise the ones it cannot be told from are named.
 */
function highestRate(ranking: readonly (ResultRow & { territory: NamedTerritory })[], window: string): string {
  const top = ranking[0];
  if (!top) return '';
  const name = (x: { territory: NamedTerritory }) => `« ${x.territory.nom} »`;
  const tied = tiedWithFirst(ranking);
  if (tied.length === 0) return `Sur ${window}, le taux le plus élevé est celui de la grande région ${name(top)} (${value(top)}), au-dessus de toutes les autres, intervalles compris.`;
  const others = tied.length <= 3 ? list(tied.map(name)) : `${count(tied.length)} autres grandes régions`;
  return `Sur ${window}, l’estimation la plus élevée est celle de la grande région ${name(top)} (${value(top)}), mais son intervalle de confiance recouvre ${tied.length === 1 ? 'celui' : 'ceux'} de ${others} : on ne peut pas les départager.`;
}
