// Every territory name as the factsheets write it: plural names take plural agreement ("les Landes
// se classent"), every sentence opens with a capital. Runs over the real territory table; fails
// when it is missing.
import { describe, expect, test } from 'vitest';
import { loadTerritories } from '../../src/lib/territories/catalog.ts';
import { isPluralName } from '../../src/lib/territories/grammar.ts';
import { rankSentence } from '../../src/lib/factsheet/sentences.ts';

// A name is plural when its first word is (Landes, Hauts-de-Seine, Bouches-du-Rhône, Deux-Sèvres,
// Pyrénées-Atlantiques…); these names end in s but are singular.
const SINGULAR_IN_S = new Set(['Paris', 'Gers', 'Calvados', 'Doubs', 'Pas-de-Calais', 'Bas-Rhin']);
const looksPlural = (nom: string) => !SINGULAR_IN_S.has(nom) && /^(Deux|[^ -]+[sx])(?=[ -]|$)/.test(nom);

describe('noms de territoires', async () => {
  const territories = await loadTerritories();
  const named = territories.filter((t) => t.level === 'departement' || t.level === 'region');

  test('96 départements et 13 régions sont vérifiés', () => {
    expect(named).toHaveLength(96 + 13);
  });

  test('le nombre grammatical de chaque nom suit son article officiel (TNCC de l’INSEE)', () => {
    const wrong = named.filter((t) => isPluralName(t) !== looksPlural(t.nom)).map((t) => `${t.nom} (TNCC ${t.tncc})`);
    expect(wrong).toEqual([]);
    const plural = named.filter(isPluralName).map((t) => t.nom);
    for (const nom of ['Landes', 'Vosges', 'Ardennes', 'Deux-Sèvres', 'Bouches-du-Rhône', 'Yvelines', 'Hauts-de-Seine', 'Pyrénées-Atlantiques', 'Hauts-de-France']) {
      expect(plural).toContain(nom);
    }
  });

  test('la phrase de classement s’accorde et commence par une majuscule pour chaque territoire', () => {
    const sub = territories.filter((x) => x.level !== 'france');
    expect(sub.length).toBeGreaterThan(200);
    for (const t of sub) {
      const sentence = rankSentence(t, 3, 5, 96);
      expect(sentence).toMatch(/^[A-ZÀ-Ý]/);
      if (isPluralName(t)) expect(sentence, t.nom).toMatch(/^Par leur surface forestière( estimée)?, les .+ se classent au 3e rang .+ ; par leur taux de boisement, au 5e rang\./);
      else expect(sentence, t.nom).toMatch(/^Par sa surface forestière( estimée)?, .+ se classe au 3e rang .+ ; par son taux de boisement, au 5e rang\./);
    }
  });
});
