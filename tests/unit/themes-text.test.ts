// Numbers in the prose of the thematic articles: rounded for readers, with interval bounds that never
// print equal, annual rates with enough decimals, and French grammar for lists and species.
import { describe, expect, it } from 'vitest';
import { change, count, hectares, leader, list, ofSpecies, percent, ranked, value, withInterval } from '../../src/lib/themes/text.ts';
import { est } from './fixtures/themes.ts';

const plain = (s: string) => s.replaceAll('\u202f', ' ');

describe('quantités en prose', () => {
  it('arrondit à trois chiffres significatifs en millions et milliards', () => {
    expect(plain(withInterval(est(16.9e6, 0.15e6, 'ha')))).toBe('16,9 millions d’hectares (entre 16,8 et 17,1 millions d’hectares)');
    expect(plain(withInterval(est(3.14e9, 0.045e9, 'm³')))).toBe('3,14 milliards de m³ (entre 3,10 et 3,19 milliards de m³)');
    expect(plain(value(est(1.52e9, 0.02e9, 'tC')))).toBe('1,52 milliard de tonnes de carbone');
  });
  it('ajoute des décimales plutôt que d’écrire deux bornes égales', () => {
    expect(plain(withInterval(est(2.41, 0.015, 'essences')))).toBe('2,41 essences (entre 2,40 et 2,43 essences)');
    expect(plain(withInterval(est(30.79, 0.01, '%')))).toBe('30,8 % (entre 30,78 et 30,80 %)');
  });
  it('écrit les taux annuels avec deux décimales', () => {
    expect(plain(withInterval(est(0.106, 0.022, '%/an')))).toBe('0,11 % par an (entre 0,08 et 0,13 % par an)');
  });
  it('écrit « estimation trop imprécise » au lieu d’un nombre', () => {
    expect(withInterval(est(12, 1, '%', { significant: false }))).toBe('estimation trop imprécise');
    expect(value(undefined)).toBe('estimation trop imprécise');
  });
  it('formate hectares, effectifs et pourcentages à la française', () => {
    expect(plain(hectares(61424.17))).toBe('61 400 ha');
    expect(plain(count(2574.63))).toBe('2 575');
    expect(plain(percent(74.3))).toBe('74 %');
    expect(plain(percent(0.48))).toBe('0,5 %');
  });
});

describe('comparaisons et grammaire', () => {
  it('ne conclut à une hausse que si les intervalles sont disjoints', () => {
    expect(change(est(10, 1, '%'), est(13, 1, '%'))).toBe('hausse');
    expect(change(est(10, 1, '%'), est(11.5, 1, '%'))).toBe('stable');
    expect(change(est(10, 1, '%'), est(8, 0.5, '%'))).toBe('baisse');
    expect(change(est(10, 1, '%', { significant: false }), est(20, 1, '%'))).toBe('inconnu');
  });
  it('écrit les listes et les noms d’essences correctement', () => {
    expect(list(['a'])).toBe('a');
    expect(list(['a', 'b', 'c'])).toBe('a, b et c');
    expect(ofSpecies('Hêtre')).toBe('du hêtre');
    expect(ofSpecies('Épicéa commun')).toBe('de l’épicéa commun');
  });
  it('ne dit « le plus » que si l’intervalle du premier est au-dessus de tous les autres', () => {
    const named = (nom: string, v: number, half: number) => ({ ...est(v, half, '%'), nom });
    const names = { name: (x: { nom: string }) => x.nom, others: 'départements' };
    const rows = (extra: { nom: string; value: number; half: number }[]) =>
      ranked([named('A', 70, 2), named('B', 60, 2), ...extra.map((x) => named(x.nom, x.value, x.half))]);
    expect(plain(leader(rows([]), names))).toBe('A (70,0 %)');
    expect(plain(leader(rows([{ nom: 'C', value: 67, half: 2 }]), names))).toBe('A (70,0 %), à égalité statistique avec C (67,0 %)');
    const many = ['C', 'D', 'E', 'F'].map((nom) => ({ nom, value: 67, half: 2 }));
    expect(plain(leader(rows(many), names))).toBe('A (70,0 %), à égalité statistique avec C, D, E et F');
    const tooMany = ['C', 'D', 'E', 'F', 'G', 'H'].map((nom) => ({ nom, value: 67, half: 2 }));
    expect(plain(leader(rows(tooMany), names))).toBe('A (70,0 %), à égalité statistique avec 6 autres départements');
    // The lowest: the same ranking reversed.
    expect(plain(leader([...rows([{ nom: 'C', value: 61, half: 2 }])].reverse(), names))).toBe('B (60,0 %), à égalité statistique avec C (61,0 %)');
    expect(leader([], names)).toBe('estimation trop imprécise');
  });
});
