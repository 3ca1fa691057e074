// The sentences of the thematic articles, generated from the data: each in-text figure follows its
// input (change the fixture, the text changes), intervals decide every « hausse » or « baisse »,
// and a non-significant estimate is written « estimation trop imprécise », never as a number.
import { describe, expect, it } from 'vitest';
import { foretFacts } from '../../src/lib/themes/foret.ts';
import { santeFacts } from '../../src/lib/themes/sante.ts';
import { boisFacts } from '../../src/lib/themes/bois.ts';
import { adaptationFacts } from '../../src/lib/themes/adaptation.ts';
import { attenuationFacts, carbonBalance } from '../../src/lib/themes/attenuation.ts';
import { adaptationFixture, attenuationFixture, boisFixture, est, foretFixture, santeFixture } from './fixtures/themes.ts';

const plain = (s: string | undefined) => (s ?? '').replaceAll('\u202f', ' ');

describe('La forêt en France', () => {
  it('écrit le taux de boisement avec son intervalle et les départements extrêmes', () => {
    const f = foretFacts(foretFixture());
    expect(plain(f['tauxBoisementIntervalle'])).toBe('30,8 % (entre 30,5 et 31,1 %)');
    expect(plain(f['surface'])).toBe('16,9 millions d’hectares');
    expect(plain(f['departementPlusBoise'])).toBe('les Vosges (63,0 %)');
    expect(plain(f['departementMoinsBoise'])).toBe('la Manche (7,2 %)');
    expect(f['departementsPlusDeMoitie']).toBe('2');
    expect(f['dansDepartementsPlusDeMoitie']).toMatch(/^dans 2 départements \(\S.* et \S.*\)$/);
    expect(plain(f['essencesPrincipales'])).toBe('le chêne pédonculé (14,6 %), le chêne sessile (12,6 %) et le hêtre (9,7 %)');
    expect(f['grecoResineuses']).toBe('« Vosges »');
    expect(f['grecoResineusesPhrase']).toBe('les résineux n’en dominent à coup sûr qu’une, « Vosges »');
  });
  it('nomme avec la troisième essence celles qui ne s’en distinguent pas', () => {
    const d = foretFixture();
    d.species = [...d.species, { ...d.species[2]!, category: '05', category_label: 'Chêne pubescent', value: 9.5, lower: 9.1, upper: 9.9 }];
    expect(plain(foretFacts(d)['essencesPrincipales'])).toBe('le chêne pédonculé (14,6 %), le chêne sessile (12,6 %) et le hêtre (9,7 %), à égalité statistique avec le chêne pubescent (9,5 %)');
  });
  it('suit les données : un autre département devient le plus boisé', () => {
    const d = foretFixture();
    d.departements[2]!.row = est(70, 2, '%');
    expect(plain(foretFacts(d)['departementPlusBoise'])).toBe('la Gironde (70,0 %)');
  });
  it('nomme les départements qu’on ne peut pas départager du plus boisé', () => {
    const d = foretFixture();
    d.departements[2]!.row = est(62, 2, '%');
    expect(plain(foretFacts(d)['departementPlusBoise'])).toBe('les Vosges (63,0 %), à égalité statistique avec la Gironde (62,0 %)');
  });
  it('ne compte pas au-dessus de la moitié un département dont l’intervalle passe sous 50 %', () => {
    const d = foretFixture();
    d.departements[2]!.row = est(52, 3, '%');
    expect(foretFacts(d)['departementsPlusDeMoitie']).toBe('1');
    expect(foretFacts(d)['dansDepartementsPlusDeMoitie']).toMatch(/^dans un seul département \([^,]+\)$/);
  });
});

