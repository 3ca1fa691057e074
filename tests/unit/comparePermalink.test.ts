import { expect, test } from 'vitest';
import { parseSelection, selectionSearch } from '../../src/lib/compare/permalink';

const known = new Set(['france', 'departement-33', 'departement-40', 'region-75', 'ser-F21', 'greco-F']);

test('un lien valide donne les territoires dans l’ordre', () => {
  expect(parseSelection('?t=departement-33,departement-40', known)).toEqual({ keys: ['departement-33', 'departement-40'], errors: [] });
});

test('un code inconnu est signalé par son nom, les autres restent', () => {
  const parsed = parseSelection('?t=departement-33,departement-999,departement-40', known);
  expect(parsed.keys).toEqual(['departement-33', 'departement-40']);
  expect(parsed.errors).toHaveLength(1);
  expect(parsed.errors[0]).toContain('« departement-999 »');
});

test('un seul territoire, ou deux fois le même, demande d’en choisir au moins deux', () => {
  expect(parseSelection('?t=departement-33,departement-33', known).errors[0]).toContain('au moins 2');
});

test('au-delà de quatre territoires, seuls les quatre premiers sont gardés, avec un message', () => {
  const parsed = parseSelection('?t=france,departement-33,departement-40,region-75,ser-F21', known);
  expect(parsed.keys).toHaveLength(4);
  expect(parsed.errors[0]).toContain('4 au plus');
});

test('sans paramètre, aucun message', () => {
  expect(parseSelection('', known)).toEqual({ keys: [], errors: [] });
  expect(selectionSearch(['ser-F21', 'greco-F'])).toBe('?t=ser-F21,greco-F');
});
