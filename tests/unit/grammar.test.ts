import { describe, expect, test } from 'vitest';
import { agree, capitalise, inName, isPluralName, nameWithArticle, ofName, ofPlace, type NamedTerritory } from '../../src/lib/territories/grammar';

const dep = (nom: string, tncc: number): NamedTerritory => ({ level: 'departement', code: '00', nom, tncc });

describe('noms de territoires en français', () => {
  test.each([
    [dep('Gironde', 3), 'de la Gironde', 'la Gironde'],
    [dep('Ain', 5), 'de l’Ain', 'l’Ain'],
    [dep('Landes', 4), 'des Landes', 'les Landes'],
    [dep('Nord', 2), 'du Nord', 'le Nord'],
    [dep('Paris', 0), 'de Paris', 'Paris'],
    [{ level: 'region', code: '76', nom: 'Occitanie', tncc: 1 } as NamedTerritory, 'd’Occitanie', 'l’Occitanie'],
    [{ level: 'region', code: '53', nom: 'Bretagne', tncc: 0 } as NamedTerritory, 'de Bretagne', 'la Bretagne'],
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

  test('les noms pluriels (« les », « aux ») prennent le verbe au pluriel, les autres niveaux restent au singulier', () => {
    expect(agree(dep('Landes', 4), 'se classe', 'se classent')).toBe('se classent');
    expect(agree(dep('Gironde', 3), 'se classe', 'se classent')).toBe('se classe');
    expect(isPluralName({ level: 'region', code: '32', nom: 'Hauts-de-France', tncc: 4 })).toBe(true);
    expect(isPluralName({ level: 'ser', code: 'F21', nom: 'Landes de Gascogne' })).toBe(false);
  });

  test('« en » ou « dans » devant un nom de lieu', () => {
    const region = (nom: string, tncc: number): NamedTerritory => ({ level: 'region', code: '00', nom, tncc });
    expect(inName(region('Bretagne', 0))).toBe('en Bretagne');
    expect(inName(region('Nouvelle-Aquitaine', 3))).toBe('en Nouvelle-Aquitaine');
    expect(inName(region('Grand Est', 2))).toBe('dans le Grand Est');
    expect(inName(region('Hauts-de-France', 4))).toBe('dans les Hauts-de-France');
    expect(inName(dep('Landes', 4))).toBe('dans les Landes');
  });
});

describe('« de » before a commune’s name', () => {
  test('contracts Le and Les, elides before a vowel, keeps La, L’ and an h', () => {
    expect(ofPlace('Le Grau-du-Roi')).toBe('du Grau-du-Roi');
    expect(ofPlace('Les Rousses')).toBe('des Rousses');
    expect(ofPlace('Annœullin')).toBe('d’Annœullin');
    expect(ofPlace('Épinal')).toBe('d’Épinal');
    expect(ofPlace('La Rochelle')).toBe('de La Rochelle');
    expect(ofPlace('L’Isle-Adam')).toBe('de L’Isle-Adam');
    expect(ofPlace('Haguenau')).toBe('de Haguenau');
    expect(ofPlace('Lesneven')).toBe('de Lesneven');
  });
});
