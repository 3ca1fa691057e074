// The real catalogue entries of src/content/ressources: valid, numerous enough, and linking only to
// this site or to addresses taken from the sources (never an invented deep link).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { validateResource, type Resource } from '../../src/lib/catalogue/schema';

// js-yaml is the parser Astro reads content files with; it ships no types of its own.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

const dir = 'src/content/ressources';
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
const entries = files.map((file) => ({ file, result: validateResource(yaml.load(readFileSync(join(dir, file), 'utf8'))) }));
const valid = entries.flatMap(({ file, result }) => (result.ok ? [{ file, entry: result.value as Resource }] : []));

/**
 * External addresses that are not a site's home page must be quoted verbatim by the project's
 * sources (the observatory's presentation or the data mirror's README).
 */
const CITED_DEEP_LINKS = new Set([
  'https://geoservices.ign.fr/lidarhd',
  'https://www.ign.fr/geoplateforme',
  'https://www.data.gouv.fr/fr/pages/spd/reference/',
]);

describe('catalogue entries', () => {
  it('are all valid against the schema', () => {
    const problems = entries.flatMap(({ file, result }) => (result.ok ? [] : result.errors.map((e) => `${file}: ${e.field ?? ''} ${e.message}`)));
    expect(problems).toEqual([]);
  });
  it('are at least 40, with distinct titles', () => {
    expect(valid.length).toBeGreaterThanOrEqual(40);
    expect(new Set(valid.map((v) => v.entry.title)).size).toBe(valid.length);
  });
  it('use file names that do not collide with the catalogue’s own pages', () => {
    for (const file of files) expect(file.replace(/\.ya?ml$/, '')).toMatch(/^(?!page$|proposer$|index$)[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
  it('link externally only to home pages or to addresses quoted by the sources', () => {
    for (const { file, entry } of valid) {
      if (!entry.url) continue;
      const url = new URL(entry.url);
      expect(url.protocol, file).toBe('https:');
      if (url.pathname !== '/') expect(CITED_DEEP_LINKS.has(entry.url), `${file}: ${entry.url}`).toBe(true);
    }
  });
  it('are dated, and an entry whose producer gives no date says so in a comment above the field', () => {
    const undated = valid.filter(({ entry }) => entry.datePublished === 'non datée');
    expect(undated.length).toBeLessThanOrEqual(2);
    for (const { file } of undated) expect(readFileSync(join(dir, file), 'utf8'), file).toMatch(/\n#[^\n]+\ndatePublished: non datée/);
  });
  it('cover every theme and every type', () => {
    const themes = new Set(valid.flatMap(({ entry }) => (entry.themes === 'toutes' ? [] : entry.themes)));
    expect(themes.size).toBe(6);
    expect(new Set(valid.map(({ entry }) => entry.type)).size).toBe(5);
  });
  it('list every dataset of the pipeline with its download address', () => {
    const links = new Set(valid.map(({ entry }) => entry.link));
    for (const name of ['placettes', 'arbres', 'arbres_morts', 'couverts', 'especes', 'territoires', 'peupleraies_placettes', 'peupleraies_arbres', 'incendies', 'recolte', 'resultats']) {
      expect(links.has(`/donnees/${name}.parquet`), name).toBe(true);
    }
    for (const level of ['region', 'departement', 'ser', 'greco']) expect(links.has(`/donnees/territoires-${level}.topojson`)).toBe(true);
  });
});
