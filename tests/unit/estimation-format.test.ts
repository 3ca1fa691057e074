// French formatting of figures (src/lib/format/): what readers see on every page.
import { describe, expect, it } from 'vitest';
import { NNBSP, NON_SIGNIFICANT, formatCell, formatInteger, formatNumber, formatPercent } from '../../src/lib/format/numbers.ts';
import { axisUnit, formatEstimate, quantity, quantityBounds, quantityRange } from '../../src/lib/format/prose.ts';

const n = (s: string) => s.replaceAll(NNBSP, ' ');

describe('numbers', () => {
  it('groups thousands and uses a decimal comma', () => {
    expect(n(formatInteger(27333))).toBe('27 333');
    expect(formatNumber(30.79)).toBe('30,8');
    expect(formatNumber(5.834)).toBe('5,83');
    expect(n(formatNumber(1234567.8))).toBe('1 234 568');
  });

  it('prints a dash for a missing value and no sign for a rounded zero', () => {
    expect(formatNumber(null)).toBe('–');
    expect(formatNumber(Number.NaN)).toBe('–');
    expect(formatNumber(-0.0001, { decimals: 1 })).toBe('0,0');
  });

  it('table cells: three digits, and a value that rounds to 100 prints « 100 », not « 100,0 »', () => {
    expect(formatCell(99.97, 'm³/ha')).toBe('100');
    expect(formatCell(99.94, 'm³/ha')).toBe('99,9');
    expect(formatCell(30.79, '%')).toBe('30,8');
  });

  it('percentages keep a narrow space before %', () => {
    expect(formatPercent(30.79)).toBe(`30,8${NNBSP}%`);
  });
});

describe('quantities', () => {
  it('large quantities in millions and milliards, singular below two, units in words', () => {
    expect(n(quantity(16.9e6, 'ha'))).toBe('16,9 millions d’hectares');
    expect(n(quantity(3.138e9, 'm³'))).toBe('3,14 milliards de m³');
    expect(n(quantity(1.516e9, 'tC'))).toBe('1,52 milliard de tonnes de carbone');
    expect(n(quantity(185.7, 'm³/ha'))).toBe('186 m³/ha');
    expect(n(quantity(0.3346, '%/an'))).toBe('0,33 % par an');
    expect(n(quantity(4.256, '%'))).toBe('4,3 %');
    expect(n(quantity(1.42, 'tC/ha'))).toBe('1,42 tonne de carbone par hectare');
    expect(n(quantity(72.4, 'tC/ha'))).toBe('72,4 tonnes de carbone par hectare');
  });

  it('an interval uses the scale of its value', () => {
    expect(n(quantityBounds(16.7e6, 17.1e6, 'ha', 16.9e6))).toBe('16,7 à 17,1 millions d’hectares');
    // each bound with three significant digits of its own, as in the tables (Corse, volume per hectare)
    expect(n(quantityRange(66.54, 100.9, 'm³/ha', 83.7))).toBe('entre 66,5 et 101 m³/ha');
    // bounds that would print equal get one more decimal
    expect(n(quantityBounds(30.51, 30.54, '%', 30.52))).toBe('30,51 à 30,54 %');
    expect(quantityBounds(null, 3, '%')).toBe('–');
    // A calibration total has no interval: said in words, not as « 275 000,0000 à 275 000,0000 ha ».
    expect(quantityBounds(275_000, 275_000, 'ha')).toBe('sans intervalle : surface publiée par l’IGN');
  });

  it('an axis in millions names its unit once', () => {
    expect(axisUnit(2.4e7, 'ha')).toEqual({ div: 1e6, label: 'millions d’hectares' });
    expect(axisUnit(186, 'm³/ha')).toEqual({ div: 1, label: 'm³/ha' });
  });
});

describe('estimates', () => {
  const row = { value: 98.5e6, lower: 97.0e6, upper: 99.9e6, unit: 'm³/an', significant: true };

  it('a significant estimate comes with its 95 % interval', () => {
    const f = formatEstimate(row);
    expect(n(f.value)).toBe('98,5 millions de m³ par an');
    expect(n(f.interval)).toBe('intervalle de confiance à 95 % : 97,0 à 99,9 millions de m³ par an');
  });

  it('a non-significant estimate never shows its number', () => {
    const f = formatEstimate({ ...row, significant: false });
    expect(f).toEqual({ value: NON_SIGNIFICANT, interval: '', significant: false });
    expect(f.value).not.toMatch(/\d/);
  });

});
