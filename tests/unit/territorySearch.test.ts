import { expect, test } from 'vitest';
import { prepareTerritories, searchTerritories } from '../../src/lib/territories/search';

const items = prepareTerritories([
  { label: 'France métropolitaine', levelLabel: 'France', code: 'FR', href: '/territoires/france/' },
  { label: 'Ardèche (07)', levelLabel: 'Département', code: '07', href: '/territoires/departement/07/' },
  { label: 'Ardennes (08)', levelLabel: 'Département', code: '08', href: '/territoires/departement/08/' },
  { label: 'Gironde (33)', levelLabel: 'Département', code: '33', href: '/territoires/departement/33/' },
  { label: 'Landes de Gascogne (F21)', levelLabel: 'Sylvoécorégion', code: 'F21', href: '/territoires/ser/F21/' },
  { label: 'Landes (40)', levelLabel: 'Département', code: '40', href: '/territoires/departement/40/' },
]);
const labels = (query: string) => searchTerritories(items, query).map((t) => t.label);

test('« ardeche » sans accent trouve l’Ardèche', () => {
  expect(labels('ardeche')).toEqual(['Ardèche (07)']);
});

test('un numéro de département trouve le département en premier', () => {
  expect(labels('33')[0]).toBe('Gironde (33)');
});

test('les noms qui commencent par la saisie passent avant ceux qui la contiennent', () => {
  expect(labels('LANDES')).toEqual(['Landes de Gascogne (F21)', 'Landes (40)']);
  expect(labels('gascogne')).toEqual(['Landes de Gascogne (F21)']);
});

test('une saisie vide ne propose rien', () => {
  expect(labels('  ')).toEqual([]);
});
