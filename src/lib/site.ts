// The site's public address, as configured at build time (SITE_URL → Astro's `site`).

/**
 * How a page's address is written in a citation: absolute when the site's address is configured,
 * otherwise the path alone (a citation must never carry an invented domain).
 */
export function pageAddress(path: string, site: URL | undefined): { text: string; absolute: boolean } {
  return site ? { text: new URL(path, site).href, absolute: true } : { text: path, absolute: false };
}
