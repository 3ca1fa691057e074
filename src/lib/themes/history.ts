// The long history of the forest area of metropolitan France since the 19th century. These are
// PUBLISHED figures, cited with their source, not computed by the observatory: the inventory's raw
// files start in 2005 and its forest area is calibrated on a published total, so it cannot show a
// trend by itself. Definitions of « forest » and the territory differ between sources (the 1908
// statistics exclude Alsace-Moselle): the series shows orders of magnitude, not a measured trend.
// Editors: change a figure here only together with its source.
import { upTo } from '../format/numbers.ts';

export interface PublishedArea {
  /** Year, or first year of the period the figure describes. */
  year: number;
  /** How the date is written for readers: « vers 1830 », « 2012–2016 ». */
  when: string;
  /** Forest area in millions of hectares; a range when the source gives one. */
  low: number;
  high: number;
  /** Who published it, in French, as the figure's source line names it. */
  source: string;
  /** What limits the comparison. */
  note?: string;
}

export const FOREST_AREA_HISTORY: readonly PublishedArea[] = [
  {
    year: 1830,
    when: 'vers 1830',
    low: 8.9,
    high: 9.5,
    source: 'B. Cinotti, « Évolution des surfaces boisées en France : proposition de reconstitution depuis le début du XIXe siècle », Revue forestière française, 1996',
    note: 'reconstitution a posteriori, donnée sous forme de fourchette',
  },
  {
    year: 1908,
    when: '1908',
    low: 9.8,
    high: 9.8,
    source: 'L. Daubrée, Statistique et atlas des forêts de France, ministère de l’Agriculture, 1912 (statistiques de 1908), cité par le GIP Ecofor (Cartofora)',
    note: 'sans l’Alsace et la Moselle, alors allemandes',
  },
  {
    year: 1960,
    when: 'vers 1960',
    low: 12,
    high: 12,
    source: 'B. Cinotti (1996), ordre de grandeur cité par A. Corvol, « Lucien Daubrée : 1912 et la statistique forestière »',
    note: 'ordre de grandeur',
  },
  {
    year: 2014,
    when: '2012–2016',
    low: 16.9,
    high: 16.9,
    source: 'IGN, Le mémento de l’inventaire forestier, édition 2017 (campagnes 2012 à 2016)',
  },
  {
    year: 2020,
    when: 'campagnes récentes',
    low: 17.3,
    high: 17.3,
    source: 'IGN, chiffre présenté par l’observatoire des forêts de l’IGN (campagnes postérieures à 2019)',
  },
];

/** Text of one published figure: « 8,9 à 9,5 millions d’hectares » or « 16,9 millions d’hectares ». */
export function publishedAreaText(p: PublishedArea): string {
  const f = (x: number) => upTo(x, 1);
  return p.low === p.high ? `${f(p.low)}\u202fmillions d’hectares` : `${f(p.low)} à ${f(p.high)}\u202fmillions d’hectares`;
}
