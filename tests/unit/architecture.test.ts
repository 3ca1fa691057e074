// The layering of the code, enforced: `src/lib` holds the logic the pages, the pipeline and the
// browser share, so it imports nothing from the presentation layer (`src/components`, `src/pages`,
// `src/layouts`); the pipeline (`scripts`) does not import the presentation layer either. A change
// that breaks the rule fails here with the file and the import named.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { relativeImports } from '../../scripts/lib/imports.ts';

const root = resolve(import.meta.dirname, '../..');
const PRESENTATION = ['src/components', 'src/pages', 'src/layouts'];

/** The files under some folders whose names match `extensions` (scratch files `zz-*` left out), from the root. */
function filesUnder(folders: string[], extensions: RegExp): string[] {
  const files = folders.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && extensions.test(e.name) && !e.name.startsWith('zz-'))
      .map((e) => relative(root, join(e.parentPath, e.name))),
  );
  expect(files.length).toBeGreaterThan(10);
  return files;
}

const read = (file: string): string => readFileSync(join(root, file), 'utf8');

/** Every .ts/.mts/.js file under a folder. */
const sources = (folder: string): string[] => filesUnder([folder], /\.(m?ts|js)$/);

/** The relative imports of a file, from the project root. */
const importsOf = (file: string): string[] => relativeImports(join(root, file)).map((target) => relative(root, target));

function violations(folder: string): string[] {
  return sources(folder).flatMap((file) =>
    importsOf(file)
      .filter((target) => PRESENTATION.some((p) => target === p || target.startsWith(`${p}/`)))
      .map((target) => `${file} importe ${target}`),
  );
}

describe('règles d’import', () => {
  it('src/lib n’importe rien des composants, des pages ni des gabarits', () => {
    expect(sources('src/lib').length).toBeGreaterThan(50);
    expect(violations('src/lib')).toEqual([]);
  });
  it('le pipeline (scripts) n’importe rien des composants, des pages ni des gabarits', () => {
    expect(sources('scripts').length).toBeGreaterThan(10);
    expect(violations('scripts')).toEqual([]);
  });
  it('la règle détecte bien un import interdit', () => {
    // The detector itself, on a path that does exist: the map page's client imports components.
    expect(importsOf('src/components/map/mapPage.ts').some((t) => t.startsWith('src/components/'))).toBe(true);
  });
});

describe('un seul endroit pour formater les nombres', () => {
  /** Files of src/ and scripts/ (with .astro pages and components) that call Intl.NumberFormat or toLocaleString. */
  function inlineFormatters(): string[] {
    const files = filesUnder(['src', 'scripts'], /\.(m?ts|astro|mdx)$/);
    expect(files.length).toBeGreaterThan(100);
    return files.filter((file) => file !== 'src/lib/format/numbers.ts' && /Intl\.NumberFormat|toLocaleString\(/.test(read(file)));
  }
  it('Intl.NumberFormat n’est appelé que dans src/lib/format/numbers.ts', () => {
    expect(inlineFormatters()).toEqual([]);
  });
});

describe('une seule façon de citer une valeur dans du SQL', () => {
  it('les guillemets SQL ne sont doublés que dans src/lib/sql.ts', () => {
    // A second quoting helper would drift (one escaped the path, its caller quoted it again).
    const files = filesUnder(['src', 'scripts', 'tests'], /\.(m?ts|astro)$/);
    expect(files.length).toBeGreaterThan(100);
    const doubling = ['replaceAll("', "'", '", "', "''", '")'].join('');
    const quoting = files.filter((file) => file !== 'src/lib/sql.ts' && read(file).includes(doubling));
    expect(quoting).toEqual([]);
  });
});

describe('un seul échappement du balisage', () => {
  it('les entités &amp; &lt; … ne sont écrites que dans src/lib/html.ts', () => {
    // Four copies once lived in the catalogue, the explorer, the map legend and the SVG maps.
    const files = filesUnder(['src'], /\.(m?ts|astro)$/);
    expect(files.length).toBeGreaterThan(100);
    const entity = ['&', 'amp;'].join('');
    expect(files.filter((file) => file !== 'src/lib/html.ts' && read(file).includes(entity))).toEqual([]);
  });
});

describe('des constructions reproductibles', () => {
  it('les pages et la bibliothèque ne lisent DuckDB que par queryRows ou le runner de l’estimation', () => {
    // queryRows adds sums in value order (ordered.ts): a page querying DuckDB directly would bring
    // back figures that change in their last digits from one build to the next.
    const files = filesUnder(['src'], /\.(m?ts|astro)$/);
    const allowed = ['src/lib/data/query.ts', 'src/lib/estimation/node.ts'];
    expect(files.filter((file) => !allowed.includes(file) && /\brunAndRead(All)?\(/.test(read(file)))).toEqual([]);
  });
});

describe('des fichiers à la taille d’un sujet', () => {
  it('un fichier de plus de 400 lignes dans src/ ou scripts/ dit pourquoi dès ses premières lignes', () => {
    const files = filesUnder(['src', 'scripts'], /\.(m?ts|astro|css)$/);
    expect(files.length).toBeGreaterThan(100);
    const long = files.filter((file) => read(file).split('\n').length > 400);
    const unexplained = long.filter((file) => !/^(---\n)?\/\/ Over 400 lines: /.test(read(file)));
    expect(unexplained).toEqual([]);
  });
});
