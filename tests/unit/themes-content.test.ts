// The thematic articles as editors write them (src/content/thematiques/*.mdx): valid front matter,
// six themes, at least three figures each, every <Fact k> and <Figure k> naming something that
// exists, and no figure typed by hand in the prose except cited published ones (listed below with
// their reason), since every other number must come from the data at build time.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { themeArticleSchema } from '../../src/lib/themes/schema.ts';
import { THEME_DEFINITIONS } from '../../src/lib/themes/registry.ts';
import { foretFacts } from '../../src/lib/themes/foret.ts';
import { incendiesFacts } from '../../src/lib/themes/incendies.ts';
import { santeFacts } from '../../src/lib/themes/sante.ts';
import { boisFacts } from '../../src/lib/themes/bois.ts';
import { adaptationFacts } from '../../src/lib/themes/adaptation.ts';
import { attenuationFacts } from '../../src/lib/themes/attenuation.ts';
import { foretFigures } from '../../src/components/themes/figuresForet.ts';
import { incendiesFigures } from '../../src/components/themes/figuresIncendies.ts';
import { santeFigures } from '../../src/components/themes/figuresSante.ts';
import { boisFigures } from '../../src/components/themes/figuresBois.ts';
import { adaptationFigures } from '../../src/components/themes/figuresAdaptation.ts';
import { attenuationFigures } from '../../src/components/themes/figuresAttenuation.ts';
import { adaptationFixture, attenuationFixture, boisFixture, DEPARTEMENTS, fireFixture, foretFixture, santeFixture } from './fixtures/themes.ts';

const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const dir = 'src/content/thematiques';
const articles = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    if (!m) throw new Error(`${file} : en-tête --- manquant`);
    return { slug: file.replace(/\.mdx$/, ''), file, front: yaml.load(m[1]!), body: m[2]! };
  });

/** Each theme's facts and figures on fixture data (the set of names does not depend on the data). */
const THEME_OUTPUTS: Record<string, [Record<string, unknown>, Record<string, unknown>]> = {
  'la-foret-en-france': [foretFacts(foretFixture()), foretFigures(foretFixture())],
  incendies: [incendiesFacts({ cells: fireFixture(), departements: DEPARTEMENTS }), incendiesFigures({ cells: fireFixture(), departements: DEPARTEMENTS })],
  'sante-des-forets': [santeFacts(santeFixture()), santeFigures(santeFixture())],
  'ressources-bois': [boisFacts(boisFixture()), boisFigures(boisFixture())],
  adaptation: [adaptationFacts(adaptationFixture()), adaptationFigures(adaptationFixture())],
  attenuation: [attenuationFacts(attenuationFixture()), attenuationFigures(attenuationFixture())],
};
const namesOf = (i: 0 | 1) => Object.fromEntries(Object.entries(THEME_OUTPUTS).map(([slug, outputs]) => [slug, new Set(Object.keys(outputs[i]))]));
const factNames: Record<string, Set<string>> = namesOf(0);
const figureNames: Record<string, Set<string>> = namesOf(1);

const keysOf = (body: string, tag: 'Fact' | 'Figure') => [...body.matchAll(new RegExp(`<${tag} k="([^"]+)" />`, 'g'))].map((m) => m[1]!);
const exists = (key: string, names: Record<string, Set<string>>) => {
  const [slug, name] = [key.slice(0, key.indexOf('.')), key.slice(key.indexOf('.') + 1)];
  return names[slug]?.has(name) ?? false;
};

/** IGN's published balance of the flows (net growth of the stock, two periods), cited by two articles. */
const IGN_FLOW_BALANCE = [
  { text: '+41,7', why: 'bilan des flux publié par l’IGN, cité' },
  { text: '+23,3', why: 'bilan des flux publié par l’IGN, cité' },
  { text: '2005–2013', why: 'période du bilan publié par l’IGN' },
  { text: '2013–2021', why: 'période du bilan publié par l’IGN' },
];

/**
 * Numbers allowed in the prose, per article: published figures cited with their source, and the
 * thresholds that define a class. Anything else must be a <Fact>.
 */
const ALLOWED_NUMBERS: Record<string, { text: string; why: string }[]> = {
  'la-foret-en-france': [{ text: '1996', why: 'année de publication de la reconstitution citée (Cinotti)' }],
  incendies: [{ text: '100', why: 'seuil de la classe des grands feux (100 hectares et plus)' }],
  'sante-des-forets': [],
  'ressources-bois': [
    ...IGN_FLOW_BALANCE,
    { text: '2011', why: 'changement de catégories de l’enquête Agreste (libellés du producteur)' },
    { text: '2019', why: 'changement de catégories de l’enquête Agreste (libellés du producteur)' },
    { text: '7', why: 'définition du bois fort tige (découpe à 7 cm)' },
  ],
  adaptation: [
    { text: '30', why: 'seuil de la classe de pente (30 % et plus)' },
    { text: '25', why: 'rayon de la placette (25 m), protocole de l’inventaire' },
  ],
  attenuation: [
    { text: '1,3', why: 'carbone des arbres vivants publié par l’IGN, cité' },
    { text: '2,8', why: 'carbone des écosystèmes forestiers publié par l’IGN, cité' },
    ...IGN_FLOW_BALANCE,
  ],
};

describe('articles thématiques', () => {
  it('sont six, un par thème, avec un en-tête valide et un ordre de 1 à 6', () => {
    expect(articles.map((a) => a.slug).sort()).toEqual(THEME_DEFINITIONS.map((t) => t.slug).sort());
    const orders = articles.map((a) => {
      const parsed = themeArticleSchema.safeParse(a.front);
      expect(parsed.success, `${a.file} : ${parsed.success ? '' : parsed.error.message}`).toBe(true);
      return parsed.success ? parsed.data.order : 0;
    });
    expect(orders.sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
  it('montrent chacun au moins trois graphiques ou cartes, qui existent tous', () => {
    for (const a of articles) {
      const figures = keysOf(a.body, 'Figure');
      expect(figures.length, a.file).toBeGreaterThanOrEqual(3);
      for (const key of figures) expect(exists(key, figureNames), `${a.file} : figure ${key}`).toBe(true);
    }
  });
  it('ne citent que des chiffres qui existent, y compris le chiffre clé de leur carte', () => {
    for (const a of articles) {
      const keys = [...keysOf(a.body, 'Fact'), (a.front as { keyFigure: string }).keyFigure];
      for (const key of keys) expect(exists(key, factNames), `${a.file} : chiffre ${key}`).toBe(true);
    }
  });
  it('ne contiennent aucun chiffre tapé à la main hors chiffres publiés cités et seuils de définition', () => {
    const problems: string[] = [];
    for (const a of articles) {
      const prose = a.body.replace(/<(Fact|Figure) k="[^"]+" \/>/g, ' ');
      const allowed = new Set((ALLOWED_NUMBERS[a.slug] ?? []).map((x) => x.text));
      for (const m of prose.matchAll(/[+−-]?\d[\d\s,.–]*\d|[+−-]?\d/g)) {
        const text = m[0].trim().replace(/[\s,.]+$/, '');
        if (!allowed.has(text)) problems.push(`${a.file} : « ${text} » (${prose.slice(Math.max(0, m.index! - 30), m.index! + 30).replace(/\n/g, ' ')})`);
      }
    }
    expect(problems).toEqual([]);
  });
  it('ont une carte dont le libellé du chiffre clé ne contient pas de chiffre', () => {
    for (const a of articles) expect((a.front as { keyFigureLabel: string }).keyFigureLabel, a.file).not.toMatch(/\d/);
  });
});
