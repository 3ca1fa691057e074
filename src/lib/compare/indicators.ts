// The key figures the comparison page sets side by side, as (indicator, breakdown, category).
export interface CompareIndicator {
  id: string;
  label: string;
  indicator: string;
  breakdown: string;
  category: string;
}

/** A figure of the whole territory (breakdown and category « total »). */
const total = (id: string, label: string, indicator: string): CompareIndicator => ({ id, label, indicator, breakdown: 'total', category: 'total' });
/** The share of one stand composition. */
const composition = (category: string, label: string): CompareIndicator => ({ id: category, label, indicator: 'part_composition', breakdown: 'composition', category });

export const compareIndicators: readonly CompareIndicator[] = [
  total('surface', 'Surface forestière', 'surface_foret'),
  total('taux', 'Taux de boisement', 'taux_boisement'),
  composition('feuillus', 'Part des peuplements feuillus'),
  composition('resineux', 'Part des peuplements résineux'),
  composition('mixte', 'Part des peuplements mixtes'),
  total('volume', 'Volume de bois sur pied', 'volume'),
  total('volume_ha', 'Volume à l’hectare', 'volume_ha'),
  total('production', 'Production biologique', 'production'),
  total('production_ha', 'Production à l’hectare', 'production_ha'),
  total('mortalite', 'Mortalité', 'mortalite'),
  total('taux_mortalite', 'Taux de mortalité', 'taux_mortalite'),
  total('carbone', 'Carbone des arbres vivants', 'carbone'),
  total('carbone_ha', 'Carbone à l’hectare', 'carbone_ha'),
];

/** What the page downloads: territories and, per territory key, [value, lower, upper, significant] per figure. */
export interface CompareData {
  period: string;
  territories: { key: string; nom: string; label: string; level: string; href: string }[];
  indicators: { id: string; label: string; unit: string }[];
  values: Record<string, Record<string, [number | null, number | null, number | null, boolean] | undefined>>;
}
