// The figures of the six thematic pages by key (« incendies.saison »), as the articles ask for them
// with <Figure k="…" />. Each theme's data is loaded once per build; an unknown key stops the build
// with the list of known ones, so an article never shows an empty figure.
import { loadAdaptation, loadAttenuation, loadBois, loadForet, loadIncendies, loadSante } from '../../lib/themes/load.ts';
import type { ThemeFigureSpec } from './figure.ts';
import { foretFigures } from './figuresForet.ts';
import { incendiesFigures } from './figuresIncendies.ts';
import { santeFigures } from './figuresSante.ts';
import { boisFigures } from './figuresBois.ts';
import { adaptationFigures } from './figuresAdaptation.ts';
import { attenuationFigures } from './figuresAttenuation.ts';

type Builders = Record<string, () => ThemeFigureSpec>;

const themes: Record<string, () => Promise<Builders>> = {
  'la-foret-en-france': async () => foretFigures(await loadForet()),
  incendies: async () => incendiesFigures(await loadIncendies()),
  'sante-des-forets': async () => santeFigures(await loadSante()),
  'ressources-bois': async () => boisFigures(await loadBois()),
  adaptation: async () => adaptationFigures(await loadAdaptation()),
  attenuation: async () => attenuationFigures(await loadAttenuation()),
};

const cache = new Map<string, Promise<Builders>>();

/** The figure builders of a theme. */
export function figuresOf(slug: string): Promise<Builders> {
  const load = themes[slug];
  if (!load) throw new Error(`Thématique inconnue pour une figure : « ${slug} » (connues : ${Object.keys(themes).join(', ')})`);
  let p = cache.get(slug);
  if (!p) cache.set(slug, (p = load()));
  return p;
}

/** One figure, by « thématique.nom ». */
export async function figure(key: string): Promise<ThemeFigureSpec> {
  const dot = key.indexOf('.');
  const slug = key.slice(0, dot);
  const name = key.slice(dot + 1);
  if (dot < 0) throw new Error(`Clé de figure invalide : « ${key} » (attendu : thématique.nom, par exemple incendies.saison)`);
  const builders = await figuresOf(slug);
  const build = builders[name];
  if (!build) throw new Error(`Figure inconnue : « ${key} ». Figures de « ${slug} » : ${Object.keys(builders).join(', ')}`);
  return build();
}
