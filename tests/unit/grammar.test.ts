import { describe, expect, test } from 'vitest';
import { capitalise, nameWithArticle, ofName, type NamedTerritory } from '../../src/lib/territories/grammar';

const dep = (nom: string, tncc: number): NamedTerritory => ({ level: 'departement', code: '00', nom, tncc });

describe('noms de territoires en français', () => {
  test.each([
    [dep('Gironde', 3), 'de la Gironde', 'la Gironde'],
    [dep('Ain', 5), 'de l’Ain', 'l’Ain'],
    [dep('Landes', 4), 'des Landes', 'les Landes'],
    [dep('Nord', 2), 'du Nord', 'le Nord'],
    [dep('Paris', 0), 'de Paris', 'Paris'],
    [{ level: 'region', code: '76', nom: 'Occitanie', tncc: 1 } as NamedTerritory, 'd’Occitanie', 'Occitanie'],
    [{ level: 'region', code: '53', nom: 'Bretagne', tncc: 0 } as NamedTerritory, 'de Bretagne', 'Bretagne'],
    [{ level: 'ser', code: 'F21', nom: 'Landes de Gascogne' } as NamedTerritory, 'de la sylvoécorégion Landes de Gascogne', 'la sylvoécorégion Landes de Gascogne'],
    [{ level: 'greco', code: 'G', nom: 'Massif central' } as NamedTerritory, 'de la grande région écologique Massif central', 'la grande région écologique Massif central'],
    [{ level: 'france', code: 'FR', nom: 'France métropolitaine' } as NamedTerritory, 'de la France métropolitaine', 'la France métropolitaine'],
  ])('%o', (territory, of, withArticle) => {
    expect(ofName(territory)).toBe(of);
    expect(nameWithArticle(territory)).toBe(withArticle);
  });

  test('sans TNCC, un nom commençant par une voyelle prend l’élision', () => {
    expect(ofName({ level: 'departement', code: '01', nom: 'Ain' })).toBe('d’Ain');
    expect(ofName({ level: 'departement', code: '33', nom: 'Gironde' })).toBe('de Gironde');
  });

  test('majuscule en début de phrase, y compris après élision', () => {
    expect(capitalise(nameWithArticle(dep('Ain', 5)))).toBe('L’Ain');
  });
});
