// The entry schema (shared by the build and the proposal form), the YAML the form writes,
// citations and related resources.
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { validateResource, type Resource } from '../../src/lib/catalogue/schema';
import { resourceFileName, resourceToYaml } from '../../src/lib/catalogue/yaml';
import { citation } from '../../src/lib/catalogue/cite';
import { relatedResources } from '../../src/lib/catalogue/related';
import { toCatalogueItem } from '../../src/lib/catalogue/entry';
import { publicationText, publishedText } from '../../src/lib/catalogue/format';

// js-yaml is the parser Astro reads content files with; it ships no types of its own.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

const valid = {
  title: 'Données brutes de l’inventaire forestier national',
  description: 'Les fichiers annuels des placettes et des arbres mesurés par l’IGN.',
  themes: ['La forêt en France', 'Santé des forêts'],
  type: 'Données brutes',
  producer: 'IGN',
  datePublished: '2024-06',
  dateAdded: '2026-11-23',
  licence: 'Licence Ouverte / Etalab 2.0',
  coverage: 'France métropolitaine',
  formats: ['CSV'],
  keywords: ['inventaire', 'placettes'],
  url: 'https://inventaire-forestier.ign.fr/',
};

const errorsOf = (candidate: unknown) => {
  const r = validateResource(candidate);
  return r.ok ? [] : r.errors;
};

describe('resource schema', () => {
  it('accepts a complete entry', () => {
    expect(validateResource(valid).ok).toBe(true);
    expect(validateResource({ ...valid, themes: 'toutes', datePublished: '2020-04' }).ok).toBe(true);
  });
  it('rejects an entry without title, naming the field in French', () => {
    const { title: _, ...rest } = valid;
    const errors = errorsOf(rest);
    expect(errors).toEqual([{ field: 'title', message: '« Titre » est obligatoire.' }]);
    expect(errorsOf({ ...valid, title: '   ' })[0]).toMatchObject({ field: 'title', message: '« Titre » est obligatoire.' });
  });
  it('rejects unknown themes and types, listing the allowed ones', () => {
    const [themeError] = errorsOf({ ...valid, themes: ['Forêt'] });
    expect(themeError?.field).toBe('themes');
    expect(themeError?.message).toContain('Santé des forêts');
    expect(errorsOf({ ...valid, themes: [] })[0]?.field).toBe('themes');
    expect(errorsOf({ ...valid, type: 'Vidéo' })[0]?.message).toContain('Carte thématique');
  });
  it('checks dates, including YAML dates and years read as Date and number', () => {
    expect(errorsOf({ ...valid, dateAdded: '2026-02-30' })[0]?.field).toBe('dateAdded');
    expect(errorsOf({ ...valid, datePublished: '2020-13' })[0]?.field).toBe('datePublished');
    const parsed = validateResource({ ...valid, dateAdded: new Date('2026-11-23'), datePublished: 2020 });
    expect(parsed.ok && parsed.value.dateAdded).toBe('2026-11-23');
    expect(parsed.ok && parsed.value.datePublished).toBe('2020');
  });
  it('needs exactly one of an internal link and an external address', () => {
    const { url: _, ...noLink } = valid;
    expect(errorsOf(noLink)[0]?.field).toBe('url');
    expect(errorsOf({ ...valid, link: '/donnees/placettes.parquet' })[0]?.message).toContain('pas les deux');
    expect(validateResource({ ...noLink, link: '/donnees/placettes.parquet' }).ok).toBe(true);
    expect(validateResource({ ...noLink, link: '/methodologie/' }).ok).toBe(true);
    expect(errorsOf({ ...noLink, link: 'donnees/x.csv' })[0]?.field).toBe('link');
    expect(errorsOf({ ...valid, url: 'ftp://exemple.fr/' })[0]?.field).toBe('url');
  });
  it('accepts « en continu » for a site, a dataset or a map updated in place, cited with the day it was consulted, not for a document', () => {
    const document = errorsOf({ ...valid, type: 'Contenu documentaire', datePublished: 'en continu' });
    expect(document).toHaveLength(1);
    expect(document[0]).toMatchObject({ field: 'datePublished' });
    expect(document[0]!.message).toContain('réservé aux sites web, aux données et aux cartes');
    expect(errorsOf({ ...valid, type: 'Article et infographie', datePublished: 'en continu' })[0]?.field).toBe('datePublished');
    for (const type of ['Site web', 'Carte thématique']) expect(validateResource({ ...valid, type, datePublished: 'en continu' }).ok).toBe(true);
    const dataset = validateResource({ ...valid, datePublished: 'en continu' });
    expect(dataset.ok).toBe(true);
    const value = (dataset as { value: Resource }).value;
    expect(citation(value, 'https://inventaire-forestier.ign.fr/')).toBe(
      'IGN. Données brutes de l’inventaire forestier national. https://inventaire-forestier.ign.fr/ (consulté le 23 novembre 2026). Licence Ouverte / Etalab 2.0.',
    );
    const item = toCatalogueItem('ifn', value, undefined);
    expect(item).toMatchObject({ date: '2026-11-23', continuous: true });
    expect(publicationText(item)).toBe('mis à jour régulièrement');
    expect(publishedText('en continu', '2026-11-23')).toBe('Mis à jour régulièrement par le producteur (consulté le 23 novembre 2026)');
  });
  it('requires a date, so that no entry is forgotten; « non datée » says the producer gives none and sorts the entry last', () => {
    const { datePublished: _, ...undated } = valid;
    const missing = errorsOf(undated);
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ field: 'datePublished' });
    expect(missing[0]!.message).toContain('« Date de publication » est obligatoire');
    expect(errorsOf({ ...valid, datePublished: 'inconnue' })[0]?.field).toBe('datePublished');
    const stated = validateResource({ ...valid, type: 'Contenu documentaire', datePublished: 'non datée' });
    expect(stated.ok).toBe(true);
    const value = (stated as { value: Resource }).value;
    const item = toCatalogueItem('rfn', value, undefined);
    expect(item.date).toBeUndefined();
    expect(publicationText(item)).toBe('non datée');
    expect(citation(value, 'https://inventaire-forestier.ign.fr/')).toBe(
      'IGN. Données brutes de l’inventaire forestier national. https://inventaire-forestier.ign.fr/. Licence Ouverte / Etalab 2.0.',
    );
    expect(publishedText('non datée', '2026-11-23')).toBe('Non datée par le producteur');
    expect(publishedText('2020-04', '2026-11-23')).toBe('avril 2020');
  });
  it('rejects unknown fields, so a typo does not go unnoticed', () => {
    expect(errorsOf({ ...valid, titel: 'x' })[0]?.message).toContain('Champ inconnu : titel');
  });
});

