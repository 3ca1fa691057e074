// The comparison of per-hectare figures with IGN's published ones (src/lib/estimation/regional.ts):
// gaps, « in the interval » and the summary the methodology page states, on hand-made figures.
import { describe, expect, it } from 'vitest';
import { COMPARED_PER_HA, PUBLISHED_PER_HA, comparableSelections, regionalComparisons, regionalSummary, territoryComparisons, type ComparableFigure } from '../../src/lib/estimation/regional.ts';

const codes = Object.keys(PUBLISHED_PER_HA);
/** Our volume: IGN's × factor, interval ± 5 %. */
const figures = (factor: (code: string) => number): ComparableFigure[] =>
  codes.map((code) => {
    const value = PUBLISHED_PER_HA[code]!.volume_ha * factor(code);
    return { indicator: 'volume_ha', code, value, lower: value * 0.95, upper: value * 1.05 };
  });

describe('regional comparison with IGN', () => {
  it('computes, for France and each région, the gap and whether IGN lies in our interval', () => {
    const rows = regionalComparisons(figures((c) => (c === '53' ? 1.2 : c === '94' ? 0.97 : 1)), 'volume_ha');
    expect(rows.map((r) => r.code).sort()).toEqual([...codes].sort());
    const bretagne = rows.find((r) => r.code === '53')!;
    expect(bretagne.gap).toBeCloseTo(0.2, 10);
    expect(bretagne.inInterval).toBe(false);
    const corse = rows.find((r) => r.code === '94')!;
    expect(corse.gap).toBeCloseTo(-0.03, 10);
    expect(corse.inInterval).toBe(true);
  });

  it('summarises the 13 régions without France: median absolute gap, counts in the interval and within 10 %', () => {
    // Gaps: Bretagne +20 %, Corse −12 %, Île-de-France +8 %, the ten others 0 (France +50 %, ignored).
    const gap: Record<string, number> = { '53': 1.2, '94': 0.88, '11': 1.08, FR: 1.5 };
    const s = regionalSummary(regionalComparisons(figures((c) => gap[c] ?? 1), 'volume_ha'));
    expect(s.regions).toBe(13);
    expect(s.medianGap).toBeCloseTo(0, 10);
    expect(s.inInterval).toBe(10);
    expect(s.withinTolerance).toBe(11);
  });

  it('gives a région’s factsheet its four figures, flagging as far only a gap beyond 10 % with IGN outside our interval', () => {
    // Every indicator at IGN's value × factor, interval ± 5 %: Corse carbon −41 % (far), volume −8 % (near).
    const all: ComparableFigure[] = COMPARED_PER_HA.flatMap((indicator) =>
      codes.map((code) => {
        const factor = code === '94' ? ({ carbone_ha: 0.59, volume_ha: 0.92, production_ha: 1, mortalite_ha: 1.3 } as const)[indicator] : 1;
        const value = PUBLISHED_PER_HA[code]![indicator] * factor;
        return { indicator, code, value, lower: value * (indicator === 'mortalite_ha' ? 0.7 : 0.95), upper: value * 1.05 };
      }),
    );
    const corse = territoryComparisons(all, '94');
    expect(corse.map((r) => r.indicator)).toEqual([...COMPARED_PER_HA]);
    // Volume −8 % (outside the interval but within 10 %) and mortality +30 % (IGN inside our wide interval) are not far.
    expect(corse.filter((r) => r.far).map((r) => r.indicator)).toEqual(['carbone_ha']);
    expect(corse.find((r) => r.indicator === 'mortalite_ha')!.inInterval).toBe(true);
    expect(territoryComparisons(all, '33')).toEqual([]);
  });

  it('fails with a clear message when a figure is missing from the build', () => {
    expect(() => regionalComparisons(figures(() => 1).filter((f) => f.code !== '84'), 'volume_ha')).toThrow(/volume_ha manque pour 84/);
  });

  it('asks the explorer for France and every région, on the three determined compositions', () => {
    const sels = comparableSelections('mortalite_ha');
    expect(sels.map((s) => s.territories[0]!.level)).toEqual(['france', 'region']);
    for (const s of sels) expect(s.filters.composition).toEqual(['feuillus', 'resineux', 'mixte']);
  });
});
