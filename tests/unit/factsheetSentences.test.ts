import { describe, expect, test } from 'vitest';
import { quantity, quantityRange } from '../../src/lib/format/prose';
import {
  areaEvolutionSentence,
  areaSentence,
  balanceSentence,
  compositionSentence,
  evolutionSentence,
  noCoverSentence,
  speciesSentence,
  speciesWithArticle,
  volumeSentence,
} from '../../src/lib/factsheet/sentences';
import type { Estimate } from '../../src/lib/factsheet/estimate';
import type { NamedTerritory } from '../../src/lib/territories/grammar';

/** The generators use narrow no-break spaces (French typography); compare with plain spaces. */
const plain = (text: string) => text.replace(/\u202f/g, ' ');

const est = (value: number, lower: number, upper: number, unit: string, significant = true): Estimate => ({ value, lower, upper, unit, significant, n_plots: 100 });
const gironde: NamedTerritory = { level: 'departement', code: '33', nom: 'Gironde', tncc: 3 };
const ain: NamedTerritory = { level: 'departement', code: '01', nom: 'Ain', tncc: 5 };
const landes: NamedTerritory = { level: 'departement', code: '40', nom: 'Landes', tncc: 4 };
const nord: NamedTerritory = { level: 'departement', code: '59', nom: 'Nord', tncc: 2 };
const france: NamedTerritory = { level: 'france', code: 'FR', nom: 'France métropolitaine' };

describe('quantités en français', () => {
  test.each([
    [16_900_000, 'ha', '16,9 millions d’hectares'],
    [487_312, 'ha', '487 000 ha'],
    [1_500_000, 'ha', '1,50 million d’hectares'],
    [47.26, '%', '47,3 %'],
    [4.26, '%', '4,3 %'],
    [174.6, 'm³/ha', '175 m³/ha'],
    [2_430_000, 'm³/an', '2,43 millions de m³ par an'],
    [2_800_000_000, 'm³', '2,80 milliards de m³'],
  ])('%d %s → %s', (value, unit, text) => {
    expect(plain(quantity(value, unit))).toBe(text);
  });

  test('un intervalle s’écrit dans l’unité de sa borne haute', () => {
    expect(plain(quantityRange(900_000, 1_200_000, 'ha'))).toBe('entre 0,90 et 1,20 million d’hectares');
    expect(plain(quantityRange(40.2, 45.1, '%'))).toBe('entre 40,2 et 45,1 %');
  });
});

