// Serves the built site (dist/) on a free loopback port for the browser tests, and lists its pages
// from its built HTML files.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer, type StaticServer } from '../../../scripts/lib/static-server.ts';

/** The built site; SITE_DIST_DIR lets several builds coexist (e.g. `astro build --outDir`). */
export const distDir = process.env['SITE_DIST_DIR'] ?? 'dist';

export async function serveBuiltSite(root = distDir): Promise<StaticServer> {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`Le site n’est pas construit dans ${root}/ : lancez « npm run build » avant les tests du navigateur.`);
  }
  return startStaticServer(root);
}

/**
 * Paths (e.g. `/plan-du-site/`) of every page of a built site, from its HTML files: the sitemap only
 * exists when the site's address is configured (SITE_URL). The error page is not a page of the site.
 */
export function sitePaths(root = distDir): string[] {
  const walk = (dir: string): string[] => readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}${entry.name}`;
    if (entry.isDirectory()) return walk(`${rel}/`);
    return entry.name === 'index.html' ? [`/${dir}`] : [];
  });
  return walk('').sort();
}

/**
 * A fixed sample of intercommunalité factsheets (1 240 pages from one template): the browser
 * suites open these, the static checks (links, off-origin resources, h1, title) cover them all.
 * Clermont-Ferrand; Moulins (two départements); Toulon (Mediterranean fires since 1973);
 * the Métropole du Grand Paris (six départements); Épinal (a large forest).
 */
export const EPCI_SAMPLE = ['246300701', '200071140', '248300543', '200054781', '200068757'].map((siren) => `/territoires/epci/${siren}/`);

/** The pages that the browser suites open: all, except EPCI factsheets outside the sample. */
export function browserPaths(root = distDir): string[] {
  return sitePaths(root).filter((path) => !/^\/territoires\/epci\/\d{9}\/$/.test(path) || EPCI_SAMPLE.includes(path));
}
