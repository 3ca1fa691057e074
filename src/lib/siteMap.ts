// The site's pages as the navigation, the footer and the "plan du site" list them.
// A page is listed only if its route file exists, so no menu ever points to a page not yet built.

export type SiteGroup = 'principal' | 'informations';

export interface SitePage {
  /** Public URL, with trailing slash. */
  href: string;
  /** Title as shown in menus and in the plan du site. */
  title: string;
  /** One sentence saying what the page offers. */
  description: string;
  /** `principal` pages are in the main navigation; `informations` in the footer. */
  group: SiteGroup;
}

export const sitePages: readonly SitePage[] = [
  { href: '/', title: 'Accueil', description: "Présentation de l'observatoire et chiffres clés.", group: 'principal' },
  { href: '/territoires/', title: 'Mon territoire', description: 'Les forêts de mon territoire : une fiche par région, département, sylvoécorégion et grande région écologique.', group: 'principal' },
  { href: '/thematiques/', title: 'Thématiques', description: 'Six articles pour comprendre les forêts françaises.', group: 'principal' },
  { href: '/carte/', title: 'Carte', description: 'Carte interactive des indicateurs par territoire.', group: 'principal' },
  { href: '/explorateur/', title: 'Explorateur', description: 'Calculer ses propres estimations dans le navigateur.', group: 'principal' },
  { href: '/ressources/', title: 'Ressources', description: 'Catalogue des articles, cartes, données, documents et sites sur les forêts.', group: 'principal' },
  { href: '/methodologie/', title: 'Méthodologie', description: 'Comment les chiffres sont calculés à partir des placettes de l’inventaire, avec leur incertitude.', group: 'principal' },
  { href: '/donnees/', title: 'Données', description: 'Dictionnaire des données produites par la chaîne de traitement.', group: 'informations' },
  { href: '/recherche/', title: 'Rechercher', description: 'Recherche dans tout le site.', group: 'informations' },
  { href: '/accessibilite/', title: 'Accessibilité : non conforme', description: "Déclaration d'accessibilité selon le RGAA.", group: 'informations' },
  { href: '/mentions-legales/', title: 'Mentions légales', description: 'Éditeur, licences et producteurs des données.', group: 'informations' },
  { href: '/donnees-personnelles/', title: 'Données personnelles', description: 'Aucun cookie, aucun traceur.', group: 'informations' },
  { href: '/plan-du-site/', title: 'Plan du site', description: 'Toutes les pages du site.', group: 'informations' },
];

/**
 * Route files that could serve `href` under src/pages (Astro file-based routing).
 * `/a/b/` is served by `a/b.astro`, `a/b/index.astro` (or .md, .mdx).
 */
export function routeFileCandidates(href: string): string[] {
  const path = href.replace(/^\/|\/$/g, '');
  const bases = path === '' ? ['index'] : [path, `${path}/index`];
  return bases.flatMap((base) => ['astro', 'md', 'mdx'].map((ext) => `/src/pages/${base}.${ext}`));
}

/** True when one of the given route files (paths like `/src/pages/x.astro`) serves `href`. */
export function routeExists(href: string, routeFiles: readonly string[]): boolean {
  const files = new Set(routeFiles);
  return routeFileCandidates(href).some((candidate) => files.has(candidate));
}

/** The pages of a group whose route exists, in the order above. */
export function existingPages(routeFiles: readonly string[], group?: SiteGroup): SitePage[] {
  return sitePages.filter((page) => (group ? page.group === group : true) && routeExists(page.href, routeFiles));
}