describe('phrases des fiches', () => {
  const franceRate = est(31, 30.8, 31.2, '%');

  const paca: NamedTerritory = { level: 'region', code: '93', nom: 'Provence-Alpes-Côte d’Azur', tncc: 0 };

  test('une région : sa surface est celle publiée par l’IGN, dite telle, sans intervalle', () => {
    const text = plain(areaSentence(paca, est(1_629_500, 1_629_500, 1_629_500, 'ha'), est(51.4, 51.4, 51.4, '%'), franceRate));
    expect(text).toContain('La forêt couvre 1,63 million d’hectares de Provence-Alpes-Côte d’Azur, d’après la surface publiée par l’IGN sur laquelle les estimations sont calées, soit un taux de boisement de 51,4 %');
    expect(text).not.toContain('entre');
    expect(plain(quantityRange(1_629_500, 1_629_500, 'ha'))).toBe('d’après la surface publiée par l’IGN, sur laquelle les estimations sont calées : sans intervalle propre');
  });

  test('l’évolution de la surface : publiée pour une région, estimée avec son intervalle pour un département', () => {
    expect(plain(areaEvolutionSentence(paca, { period: '2005-2009', estimate: est(1_490_000, 1_490_000, 1_490_000, 'ha') }, { period: '2015-2019', estimate: est(1_629_500, 1_629_500, 1_629_500, 'ha') }))).toBe(
      'D’après les surfaces publiées par l’IGN, sur lesquelles les estimations sont calées, la forêt de Provence-Alpes-Côte d’Azur est passée de 1,49 million d’hectares en 2005–2009 à 1,63 million d’hectares en 2015–2019.',
    );
    expect(plain(areaEvolutionSentence(landes, { period: '2005-2009', estimate: est(568_000, 540_000, 596_000, 'ha') }, { period: '2015-2019', estimate: est(594_000, 563_000, 625_000, 'ha') }))).toBe(
      'La surface forestière n’a pas varié de façon significative entre 2005–2009 et 2015–2019 : les intervalles de confiance se recouvrent.',
    );
    expect(areaEvolutionSentence(landes, { period: '2005-2009', estimate: est(9_000, 1_000, 17_000, 'ha', false) }, { period: '2015-2019', estimate: est(594_000, 563_000, 625_000, 'ha') })).toMatch(/ne peut pas être comparée/);
  });

  test('la Gironde, plus boisée que la France, avec son intervalle', () => {
    const text = plain(areaSentence(gironde, est(487_000, 470_000, 504_000, 'ha'), est(47, 45.5, 48.5, '%'), franceRate));
    expect(text).toBe(
      'La forêt couvre 487 000 ha (entre 470 000 et 504 000 ha) de la Gironde, soit un taux de boisement de 47,0 % (31,0 % pour la France métropolitaine). Le territoire est plus boisé que la moyenne nationale.',
    );
  });

  test('pas de comparaison affirmée quand les intervalles se recouvrent', () => {
    const text = areaSentence(ain, est(170_000, 150_000, 190_000, 'ha'), est(30, 27, 33, '%'), franceRate);
    expect(text).toContain('de l’Ain');
    expect(text).toContain('ne se distingue pas de celui de la France métropolitaine');
    expect(text).not.toMatch(/plus boisé|moins boisé/);
  });

  test('une surface non significative n’est pas écrite en chiffres', () => {
    const text = areaSentence(nord, est(9_000, 1_000, 17_000, 'ha', false), est(1.5, 0.2, 2.8, '%', false), franceRate);
    expect(text).toContain('du Nord');
    expect(text).toContain('trop peu de placettes');
    expect(text).not.toMatch(/\d/);
  });

  test('la fiche de la France ne se compare pas à elle-même', () => {
    const text = plain(areaSentence(france, est(16_900_000, 16_800_000, 17_000_000, 'ha'), franceRate, franceRate));
    expect(text).toContain('de la France métropolitaine, soit un taux de boisement de 31,0 %.');
    expect(text).not.toContain('pour la France');
  });

  test('composition : la catégorie majoritaire, comparée à la France', () => {
    const shares = { feuillus: est(12, 10, 14, '%'), resineux: est(80, 77, 83, '%'), mixte: est(8, 6, 10, '%') };
    const franceShares = { feuillus: est(67, 66, 68, '%'), resineux: est(21, 20, 22, '%'), mixte: est(12, 11, 13, '%') };
    expect(plain(compositionSentence(landes, shares, franceShares))).toBe(
      'Les forêts des Landes sont constituées à 80,0 % de peuplements résineux (21,0 % pour la France métropolitaine). Les peuplements feuillus en représentent 12,0 %.',
    );
  });

  test('essences : articles et élision', () => {
    expect(speciesWithArticle('Chêne pédonculé')).toBe('le chêne pédonculé');
    expect(speciesWithArticle('Épicéa commun')).toBe('l’épicéa commun');
    expect(speciesWithArticle('Hêtre')).toBe('le hêtre');
    const text = plain(speciesSentence(gironde, [
      { name: 'Pin maritime', share: est(55, 52, 58, '%') },
      { name: 'Chêne pédonculé', share: est(15, 13, 17, '%') },
      { name: 'Érable champêtre', share: est(2, 0.5, 3.5, '%', false) },
      { name: 'Robinier faux-acacia', share: est(4, 3, 5, '%') },
    ]));
    expect(text).toBe(
      'Le pin maritime est l’essence principale sur 55,0 % (entre 52,0 et 58,0 %) de la surface forestière, devant le chêne pédonculé (15,0 %), puis le robinier faux-acacia (4,0 %).',
    );
  });

  test('essences : « devant » seulement quand les intervalles se séparent', () => {
    // Vosges, 2015–2019: fir 23,9 % (20,4–27,7) and beech 21,0 % cannot be told apart.
    const vosges = plain(speciesSentence(gironde, [
      { name: 'Sapin pectiné', share: est(23.9, 20.4, 27.7, '%') },
      { name: 'Hêtre', share: est(21, 17.8, 24.5, '%') },
      { name: 'Épicéa commun', share: est(12.1, 9.6, 15, '%') },
    ]));
    expect(vosges).toBe('Le sapin pectiné est l’essence principale sur 23,9 % (entre 20,4 et 27,7 %) de la surface forestière, à égalité statistique avec le hêtre (21,0 %), puis l’épicéa commun (12,1 %).');
    const tiedBehind = plain(speciesSentence(gironde, [
      { name: 'Pin maritime', share: est(55, 52, 58, '%') },
      { name: 'Chêne pédonculé', share: est(15, 13, 17, '%') },
      { name: 'Chêne sessile', share: est(14, 12, 16, '%') },
    ]));
    // Puy-de-Dôme: the fourth species overlaps the first too, and is named.
    const fourTied = plain(speciesSentence(gironde, [
      { name: 'Hêtre', share: est(13.4, 10.0, 17.7, '%') },
      { name: 'Sapin pectiné', share: est(12.8, 9.5, 17.0, '%') },
      { name: 'Chêne sessile', share: est(6, 4, 8, '%') },
      { name: 'Épicéa commun', share: est(12.8, 9.2, 17.7, '%') },
    ]));
    expect(fourTied).toBe('Le hêtre est l’essence principale sur 13,4 % (entre 10,0 et 17,7 %) de la surface forestière, à égalité statistique avec le sapin pectiné (12,8 %) et l’épicéa commun (12,8 %).');
    expect(tiedBehind).toBe('Le pin maritime est l’essence principale sur 55,0 % (entre 52,0 et 58,0 %) de la surface forestière, devant le chêne pédonculé (15,0 %) et le chêne sessile (14,0 %), à égalité statistique entre eux.');
  });

  test('volume : comparaison à l’hectare seulement si les intervalles sont disjoints', () => {
    const text = volumeSentence(gironde, est(80e6, 75e6, 85e6, 'm³'), est(165, 158, 172, 'm³/ha'), est(170, 168, 172, 'm³/ha'));
    expect(text).toContain('ne se distingue pas de la moyenne nationale');
  });

  test('évolution : pas de tendance affirmée quand les intervalles se recouvrent', () => {
    const similar = evolutionSentence('Le volume sur pied', { period: '2005-2009', estimate: est(100, 90, 110, 'm³/ha') }, { period: '2015-2019', estimate: est(105, 95, 115, 'm³/ha') });
    expect(plain(similar)).toBe('Le volume sur pied n’a pas varié de façon significative entre 2005–2009 et 2015–2019 : les intervalles de confiance se recouvrent.');
    const up = evolutionSentence('Le volume sur pied', { period: '2005-2009', estimate: est(100, 95, 105, 'm³/ha') }, { period: '2015-2019', estimate: est(120, 115, 125, 'm³/ha') });
    expect(plain(up)).toBe('Le volume sur pied a augmenté entre 2005–2009 et 2015–2019 : 100 m³/ha puis 120 m³/ha.');
  });
});

