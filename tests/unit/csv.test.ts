import { expect, test } from 'vitest';
import { csvDocument, estimateCsvCells } from '../../src/lib/csv';

test('un CSV pour tableur français : BOM, point-virgule, virgule décimale, guillemets si besoin', () => {
  const text = csvDocument(['Nom', 'Valeur'], [['Provence-Alpes-Côte d’Azur ; Corse', '1,5'], ['Dit « "oui" »', '2']]);
  expect(text).toBe('\uFEFFNom;Valeur\r\n"Provence-Alpes-Côte d’Azur ; Corse";1,5\r\n"Dit « ""oui"" »";2\r\n');
});

test('une estimation non significative n’a ni valeur ni bornes, et dit pourquoi', () => {
  const base = { value: 12.3456789, lower: 10, upper: 14.5, unit: '%', n_plots: 8 };
  expect(estimateCsvCells({ ...base, significant: true })).toEqual(['12,345679', '10', '14,5', '%', '8', 'oui', '']);
  expect(estimateCsvCells({ ...base, significant: false, reason: 'moins de 20 placettes' })).toEqual(['', '', '', '%', '8', 'non', 'moins de 20 placettes']);
});
