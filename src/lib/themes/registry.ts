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
import { incendiesView } from './incendies.ts';
import { topSer } from './adaptation.ts';
import { EXPOSED_SPECIES } from '../estimation/config.ts';
import { change, ranked } from './text.ts';
import type { NamedTerritory } from '../territories/grammar.ts';
import type { ResultRow } from '../estimation/types.ts';

export interface ThemeDefinition {
  /** URL slug of the article: /thematiques/{slug}/ (also the file name of its content). */
  slug: string;
  /** The catalogue theme of the same subject (filter of /ressources/). */
  catalogue: ThemeSlug;
  facts: () => Promise<Record<string, string>>;
  /** Territories whose factsheets the article points to, chosen from the data (most wooded, most burnt…). */
  related: () => Promise<NamedTerritory[]>;
}

const FRANCE: NamedTerritory = { level: 'france', code: 'FR', nom: 'France métropolitaine' };

/** The territories of the rows, by decreasing value, at most k. */
function topTerritories(rows: { territory: NamedTerritory; row: ResultRow | undefined }[], k: number): NamedTerritory[] {
  return ranked(rows.map((r) => ({ ...(r.row as ResultRow), territory: r.territory })).filter((r) => r.value !== undefined))
    .slice(0, k)
    .map((r) => r.territory);
}

export const THEME_DEFINITIONS: readonly ThemeDefinition[] = [
  {
    slug: 'la-foret-en-france',
    catalogue: 'foret-en-france',
    facts: async () => foretFacts(await loadForet()),
    related: async () => {
      const d = await loadForet();
      const deps = topTerritories(d.departements, 200);
      return [FRANCE, ...deps.slice(0, 3), ...deps.slice(-2)];
    },
  },
  {
    slug: 'incendies',
    catalogue: 'incendies',
    facts: async () => incendiesFacts(await loadIncendies()),
    related: async () => {
      const d = await loadIncendies();
      return incendiesView(d).departements.slice(0, 5).map((x) => d.departements.get(x.dep)).filter((t): t is NamedTerritory => t !== undefined);
    },
  },
  {
    slug: 'sante-des-forets',
    catalogue: 'sante-des-forets',
    facts: async () => santeFacts(await loadSante()),
    related: async () => {
      const d = await loadSante();
      const [before, after] = d.windows;
      const up = d.grecoRates.filter((g) => change(g.rows.find((r) => r.period === before), g.rows.find((r) => r.period === after)) === 'hausse');
      return [FRANCE, ...up.map((g) => g.territory)];
    },
  },
  {
    slug: 'ressources-bois',
    catalogue: 'ressources-bois',
    facts: async () => boisFacts(await loadBois()),
    related: async () => {
      const d = await loadBois();
      return [FRANCE, ...topTerritories(d.regions.map((r) => ({ territory: r.territory, row: r.total })), 3)];
    },
  },
  {
    slug: 'adaptation',
    catalogue: 'adaptation',
    facts: async () => adaptationFacts(await loadAdaptation()),
    related: async () => {
      const d = await loadAdaptation();
      const sers = EXPOSED_SPECIES.flatMap((s) => topSer(d, s.espar, 1).map((r) => r.territory));
      return [FRANCE, ...sers.filter((t, i) => sers.findIndex((u) => u.code === t.code) === i)];
    },
  },
  {
    slug: 'attenuation',
    catalogue: 'attenuation',
    facts: async () => attenuationFacts(await loadAttenuation()),
    related: async () => {
      const d = await loadAttenuation();
      const regions = topTerritories(d.regions.map((r) => ({ territory: r.territory, row: r.perHa })), 20);
      return [FRANCE, ...regions.slice(0, 2), ...regions.slice(-1)];
    },
  },
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