describe('forêt sans couvert d’arbres recensé', () => {
  test('la phrase dit la part et ce qu’elle recouvre, seulement quand elle compte', () => {
    expect(plain(noCoverSentence(est(31.2, 27.5, 35.1, '%')))).toBe(
      'Les surfaces sans couvert d’arbres recensé (coupes rases, jeunes plantations, peuplements détruits par une tempête), qui restent de la forêt, en représentent 31,2 %.',
    );
    expect(noCoverSentence(est(3.1, 2.0, 4.4, '%'))).toBe('');
    expect(noCoverSentence(est(12, 1, 30, '%', false))).toBe('');
    expect(noCoverSentence(undefined)).toBe('');
  });

  test('solde production moins mortalité : négatif seulement si tout l’intervalle l’est, phrase accordée quand il est masqué', () => {
    expect(plain(balanceSentence(est(-0.5e6, -0.9e6, -0.1e6, 'm³/an')))).toContain(': la mortalité dépasse la production.');
    expect(plain(balanceSentence(est(0.2e6, -0.1e6, 0.5e6, 'm³/an')))).toContain(': l’écart n’est pas significatif.');
    expect(plain(balanceSentence(est(2e6, 1e6, 3e6, 'm³/an', false)))).toMatch(/^Le solde production moins mortalité ne peut pas être estimé de façon fiable/);
  });
});
