// « Les incendies de forêt et de végétation »: the figures and sentences of the article from the
// BDIFF aggregates (see fires.ts). DOM-free; a test feeds it a small fixture.
import type { NamedTerritory } from '../territories/grammar.ts';
import { nameWithArticle } from '../territories/grammar.ts';
import {
  fireCoverage,
  firesByDepartment,
  firesByMonth,
  firesBySize,
  firesByYear,
  meanOver,
  nationalYears,
  recordYears,
  type FireCell,
  type FireCoverage,
} from './fires.ts';
import { count, hectares, list, percent } from './text.ts';

export interface IncendiesData {
  cells: FireCell[];
  /** Départements by code, for names with their article. */
  departements: Map<string, NamedTerritory>;
}

export interface IncendiesView {
  coverage: FireCoverage;
  years: ReturnType<typeof firesByYear>;
  national: ReturnType<typeof nationalYears>;
  months: ReturnType<typeof firesByMonth>;
  sizes: ReturnType<typeof firesBySize>;
  departements: ReturnType<typeof firesByDepartment>;
}

/** Everything the charts and sentences of the page use, computed once. */
export function incendiesView(d: IncendiesData): IncendiesView {
  const coverage = fireCoverage(d.cells);
  const years = firesByYear(d.cells, coverage);
  return {
    coverage,
    years,
    national: nationalYears(years, coverage),
    months: firesByMonth(d.cells, coverage.nationalFrom),
    sizes: firesBySize(d.cells, coverage.nationalFrom),
    departements: firesByDepartment(d.cells, coverage.nationalFrom, coverage.lastYear),
  };
}

/** Name of a département with its article, or its code when unknown. */
export function departementName(d: IncendiesData, code: string): string {
  const t = d.departements.get(code);
  return t ? nameWithArticle(t) : `le département ${code}`;
}

export function incendiesFacts(d: IncendiesData): Record<string, string> {
  const v = incendiesView(d);
  const { firstYear, lastYear, nationalFrom } = v.coverage;
  const medYears = v.years.filter((y) => y.zone === 'mediterranee');
  const medRecords = recordYears(medYears, 5);
  const nationalRecords = recordYears(v.national, 3);
  const mean = meanOver(v.years, nationalFrom, lastYear);
  const medMean = meanOver(v.years, nationalFrom, lastYear, 'mediterranee');
  const large = v.sizes.filter((s) => s.classe === '100-1000' || s.classe === 'ge1000');
  const largeShareN = large.reduce((s, x) => s + x.shareN, 0);
  const largeShareS = large.reduce((s, x) => s + x.shareSurface, 0);
  const small = v.sizes.find((s) => s.classe === 'lt1');
  const peak = [...v.months].sort((a, b) => b.shareSurface - a.shareSurface)[0]!;
  const summer = v.months.filter((m) => m.mois === 7 || m.mois === 8).reduce((s, m) => s + m.shareSurface, 0);
  const spring = v.months.filter((m) => m.mois >= 2 && m.mois <= 4).reduce((s, m) => s + m.shareN, 0);
  const top = v.departements.slice(0, 3);
  const early = meanOver(v.years, firstYear, Math.min(firstYear + 16, nationalFrom - 1), 'mediterranee');
  return {
    premiereAnnee: String(firstYear),
    derniereAnnee: String(lastYear),
    debutNational: String(nationalFrom),
    nombreDepartementsMediterraneens: count(v.coverage.mediterranean.length),
    surfaceMoyenne: hectares(mean.surface),
    feuxMoyenne: count(mean.n),
    partMediterranee: percent((100 * medMean.surface) / mean.surface),
    recordAnnee: String(medRecords[0]?.annee ?? '–'),
    recordSurface: medRecords[0] ? hectares(medRecords[0].surface) : '–',
    recordsMediterranee: list(medRecords.map((r) => `${r.annee} (${hectares(r.surface)})`)),
    recordNationalAnnee: String(nationalRecords[0]?.annee ?? '–'),
    recordNationalSurface: nationalRecords[0] ? hectares(nationalRecords[0].surface) : '–',
    recordNationalSuivant: nationalRecords[1] ? `${nationalRecords[1].annee} (${hectares(nationalRecords[1].surface)})` : '–',
    moyenneMediterraneeDebut: hectares(early.surface),
    periodeMediterraneeDebut: `${firstYear}–${firstYear + early.years - 1}`,
    moyenneMediterraneeRecente: hectares(medMean.surface),
    partGrandsFeuxNombre: percent(largeShareN),
    partGrandsFeuxSurface: percent(largeShareS),
    partPetitsFeuxNombre: small ? percent(small.shareN) : '–',
    partPetitsFeuxSurface: small ? percent(small.shareSurface) : '–',
    moisPic: peak.label,
    partJuilletAout: percent(summer),
    partFeuxFevrierAvril: percent(spring),
    departementsPlusTouches: list(top.map((t) => `${departementName(d, t.dep)} (${hectares(t.surfacePerYear)} par an)`)),
    departementPlusTouche: top[0] ? departementName(d, top[0].dep) : '–',
  };
}
