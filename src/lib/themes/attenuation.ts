// « Atténuation de l'effet de serre »: carbon stock of living trees (inventory estimates) and the
// annual sink implied by production − mortality − harvest. Harvest comes from another source
// (Agreste, commercial harvest only), so the balance is an order of magnitude: its range is
// computed from the bounds of production and mortality (conservative, no independence assumed)
// and the text says what the subtraction mixes. DOM-free.
import { NON_SIGNIFICANT, fixed, upTo } from '../format/numbers.ts';
import type { ResultRow } from '../estimation/types.ts';
import type { NamedTerritory } from '../territories/grammar.ts';
import { inName } from '../territories/grammar.ts';
import { isShown } from '../factsheet/estimate.ts';
import { LAST_CAMPAIGN } from '../estimation/config.ts';
import { CO2_PER_C } from '../estimation/factors.ts';
import type { HarvestRow } from './harvest.ts';
import { harvestOverWindow } from './bois.ts';
import { change, cubicMetres, leader, percent, period, quantity, ranked, value, withInterval, NNBSP } from './text.ts';
import { quantityRange } from '../format/prose.ts';

/** « en Corse (…) », and after « avec », « la région Corse (…) » (INSEE gives most régions no article). */
const regionNames = {
  name: (x: { territory: NamedTerritory }) => inName(x.territory),
  tiedName: (x: { territory: NamedTerritory }) => `la région ${x.territory.nom}`,
  others: 'régions',
};

/** A familiar reference, published (cited with its source), to compare the sink with. */
export const EMISSIONS_REFERENCE = {
  /** Mt CO₂e. */
  value: 403.8,
  year: 2022,
  label: 'émissions de gaz à effet de serre de la France, hors utilisation des terres et forêts',
  source: 'Citepa, rapport Secten, édition 2023 (pré-estimation pour 2022)',
} as const;

export interface AttenuationData {
  period: string;
  /** The main windows (non-overlapping), earliest first. */
  windows: string[];
  carbon: ResultRow | undefined;
  co2e: ResultRow | undefined;
  carbonHa: ResultRow | undefined;
  /** Carbon stock (tC) of each main window, France. */
  carbonByWindow: ResultRow[];
  regions: { territory: NamedTerritory; perHa: ResultRow | undefined; total: ResultRow | undefined }[];
  volume: ResultRow | undefined;
  production: ResultRow | undefined;
  mortality: ResultRow | undefined;
  harvest: HarvestRow[];
}

export interface Balance {
  /** m³/an. */
  production: number;
  mortality: number;
  harvest: number;
  balance: number;
  /** Conservative bounds from the intervals of production and mortality, m³/an. */
  lower: number;
  upper: number;
  /** Mean carbon of the living trees per m³ of stem volume, tC/m³. */
  carbonPerM3: number;
  /** The balance and its bounds in t CO₂e/an. */
  co2e: number;
  co2eLower: number;
  co2eUpper: number;
}

/** The flow balance and its CO₂ equivalent; undefined when an input is not significant. */
export function carbonBalance(d: AttenuationData): Balance | undefined {
  const { production: p, mortality: m, carbon: c, volume: v } = d;
  if (!isShown(p) || !isShown(m) || !isShown(c) || !isShown(v)) return undefined;
  const harvest = harvestOverWindow(d);
  const carbonPerM3 = c.value / v.value;
  const toCo2 = (x: number) => x * carbonPerM3 * CO2_PER_C;
  const balance = p.value - m.value - harvest;
  const lower = p.lower - m.upper - harvest;
  const upper = p.upper - m.lower - harvest;
  return {
    production: p.value,
    mortality: m.value,
    harvest,
    balance,
    lower,
    upper,
    carbonPerM3,
    co2e: toCo2(balance),
    co2eLower: toCo2(lower),
    co2eUpper: toCo2(upper),
  };
}

/** Tonnes of CO₂ equivalent for prose, in the factsheets' words: « 45,3 millions de tonnes d’équivalent CO₂ ». */
const mt = (t: number) => quantity(t, 't CO₂e');

export function attenuationFacts(d: AttenuationData): Record<string, string> {
  const b = carbonBalance(d);
  const regions = ranked(d.regions.map((r) => ({ ...(r.perHa as ResultRow), territory: r.territory })).filter((r) => r.value !== undefined));
  const first = d.carbonByWindow.find((r) => r.period === d.windows[0]);
  const last = d.carbonByWindow.find((r) => r.period === d.windows[d.windows.length - 1]);
  const evolution = change(first, last);
  const evolutionText = {
    hausse: `a augmenté entre ${period(d.windows[0]!)} et ${period(d.windows[d.windows.length - 1]!)} (intervalles disjoints)`,
    baisse: `a diminué entre ${period(d.windows[0]!)} et ${period(d.windows[d.windows.length - 1]!)} (intervalles disjoints)`,
    stable: `n’a pas varié de façon significative entre ${period(d.windows[0]!)} et ${period(d.windows[d.windows.length - 1]!)}`,
    inconnu: `ne peut pas être comparé entre les périodes (estimation non significative)`,
  }[evolution];
  return {
    periode: period(d.period),
    derniereCampagne: String(LAST_CAMPAIGN),
    stockCarbone: withInterval(d.carbon),
    stockCarboneValeur: value(d.carbon),
    stockCo2e: withInterval(d.co2e),
    stockCo2eValeur: value(d.co2e),
    carboneHa: withInterval(d.carbonHa),
    regionCarboneHaMax: leader(regions, regionNames),
    regionCarboneHaMin: leader([...regions].reverse(), regionNames),
    evolutionStock: evolutionText,
    stockDebut: value(first),
    stockFin: value(last),
    production: b ? cubicMetres(b.production, true) : NON_SIGNIFICANT,
    mortalite: b ? cubicMetres(b.mortality, true) : NON_SIGNIFICANT,
    recolte: b ? cubicMetres(b.harvest, true) : NON_SIGNIFICANT,
    bilan: b ? cubicMetres(b.balance, true) : NON_SIGNIFICANT,
    bilanFourchette: b ? quantityRange(b.lower, b.upper, 'm³/an', b.balance) : NON_SIGNIFICANT,
    carboneParM3: b ? `${fixed(b.carbonPerM3, 2)}${NNBSP}tonne de carbone` : NON_SIGNIFICANT,
    puitsCo2e: b ? mt(b.co2e) : NON_SIGNIFICANT,
    puitsCo2eFourchette: b ? `${quantityRange(b.co2eLower, b.co2eUpper, 't CO₂e', b.co2e)} par an` : NON_SIGNIFICANT,
    referenceEmissions: `${upTo(EMISSIONS_REFERENCE.value, 3)}${NNBSP}millions de tonnes d’équivalent CO₂`,
    referenceAnnee: String(EMISSIONS_REFERENCE.year),
    referenceSource: EMISSIONS_REFERENCE.source,
    partEmissions: b ? percent((100 * b.co2e) / 1e6 / EMISSIONS_REFERENCE.value) : NON_SIGNIFICANT,
    partEmissionsFourchette: b
      ? `entre ${percent((100 * b.co2eLower) / 1e6 / EMISSIONS_REFERENCE.value)} et ${percent((100 * b.co2eUpper) / 1e6 / EMISSIONS_REFERENCE.value)}`
      : NON_SIGNIFICANT,
  };
}
