// The site's pages grouped by template, to run the costlier checks (the dark theme's contrast)
// once per template rather than on each of the hundreds of pages built from the same one.
const templates: { name: string; pattern: RegExp }[] = [
  { name: 'fiche', pattern: /^\/territoires\/(france|region|departement|ser|greco)\// },
  { name: 'fiche-epci', pattern: /^\/territoires\/epci\/\d{9}\/$/ },
  { name: 'ressource', pattern: /^\/ressources\/[^/]+\/$/ },
  { name: 'thematique', pattern: /^\/thematiques\/[^/]+\/$/ },
];

/** The template a page belongs to, or its own path when it is a one-off page. */
export function templateOf(path: string): string {
  return templates.find((t) => t.pattern.test(path))?.name ?? path;
}

/** One page per template (the first in order), plus every one-off page. */
export function onePagePerTemplate(paths: readonly string[]): string[] {
  const seen = new Set<string>();
  return paths.filter((path) => {
    const template = templateOf(path);
    if (seen.has(template)) return false;
    seen.add(template);
    return true;
  });
}
