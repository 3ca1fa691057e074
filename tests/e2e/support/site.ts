// Serves the built site (dist/) on a free loopback port for the browser tests, and lists its pages
// from the sitemap that Astro generated.
import { existsSync, readFileSync } from 'node:fs';
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

/** Paths (e.g. `/plan-du-site/`) of every page listed in the sitemap of a built site. */
export function sitemapPaths(root = distDir): string[] {
  const index = readFileSync(join(root, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const paths = sitemaps.flatMap((sitemap) => {
    const xml = readFileSync(join(root, sitemap), 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  });
  return [...new Set(paths)].sort();
}

/**
 * A fixed sample of intercommunalité factsheets (1 240 pages from one template): the browser
 * suites open these, the static checks (links, off-origin resources, h1, title) cover them all.
 * Clermont-Ferrand; Moulins (two départements); Toulon (Mediterranean fires since 1973);
 * the Métropole du Grand Paris (six départements); Épinal (a large forest).
 */
export const EPCI_SAMPLE = ['246300701', '200071140', '248300543', '200054781', '200068757'].map((siren) => `/territoires/epci/${siren}/`);

/** The sitemap's pages that the browser suites open: all, except EPCI factsheets outside the sample. */
export function browserPaths(root = distDir): string[] {
  return sitemapPaths(root).filter((path) => !/^\/territoires\/epci\/\d{9}\/$/.test(path) || EPCI_SAMPLE.includes(path));
}
