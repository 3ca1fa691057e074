import { expect, test } from 'vitest';
import { benchLine } from '../../bench/line.ts';

test('le banc affiche le chiffre précédent et le rapport nouveau / ancien, quand il existe dans la même unité', () => {
  expect(benchLine('estimation_time', { value: 33.1, unit: 's' }, { value: 28, unit: 's' })).toBe('estimation_time: 33.10 s (avant : 28 s, × 1.18)');
  expect(benchLine('site_pages', { value: 1527, unit: 'pages' })).toBe('site_pages: 1527 pages');
  expect(benchLine('poids', { value: 51.2, unit: 'KB' }, { value: 51, unit: 'Ko' })).toBe('poids: 51.20 KB');
});
