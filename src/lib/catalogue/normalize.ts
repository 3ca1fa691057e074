// French text folded for searching: case, accents, ligatures and apostrophes do not matter,
// so « Forêt », « foret » and « FORÊT » match, and « œuvre » matches « oeuvre ».

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** Lower-case, accent-free, ligature-free text with single spaces. */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[œæß]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

/** The words of a query, folded; empty for a blank query. */
export function queryTerms(query: string): string[] {
  const folded = normalizeText(query).replace(/'/g, ' ');
  return folded === '' ? [] : folded.split(' ').filter((t) => t !== '');
}

/** True when every term occurs in the folded text (terms may be word prefixes or inner parts). */
export function matchesTerms(foldedText: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!foldedText.includes(term)) return false;
  return true;
}

/** A URL slug from a French title: « Santé des forêts » → « sante-des-forets ». */
export function slugify(text: string, maxLength = 80): string {
  return normalizeText(text)
    .replace(/'/g, ' ')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}
