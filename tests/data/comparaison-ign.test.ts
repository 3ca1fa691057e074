// Per-hectare figures of France and the régions against IGN's published 2016-2020 ones, on IGN's
// definition (forest without poplars nor plots of undetermined composition), as /methodologie shows
// them. Reads methodologie.json (built by `npm run data:build`; the suite fails if it is missing).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMethodFacts, type MethodFacts } from '../../src/lib/estimation/methodology.ts';
import { COMPARED_PER_HA, PUBLISHED_PER_HA, regionalComparisons, regionalSummary } from '../../src/lib/estimation/regional.ts';

let facts: MethodFacts;
beforeAll(() => {
  facts = loadMethodFacts();
});

const compare = (id: (typeof COMPARED_PER_HA)[number]) => regionalComparisons(facts.comparable, id);
const france = (id: (typeof COMPARED_PER_HA)[number]) => compare(id).find((r) => r.code === 'FR')!;

describe('per-hectare figures against IGN’s published ones, same definition', () => {
  it('covers France and the 13 régions for each compared indicator', () => {
    expect(Object.keys(PUBLISHED_PER_HA)).toHaveLength(14);
    for (const id of COMPARED_PER_HA) {
      const rows = compare(id);
      expect(rows.map((r) => r.code).sort(), id).toEqual(Object.keys(PUBLISHED_PER_HA).sort());
      for (const r of rows) expect(r.ours.lower <= r.ours.value && r.ours.value <= r.ours.upper, `${id} ${r.code}`).toBe(true);
    }
  });

  it('France: volume and production within 5 %, carbon and mortality within 10 %', () => {
    expect(Math.abs(france('volume_ha').gap)).toBeLessThan(0.05);
    expect(Math.abs(france('production_ha').gap)).toBeLessThan(0.05);
    expect(Math.abs(france('carbone_ha').gap)).toBeLessThan(0.1);
    expect(Math.abs(france('mortalite_ha').gap)).toBeLessThan(0.1);
  });

  it('volume and production per hectare within 10 % of IGN’s in at least 12 of the 13 régions', () => {
    for (const id of ['volume_ha', 'production_ha'] as const) {
      const s = regionalSummary(compare(id));
      expect(s.regions, id).toBe(13);
      expect(s.withinTolerance, id).toBeGreaterThanOrEqual(12);
      expect(s.medianGap, id).toBeLessThan(0.05);
    }
  });

  it('carbon per hectare within 10 % of IGN’s in at least 10 régions (Mediterranean ones below: expansion factor by group)', () => {
    const s = regionalSummary(compare('carbone_ha'));
    expect(s.withinTolerance).toBeGreaterThanOrEqual(10);
  });
});
