// The key figures the comparison page sets side by side, as (indicator, breakdown, category).
export interface CompareIndicator {
  id: string;
  label: string;
  indicator: string;
  breakdown: string;
  category: string;
}

export const compareIndicators: readonly CompareIndicator[] = [
  { id: 'surface', label: 'Surface forestière', indicator: 'surface_foret', breakdown: 'total', category: 'total' },
  { id: 'taux', label: 'Taux de boisement', indicator: 'taux_boisement', breakdown: 'total', category: 'total' },
  { id: 'feuillus', label: 'Part des peuplements feuillus', indicator: 'part_composition', breakdown: 'composition', category: 'feuillus' },
  { id: 'resineux', label: 'Part des peuplements résineux', indicator: 'part_composition', breakdown: 'composition', category: 'resineux' },
  { id: 'mixte', label: 'Part des peuplements mixtes', indicator: 'part_composition', breakdown: 'composition', category: 'mixte' },
  { id: 'volume', label: 'Volume de bois sur pied', indicator: 'volume', breakdown: 'total', category: 'total' },
  { id: 'volume_ha', label: 'Volume à l’hectare', indicator: 'volume_ha', breakdown: 'total', category: 'total' },
  { id: 'production', label: 'Production biologique', indicator: 'production', breakdown: 'total', category: 'total' },
  { id: 'production_ha', label: 'Production à l’hectare', indicator: 'production_ha', breakdown: 'total', category: 'total' },
  { id: 'mortalite', label: 'Mortalité', indicator: 'mortalite', breakdown: 'total', category: 'total' },
  { id: 'taux_mortalite', label: 'Taux de mortalité', indicator: 'taux_mortalite', breakdown: 'total', category: 'total' },
  { id: 'carbone', label: 'Carbone des arbres vivants', indicator: 'carbone', breakdown: 'total', category: 'total' },
  { id: 'carbone_ha', label: 'Carbone à l’hectare', indicator: 'carbone_ha', breakdown: 'total', category: 'total' },
];

/** What the page downloads: territories and, per territory key, [value, lower, upper, significant] per figure. */
export interface CompareData {
  period: string;
  territories: { key: string; nom: string; label: string; level: string; href: string }[];
  indicators: { id: string; label: string; unit: string }[];
  values: Record<string, Record<string, [number | null, number | null, number | null, boolean] | undefined>>;
}
