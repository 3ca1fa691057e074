// Thematic pages benchmark: the brotli-compressed weight of each theme page as a visitor downloads
// it (HTML with its build-time charts, plus the CSS and JS it loads). Budget: 150 KB per page.
// Measures the built site in SITE_DIST_DIR (default dist/); a page not built is skipped.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from '../tests/e2e/support/site.ts';
import { pageWeight } from './site.ts';
import type { Figures } from './run.ts';

const THEMES = ['la-foret-en-france', 'incendies', 'sante-des-forets', 'ressources-bois', 'adaptation', 'attenuation'];

export async function benchThemes(): Promise<Record<string, { value: number; unit: string }>> {
  const figures: Figures = {};
  for (const slug of ['', ...THEMES]) {
    const path = slug ? `/thematiques/${slug}/` : '/thematiques/';
    if (!existsSync(join(distDir, path, 'index.html'))) continue;
    const weight = pageWeight(path);
    figures[`thematique_${slug || 'index'}_br`] = { value: (weight.html + weight.css + weight.js + weight.other) / 1024, unit: 'KB' };
  }
  return figures;
}