describe('proposal output', () => {
  it('writes YAML that reads back to the same valid entry', () => {
    const entry = validateResource({ ...valid, description: 'Guillemets "doubles", deux-points : et # dièse.', datePublished: '2020' });
    expect(entry.ok).toBe(true);
    const value = (entry as { value: Resource }).value;
    const text = resourceToYaml(value);
    const back = validateResource(yaml.load(text));
    expect(back).toEqual({ ok: true, value });
    expect(text.split('\n')[0]).toBe('title: "Données brutes de l’inventaire forestier national"');
  });
  it('names the file after the title', () => {
    expect(resourceFileName({ title: 'Santé des forêts : l’état en 2024' })).toBe('sante-des-forets-l-etat-en-2024.yaml');
  });
});

describe('citation and related resources', () => {
  it('cites producer, year, title, address and licence', () => {
    expect(citation({ producer: 'FAO', title: 'Évaluation des ressources forestières mondiales 2020', datePublished: '2020-07', dateAdded: '2026-11-23', licence: 'Conditions de la FAO' }, 'https://www.fao.org/')).toBe(
      'FAO (2020). Évaluation des ressources forestières mondiales 2020. https://www.fao.org/. Conditions de la FAO.',
    );
  });
  it('relates resources by shared themes, then keywords, never the resource itself', () => {
    const r = (slug: string, themes: string[] | 'toutes', keywords: string[] = []) => ({ slug, title: slug, themes, keywords });
    const target = r('a', ['Santé des forêts'], ['mortalité']);
    const all = [target, r('b', ['Santé des forêts']), r('c', ['Santé des forêts'], ['Mortalité']), r('d', ['Ressources bois disponibles']), r('e', 'toutes')];
    expect(relatedResources(target, all).map((x) => x.slug)).toEqual(['c', 'b', 'e']);
  });
});

describe('catalogue item', () => {
  const base = validateResource({ ...valid, url: undefined, link: '/donnees/placettes.parquet', formats: ['Parquet'] });
  const entry = (base as { value: Resource }).value;
  it('links a built file with its size', () => {
    expect(toCatalogueItem('placettes', entry, { exists: true, size: 1234 })).toMatchObject({ href: '/donnees/placettes.parquet', download: true, size: 1234, external: false });
  });
  it('does not link a file missing from the build', () => {
    expect(toCatalogueItem('placettes', entry, { exists: false }).href).toBeUndefined();
  });
  it('maps labels to slugs', () => {
    expect(toCatalogueItem('x', entry, undefined)).toMatchObject({ themes: ['foret-en-france', 'sante-des-forets'], type: 'donnees-brutes' });
  });
});

describe('all problems at once', () => {
  it('lists the missing address together with the other errors', () => {
    const { url: _, title: __, ...rest } = valid;
    const fields = errorsOf(rest).map((e) => e.field);
    expect(fields).toEqual(['title', 'url']);
  });
});
