// Related resources shown on a metadata page: those sharing the most themes, then keywords.
import { normalizeText } from './normalize';

export interface Relatable {
  slug: string;
  title: string;
  /** Theme labels or slugs, or 'toutes'. */
  themes: readonly string[] | 'toutes';
  keywords: readonly string[];
}

function sharedThemes(a: Relatable, b: Relatable): number {
  if (a.themes === 'toutes' || b.themes === 'toutes') return 1;
  return a.themes.filter((t) => b.themes.includes(t)).length;
}

function sharedKeywords(a: Relatable, b: Relatable): number {
  const mine = new Set(a.keywords.map(normalizeText));
  return b.keywords.filter((k) => mine.has(normalizeText(k))).length;
}

/** Up to `limit` other resources sharing at least one theme with `target`, most related first. */
export function relatedResources<T extends Relatable>(target: Relatable, all: readonly T[], limit = 6): T[] {
  return all
    .filter((other) => other.slug !== target.slug)
    .map((other) => ({ other, themes: sharedThemes(target, other), keywords: sharedKeywords(target, other) }))
    .filter((r) => r.themes > 0)
    .sort((a, b) => b.themes - a.themes || b.keywords - a.keywords || a.other.title.localeCompare(b.other.title, 'fr'))
    .slice(0, limit)
    .map((r) => r.other);
}
