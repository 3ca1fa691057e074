// From 2019 the inventory records only the windthrown trees still alive (veget 1), no longer the dead
// ones: what the methodology page says this does to a window's mortality (liveChablisEffect), on
// hand-computed campaigns.
import { describe, expect, it } from 'vitest';
import { circleWeight, deadTreeSampling, liveChablisEffect, type MethodFacts } from '../../src/lib/estimation/methodology.ts';

type Campaign = MethodFacts['campaigns'][number];
const campaign = (annee: number, chablisCodes: string[], chablisHa: number): Campaign => ({
  annee, chablisCodes, chablisHa,
  plots: 1, weighted: 1, thinned: 0, offGrid: 0, mountain: 0, designHa: 1, poplars: 0, poplarsWeighted: 0,
  trees: 1, treesWithoutIr5: 0, deadTrees: 1, deadWeight: 88.4, standingHa: 0.5, hasCouverts: true, hasDatemort: true,
});
const campaigns = [
  campaign(2014, ['A'], 9), // outside the window: ignored
  campaign(2015, ['A'], 0.1), campaign(2016, ['A'], 0.12), campaign(2017, ['A'], 0.08), campaign(2018, ['A'], 0.14),
  campaign(2019, ['1'], 0.06),
];

describe('the 2019 change in the recording of chablis', () => {
  it('sets the live-only campaign against the mean of the window’s others, spread over the window', () => {
    const e = liveChablisEffect(campaigns, '2015-2019', 0.7)!;
    expect(e.liveOnly).toEqual([2019]);
    expect(e.others).toEqual([2015, 2016, 2017, 2018]);
    expect(e.othersHa).toBeCloseTo(0.11, 12);
    expect(e.liveOnlyHa).toBeCloseTo(0.06, 12);
    // (0.11 − 0.06) × 1 campaign / 5 campaigns = 0.01 m³/ha/an, on a mortality of 0.7: 1/70.
    expect(e.shortfall).toBeCloseTo(0.01 / 0.7, 12);
  });

  it('says nothing of a window without a live-only campaign, or without another to compare with', () => {
    expect(liveChablisEffect(campaigns, '2014-2018', 0.7)).toBeNull();
    expect(liveChablisEffect([campaign(2019, ['1'], 0.06)], '2015-2019', 0.7)).toBeNull();
  });

  it('leaves out the campaigns without a date of death, which mortality does not use', () => {
    const early = [campaign(2004, ['A'], 5), ...campaigns].map((c) => (c.annee <= 2015 ? { ...c, hasDatemort: false } : c));
    const e = liveChablisEffect(early, '2015-2019', 0.7)!;
    expect(e.others).toEqual([2016, 2017, 2018]);
    // (0.113… − 0.06) × 1 / 4 campaigns, on 0.7.
    expect(e.shortfall).toBeCloseTo(((0.12 + 0.08 + 0.14) / 3 - 0.06) / 4 / 0.7, 12);
  });

  it('does not take a campaign with both codes for a live-only one', () => {
    const mixed = campaigns.map((c) => (c.annee === 2019 ? { ...c, chablisCodes: ['1', 'A'] } : c));
    expect(liveChablisEffect(mixed, '2015-2019', 0.7)).toBeNull();
  });
});

describe('the sampling of dead trees read off their weights', () => {
  const dead = (annee: number, deadWeight: number, hasDatemort: boolean, standingHa: number): Campaign => ({
    ...campaign(annee, ['A'], 0.1), deadWeight, hasDatemort, standingHa,
  });
  const campaigns = [
    dead(2006, 14.15, false, 0), dead(2007, 14.15, false, 0), dead(2008, 14.147, true, 0.46),
    dead(2009, 88.42, true, 0.6), dead(2010, 39.3, true, 0.5), dead(2011, 88.42, true, 0.52),
  ];
  it('tells the campaigns of the whole 15 m circle (14,1 tiges/ha) from those of the concentric circles', () => {
    expect(circleWeight(15)).toBeCloseTo(14.147, 3);
    expect(circleWeight(6)).toBeCloseTo(88.419, 3);
    const s = deadTreeSampling(campaigns)!;
    expect(s.wholeCircle.map((c) => c.annee)).toEqual([2006, 2007, 2008]);
    expect(s.concentric.map((c) => c.annee)).toEqual([2009, 2010, 2011]);
  });
  it('sets the last dated whole-circle campaign against the first concentric one, and the undated year before it', () => {
    const s = deadTreeSampling(campaigns)!;
    expect([s.lastWhole.annee, s.firstConcentric.annee, s.undatedBefore?.annee]).toEqual([2008, 2009, 2007]);
    expect(s.laterStanding).toEqual({ min: 0.5, max: 0.6 });
  });
  it('says nothing when every campaign was sampled the same way, or no whole-circle campaign dates deaths', () => {
    expect(deadTreeSampling(campaigns.slice(3))).toBeNull();
    expect(deadTreeSampling([campaigns[0]!, ...campaigns.slice(3)])).toBeNull();
  });
});
