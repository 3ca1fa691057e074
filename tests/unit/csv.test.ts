import { expect, test } from 'vitest';
import { csvDecimal, csvDocument, estimateCsvCells, parseCsvRows } from '../../src/lib/csv';

test('un CSV pour tableur français : BOM, point-virgule, virgule décimale, guillemets si besoin', () => {
  const text = csvDocument(['Nom', 'Valeur'], [['Provence-Alpes-Côte d’Azur ; Corse', '1,5'], ['Dit « "oui" »', '2']]);
  expect(text).toBe('\uFEFFNom;Valeur\r\n"Provence-Alpes-Côte d’Azur ; Corse";1,5\r\n"Dit « ""oui"" »";2\r\n');
});

test('une estimation non significative n’a ni valeur ni bornes, et dit pourquoi', () => {
  const base = { value: 12.3456789, lower: 10, upper: 14.5, unit: '%', n_plots: 8 };
  expect(estimateCsvCells({ ...base, significant: true })).toEqual(['12,3457', '10', '14,5', '%', '8', 'oui', '']);
  expect(estimateCsvCells({ ...base, significant: false, reason: 'moins de 20 placettes' })).toEqual(['', '', '', '%', '8', 'non', 'moins de 20 placettes']);
});

test('six chiffres significatifs, jamais moins que la partie entière : pas de décimales pour des millions de m³', () => {
  expect(csvDecimal(32_673_732.4172)).toBe('32673732');
  expect(csvDecimal(186.23456)).toBe('186,235');
  expect(csvDecimal(0.004823141)).toBe('0,00482314');
  expect(csvDecimal(-1234.5678)).toBe('-1234,57');
  expect(csvDecimal(0)).toBe('0');
  expect(csvDecimal(null)).toBe('');
});

test('reads back what it writes: quotes, separators and line breaks inside cells, CRLF, byte-order mark', () => {
  const doc = csvDocument(['Nom', 'Note'], [['Pays de la Loire; nord', 'dit « "oui" »'], ['Ain', 'deux\nlignes']]);
  expect(parseCsvRows(doc, ';')).toEqual([
    ['Nom', 'Note'],
    ['Pays de la Loire; nord', 'dit « "oui" »'],
    ['Ain', 'deux\nlignes'],
  ]);
  // The sources' comma-separated lines, quoted names with a comma inside.
  expect(parseCsvRows('"B23","Pays de la Loire, nord",B\r\n', ',')).toEqual([['B23', 'Pays de la Loire, nord', 'B']]);
});