describe('Santé des forêts', () => {
  it('dit une hausse quand les intervalles sont disjoints', () => {
    const f = santeFacts(santeFixture());
    expect(f['evolutionMortalite']).toMatch(/^a augmenté entre 2010–2014 et 2015–2019/);
    expect(plain(f['mortaliteApres'])).toBe('10,5 millions de m³ par an (entre 10,0 et 11,0 millions de m³ par an)');
    expect(f['grecoHausse']).toBe('« Vosges »');
    expect(f['nombreGrecoHausse']).toBe('1');
    expect(plain(f['essencesHausse'])).toBe('le frêne commun (0,17 % par an puis 0,62 % par an)');
    expect(f['essencesStables']).toBe('le hêtre');
    expect(f['phraseGrecoBaisse']).toBe('Elle n’a diminué de façon significative dans aucune.');
    // 0,28 ± 0,05 and 0,25 ± 0,05: the highest estimate cannot be told from the other one.
    expect(plain(f['phraseTauxMax'])).toBe('Sur 2015–2019, l’estimation la plus élevée est celle de la grande région « Grand Ouest cristallin et océanique » (0,28 % par an), mais son intervalle de confiance recouvre celui de « Vosges » : on ne peut pas les départager.');
    const apart = santeFixture();
    apart.grecoRates[1]!.rows[1] = est(0.1, 0.02, '%/an', { period: '2015-2019' });
    expect(santeFacts(apart)['phraseTauxMax']).toMatch(/le taux le plus élevé est celui de la grande région « Grand Ouest cristallin et océanique » .*au-dessus de toutes les autres, intervalles compris\.$/);
  });
  it('ne dit pas de hausse quand les intervalles se recouvrent', () => {
    const d = santeFixture();
    d.mortality[2] = est(8.9e6, 0.5e6, 'm³/an', { period: '2015-2019' });
    expect(santeFacts(d)['evolutionMortalite']).toMatch(/^n’a pas varié de façon significative/);
  });
  it('écrit « estimation trop imprécise » au lieu d’un nombre', () => {
    const d = santeFixture();
    d.deadWoodFrance = est(6.8, 4, 'm³/ha', { significant: false });
    d.mortality[2] = est(10.5e6, 0.5e6, 'm³/an', { period: '2015-2019', significant: false });
    const f = santeFacts(d);
    expect(f['boisMortFrance']).toBe('estimation trop imprécise');
    expect(f['mortaliteApres']).toBe('estimation trop imprécise');
    expect(f['evolutionMortalite']).toMatch(/ne peut pas être comparée/);
  });
});

describe('Ressources bois', () => {
  it('tient la récolte Agreste à part et la rapporte aux mêmes années que la production', () => {
    const f = boisFacts(boisFixture());
    // 2005–2009: 35 000 + 100 k thousand m³ a year, mean 35,2 millions
    expect(plain(f['recolteFenetre'])).toBe('35,2 millions de m³ par an');
    expect(plain(f['partRecolteProduction'])).toBe('35 %');
    expect(plain(f['recolteDerniereAnnee'])).toBe('35,4 millions de m³');
    expect(plain(f['recolteMin'])).toBe('35,0 millions de m³ en 2005');
    expect(f['regionsRecolte']).toMatch(/^Nouvelle-Aquitaine \(21,1/);
    expect(plain(f['regionVolumeMax'])).toBe('l’Auvergne-Rhône-Alpes (598 millions de m³)');
  });
});

describe('Adaptation', () => {
  it('compare une essence à l’ensemble seulement si les intervalles sont disjoints', () => {
    const f = adaptationFacts(adaptationFixture());
    expect(f['nordComparaisonEpicea']).toBe('une part plus forte que pour l’ensemble des essences');
    expect(f['nordComparaisonHetre']).toBe('une part qu’on ne distingue pas de celle de l’ensemble des essences');
    expect(plain(f['serEpicea'])).toBe('« Alpes externes du Nord » (45,0 %)');
    expect(f['nombreSerSignificativesEpicea']).toBe('1');
    expect(plain(f['nombreMoyenEssences'])).toBe('2,41 essences (entre 2,40 et 2,43 essences)');
  });
});

describe('Atténuation', () => {
  it('calcule le puits avec une fourchette prudente et le compare aux émissions', () => {
    const d = attenuationFixture();
    const b = carbonBalance(d)!;
    expect(b.balance).toBeCloseTo(100e6 - 10e6 - 35.2e6, 0);
    expect(b.lower).toBeCloseTo(98e6 - 10.5e6 - 35.2e6, 0);
    expect(b.upper).toBeCloseTo(102e6 - 9.5e6 - 35.2e6, 0);
    expect(b.carbonPerM3).toBeCloseTo(0.5, 9);
    const f = attenuationFacts(d);
    expect(plain(f['bilan'])).toBe('54,8 millions de m³ par an');
    expect(plain(f['puitsCo2e'])).toBe('100 millions de tonnes d’équivalent CO₂');
    expect(plain(f['partEmissions'])).toBe('25 %');
    expect(f['evolutionStock']).toMatch(/^a augmenté/);
  });
  it('suit les données : une mortalité doublée fait baisser le puits écrit', () => {
    const d = attenuationFixture();
    d.mortality = est(20e6, 0.5e6, 'm³/an');
    expect(plain(attenuationFacts(d)['bilan'])).toBe('44,8 millions de m³ par an');
  });
  it('n’écrit pas de puits quand la production n’est pas significative', () => {
    const d = attenuationFixture();
    d.production = est(100e6, 60e6, 'm³/an', { significant: false });
    expect(carbonBalance(d)).toBeUndefined();
    expect(attenuationFacts(d)['puitsCo2e']).toBe('estimation trop imprécise');
  });
});
