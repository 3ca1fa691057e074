// The intercommunalités as the pages read them: BD Forêt areas, communes, wildfires, and the
// synthetic stock of volume and carbon (synthetic.ts). Read once per build from the pipeline's outputs.
import { parquetSource, queryRows } from '../data/query.ts';
import type { FireSeries, FireYear } from '../factsheet/fires.ts';
import { mediterraneanDepartements, NATIONAL_COVERAGE_FROM, withUnrecordedForest } from '../factsheet/fires.ts';
import { syntheticTotal, type PerHectare, type SyntheticEstimate } from './synthetic.ts';

export interface Epci {
  siren: string;
  nom: string;
  commune_principale: string;
  n_communes: number;
  population: number;
  dep: string;
  departements: string;
  reg: string;
  feuillus_ha: number;
  coniferes_ha: number;
  mixtes_ha: number;
  peupleraies_ha: number;
  jeunes_peuplements_ha: number;
  surface_foret_ha: number;
  taux_boisement: number;
  surface_ha: number | null;
}

export interface Commune {
  insee: string;
  nom: string;
  population: number;
  dep: string;
  epci: string | null;
}

/** URL of an EPCI factsheet. */
export const epciPath = (siren: string): string => `/territoires/epci/${siren}/`;

let epcis: Promise<Epci[]> | undefined;
export function loadEpcis(): Promise<Epci[]> {
  epcis ??= queryRows<Epci>(`SELECT * FROM ${parquetSource('bdforet_epci.parquet')} ORDER BY siren`);
  return epcis;
}

let communes: Promise<Commune[]> | undefined;
export function loadCommunes(): Promise<Commune[]> {
  communes ??= queryRows<Commune>(`SELECT insee, nom, population, dep, epci FROM ${parquetSource('communes.parquet')} ORDER BY nom, dep, insee`);
  return communes;
}

let communesByEpci: Promise<Map<string, Commune[]>> | undefined;
export function communesOf(siren: string): Promise<Commune[]> {
  communesByEpci ??= loadCommunes().then((all) => {
    const map = new Map<string, Commune[]>();
    for (const c of all) if (c.epci) (map.get(c.epci) ?? map.set(c.epci, []).get(c.epci)!).push(c);
    return map;
  });
  return communesByEpci.then((m) => m.get(siren) ?? []);
}

let perHa: Promise<(PerHectare & { indicator: string; period: string })[]> | undefined;
export function loadPerHectare(): Promise<(PerHectare & { indicator: string; period: string })[]> {
  perHa ??= queryRows(`SELECT level, code, composition, indicator, period, value, upper, significant FROM ${parquetSource('ha_par_composition.parquet')}`);
  return perHa;
}

/** Synthetic volume (m³) and carbon (tC) of an EPCI, and the window of the per-hectare values. */
export async function syntheticStock(e: Epci): Promise<{ period: string; volume: SyntheticEstimate | null; carbon: SyntheticEstimate | null }> {
  const rows = await loadPerHectare();
  const areas = { feuillus: e.feuillus_ha, coniferes: e.coniferes_ha, mixtes: e.mixtes_ha, jeunes_peuplements: e.jeunes_peuplements_ha };
  const zones = { departement: e.dep, region: e.reg };
  const of = (indicator: string) => rows.filter((r) => r.indicator === indicator);
  return {
    period: rows[0]?.period ?? '',
    volume: syntheticTotal(areas, zones, of('volume_ha')),
    carbon: syntheticTotal(areas, zones, of('carbone_ha')),
  };
}

let firesByCommune: Promise<Map<string, FireYear[]>> | undefined;

