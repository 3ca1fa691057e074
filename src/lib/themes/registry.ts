// The six themes as the pages use them: URL slug, catalogue theme, and how to get each theme's
// facts (the figures and sentences the article's text inserts with <Fact k="…" />).
import type { ThemeSlug } from '../catalogue/vocabulary.ts';
import { foretFacts } from './foret.ts';
import { incendiesFacts } from './incendies.ts';
import { santeFacts } from './sante.ts';
import { boisFacts } from './bois.ts';
import { adaptationFacts } from './adaptation.ts';
import { attenuationFacts } from './attenuation.ts';
import { loadAdaptation, loadAttenuation, loadBois, loadForet, loadIncendies, loadSante } from './load.ts';

export interface ThemeDefinition {
  /** URL slug of the article: /thematiques/{slug}/ (also the file name of its content). */
  slug: string;
  /** The catalogue theme of the same subject (filter of /ressources/). */
  catalogue: ThemeSlug;
  facts: () => Promise<Record<string, string>>;
}

export const THEME_DEFINITIONS: readonly ThemeDefinition[] = [
  { slug: 'la-foret-en-france', catalogue: 'foret-en-france', facts: async () => foretFacts(await loadForet()) },
  { slug: 'incendies', catalogue: 'incendies', facts: async () => incendiesFacts(await loadIncendies()) },
  { slug: 'sante-des-forets', catalogue: 'sante-des-forets', facts: async () => santeFacts(await loadSante()) },
  { slug: 'ressources-bois', catalogue: 'ressources-bois', facts: async () => boisFacts(await loadBois()) },
  { slug: 'adaptation', catalogue: 'adaptation', facts: async () => adaptationFacts(await loadAdaptation()) },
  { slug: 'attenuation', catalogue: 'attenuation', facts: async () => attenuationFacts(await loadAttenuation()) },
];

export function themeDefinition(slug: string): ThemeDefinition {
  const t = THEME_DEFINITIONS.find((d) => d.slug === slug);
  if (!t) throw new Error(`Thématique inconnue : « ${slug} » (connues : ${THEME_DEFINITIONS.map((d) => d.slug).join(', ')})`);
  return t;
}

const cache = new Map<string, Promise<Record<string, string>>>();

/** The facts of a theme, computed once per build. */
export function factsOf(slug: string): Promise<Record<string, string>> {
  let p = cache.get(slug);
  if (!p) cache.set(slug, (p = themeDefinition(slug).facts()));
  return p;
}

/**
 * One fact, as <Fact k="incendies.surfaceMoyenne" /> asks for it; an unknown key stops the build
 * with its name, so a typo in an article never prints « undefined ».
 */
export async function fact(key: string): Promise<string> {
  const dot = key.indexOf('.');
  if (dot < 0) throw new Error(`Clé de chiffre invalide : « ${key} » (attendu : thématique.nom, par exemple incendies.surfaceMoyenne)`);
  const slug = key.slice(0, dot);
  const name = key.slice(dot + 1);
  const facts = await factsOf(slug);
  const text = facts[name];
  if (text === undefined) {
    throw new Error(`Chiffre inconnu : « ${key} ». Chiffres de « ${slug} » : ${Object.keys(facts).sort().join(', ')}`);
  }
  return text;
}
