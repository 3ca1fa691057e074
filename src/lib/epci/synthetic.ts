// Synthetic estimate of an intercommunalité's standing volume and carbon, the way ADEME's ALDO
// builds its EPCI figures: BD Forêt's mapped area of each forest type × the inventory's per-hectare
// value of the matching stand composition in a zone that contains the EPCI. The zone is the finest
// of département → région → France where that per-hectare value passes the significance rule.
// The map areas carry no sampling error; the per-hectare values do, and their intervals are carried
// into the result, the types treated as independent: half-width = √Σ (area × half-width of the type)².
import { SIGNIFICANCE } from '../estimation/config.ts';

/** BD Forêt types that have an inventory counterpart, and the composition each one takes its values from. */
export const TYPE_TO_COMPOSITION = {
  feuillus: 'feuillus',
  coniferes: 'resineux',
  mixtes: 'mixte',
  jeunes_peuplements: 'indetermine',
} as const;
export type MapType = keyof typeof TYPE_TO_COMPOSITION;
export type ZoneLevel = 'departement' | 'region' | 'france';

export interface PerHectare {
  level: ZoneLevel;
  code: string;
  composition: string;
  value: number | null;
  upper: number | null;
  significant: boolean;
}

export interface TypePart {
  type: MapType;
  areaHa: number;
  /** Zone whose per-hectare value is used. */
  zone: { level: ZoneLevel; code: string };
  perHa: number;
  perHaHalfWidth: number;
  /** False when no zone up to France passes the rule: France's value is used anyway. */
  significantZone: boolean;
  total: number;
}

export interface SyntheticEstimate {
  value: number;
  lower: number;
  upper: number;
  halfWidth: number;
  /** The interval passes the site's rule (half-width at most half the value). */
  significant: boolean;
  parts: TypePart[];
}

/**
 * The synthetic total of one indicator for one EPCI. `areas`: BD Forêt area of each type (ha);
 * `zones`: the EPCI's département, its région and France; `perHa`: the per-hectare values of one
 * indicator. Returns null when no type has an area.
 */
export function syntheticTotal(
  areas: Readonly<Record<MapType, number>>,
  zones: { departement: string; region: string },
  perHa: readonly PerHectare[],
): SyntheticEstimate | null {
  const find = (level: ZoneLevel, code: string, composition: string) =>
    perHa.find((p) => p.level === level && p.code === code && p.composition === composition && p.value !== null);
  const parts: TypePart[] = [];
  for (const type of Object.keys(TYPE_TO_COMPOSITION) as MapType[]) {
    const areaHa = areas[type];
    if (!(areaHa > 0)) continue;
    const composition = TYPE_TO_COMPOSITION[type];
    const candidates = [find('departement', zones.departement, composition), find('region', zones.region, composition), find('france', 'FR', composition)];
    const chosen = candidates.find((c) => c?.significant) ?? candidates[2];
    if (!chosen || chosen.value === null || chosen.upper === null) throw new Error(`Pas de valeur à l’hectare pour « ${composition} » en France`);
    const perHaHalfWidth = chosen.upper - chosen.value;
    parts.push({
      type,
      areaHa,
      zone: { level: chosen.level, code: chosen.code },
      perHa: chosen.value,
      perHaHalfWidth,
      significantZone: chosen.significant,
      total: areaHa * chosen.value,
    });
  }
  if (parts.length === 0) return null;
  const value = parts.reduce((s, p) => s + p.total, 0);
  const halfWidth = Math.sqrt(parts.reduce((s, p) => s + (p.areaHa * p.perHaHalfWidth) ** 2, 0));
  return {
    value,
    lower: Math.max(0, value - halfWidth),
    upper: value + halfWidth,
    halfWidth,
    significant: value > 0 && halfWidth <= SIGNIFICANCE.maxRelativeHalfWidth * value,
    parts,
  };
}
