// The site search's order: what a reader means comes before Pagefind's word frequencies.
import { describe, expect, it } from 'vitest';
import { pageKind, phraseStats, rankHits, titleCoverage } from '../../src/lib/search/rank';

const hit = (url: string, title: string, content = '') => ({ url, title, content });

describe('site search ranking', () => {
  it('puts the page named by the query first: « Allier » gives the département before an intercommunality named after the river', () => {
    const hits = [
      hit('/territoires/epci/200071470/', 'Les forêts de l’intercommunalité de Varennes-sur-Allier', 'Allier Allier Allier'),
      hit('/territoires/departement/03/', 'Les forêts de l’Allier', 'Allier'),
      hit('/territoires/epci/200071140/', 'Les forêts de l’intercommunalité de Moulins', 'Allier'),
    ];
    expect(rankHits('Allier', hits).map((h) => h.url)).toEqual(['/territoires/departement/03/', '/territoires/epci/200071470/', '/territoires/epci/200071140/']);
    expect(titleCoverage('Les forêts de l’Allier', ['allier'])).toBe(1);
    expect(titleCoverage('Les forêts de l’intercommunalité de Varennes-sur-Allier', ['allier'])).toBe(0.5);
  });

  it('prefers pages that use the phrase as written: « pin maritime » gives the Landes before the Alpes-Maritimes', () => {
    const hits = [
      hit('/territoires/departement/06/', 'Les forêts des Alpes-Maritimes', 'Alpes-Maritimes : pin d’Alep, pin sylvestre. Les Alpes-Maritimes, maritimes.'),
      hit('/territoires/departement/40/', 'Les forêts des Landes', 'Le pin maritime couvre les Landes. Pin maritime : 80 %. Pins maritimes.'),
    ];
    expect(rankHits('pin maritime', hits).map((h) => h.url)).toEqual(['/territoires/departement/40/', '/territoires/departement/06/']);
    expect(phraseStats(hits[1]!.content, ['pin', 'maritime']).count).toBe(2);
    expect(phraseStats(hits[0]!.content, ['pin', 'maritime']).count).toBe(0);
  });

  it('matches whole words without accents or case, and counts overlapping-free occurrences', () => {
    expect(phraseStats('Chêne pédonculé, CHENE sessile ; chênes verts ; Bouxières-aux-Chênes', ['chene']).count).toBe(2);
    expect(phraseStats('la la la', ['la', 'la']).count).toBe(1);
    expect(titleCoverage('Les forêts de l’intercommunalité de Bouxières-aux-Chênes', ['chene'])).toBe(0);
  });

  it('weighs the phrase by the page’s length, so a long page does not win by length alone, and at equal density puts large territories before small ones', () => {
    const hits = [
      hit('/methodologie/', 'Méthodologie', `${'mot '.repeat(9000)}${'chêne '.repeat(20)}`),
      hit('/territoires/epci/1/', 'Les forêts de l’intercommunalité de X', `${'mot '.repeat(700)}${'chêne '.repeat(4)}`),
      hit('/territoires/ser/B82/', 'Les forêts de la sylvoécorégion Brenne et Brandes', `${'mot '.repeat(1400)}${'chêne '.repeat(8)}`),
      hit('/thematiques/sante-des-forets/', 'Santé des forêts', `${'mot '.repeat(1400)}${'chêne '.repeat(12)}`),
    ];
    expect(rankHits('chêne', hits).map((h) => h.url)).toEqual(['/thematiques/sante-des-forets/', '/territoires/ser/B82/', '/territoires/epci/1/', '/methodologie/']);
    // A page of a few lines counts as 500 words long.
    expect(phraseStats('chêne chêne', ['chene']).perThousand).toBeCloseTo(2000 / 500);
  });

  it('keeps Pagefind’s order when nothing else tells results apart', () => {
    const hits = [hit('/a/', 'Page A', 'x'), hit('/b/', 'Page B', 'x'), hit('/c/', 'Page C', 'x')];
    expect(rankHits('y', hits).map((h) => h.url)).toEqual(['/a/', '/b/', '/c/']);
  });

  it('labels each result with the kind of page it is', () => {
    expect(pageKind('/thematiques/incendies/').label).toBe('Article');
    expect(pageKind('/territoires/departement/03/').label).toBe('Fiche de département');
    expect(pageKind('/territoires/epci/').label).toBe('Page');
    expect(pageKind('/ressources/bdiff/').label).toBe('Ressource du catalogue');
    expect(pageKind('/plan-du-site/').label).toBe('Page');
  });
});