/** Wildfires of the EPCI's communes from the BDIFF, year by year (from 1973 when all its départements are Mediterranean). */
export async function firesOfEpci(e: Epci): Promise<FireSeries> {
  firesByCommune ??= queryRows<FireYear & { code: string }>(
    `SELECT code_insee AS code, annee AS year, count(*)::INTEGER AS fires, coalesce(sum(surface_ha), 0) AS "burntHa", coalesce(sum(surface_foret_ha), 0) AS "forestHa"
     FROM ${parquetSource('incendies.parquet')} WHERE metropole GROUP BY code_insee, annee`,
  ).then((rows) => {
    const map = new Map<string, FireYear[]>();
    for (const { code, ...y } of rows) (map.get(code) ?? map.set(code, []).get(code)!).push(y);
    return map;
  });
  const byCommune = await firesByCommune;
  const med = await mediterraneanDepartements();
  const mediterranean = e.departements.split(',').every((d) => med.has(d));
  const from = mediterranean ? 1973 : NATIONAL_COVERAGE_FROM;
  const to = 2024;
  const totals = new Map<number, FireYear>();
  for (let year = from; year <= to; year++) totals.set(year, { year, fires: 0, burntHa: 0, forestHa: 0 });
  for (const c of await communesOf(e.siren))
    for (const y of byCommune.get(c.insee) ?? []) {
      const t = totals.get(y.year);
      if (t) (t.fires += y.fires), (t.burntHa += y.burntHa), (t.forestHa = (t.forestHa ?? 0) + (y.forestHa ?? 0));
    }
  return { years: withUnrecordedForest([...totals.values()]), from, to, mediterranean };
}

export interface DepartementEpcis {
  /** EPCI with at least one commune in the département, by name of their main commune. */
  epcis: Epci[];
  /** BD Forêt area of the EPCI lying entirely in the département. */
  mappedForestHa: number;
  /** Land area of those EPCI (from the file's rate). */
  mappedLandHa: number;
  /** Communes of the département in those EPCI, out of all its communes. */
  communesCovered: number;
  communesTotal: number;
}

/**
 * The intercommunalités of a département, and BD Forêt's forest over the part of the département
 * that EPCI entirely inside it cover (an EPCI astride two départements cannot be split: the map
 * areas are published per EPCI only).
 */
export async function epcisOfDepartement(dep: string): Promise<DepartementEpcis> {
  const all = await loadEpcis();
  const epcis = all
    .filter((e) => e.departements.split(',').includes(dep))
    .sort((a, b) => a.commune_principale.localeCompare(b.commune_principale, 'fr'));
  const inside = new Set(epcis.filter((e) => e.departements === dep).map((e) => e.siren));
  const communes = (await loadCommunes()).filter((c) => c.dep === dep);
  let mappedForestHa = 0;
  let mappedLandHa = 0;
  for (const e of epcis) if (inside.has(e.siren)) (mappedForestHa += e.surface_foret_ha), (mappedLandHa += e.surface_ha ?? 0);
  return {
    epcis,
    mappedForestHa,
    mappedLandHa,
    communesCovered: communes.filter((c) => c.epci && inside.has(c.epci)).length,
    communesTotal: communes.length,
  };
}

/** National check of the synthetic method: sums over every EPCI, and where their per-hectare values come from. */
export async function syntheticSummary(): Promise<{
  epcis: number;
  significant: number;
  mappedHa: number;
  poplarsHa: number;
  volume: number;
  carbon: number;
  areaByZone: Record<'departement' | 'region' | 'france', number>;
}> {
  const all = await loadEpcis();
  const out = { epcis: all.length, significant: 0, mappedHa: 0, poplarsHa: 0, volume: 0, carbon: 0, areaByZone: { departement: 0, region: 0, france: 0 } };
  for (const e of all) {
    const s = await syntheticStock(e);
    out.mappedHa += e.surface_foret_ha;
    out.poplarsHa += e.peupleraies_ha;
    if (s.volume) {
      out.volume += s.volume.value;
      if (s.volume.significant) out.significant++;
      for (const p of s.volume.parts) out.areaByZone[p.zone.level] += p.areaHa;
    }
    if (s.carbon) out.carbon += s.carbon.value;
  }
  return out;
}
