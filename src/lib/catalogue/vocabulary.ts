// The closed vocabularies of the resource catalogue (themes, types, sorts, page sizes), each value
// with its French label and the short slug used in URLs. One list, shared by schema, filters and views.

/** The six themes of the observatory, as named in its presentation. */
export const THEMES = [
  { slug: 'foret-en-france', label: 'La forêt en France' },
  { slug: 'incendies', label: 'Les incendies de forêt et de végétation' },
  { slug: 'sante-des-forets', label: 'Santé des forêts' },
  { slug: 'ressources-bois', label: 'Ressources bois disponibles' },
  { slug: 'adaptation', label: 'Adaptation au changement climatique' },
  { slug: 'attenuation', label: "Atténuation de l'effet de serre" },
] as const;

/** The five kinds of resource. */
export const TYPES = [
  { slug: 'article-infographie', label: 'Article et infographie' },
  { slug: 'carte-thematique', label: 'Carte thématique' },
  { slug: 'donnees-brutes', label: 'Données brutes' },
  { slug: 'contenu-documentaire', label: 'Contenu documentaire' },
  { slug: 'site-web', label: 'Site web' },
] as const;

/** `datePublished` of a resource its producer updates in place, without dated editions. */
export const CONTINUOUS = 'en continu';
/** `datePublished` of a resource whose producer states none: said explicitly, so that no entry is merely forgotten. */
export const UNDATED = 'non datée';

/** Value of `themes` for a resource that concerns every theme. */
export const ALL_THEMES = 'toutes' as const;

export type ThemeLabel = (typeof THEMES)[number]['label'];
export type ThemeSlug = (typeof THEMES)[number]['slug'];
export type TypeLabel = (typeof TYPES)[number]['label'];
export type TypeSlug = (typeof TYPES)[number]['slug'];

export const THEME_LABELS = THEMES.map((t) => t.label) as unknown as readonly [ThemeLabel, ...ThemeLabel[]];
export const TYPE_LABELS = TYPES.map((t) => t.label) as unknown as readonly [TypeLabel, ...TypeLabel[]];

export const SORTS = [
  { slug: 'titre', label: 'Titre (A → Z)' },
  { slug: 'titre-desc', label: 'Titre (Z → A)' },
  { slug: 'date-desc', label: 'Date (plus récente d’abord)' },
  { slug: 'date', label: 'Date (plus ancienne d’abord)' },
] as const;
export type SortKey = (typeof SORTS)[number]['slug'];

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export const DEFAULT_SORT: SortKey = 'titre';
export const DEFAULT_PAGE_SIZE: PageSize = 20;

export function themeSlug(label: ThemeLabel): ThemeSlug {
  return THEMES.find((t) => t.label === label)!.slug;
}
export function typeSlug(label: TypeLabel): TypeSlug {
  return TYPES.find((t) => t.label === label)!.slug;
}
export function themeLabel(slug: ThemeSlug): ThemeLabel {
  return THEMES.find((t) => t.slug === slug)!.label;
}
export function typeLabel(slug: TypeSlug): TypeLabel {
  return TYPES.find((t) => t.slug === slug)!.label;
}
